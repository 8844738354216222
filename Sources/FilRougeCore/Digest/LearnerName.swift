/// How a learner is named in a digest: by the name in their transcript, or, when the digest is
/// anonymised, by a number given in the order of the transcript files.
public enum LearnerName: Equatable, Sendable {
    case named(String)
    case numbered(Int)
}
