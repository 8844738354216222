// @preconcurrency: readline shares its state through C globals (rl_point, history_length…) that
// Swift 6 cannot prove safe; readline is only ever used from one thread (see ReadlineLineReader).
@preconcurrency import CReadline
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Tab completion of the command words (`/aide`, `/indice`, `/quitter`…) at readline's prompt.
///
/// Only words starting with `/` are completed: everything else the learner types is
/// free text in the language being learnt, where proposing file names (readline's
/// default) or anything else would only get in the way.
public enum ReadlineCompletion {
    /// The words of `words` that start with `prefix`, in their given order, without duplicates.
    /// Empty unless `prefix` starts with `/`.
    ///
    /// This is what the Tab key offers; it is kept free of readline so it can be tested.
    public static func matches(for prefix: String, in words: [String]) -> [String] {
        guard prefix.hasPrefix("/") else { return [] }
        var seen = Set<String>()
        return words.filter { $0.hasPrefix(prefix) && seen.insert($0).inserted }
    }

    /// The words offered by the Tab key.
    ///
    /// readline calls back through C function pointers, which cannot capture context, so
    /// the list has to live in a global. `nonisolated(unsafe)` is sound here because
    /// readline is single-threaded: the list is set by `ReadlineLineReader.readLine(prompt:)`
    /// and read by the callbacks below, which readline only runs from inside
    /// `rl_callback_read_char()`, on that same thread, while that call is in progress.
    nonisolated(unsafe) static var words: [String] = []

    /// The matches found when readline asked for the first one, handed out one by one
    /// on its following calls to `generator`. Same single-thread reasoning as `words`.
    nonisolated(unsafe) private static var pending: [String] = []

    /// Installs the completion callbacks; readline keeps them until told otherwise.
    static func install() {
        rl_attempted_completion_function = attemptCompletion
    }

    /// readline's `rl_attempted_completion_function`: commands or nothing.
    private static let attemptCompletion: @convention(c) (
        UnsafePointer<CChar>?, Int32, Int32
    ) -> UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = { text, _, _ in
        // Never fall back to readline's file name completion.
        rl_attempted_completion_over = 1
        // Commands take no argument: no space after "/aide", which the caller would have to trim.
        // readline puts the default (a space) back before each completion, so this is set each time.
        rl_completion_append_character = 0
        guard let text, text.pointee == CChar(UInt8(ascii: "/")) else { return nil }
        return rl_completion_matches(text, generator)
    }

    /// readline's generator protocol: called with `state == 0` for the first match, then
    /// with increasing states until it returns NULL. Each match must be a fresh `malloc`
    /// allocation, which readline frees.
    private static let generator: @convention(c) (UnsafePointer<CChar>?, Int32) -> UnsafeMutablePointer<CChar>? = { text, state in
        if state == 0 {
            let prefix = text.map { String(decoding: UnsafeRawBufferPointer(start: $0, count: strlen($0)), as: UTF8.self) } ?? ""
            pending = matches(for: prefix, in: words)
        }
        guard !pending.isEmpty else { return nil }
        return strdup(pending.removeFirst())
    }
}
