/// The pages of a replay, in the order they are shown.
///
/// One transcript is replayed turn by turn, as the conversation went (a step played twice is shown
/// twice). Several transcripts are replayed step by step, with every learner's answer to the step
/// on the same page, so that a group can compare them; the steps come in the order the
/// conversations reached them.
public struct ReplayScript: Equatable, Sendable {
    public var learners: [ReplayLearner]
    public var pages: [ReplayPage]

    public init(learners: [ReplayLearner]) {
        self.learners = learners
        if learners.count == 1, let only = learners.first {
            pages = only.record.turns.enumerated().map { index, turn in
                let replayTurn = ReplayTurn(turn: turn, index: index, regrade: only.regrade?.turns[safe: index])
                return ReplayPage(step: turn.step, says: turn.says, question: turn.question, entries: [.init(learner: 0, turns: [replayTurn])])
            }
        } else {
            pages = Self.stepOrder(of: learners.map(\.record)).map { step in
                let entries = learners.enumerated().map { learnerIndex, learner in
                    ReplayPage.Entry(learner: learnerIndex, turns: learner.record.turns.enumerated().compactMap { index, turn in
                        turn.step == step ? ReplayTurn(turn: turn, index: index, regrade: learner.regrade?.turns[safe: index]) : nil
                    })
                }
                let first = entries.lazy.compactMap(\.turns.first).first?.turn
                return ReplayPage(step: step, says: first?.says ?? [], question: first?.question, entries: entries)
            }
        }
    }

    /// The scenario's title as the first transcript names it.
    public var title: String? {
        learners.first?.record.header?.scenario.title
    }

    public var language: Language {
        learners.first?.record.header?.scenario.language ?? .en
    }

    /// The narration before the first step, as the first transcript has it.
    public var narration: [String] {
        learners.first?.record.narration ?? []
    }

    /// Every step reached by any conversation, once, each placed after the step that led to it in
    /// the first conversation that reached it: `a b d` and `a c d` give `a c b d`.
    static func stepOrder(of records: [ConversationRecord]) -> [String] {
        var order: [String] = []
        for record in records {
            var insertion = 0
            for turn in record.turns {
                if let existing = order.firstIndex(of: turn.step) {
                    insertion = existing + 1
                } else {
                    order.insert(turn.step, at: insertion)
                    insertion += 1
                }
            }
        }
        return order
    }
}

fileprivate extension Array {
    /// The element at `index`, or nil outside the array.
    subscript(safe index: Int) -> Element? {
        indices.contains(index) ? self[index] : nil
    }
}
