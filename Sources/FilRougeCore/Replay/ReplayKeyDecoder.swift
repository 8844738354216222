/// Turns the bytes a terminal sends, one key at a time, into replay keys: Enter or space (or →) for
/// the next turn, `b` (or ←) for the previous one, ↑ ↓ PageUp PageDown within the page, `l` for one
/// learner at a time, `q` to stop, digits then Enter to go to a position, `?` for the keys. Kept apart from the terminal so
/// that every sequence of bytes can be tested.
///
/// Cursor keys come as `ESC [` or `ESC O` then a letter (`ESC [ A` or, in the terminal's
/// application mode, `ESC O A` for ↑; `H` and `F` for Home and End), PageUp and PageDown as
/// `ESC [ 5 ~` and `ESC [ 6 ~`, Home and End also as `ESC [ 1 ~` and `ESC [ 4 ~` (or 7 and 8);
/// a modifier adds parameters (`ESC [ 1 ; 5 A` for Ctrl-↑, `ESC [ 6 ; 2 ~`), which change nothing here.
public struct ReplayKeyDecoder: Equatable, Sendable {
    /// The digits typed so far, waiting for Enter.
    public private(set) var pendingDigits = ""
    private var escape: EscapeState = .none

    /// A position has at most this many digits: more is a key held down, not a step.
    public static let maximumDigits = 6
    /// The parameters of a cursor key are a few bytes (`1;5`); more are kept no longer.
    static let maximumParameters = 16

    private enum EscapeState: Equatable, Sendable {
        case none
        /// ESC was read.
        case started
        /// ESC `[` or ESC `O` was read: a cursor key's final byte follows, maybe after parameters,
        /// which are these bytes so far (`5` of PageUp's `ESC [ 5 ~`).
        case sequence(parameters: String)
    }

    public init() {}

    /// What one byte did.
    public enum Outcome: Equatable, Sendable {
        /// A key is complete.
        case key(ReplayKey)
        /// The digits typed so far changed (shown while typing; empty when cancelled).
        case typing(String)
        /// Nothing to do: part of a longer sequence, or a key with no meaning here.
        case ignored
    }

    public mutating func feed(_ byte: UInt8) -> Outcome {
        switch escape {
        case .started:
            if byte == UInt8(ascii: "[") || byte == UInt8(ascii: "O") {
                escape = .sequence(parameters: "")
                return .ignored
            }
            // A lone Escape cancels the digits; the byte after it counts as a key of its own.
            escape = .none
            let cancelled = cancelDigits()
            let outcome = feed(byte)
            return outcome == .ignored ? cancelled : outcome
        case .sequence(let parameters):
            // Parameters (digits, `;`) come before the final byte.
            guard byte >= 0x40 && byte <= 0x7E else {
                // A sequence longer than any key's is no key: its parameters are not kept.
                if parameters.count < Self.maximumParameters { escape = .sequence(parameters: parameters + String(Unicode.Scalar(byte))) }
                return .ignored
            }
            escape = .none
            switch byte {
            case UInt8(ascii: "A"): return finish(.scroll(.lineUp))
            case UInt8(ascii: "B"): return finish(.scroll(.lineDown))
            case UInt8(ascii: "C"): return finish(.next)
            case UInt8(ascii: "D"): return finish(.previous)
            case UInt8(ascii: "H"): return finish(.scroll(.top))
            case UInt8(ascii: "F"): return finish(.scroll(.bottom))
            case UInt8(ascii: "~"):
                // The key's number is the first parameter; a modifier may follow it after `;`.
                switch parameters.split(separator: ";", omittingEmptySubsequences: false).first {
                case "5": return finish(.scroll(.pageUp))
                case "6": return finish(.scroll(.pageDown))
                case "1", "7": return finish(.scroll(.top))
                case "4", "8": return finish(.scroll(.bottom))
                default: return .ignored
                }
            default: return .ignored
            }
        case .none:
            break
        }
        switch byte {
        case 0x1B:
            escape = .started
            return .ignored
        case UInt8(ascii: "0")...UInt8(ascii: "9"):
            guard pendingDigits.count < Self.maximumDigits else { return .ignored }
            pendingDigits.append(Character(Unicode.Scalar(byte)))
            return .typing(pendingDigits)
        case 0x7F, 0x08:
            guard !pendingDigits.isEmpty else { return .ignored }
            pendingDigits.removeLast()
            return .typing(pendingDigits)
        case UInt8(ascii: "\r"), UInt8(ascii: "\n"), UInt8(ascii: " "):
            if let position = Int(pendingDigits) {
                pendingDigits = ""
                return .key(.jump(position))
            }
            return .key(.next)
        case UInt8(ascii: "n"), UInt8(ascii: "N"):
            return finish(.next)
        case UInt8(ascii: "b"), UInt8(ascii: "B"), UInt8(ascii: "p"), UInt8(ascii: "P"):
            return finish(.previous)
        case UInt8(ascii: "q"), UInt8(ascii: "Q"), 0x04:
            return finish(.quit)
        case UInt8(ascii: "?"), UInt8(ascii: "h"), UInt8(ascii: "H"):
            return finish(.help)
        case UInt8(ascii: "l"), UInt8(ascii: "L"):
            return finish(.learnerByLearner)
        default:
            return .ignored
        }
    }

    /// Escape was pressed alone (no byte followed it quickly): it cancels the digits typed.
    public mutating func escapeTimedOut() -> Outcome {
        guard escape != .none else { return .ignored }
        escape = .none
        return cancelDigits()
    }

    /// True after ESC, while the reader should wait a moment for the rest of a cursor key.
    public var isInsideEscape: Bool {
        escape != .none
    }

    /// Decodes several bytes, keeping only the completed keys.
    public mutating func keys(from bytes: [UInt8]) -> [ReplayKey] {
        bytes.compactMap { byte in
            if case .key(let key) = feed(byte) { return key }
            return nil
        }
    }

    /// A key other than Enter drops the digits typed before it.
    private mutating func finish(_ key: ReplayKey) -> Outcome {
        pendingDigits = ""
        return .key(key)
    }

    private mutating func cancelDigits() -> Outcome {
        guard !pendingDigits.isEmpty else { return .ignored }
        pendingDigits = ""
        return .typing("")
    }
}
