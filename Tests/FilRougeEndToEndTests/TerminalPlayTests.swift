import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#endif

/// `filrouge play` in a real terminal (a pseudo-terminal driven by `TerminalSession`): what the
/// learner types at readline's prompt, what the screen shows, what the transcript keeps, and the
/// terminal as the program leaves it.
struct TerminalPlayTests {
    typealias Keys = TerminalSession

    /// One conversation on the bakery fixture, in a folder of its own (transcript, history, home).
    final class Play {
        let directory: URL
        let transcript: URL
        let session: TerminalSession

        init(
            colour: Bool = false, columns: Int = 100, directory: URL? = nil, transcriptName: String = "t.jsonl",
            environment extra: [String: String?] = [:]
        ) throws {
            let directory = try directory ?? FilRougeBinary.temporaryDirectory()
            self.directory = directory
            self.transcript = directory.appendingPathComponent(transcriptName)
            var environment = TerminalSession.environment(in: directory, colour: colour)
            for (key, value) in extra { environment[key] = value }
            self.session = try TerminalSession(
                ["play", PlayEndToEndTests.fixture.path, "--seed", "3", "--transcript", transcript.path],
                environment: environment, columns: columns
            )
        }

        /// The transcript's lines, each a JSON object.
        func events() throws -> [[String: Any]] {
            let text = try String(contentsOf: transcript, encoding: .utf8)
            #expect(text.hasSuffix("\n"), "the last line is complete")
            return try text.split(separator: "\n").map { line in
                try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any], "not a JSON object: \(line)")
            }
        }

        func replies() throws -> [String] {
            try events().filter { $0["type"] as? String == "reply" }.compactMap { $0["text"] as? String }
        }

        var historyFile: URL {
            directory.appendingPathComponent("state/filrouge/history")
        }
    }

    static let firstQuestion = "Mme Levain\u{00A0}: Tu crois que je devrais prendre des commandes sur internet ?"
    static let secondQuestion = "Mme Levain\u{00A0}: Et Facebook, ça sert à quelque chose pour une boulangerie ?"
    static let goodReply = "Oui, la précommande en ligne, c’est simple"

    /// Whether the terminal is back as it was before the program started: line editing by the
    /// terminal (canonical mode), echo, signals from the keyboard, and every control character.
    static func expectRestored(_ session: TerminalSession, sourceLocation: SourceLocation = #_sourceLocation) {
        let now = session.settings
        let before = session.originalSettings
        #expect(now.c_lflag & tcflag_t(ECHO | ICANON | ISIG) == tcflag_t(ECHO | ICANON | ISIG), sourceLocation: sourceLocation)
        #expect(now.c_lflag == before.c_lflag, sourceLocation: sourceLocation)
        #expect(now.c_iflag == before.c_iflag, sourceLocation: sourceLocation)
        #expect(now.c_oflag == before.c_oflag, sourceLocation: sourceLocation)
        #expect(now.c_cflag == before.c_cflag, sourceLocation: sourceLocation)
        #expect(withUnsafeBytes(of: now.c_cc) { Array($0) } == withUnsafeBytes(of: before.c_cc) { Array($0) }, sourceLocation: sourceLocation)
    }

    // MARK: Typing

    /// With a UTF-8 locale, and with plain `LANG=C`, which the program replaces by a UTF-8 one
    /// for readline: otherwise Backspace would remove one byte of `é` and leave the other.
    @Test(arguments: [["LC_ALL": "C.UTF-8"], ["LC_ALL": nil, "LANG": "C"]] as [[String: String?]])
    func accentedLettersReachTheScreenAndTheTranscriptIntact(locale: [String: String?]) throws {
        let play = try Play(environment: locale)
        defer { try? FileManager.default.removeItem(at: play.directory) }
        let session = play.session
        try session.waitFor(Self.firstQuestion)
        try session.waitForPrompt()
        session.type("Oui, la précommande en ligne, c’est simpleé" + Keys.backspace)
        try session.waitUntil("the reply typed") { $0.screen.cursorRowText == "Vous › " + Self.goodReply }
        session.type(Keys.enter)
        try session.waitFor(Self.secondQuestion)
        try session.waitForPrompt()
        session.type(Keys.ctrlD)
        #expect(try session.waitForExit() == .exited(0))
        #expect(session.screen.allLines.contains("Vous › " + Self.goodReply))
        #expect(try play.replies() == [Self.goodReply])
    }

    @Test func theUpArrowRecallsEarlierRepliesInTheConversationAndInTheNext() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let first = try Play(directory: directory, transcriptName: "1.jsonl")
        try first.session.waitForPrompt()
        first.session.type("Une commande en ligne" + Keys.enter)
        try first.session.waitFor("Mme Levain\u{00A0}: Concrètement, tu ferais comment ?")
        try first.session.waitForPrompt()
        first.session.type(Keys.upArrow)
        try first.session.waitUntil("the previous reply recalled") { $0.screen.cursorRowText == "Vous › Une commande en ligne" }
        first.session.type(", c’est simple" + Keys.enter)
        try first.session.waitFor(Self.secondQuestion)
        try first.session.waitForPrompt()
        first.session.type(Keys.ctrlD)
        #expect(try first.session.waitForExit() == .exited(0))
        #expect(try first.replies() == ["Une commande en ligne", "Une commande en ligne, c’est simple"])
        let history = try String(contentsOf: first.historyFile, encoding: .utf8)
        #expect(history == "Une commande en ligne\nUne commande en ligne, c’est simple\n")

        let second = try Play(directory: directory, transcriptName: "2.jsonl")
        try second.session.waitForPrompt()
        second.session.type(Keys.upArrow)
        try second.session.waitUntil("the last reply of the previous run recalled") {
            $0.screen.cursorRowText == "Vous › Une commande en ligne, c’est simple"
        }
        second.session.type(Keys.upArrow)
        try second.session.waitUntil("the reply before it") { $0.screen.cursorRowText == "Vous › Une commande en ligne" }
        second.session.type(Keys.enter)
        try second.session.waitForPrompt()
        second.session.type(Keys.ctrlD)
        #expect(try second.session.waitForExit() == .exited(0))
        #expect(try second.replies() == ["Une commande en ligne"])
    }

    @Test func tabCompletesACommand() throws {
        let play = try Play()
        defer { try? FileManager.default.removeItem(at: play.directory) }
        let session = play.session
        try session.waitForPrompt()
        session.type("/ai" + Keys.tab)
        try session.waitUntil("/ai completed") { $0.screen.cursorRowText == "Vous › /aide" && $0.screen.cursorColumn == 12 }
        session.type(Keys.enter)
        try session.waitFor("Répondez librement, comme à un ami. Commandes\u{00A0}:")
        try session.waitForPrompt()
        // Two commands start with /qui: Tab goes as far as they agree; readline lists them when
        // Tab is pressed again on a line the previous Tab left unchanged.
        session.type("/qui" + Keys.tab)
        try session.waitUntil("/qui completed as far as /quit") { $0.screen.cursorRowText == "Vous › /quit" }
        session.type(Keys.tab + Keys.tab)
        try session.waitUntil("both commands listed") { session in
            session.screen.allLines.suffix(2).first?.split(separator: " ") == ["/quit", "/quitter"]
                && session.screen.cursorRowText == "Vous › /quit"
        }
        session.type("ter" + Keys.enter)
        #expect(try session.waitForExit() == .exited(0))
        let events = try play.events()
        #expect(events.filter { $0["type"] as? String == "command" }.compactMap { $0["name"] as? String } == ["help", "quit"])
        #expect(events.last?["reason"] as? String == "quit")
    }

    /// Ctrl-C abandons the line and only that: pressed again at an empty prompt, it abandons an
    /// empty line, and the conversation still goes on.
    @Test func ctrlCAbandonsTheHalfTypedLineAndTheNextLineIsGradedAlone() throws {
        let play = try Play()
        defer { try? FileManager.default.removeItem(at: play.directory) }
        let session = play.session
        try session.waitForPrompt()
        session.type("Je ne sais pas trop")
        try session.waitUntil("the half-typed line") { $0.screen.cursorRowText == "Vous › Je ne sais pas trop" }
        session.type(Keys.ctrlC)
        try session.waitFor("Vous › Je ne sais pas trop^C\n(Ligne abandonnée. /quitter ou Ctrl-D pour terminer.)")
        try session.waitForPrompt()
        session.type(Keys.ctrlC)
        try session.waitFor("Vous › ^C\n(Ligne abandonnée. /quitter ou Ctrl-D pour terminer.)")
        try session.waitForPrompt()
        session.type(Self.goodReply + Keys.enter)
        try session.waitFor(Self.secondQuestion)
        try session.waitForPrompt()
        session.type(Keys.ctrlD)
        #expect(try session.waitForExit() == .exited(0))
        let events = try play.events()
        #expect(events.filter { $0["type"] as? String == "reply" }.compactMap { $0["text"] as? String } == [Self.goodReply])
        let evaluation = try #require(events.first { $0["type"] as? String == "evaluation" }?["evaluation"] as? [String: Any])
        #expect(evaluation["band"] as? String == "good")
    }

    @Test func ctrlDEndsWithTheSummaryACompleteTranscriptAndTheTerminalAsItWas() throws {
        let play = try Play()
        defer { try? FileManager.default.removeItem(at: play.directory) }
        let session = play.session
        try session.waitForPrompt()
        session.type(Self.goodReply + Keys.enter)
        try session.waitFor(Self.secondQuestion)
        try session.waitForPrompt()
        #expect(session.settings.c_lflag & tcflag_t(ECHO | ICANON) == 0, "readline has the terminal at the prompt")
        session.type(Keys.ctrlD)
        #expect(try session.waitForExit() == .exited(0))
        let lines = session.screen.allLines
        let summary = Array(lines.drop { $0 != "Bilan" })
        #expect(summary.first == "Bilan")
        #expect(summary.contains("Conversation interrompue avant la fin."))
        #expect(summary.contains { $0.hasPrefix("  commandes  100%  réussi") })
        #expect(summary.last == "Transcription enregistrée\u{00A0}: \(play.transcript.path)")
        let events = try play.events()
        #expect(events.first?["type"] as? String == "header")
        #expect(events.last?["type"] as? String == "end")
        #expect(events.last?["reason"] as? String == "quit")
        Self.expectRestored(session)
    }

    // MARK: The window

    /// After a resize at the prompt, readline knows the new width (Ctrl-A goes back to the start
    /// of a line that now wraps, and what is typed there lands after the prompt), and the
    /// friend's next words are wrapped at word boundaries to the new width.
    @Test func aResizedWindowRewrapsTheLineBeingTypedAndTheTextThatFollows() throws {
        let play = try Play(colour: true, columns: 100)
        defer { try? FileManager.default.removeItem(at: play.directory) }
        let session = play.session
        try session.waitForPrompt()
        #expect(session.screen.allLines.contains(Self.firstQuestion), "one row at 100 columns")
        session.resize(columns: 40, rows: 40)
        // readline wraps where the width ends, in the middle of a word if need be.
        session.type("la commande en ligne, c’est simple et pas cher")
        try session.waitUntil("the line typed, wrapping at 40 columns") { session in
            session.screen.allLines.suffix(2) == ["Vous › la commande en ligne, c’est simpl", "e et pas cher"]
        }
        session.type(Keys.ctrlA + "Oui, ")
        try session.waitUntil("'Oui, ' inserted after the prompt") { session in
            session.screen.allLines.suffix(2) == ["Vous › Oui, la commande en ligne, c’est", "simple et pas cher"]
        }
        session.type(Keys.enter)
        try session.waitFor("Mme Levain\u{00A0}: Tu as raison, je vais")
        try session.waitForPrompt()
        let lines = session.screen.allLines
        let start = try #require(lines.lastIndex { $0.hasPrefix("Mme Levain\u{00A0}: Et Facebook") })
        let question = Array(lines[start..<(lines.count - 1)])
        #expect(question.count >= 2)
        #expect(question.allSatisfy { $0.count <= 40 })
        #expect(question.map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ") == Self.secondQuestion)
        session.type(Keys.ctrlD)
        #expect(try session.waitForExit() == .exited(0))
        #expect(try play.replies() == ["Oui, la commande en ligne, c’est simple et pas cher"])
    }

    // MARK: Signals

    /// SIGTERM (asked to end) and SIGHUP (the terminal went away) at the prompt with a half-typed
    /// line: the summary, the transcript's `end`, the terminal back in its normal mode, and the
    /// exit status a shell gives a program the signal ended (128 + its number).
    @Test(arguments: [SIGTERM, SIGHUP])
    func aSignalAtThePromptEndsTheConversationCleanly(signal: Int32) throws {
        let play = try Play(colour: true)
        defer { try? FileManager.default.removeItem(at: play.directory) }
        let session = play.session
        try session.waitForPrompt()
        session.type(Self.goodReply + Keys.enter)
        try session.waitFor(Self.secondQuestion)
        try session.waitForPrompt()
        session.type("Des photos de")
        try session.waitUntil("the half-typed line") { $0.screen.cursorRowText == "Vous › Des photos de" }
        #expect(session.readlineIsWaiting)
        session.send(signal)
        #expect(try session.waitForExit() == .exited(128 + signal))
        let summary = Array(session.screen.allLines.drop { $0 != "Vous › Des photos de" })
        #expect(summary.dropFirst().prefix(2) == ["", "Bilan"], "the half-typed line stays, and the summary starts below it")
        #expect(summary.contains("Conversation interrompue avant la fin."))
        #expect(summary.last == "Transcription enregistrée\u{00A0}: \(play.transcript.path)")
        let events = try play.events()
        #expect(events.filter { $0["type"] as? String == "reply" }.compactMap { $0["text"] as? String } == [Self.goodReply])
        #expect(!events.contains { $0["type"] as? String == "command" }, "no /quit was typed")
        #expect(events.last?["type"] as? String == "end")
        #expect(events.last?["reason"] as? String == "quit")
        #expect(try String(contentsOf: play.historyFile, encoding: .utf8) == Self.goodReply + "\n")
        Self.expectRestored(session)
    }

    /// The window closed for real: writing to the terminal fails from then on, and the program
    /// still finishes the transcript.
    @Test func closingTheWindowEndsTheConversationWithACompleteTranscript() throws {
        let play = try Play(colour: true)
        defer { try? FileManager.default.removeItem(at: play.directory) }
        let session = play.session
        try session.waitForPrompt()
        session.type(Self.goodReply + Keys.enter)
        try session.waitFor(Self.secondQuestion)
        try session.waitForPrompt()
        session.closeWindow()
        #expect(try session.waitForExit() == .exited(128 + SIGHUP))
        let events = try play.events()
        #expect(events.filter { $0["type"] as? String == "reply" }.compactMap { $0["text"] as? String } == [Self.goodReply])
        #expect(events.last?["type"] as? String == "end")
        #expect(events.last?["reason"] as? String == "quit")
    }

    /// A signal that comes while the program is writing, not waiting at the prompt: the learner
    /// has typed ahead many commands, and the screen is not read, so the program is stuck writing
    /// their answers when SIGTERM arrives. It finishes the turn it is in, then ends cleanly.
    @Test func aSignalWhileTheProgramWritesLetsTheTurnFinishThenEndsCleanly() throws {
        let play = try Play()
        defer { try? FileManager.default.removeItem(at: play.directory) }
        let session = play.session
        try session.waitForPrompt()
        session.type(Self.goodReply + Keys.enter + String(repeating: "/aide" + Keys.enter, count: 400))
        try session.waitUntil("the program blocked on its output", timeout: 30, reading: false) { session in
            session.isBlockedWritingWithoutBeingRead
        }
        session.send(SIGTERM)
        #expect(try session.waitForExit() == .exited(128 + SIGTERM))
        let events = try play.events()
        #expect(events.filter { $0["type"] as? String == "reply" }.compactMap { $0["text"] as? String } == [Self.goodReply])
        let commands = events.filter { $0["type"] as? String == "command" }.count
        #expect(commands > 0 && commands < 400, "ended before the typed-ahead commands ran out")
        #expect(events.last?["type"] as? String == "end")
        #expect(session.screen.allLines.contains("Bilan"))
        Self.expectRestored(session)
    }

    // MARK: Safety

    /// Escape sequences typed with Ctrl-V (quoted insert) are shown by readline as `^[` while
    /// typed, kept as typed in the transcript, and never sent to the terminal in the program's output.
    @Test func escapeSequencesTypedByTheLearnerNeverReachTheScreen() throws {
        let play = try Play(colour: true)
        defer { try? FileManager.default.removeItem(at: play.directory) }
        let session = play.session
        try session.waitForPrompt()
        let clearScreen = Keys.ctrlV + Keys.escape + "[2J"
        let setTitle = Keys.ctrlV + Keys.escape + "]0;titre" + Keys.ctrlV + "\u{07}"
        session.type("/x" + clearScreen + setTitle)
        try session.waitUntil("the escapes shown as typed") { $0.screen.cursorRowText == "Vous › /x^[[2J^[]0;titre^G" }
        let typedUpTo = session.output.count
        session.type(Keys.enter)
        try session.waitFor("Commande inconnue\u{00A0}: /x. Tapez /aide pour la liste.")
        try session.waitForPrompt()
        session.type("précommande" + clearScreen + " en ligne, simple" + Keys.enter)
        try session.waitForPrompt()
        session.type(Keys.ctrlD)
        #expect(try session.waitForExit() == .exited(0))
        let programOutput = String(decoding: session.output[typedUpTo...], as: UTF8.self)
        #expect(!programOutput.contains("\u{1B}[2J"))
        #expect(!programOutput.contains("\u{1B}]"))
        #expect(!programOutput.contains("\u{07}"))
        let events = try play.events()
        let command = events.first { $0["type"] as? String == "command" }
        #expect(command?["name"] as? String == "/x\u{1B}[2J\u{1B}]0;titre\u{07}")
        #expect(try play.replies() == ["précommande\u{1B}[2J en ligne, simple"])
    }
}
