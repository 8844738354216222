/// A facilitator's choice about the replies a florilège shows for one step: pinned (always shown
/// among the step's best replies, first) or hidden (never shown). A choice names a reply as a
/// person writing the file by hand knows it: the learner's name or the transcript's file, and the
/// step's id, with a few of the reply's words when that is not enough to tell two replies apart.
public struct ReplyChoice: Equatable, Sendable {
    public enum Action: String, Sendable, CaseIterable {
        case pin, hide
    }

    public var action: Action
    /// The step's id, as the scenario writes it.
    public var step: String
    /// The learner's name as the florilège shows it without `--anonymize` (the name in the
    /// transcript, or its file's name when it has none); compared without case, accents or spaces
    /// at the ends.
    public var learner: String?
    /// The transcript's file name, its folders and its `.jsonl` left out when written.
    public var file: String?
    /// Words the reply (both replies, after a follow-up) must all contain, in any order, compared
    /// as the near-duplicate check compares them: without case, accents or punctuation.
    public var words: String?
    /// Where the choice is written, for the warnings about it.
    public var location: SourceLocation

    public init(action: Action, step: String, learner: String? = nil, file: String? = nil, words: String? = nil, location: SourceLocation) {
        self.action = action
        self.step = step
        self.learner = learner
        self.file = file
        self.words = words
        self.location = location
    }

    /// Whether this choice names `answer`, given to this choice's step.
    func matches(_ answer: StepAnswer) -> Bool {
        if let learner, TextFolder.fold(learner.trimmingCharacters(in: .whitespaces)) != TextFolder.fold(answer.source.shownName) {
            return false
        }
        if let file, Self.fileStem(file) != answer.source.fileStem {
            return false
        }
        if let words {
            return BestReplySelection.words(of: words).isSubset(of: BestReplySelection.words(of: answer.text))
        }
        return true
    }

    /// How the choice names its reply, for a warning: `learner 'Camille', words 'site'`.
    var described: String {
        [learner.map { "learner '\($0)'" }, file.map { "file '\($0)'" }, words.map { "words '\($0)'" }].compactMap { $0 }.joined(separator: ", ")
    }

    /// `group-a/camille.jsonl` and `camille` both as `camille`: the file's name as the digest's
    /// fallback name gives it (`LearnerNaming.fallbackName(of:)`).
    static func fileStem(_ path: String) -> String {
        LearnerNaming.fallbackName(of: path.trimmingCharacters(in: .whitespaces))
    }
}
