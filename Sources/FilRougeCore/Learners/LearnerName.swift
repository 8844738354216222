/// How a learner is named in a replay, a digest or a progress table: by the name in their
/// transcript (or their file's), or, anonymised, by their number in `LearnerNaming`'s one scheme.
public enum LearnerName: Equatable, Sendable {
    case named(String)
    case numbered(Int)

    /// `Camille`, or `Apprenant·e 3` / `Learner 3` in the scenario's language.
    public func label(in language: Language) -> String {
        switch self {
        case .named(let name): return name
        case .numbered(let number): return AnonymousLabels.learner(number, in: language)
        }
    }
}
