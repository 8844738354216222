import FilRougeCore
import Foundation

/// A transcript that also hands each step's statement to a learning record store as it is
/// recorded (`filrouge play --lrs`): the entry is written to the file first, as always; then, when
/// it completes a step or ends the conversation, the statements the transcript now gives
/// (`XAPIExport`, the same as `filrouge export` makes) that were not sent yet are queued on a
/// `BackgroundStatementSender`, which never keeps the learner waiting.
public final class StatementForwarding: TranscriptWriting {
    private let file: any TranscriptWriting
    private let sender: BackgroundStatementSender
    private let export: XAPIExport
    private var contents: TranscriptContents
    private var handedOver: Set<String> = []

    public var url: URL { file.url }

    /// - Parameter earlier: what the transcript held before (a resumed conversation), so that the
    ///   statements name the conversation as an export of the whole file does. Its statements are
    ///   queued at once: what an earlier run could not send goes now, and what the store has is
    ///   counted as already there.
    public init(file: any TranscriptWriting, sender: BackgroundStatementSender, export: XAPIExport, earlier: TranscriptContents? = nil) {
        self.file = file
        self.sender = sender
        self.export = export
        contents = earlier ?? TranscriptContents()
        if earlier != nil {
            let known = statements()
            handedOver = Set(known.map(\.id))
            sender.send(known)
        }
    }

    public func write(_ entry: TranscriptEntry, durable: Bool) throws {
        try file.write(entry, durable: durable)
        contents.append(entry)
        switch entry {
        case .event(_, .stepCompleted), .event(_, .finished):
            sender.send(statements().filter { handedOver.insert($0.id).inserted })
        default:
            break
        }
    }

    /// The statements of the conversation so far.
    private func statements() -> [XAPIStatement] {
        let record = ConversationRecord(contents)
        return export.statements(ExportedConversation.collect([(url.path, record)], anonymize: false).conversations)
    }
}
