import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `filrouge` running in a pseudo-terminal, as in a terminal window: the test types keys,
/// resizes the window, sends signals, and reads the screen.
///
/// The child is started as the leader of a new session whose controlling terminal is the
/// pseudo-terminal, as a shell would start it: Ctrl-C typed on the keyboard becomes SIGINT
/// and a resize becomes SIGWINCH only for a process in the terminal's foreground, and closing
/// the terminal's master side sends SIGHUP to that session. Everything the child writes goes
/// through `ScreenModel`, which keeps the screen as a terminal would show it.
///
/// Waiting is done by reading until the screen shows what is expected, with a generous
/// deadline, never by sleeping for a fixed time: the tests run on loaded machines.
/// The test keeps a descriptor of the terminal's slave side open, to read the terminal's
/// settings after the child has exited.
final class TerminalSession {
    let processID: pid_t
    private(set) var screen: ScreenModel
    /// Every byte the child wrote, escape sequences included.
    private(set) var output: [UInt8] = []
    /// The terminal's settings before the child started.
    let originalSettings: termios
    private var master: Int32
    private let slave: Int32
    private var exitStatus: ExitStatus?

    /// How a child process ended.
    enum ExitStatus: Equatable, CustomStringConvertible {
        case exited(Int32)
        case killed(by: Int32)

        var description: String {
            switch self {
            case .exited(let code): return "exited with \(code)"
            case .killed(let signal): return "killed by signal \(signal)"
            }
        }
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// The environment every session gets: UTF-8, an xterm, no user settings (`HOME` and
    /// `INPUTRC` point into `directory`), the readline history under `directory/state`.
    static func environment(in directory: URL, colour: Bool) -> [String: String] {
        var environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": directory.path,
            "TERM": "xterm",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "INPUTRC": directory.appendingPathComponent("inputrc").path,
            "XDG_STATE_HOME": directory.appendingPathComponent("state").path,
            "XDG_DATA_HOME": directory.appendingPathComponent("data").path,
        ]
        if !colour { environment["NO_COLOR"] = "1" }
        return environment
    }

    /// Starts `filrouge arguments…` in a new terminal of `columns` × `rows`.
    init(_ arguments: [String], environment: [String: String], columns: Int = 80, rows: Int = 40) throws {
        let master = open("/dev/ptmx", O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard master >= 0, C.grantpt(master) == 0, C.unlockpt(master) == 0 else {
            throw Failure(description: "cannot open a pseudo-terminal: \(String(cString: strerror(errno)))")
        }
        var name = [CChar](repeating: 0, count: 128)
        guard C.ptsname_r(master, &name, name.count) == 0 else {
            close(master)
            throw Failure(description: "cannot name the pseudo-terminal")
        }
        let slavePath = String(decoding: name.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
        let slave = open(slavePath, O_RDWR | O_NOCTTY | O_CLOEXEC)
        guard slave >= 0 else {
            close(master)
            throw Failure(description: "cannot open \(slavePath)")
        }
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
        var settings = termios()
        tcgetattr(slave, &settings)

        self.master = master
        self.slave = slave
        self.originalSettings = settings
        self.screen = ScreenModel(columns: columns, rows: rows)
        do {
            self.processID = try Self.spawn(
                try FilRougeBinary.executable().path, arguments: arguments, environment: environment, terminal: slavePath
            )
        } catch {
            close(master)
            close(slave)
            throw error
        }
    }

    deinit {
        if exitStatus == nil {
            kill(processID, SIGKILL)
            var status: Int32 = 0
            _ = waitpid(processID, &status, 0)
        }
        if master >= 0 { close(master) }
        close(slave)
    }

    /// posix_spawn, with the new session made before the terminal is opened on standard
    /// input: a session leader opening a terminal without O_NOCTTY makes it its controlling
    /// terminal. Every other descriptor of the test process is closed in the child.
    private static func spawn(_ path: String, arguments: [String], environment: [String: String], terminal: String) throws -> pid_t {
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var defaults = sigset_t()
        sigfillset(&defaults)
        posix_spawnattr_setsigdefault(&attributes, &defaults)
        var mask = sigset_t()
        sigemptyset(&mask)
        posix_spawnattr_setsigmask(&attributes, &mask)
        posix_spawnattr_setflags(&attributes, Int16(C.spawnNewSession | POSIX_SPAWN_SETSIGDEF | POSIX_SPAWN_SETSIGMASK))

        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, terminal, O_RDWR, 0)
        posix_spawn_file_actions_adddup2(&actions, 0, 1)
        posix_spawn_file_actions_adddup2(&actions, 0, 2)
        C.closeFrom(&actions, 3)

        let argv = ([path] + arguments).map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var processID: pid_t = 0
        let status = posix_spawn(&processID, path, &actions, &attributes, argv, envp)
        guard status == 0 else {
            throw Failure(description: "cannot start \(path): \(String(cString: strerror(status)))")
        }
        return processID
    }

    // MARK: Keyboard, window, signals

    static let enter = "\r"
    static let ctrlA = "\u{01}"
    static let ctrlC = "\u{03}"
    static let ctrlD = "\u{04}"
    static let ctrlV = "\u{16}"
    static let tab = "\t"
    static let backspace = "\u{7F}"
    static let escape = "\u{1B}"
    static let upArrow = "\u{1B}[A"

    /// Types `keys` as a keyboard would send them.
    func type(_ keys: String) {
        var remaining = Array(keys.utf8)[...]
        while !remaining.isEmpty {
            let written = remaining.withUnsafeBytes { write(master, $0.baseAddress, $0.count) }
            if written < 0 && errno == EINTR { continue }
            guard written > 0 else { return }
            remaining = remaining.dropFirst(written)
        }
    }

    /// Resizes the window; the kernel sends SIGWINCH to the terminal's foreground.
    func resize(columns: Int, rows: Int) {
        drain()
        screen.resize(columns: columns, rows: rows)
        var size = winsize(ws_row: UInt16(rows), ws_col: UInt16(columns), ws_xpixel: 0, ws_ypixel: 0)
        _ = ioctl(master, UInt(TIOCSWINSZ), &size)
    }

    func send(_ signal: Int32) {
        kill(processID, signal)
    }

    /// Closes the terminal window: the master side goes, the child's session gets SIGHUP.
    func closeWindow() {
        drain()
        close(master)
        master = -1
    }

    /// The terminal's settings now, as the child left or set them.
    var settings: termios {
        var current = termios()
        tcgetattr(slave, &current)
        return current
    }

    /// Whether readline holds the terminal, waiting for keys: echo and canonical mode are off.
    var readlineIsWaiting: Bool {
        settings.c_lflag & tcflag_t(ECHO | ICANON) == 0
    }

    /// Whether the child sleeps while the terminal holds more of its output than the test has
    /// read: then it is blocked writing to a screen nobody reads.
    var isBlockedWritingWithoutBeingRead: Bool {
        var pending: Int32 = 0
        guard master >= 0, ioctl(master, UInt(FIONREAD), &pending) == 0, pending >= 4000,
              let stat = try? String(contentsOfFile: "/proc/\(processID)/stat", encoding: .utf8),
              let state = stat.split(separator: ")").last?.split(separator: " ").first
        else { return false }
        return state == "S"
    }

    // MARK: Waiting

    /// Reads what the child writes until `condition` holds of the session, or fails after `timeout` seconds.
    /// With `reading` false, the output is left unread, as when nobody looks at the terminal.
    func waitUntil(
        _ what: @autoclosure () -> String, timeout: Double = 15, reading: Bool = true,
        sourceLocation: SourceLocation = #_sourceLocation, _ condition: (TerminalSession) -> Bool
    ) throws {
        let deadline = Date().addingTimeInterval(timeout)
        while !condition(self) {
            if reading && reapIfExited() {
                // The last words of the child may still be in the terminal.
                drain()
                if condition(self) { return }
            }
            guard Date() < deadline, exitStatus == nil else {
                let reason = exitStatus.map { "the child \($0)" } ?? "\(timeout) s passed"
                let failure = "waited for \(what()), but \(reason); the screen:\n\(screen.text)"
                Issue.record(Comment(rawValue: failure), sourceLocation: sourceLocation)
                throw Failure(description: failure)
            }
            if reading {
                readOutput(waitingAtMost: 0.05)
            } else {
                usleep(20_000)
            }
        }
    }

    /// Waits until the screen shows `text` somewhere (scrolled-off rows included).
    func waitFor(_ text: String, timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws {
        try waitUntil("'\(text)' on screen", timeout: timeout, sourceLocation: sourceLocation) { $0.screen.text.contains(text) }
    }

    /// Waits for a fresh prompt: the cursor's row holds only the prompt, and readline has the terminal.
    func waitForPrompt(_ prompt: String = "Vous › ", sourceLocation: SourceLocation = #_sourceLocation) throws {
        try waitUntil("a fresh prompt '\(prompt)'", sourceLocation: sourceLocation) {
            $0.screen.cursorRowText == prompt.trimmingCharacters(in: .whitespaces) && $0.screen.cursorColumn == prompt.count
                && $0.readlineIsWaiting
        }
    }

    /// Waits for the child to exit, reading its last output; fails after `timeout` seconds.
    @discardableResult
    func waitForExit(timeout: Double = 15, sourceLocation: SourceLocation = #_sourceLocation) throws -> ExitStatus {
        try waitUntil("the child to exit", timeout: timeout, sourceLocation: sourceLocation) { session in
            session.exitStatus != nil
        }
        drain()
        guard let exitStatus else { throw Failure(description: "no exit status") }
        return exitStatus
    }

    /// Reads what is there without waiting.
    func drain() {
        while readOutput(waitingAtMost: 0) {}
    }

    /// Reads one chunk if one comes within `seconds`; false if none came.
    @discardableResult
    private func readOutput(waitingAtMost seconds: Double) -> Bool {
        guard master >= 0 else {
            // The window is closed: only the child's exit is left to wait for.
            usleep(UInt32(seconds * 1_000_000))
            return false
        }
        var descriptor = pollfd(fd: master, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, Int32(seconds * 1000)) > 0, descriptor.revents & Int16(POLLIN) != 0 else { return false }
        var chunk = [UInt8](repeating: 0, count: 4096)
        let count = read(master, &chunk, chunk.count)
        guard count > 0 else { return false }
        output += chunk[..<count]
        screen.feed(chunk[..<count])
        return true
    }

    private func reapIfExited() -> Bool {
        guard exitStatus == nil else { return true }
        var status: Int32 = 0
        guard waitpid(processID, &status, WNOHANG) == processID else { return false }
        let signal = status & 0x7F
        exitStatus = signal == 0 ? .exited((status >> 8) & 0xFF) : .killed(by: signal)
        return true
    }

    /// The output as text, escape sequences included.
    var outputText: String {
        String(decoding: output, as: UTF8.self)
    }
}

/// The parts of the C library the Glibc module leaves out, because they are declared only
/// for `_XOPEN_SOURCE` or `_GNU_SOURCE`: looked up by name in the running program.
private enum C {
    /// glibc's `POSIX_SPAWN_SETSID` (2.26 and later): the child starts a new session.
    static let spawnNewSession: Int32 = 0x80

    static func grantpt(_ descriptor: Int32) -> Int32 {
        function("grantpt", as: (@convention(c) (Int32) -> Int32).self)?(descriptor) ?? -1
    }

    static func unlockpt(_ descriptor: Int32) -> Int32 {
        function("unlockpt", as: (@convention(c) (Int32) -> Int32).self)?(descriptor) ?? -1
    }

    static func ptsname_r(_ descriptor: Int32, _ buffer: UnsafeMutablePointer<CChar>, _ size: Int) -> Int32 {
        function("ptsname_r", as: (@convention(c) (Int32, UnsafeMutablePointer<CChar>, Int) -> Int32).self)?(descriptor, buffer, size) ?? -1
    }

    /// `posix_spawn_file_actions_addclosefrom_np` (glibc 2.34): the child closes every descriptor
    /// from `lowest` on, so that it holds no pipe of another test running at the same time.
    /// Without it (an older glibc), the descriptors the test process did not mark close-on-exec stay open.
    static func closeFrom(_ actions: UnsafeMutablePointer<posix_spawn_file_actions_t>, _ lowest: Int32) {
        typealias CloseFrom = @convention(c) (UnsafeMutablePointer<posix_spawn_file_actions_t>, Int32) -> Int32
        _ = function("posix_spawn_file_actions_addclosefrom_np", as: CloseFrom.self)?(actions, lowest)
    }

    private static func function<Function>(_ name: String, as type: Function.Type) -> Function? {
        guard let program = dlopen(nil, RTLD_NOW), let symbol = dlsym(program, name) else { return nil }
        return unsafeBitCast(symbol, to: type)
    }
}
