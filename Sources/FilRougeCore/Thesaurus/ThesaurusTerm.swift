/// One word or phrase of a thesaurus meaning, with how the thesaurus relates it to the headword.
///
/// The English thesaurus (from WordNet) follows some terms with a note in brackets: `city (generic
/// term)` is broader than the headword, `(similar term)` and `(related term)` are close to it, and
/// `(antonym)` is its opposite. The French one has no notes.
public struct ThesaurusTerm: Equatable, Sendable {
    /// The word or phrase alone, without the note.
    public var text: String
    /// The note without its brackets (`generic term`), nil when there is none.
    public var note: String?

    public init(text: String, note: String? = nil) {
        self.text = text
        self.note = note
    }

    /// Reads one `|`-separated field of a meaning line: `metropolis (generic term)`.
    init(field: Substring) {
        let trimmed = field.trimmingSpaces
        if trimmed.hasSuffix(")"), let open = trimmed.lastIndex(of: "("), open > trimmed.startIndex {
            let before = trimmed[..<open].trimmingSpaces
            let note = trimmed[trimmed.index(after: open)..<trimmed.index(before: trimmed.endIndex)]
            if !before.isEmpty, !note.isEmpty {
                self.init(text: String(before), note: String(note))
                return
            }
        }
        self.init(text: String(trimmed))
    }

    /// False for a term the thesaurus gives as the headword's opposite (`antonym`) or as a broader
    /// word (`generic term`: *city* for *The Hague*, *need* for *involve*): neither says the same
    /// thing, and a keyword broader than its concept would credit replies about something else.
    public var isSynonym: Bool {
        note != "antonym" && note != "generic term"
    }
}

extension Substring {
    /// Without spaces and tabs at either end.
    var trimmingSpaces: Substring {
        var result = self
        while let first = result.first, first == " " || first == "\t" { result.removeFirst() }
        while let last = result.last, last == " " || last == "\t" { result.removeLast() }
        return result
    }
}
