/// Where a replay stands and where each key takes it: a state machine over the pages of a
/// `ReplayScript`, with no I/O, so that every way through a replay can be tested with key presses.
///
/// A key that cannot be obeyed (back on the first page, next on the last, a position that does not
/// exist) leaves the page as it is and says why, rather than ending the replay: a facilitator in
/// front of a room should not be dropped back to the shell by one key too many.
public struct ReplayNavigator: Equatable, Sendable {
    /// How many pages there are.
    public let pageCount: Int
    /// The page shown, from 0; nil before the first is shown and after the replay stopped.
    public private(set) var current: Int?
    public private(set) var hasQuit = false

    public init(pageCount: Int) {
        self.pageCount = max(0, pageCount)
    }

    /// What the replay does after a key.
    public enum Move: Equatable, Sendable {
        /// Show this page (from 0).
        case show(Int)
        /// Stay on the page, with a word on why.
        case stay(Notice)
        /// Show the list of keys, then the page again.
        case help
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
        case .next:
            guard page + 1 < pageCount else { return .stay(.atEnd) }
            current = page + 1
            return .show(page + 1)
        case .previous:
            guard page > 0 else { return .stay(.atStart) }
            current = page - 1
            return .show(page - 1)
        case .jump(let position):
            guard (1...pageCount).contains(position) else { return .stay(.noSuchPosition(position)) }
            current = position - 1
            return .show(position - 1)
        }
    }

    /// True when the page shown is the last: an automatic replay stops after it.
    public var isOnLastPage: Bool {
        current == pageCount - 1
    }
}
