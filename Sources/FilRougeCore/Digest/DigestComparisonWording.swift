/// The fixed words of a comparison of groups, in the scenario's language, beside those it shares
/// with the florilège (`DigestWording`: steps, bands, ideas, endings).
struct DigestComparisonWording: Sendable {
    var title: String
    var group: String
    var groups: String
    var transcripts: String
    var answered: String
    var ideaMet: String

    static func forLanguage(_ language: Language) -> DigestComparisonWording {
        language == .fr ? french : english
    }

    /// `3 transcripts read, 1 skipped`: standard error lists each file skipped, and why.
    static func read(_ tally: TranscriptTally, words: DigestWording) -> String {
        words.transcriptsRead(tally.read) + (tally.skippedCount > 0 ? ", " + words.skipped(tally.skippedCount) : "")
    }

    /// A figure in a table: `67% (2)`, the share of the group and how many; a dash for the share
    /// when the group has no one to count.
    static func figure(_ proportion: Proportion) -> String {
        "\(DigestWording.percent(proportion)) (\(proportion.count))"
    }

    static let english = DigestComparisonWording(
        title: "Groups compared",
        group: "Group",
        groups: "Groups",
        transcripts: "Transcripts",
        answered: "answered",
        ideaMet: "Idea: met by"
    )

    static let french = DigestComparisonWording(
        title: "Comparaison des groupes",
        group: "Groupe",
        groups: "Groupes",
        transcripts: "Transcriptions",
        answered: "ont répondu",
        ideaMet: "Idée\u{00A0}: vue par"
    )
}
