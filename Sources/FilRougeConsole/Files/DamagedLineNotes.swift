import FilRougeCore

/// What a command says of the damaged lines of a transcript it read: `name:N: reason; line
/// skipped` for each line the reading kept (`TranscriptContents.damagedLinesKept`), then how many
/// more there were, so that a file of a million damaged lines gives a screenful, not a million.
public enum DamagedLineNotes {
    public static func notes(_ damaged: [TranscriptContents.DamagedLine], count: Int, name: String) -> [String] {
        let shown = TerminalSafeText.sanitize(name)
        var notes = damaged.map { line in "\(shown):\(line.line): \(TerminalSafeText.sanitize(line.reason)); line skipped" }
        if count > damaged.count {
            let more = count - damaged.count
            notes.append("\(shown): \(more) more damaged line\(more == 1 ? "" : "s") skipped")
        }
        return notes
    }

    public static func notes(_ record: ConversationRecord, name: String) -> [String] {
        notes(record.damaged, count: record.damagedCount, name: name)
    }
}
