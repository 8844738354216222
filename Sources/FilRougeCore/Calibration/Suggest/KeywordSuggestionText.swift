/// Keyword suggestions as text for the terminal: per criterion, the keywords to consider adding and
/// those that met only where the marker did not credit the concept, each with its marks lines.
public enum KeywordSuggestionText {
    public static func render(_ suggester: KeywordSuggester) -> String {
        var lines = ["Keyword suggestions from \(suggester.marksFile):"]
        if suggester.criteria.isEmpty {
            lines.append("  none: no word of the marked replies would resolve a disagreement, and every keyword that met did so where the marker agreed.")
            return lines.joined(separator: "\n")
        }
        for criterion in suggester.criteria {
            lines.append("")
            lines.append("[\(criterion.step)] \(criterion.concept)")
            if !criterion.additions.isEmpty {
                lines.append("  add:")
                var table = TextTable([.left, .left, .left])
                for addition in criterion.additions {
                    table.add([addition.keywords.map(quoted).joined(separator: " or "), effect(of: addition), "lines " + list(addition.lines)])
                }
                lines += table.lines(indent: "    ")
            }
            if !criterion.tooBroad.isEmpty {
                lines.append("  too broad (met only where the marker did not credit it):")
                var table = TextTable([.left, .left, .left])
                for broad in criterion.tooBroad {
                    let removal = broad.bandGainIfRemoved.map { gain in
                        gain == 0 ? "taking it out changes no band agreement" : "taking it out: \(signed(gain)) band\(abs(gain) == 1 ? "" : "s") agreeing"
                    } ?? "part of a match expression"
                    table.add([quoted(broad.keyword), removal, "lines " + list(broad.lines)])
                }
                lines += table.lines(indent: "    ")
            }
        }
        lines.append("")
        lines.append("Each keyword was tried with the rubric's reading of replies; check it with 'filrouge explain' before adding it, then run calibrate on held-out marks.")
        return lines.joined(separator: "\n")
    }

    private static func effect(of addition: KeywordSuggestion) -> String {
        var parts = ["resolves \(addition.bandsResolved) band\(addition.bandsResolved == 1 ? "" : "s")"]
        if addition.bandsBroken > 0 { parts.append("breaks \(addition.bandsBroken)") }
        if let resolved = addition.conceptsResolved, let broken = addition.conceptsBroken {
            parts.append("concept \(resolved) right" + (broken > 0 ? ", \(broken) wrong" : ""))
        }
        return parts.joined(separator: ", ")
    }

    private static func quoted(_ keyword: String) -> String {
        "'\(keyword)'"
    }

    private static func signed(_ value: Int) -> String {
        value > 0 ? "+\(value)" : "\(value)"
    }

    private static func list(_ lines: [Int]) -> String {
        lines.map(String.init).joined(separator: ", ")
    }
}
