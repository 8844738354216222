/// A long text made into a title: its first sentence, quotation marks at its ends left out, cut
/// after a number of words with `…`. What a florilège shows where a scenario gives no title, and
/// where a whole question would not fit (the overview's tables).
enum ShortTitle {
    /// Nil when `text` has no words.
    static func of(_ text: String, maximumWords: Int) -> String? {
        let quotes: Set<Character> = ["«", "»", "\"", "“", "”", "„", " ", "\u{00A0}", "\u{202F}"]
        let flat = text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        var sentence = ""
        var previous: Character?
        for character in flat {
            // A sentence ends at . ! ? or … followed by a space; a closing quote may follow them.
            if character == " ", let previous, ".!?…".contains(previous) { break }
            sentence.append(character)
            previous = character
        }
        var words = sentence.split(separator: " ").map(String.init)
        var cut = false
        if words.count > maximumWords {
            words = Array(words.prefix(maximumWords))
            cut = true
        }
        var title = words.joined(separator: " ")
        while let first = title.first, quotes.contains(first) { title.removeFirst() }
        while let last = title.last, quotes.contains(last) || (cut && ",;:".contains(last)) { title.removeLast() }
        guard !title.isEmpty else { return nil }
        return cut ? title + "…" : title
    }
}
