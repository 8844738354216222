/// The words that stand for a learner or a transcript under `--anonymize`, in one place, so that
/// replay, digest and export call the same learner, and the same file, the same way.
public enum AnonymousLabels {
    /// `Apprenant·e 3` / `Learner 3`: a learner's number in the scenario's language.
    public static func learner(_ number: Int, in language: Language) -> String {
        switch language {
        case .fr: return "Apprenant·e \(number)"
        case .en: return "Learner \(number)"
        }
    }

    /// `learner-3`: the learner's xAPI account name, the same in every language, since a learning
    /// record store knows a learner by it.
    public static func account(_ number: Int) -> String {
        "learner-\(number)"
    }

    /// `transcript 3`: a transcript file in messages on standard error (in English, as all of
    /// them), by its place, from 1, among the files read, since a file's name often carries its
    /// learner's name.
    public static func transcript(_ number: Int) -> String {
        "transcript \(number)"
    }

    /// `transcript-3`: the same file as a cell of the export's CSV.
    public static func transcriptCell(_ number: Int) -> String {
        "transcript-\(number)"
    }
}
