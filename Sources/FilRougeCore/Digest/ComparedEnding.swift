/// One row of the endings of a `DigestComparison`: an ending, or the learners who left before the
/// end or whose transcript stops, with each group's share of its learners.
public struct ComparedEnding: Equatable, Sendable {
    public enum Kind: String, Equatable, Sendable {
        /// An ending of the scenario (or named by a transcript).
        case ending
        /// Left before an ending: `/quit`, Ctrl-D.
        case quit
        /// The transcript stops without an end line.
        case interrupted
    }

    public var kind: Kind
    /// The ending's id; empty for `quit` and `interrupted`.
    public var id: String
    /// What the florilège calls the ending (`EndingTitle`); empty for `quit` and `interrupted`.
    public var title: String
    /// For each group, in the order of the groups.
    public var groups: [Proportion]

    /// The endings of the first tally in order, then any other a group reached, then left before
    /// the end and interrupted.
    static func rows(of tallies: [EndingTally]) -> [ComparedEnding] {
        var ids: [String] = []
        var titles: [String: String] = [:]
        for tally in tallies {
            for ending in tally.reached where !ids.contains(ending.id) {
                ids.append(ending.id)
                titles[ending.id] = ending.title
            }
        }
        var rows = ids.map { id in
            ComparedEnding(kind: .ending, id: id, title: titles[id] ?? id, groups: tallies.map { tally in
                tally.reached.first { $0.id == id }?.learners ?? Proportion(count: 0, of: tally.quit.total)
            })
        }
        rows.append(ComparedEnding(kind: .quit, id: "", title: "", groups: tallies.map(\.quit)))
        rows.append(ComparedEnding(kind: .interrupted, id: "", title: "", groups: tallies.map(\.interrupted)))
        return rows
    }
}
