import FilRougeCore

// Fuzzes reading a transcript back: any bytes (read as UTF-8, invalid sequences replaced) as a JSON
// Lines transcript, through `TranscriptCoding.read` and `ConversationRecord`, and each entry read
// written again and read back the same.

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzTranscriptReader(_ data: UnsafePointer<UInt8>?, _ size: Int) -> CInt {
    let text = FuzzInput(data, size).lossyText
    let contents = TranscriptCoding.read(text)
    let lineCount = text.split(separator: "\n", omittingEmptySubsequences: false).count
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
    // What was read, written again, reads back the same.
    if let header = contents.header {
        let again = TranscriptCoding.read(TranscriptCoding.line(for: .header(header)))
        require(again.header == header && again.damaged.isEmpty, "the header does not read back the same")
    }
    for timed in contents.events {
        let again = TranscriptCoding.read(TranscriptCoding.line(for: .event(at: timed.at, timed.event)))
        require(again.events.map(\.event) == [timed.event] && again.damaged.isEmpty,
                "an event does not read back the same: \(again.damaged.map(\.reason))")
    }
    return 0
}
