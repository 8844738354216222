/// Where a replay stands and where each key takes it: a state machine over the pages of a
/// `ReplayScript`, with no I/O, so that every way through a replay can be tested with key presses.
///
/// A key that cannot be obeyed (back on the first page, next on the last, a position that does not
/// exist) leaves the page as it is and says why, rather than ending the replay: a facilitator in
/// front of a room should not be dropped back to the shell by one key too many.
///
/// On a group's pages, `l` shows one learner at a time: the step's question stays, and the keys
/// that move between steps move between learners first, the next step coming after the last
/// learner, so that a room can discuss each reply on its own; `l` again shows them all.
public struct ReplayNavigator: Equatable, Sendable {
    /// How many pages there are.
    public let pageCount: Int
    /// How many learners each page holds: one per transcript on a group's pages.
    public let learnerCount: Int
    /// The page shown, from 0; nil before the first is shown and after the replay stopped.
    public private(set) var current: Int?
    /// One learner at a time: the one shown, from 0; nil when every learner is shown.
    public private(set) var learner: Int?
    public private(set) var hasQuit = false

    public init(pageCount: Int, learnerCount: Int = 1) {
        self.pageCount = max(0, pageCount)
        self.learnerCount = max(1, learnerCount)
    }

    /// What the replay does after a key.
    public enum Move: Equatable, Sendable {
        /// Show this page (from 0); with one learner at a time, only `learner`'s turns.
        case show(Int)
        /// Stay on the page, with a word on why.
        case stay(Notice)
        /// Show the list of keys, then the page again.
        case help
        /// Move within the page shown; only the screen knows how far it can go.
        case scroll(ReplayScroll)
        /// The replay is over.
        case quit
    }

    public enum Notice: Equatable, Sendable {
        /// Back on the first page.
        case atStart
        /// Next on the last page.
        case atEnd
        /// A jump to a position that does not exist: the position asked for.
        case noSuchPosition(Int)
        /// Up at the top of the page.
        case topOfPage
        /// Down at the bottom of the page.
        case bottomOfPage
        /// One learner at a time asked of a replay of one conversation.
        case singleLearner
    }

    /// The 1-based position of the page shown, as on screen (`3` of `3/11`).
    public var position: Int? {
        current.map { $0 + 1 }
    }

    /// The first page, or the end when there is none.
    public mutating func start() -> Move {
        guard pageCount > 0 else {
            hasQuit = true
            return .quit
        }
        current = 0
        return .show(0)
    }

    public mutating func handle(_ key: ReplayKey) -> Move {
        guard !hasQuit else { return .quit }
        guard let page = current else { return start() }
        switch key {
        case .quit:
            hasQuit = true
            current = nil
            return .quit
        case .help:
            return .help
        case .scroll(let scroll):
            return .scroll(scroll)
        case .learnerByLearner:
            guard learnerCount > 1 else { return .stay(.singleLearner) }
            learner = learner == nil ? 0 : nil
            return .show(page)
        case .next:
            if let shown = learner, shown + 1 < learnerCount {
                learner = shown + 1
                return .show(page)
            }
            guard page + 1 < pageCount else { return .stay(.atEnd) }
            current = page + 1
            if learner != nil { learner = 0 }
            return .show(page + 1)
        case .previous:
            if let shown = learner, shown > 0 {
                learner = shown - 1
                return .show(page)
            }
            guard page > 0 else { return .stay(.atStart) }
            current = page - 1
            if learner != nil { learner = learnerCount - 1 }
            return .show(page - 1)
        case .jump(let position):
            guard (1...pageCount).contains(position) else { return .stay(.noSuchPosition(position)) }
            current = position - 1
            if learner != nil { learner = 0 }
            return .show(position - 1)
        }
    }

    /// True when nothing comes after what is shown, the last page (and on it the last learner,
    /// one at a time): an automatic replay stops after it.
    public var isOnLastPage: Bool {
        current == pageCount - 1 && (learner ?? learnerCount - 1) == learnerCount - 1
    }
}
