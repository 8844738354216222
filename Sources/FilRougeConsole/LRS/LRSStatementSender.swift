import FilRougeCore
import Foundation

/// Sends statements to a learning record store in batches, and counts only what the store
/// acknowledged: a statement is *stored* when the store returned its id, *already there* when the
/// store took the batch without it (it holds that statement already: ids are stable, so sending
/// twice stores nothing twice), *refused* when the store turned it down, and *not sent* when the
/// store could not be reached before its turn.
///
/// A refused batch is sent again one statement at a time, so that one statement the store refuses
/// (a transcript changed by hand since it was sent gives a known id other content) does not keep
/// the others out.
public struct LRSStatementSender: Sendable {
    public let connection: LRSConnection
    /// Statements per request: a few hundred kilobytes, well under the limits stores put on a request.
    public static let batchSize = 50

    public init(connection: LRSConnection) {
        self.connection = connection
    }

    /// What became of the statements sent.
    public struct Delivery: Equatable, Sendable {
        public var stored = 0
        public var alreadyThere = 0
        public var refused = 0
        public var notSent = 0
        /// One line per refusal, with the store's answer, and the problem that stopped the sending.
        public var problems: [String] = []

        public init() {}

        /// Whether every statement is in the store.
        public var isComplete: Bool {
            refused == 0 && notSent == 0
        }

        public static func + (left: Delivery, right: Delivery) -> Delivery {
            var sum = left
            sum.stored += right.stored
            sum.alreadyThere += right.alreadyThere
            sum.refused += right.refused
            sum.notSent += right.notSent
            sum.problems += right.problems
            return sum
        }
    }

    /// Sends `statements`, in batches; stops at the first problem that is not a refusal (the store
    /// cannot be reached, does not answer, refuses the credentials), counting the rest as not sent.
    public func send(_ statements: [XAPIStatement]) -> Delivery {
        var delivery = Delivery()
        var start = 0
        while start < statements.count {
            let batch = Array(statements[start..<min(start + Self.batchSize, statements.count)])
            do {
                delivery = delivery + (try sendBatch(batch, first: start))
            } catch {
                delivery.notSent += statements.count - start
                delivery.problems.append("\(error)")
                return delivery
            }
            start += batch.count
        }
        return delivery
    }

    private func sendBatch(_ batch: [XAPIStatement], first: Int) throws -> Delivery {
        let answer = try connection.post(try Self.body(batch))
        if let delivery = Self.acknowledged(answer, batch: batch) { return delivery }
        guard batch.count > 1 else {
            var refused = Delivery()
            refused.refused = 1
            refused.problems.append("statement \(first + 1) (\(batch[0].id)): the LRS refused it (HTTP \(answer.status)\(Self.quoted(answer)))")
            return refused
        }
        // One by one, to keep out only what the store refuses.
        var delivery = Delivery()
        for (offset, statement) in batch.enumerated() {
            delivery = delivery + (try sendBatch([statement], first: first + offset))
        }
        return delivery
    }

    /// What a store's answer to a batch acknowledges, or nil when it refused the batch.
    static func acknowledged(_ answer: LRSConnection.Answer, batch: [XAPIStatement]) -> Delivery? {
        var delivery = Delivery()
        switch answer.status {
        case 200:
            // The ids of the statements stored; a store may leave out those it held already.
            let returned = Set(((try? JSONDecoder().decode([String].self, from: answer.body)) ?? []).map { $0.lowercased() })
            delivery.stored = batch.filter { returned.contains($0.id.lowercased()) }.count
            delivery.alreadyThere = batch.count - delivery.stored
        case 204:
            // Nothing new to store: every statement was there already.
            delivery.alreadyThere = batch.count
        default:
            return nil
        }
        return delivery
    }

    /// The statements as the JSON array a POST carries.
    static func body(_ statements: [XAPIStatement]) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(statements)
    }

    private static func quoted(_ answer: LRSConnection.Answer) -> String {
        let text = LRSProblem.quote(answer.body)
        return text.isEmpty ? "" : ": " + text
    }
}
