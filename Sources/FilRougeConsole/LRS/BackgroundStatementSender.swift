import FilRougeCore
import Foundation

/// Sends statements to a learning record store on a thread of its own, so that a conversation never
/// waits for the store: `send` only queues them. The transcript is the record; what the store has
/// not acknowledged when the conversation ends is counted, and a later `filrouge export FILE --lrs
/// URL` sends it (statement ids are stable, so nothing is stored twice).
///
/// Once the store cannot be reached, nothing more is tried: each reply would otherwise wait for
/// the timeout again, and `finish` would wait for all of them.
public final class BackgroundStatementSender: @unchecked Sendable {
    private let sender: LRSStatementSender
    private let queue = DispatchQueue(label: "filrouge.lrs")
    private let group = DispatchGroup()
    // Read and changed on `queue` only, but for `finish`, which reads them under `lock` after waiting.
    private let lock = NSLock()
    private var delivery = LRSStatementSender.Delivery()
    private var queued = 0
    private var givenUp = false

    public init(sender: LRSStatementSender) {
        self.sender = sender
    }

    /// Queues `statements`; returns at once.
    public func send(_ statements: [XAPIStatement]) {
        guard !statements.isEmpty else { return }
        lock.withLock { queued += statements.count }
        group.enter()
        queue.async { [self] in
            defer { group.leave() }
            let stopped = lock.withLock { givenUp }
            var outcome = LRSStatementSender.Delivery()
            if stopped {
                outcome.notSent = statements.count
            } else {
                outcome = sender.send(statements)
            }
            lock.withLock {
                delivery = delivery + outcome
                // A store that cannot be reached is not tried again: not-sent statements mean it stopped.
                if outcome.notSent > 0 { givenUp = true }
            }
        }
    }

    /// Waits at most `seconds` for the statements queued to be sent, and says what became of them;
    /// those still waiting count as not sent.
    public func finish(waitingAtMost seconds: TimeInterval) -> LRSStatementSender.Delivery {
        let finished = group.wait(timeout: .now() + seconds) == .success
        return lock.withLock {
            var result = delivery
            if !finished {
                givenUp = true
                let accounted = result.stored + result.alreadyThere + result.refused + result.notSent
                result.notSent += max(0, queued - accounted)
                result.problems.append("the LRS at \(sender.connection.endpoint) had not answered when the conversation ended")
            }
            return result
        }
    }
}
