import FilRougeCore

// Fuzzes reading a transcript back: any bytes (read as UTF-8, invalid sequences replaced) as a JSON
// Lines transcript, through `TranscriptContents(text:)` and `ConversationRecord`, and each entry read
// written again, read back the same, and written the same.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscriptReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).lossyText
    let contents = TranscriptContents(text: text)
    // Lines are counted in bytes, as the reader counts them: split as Characters, "\r\n" is one
    // character, not a line break, and a file with Windows line ends would seem to have fewer lines.
    let lineCount = text.utf8.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false).count
    for damaged in contents.damaged {
        require(damaged.line >= 1 && damaged.line <= lineCount, "damaged line \(damaged.line) of \(lineCount)")
    }
    let record = ConversationRecord(contents)
    require(record == ConversationRecord(text: text), "the two ways of reading a transcript differ")
    for turn in record.turns {
        _ = turn.answer
        _ = turn.finalEvaluation
    }
    _ = record.completedTurns
    _ = record.isComplete
    // What was read, written again, reads back the same, and is then written the same: dates keep
    // their milliseconds only, so the first writing may round a date given more finely.
    if let header = contents.header {
        let line = TranscriptLineWriter.line(for: .header(header))
        let again = TranscriptContents(text: line)
        require(again.damaged.isEmpty, "a header written does not read back: \(again.damaged.map(\.reason))")
        require(again.header.map { TranscriptLineWriter.line(for: .header($0)) } == line, "a header changes when written again")
    }
    for timed in contents.events {
        let line = TranscriptLineWriter.line(for: .event(at: timed.at, timed.event))
        let again = TranscriptContents(text: line)
        require(again.events.map(\.event) == [timed.event] && again.damaged.isEmpty,
                "an event does not read back the same: \(again.damaged.map(\.reason))")
        require(again.events.first.map { TranscriptLineWriter.line(for: .event(at: $0.at, $0.event)) } == line,
                "an event changes when written again")
    }
    return 0
}
