import FilRougeCore

/// What waiting for a key in a replay can bring.
public enum KeyPress: Equatable, Sendable {
    case key(ReplayKey)
    /// The digits of a position being typed changed (empty: cleared).
    case typing(String)
    /// No key before the automatic replay's delay ran out.
    case timedOut
    /// The page must be drawn again: the window was resized, or the program resumed after Ctrl-Z.
    case redraw
    /// No more keys will come.
    case endOfInput
}

/// Where a replay's keys come from: the keyboard in raw mode, or a script in tests.
public protocol ReplayKeySource {
    /// Waits for the next key, at most `timeout` seconds when given.
    mutating func nextPress(timeout: Double?) -> KeyPress
}

/// Key presses given in advance, for tests: each wait returns the next one, and the end of input
/// once they are used up.
public struct ScriptedKeySource: ReplayKeySource {
    public private(set) var remaining: [KeyPress]
    /// The timeouts asked for, in order, so that tests can check the automatic delay.
    public private(set) var timeoutsAsked: [Double?] = []

    public init(_ presses: [KeyPress]) {
        remaining = presses
    }

    /// Keys as a terminal would send their bytes: `"2\r"`, `" "`, `"bq"`.
    public init(typing bytes: String) {
        var decoder = ReplayKeyDecoder()
        remaining = bytes.utf8.compactMap { byte in
            switch decoder.feed(byte) {
            case .key(let key): return .key(key)
            case .typing(let digits): return .typing(digits)
            case .ignored: return nil
            }
        }
    }

    public mutating func nextPress(timeout: Double?) -> KeyPress {
        timeoutsAsked.append(timeout)
        guard !remaining.isEmpty else { return .endOfInput }
        return remaining.removeFirst()
    }
}
