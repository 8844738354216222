/// A rubric keyword as the thesaurus is asked about it: without the `=` that makes it exact and
/// without the `*` of a prefix (`fête*` is looked up as *fête*, `impliqu*` as *impliqu*, which no
/// thesaurus has), whole when it is a phrase.
enum SynonymKeyword {
    /// The text looked up for `keyword`, nil when nothing is left of it.
    static func lookupText(of keyword: String) -> String? {
        var text = Substring(keyword).trimmingSpaces
        if text.hasPrefix("=") { text = text.dropFirst().trimmingSpaces }
        let withoutStars = text.filter { $0 != "*" }
        return withoutStars.isEmpty ? nil : withoutStars
    }
}
