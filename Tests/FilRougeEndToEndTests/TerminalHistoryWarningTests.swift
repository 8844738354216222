import Foundation
import Testing

/// The history of replies cannot be kept: the conversation goes on, and the warning at its end
/// says why in plain words, never as a Foundation error.
struct TerminalHistoryWarningTests {
    @Test func aStateFolderThatIsAFileIsNamedInTheWarning() throws {
        let directory = try FilRougeBinary.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: directory) }
        let state = directory.appendingPathComponent("state")
        try Data().write(to: state)
        let play = try TerminalPlayTests.Play(directory: directory)
        let session = play.session
        try session.waitForPrompt()
        session.type(TerminalPlayTests.goodReply + TerminalSession.enter)
        try session.waitFor(TerminalPlayTests.secondQuestion)
        try session.waitForPrompt()
        session.type(TerminalSession.ctrlD)
        #expect(try session.waitForExit() == .exited(0))
        let warning = "filrouge: could not create the folder of the history file \(state.path)/filrouge/history: \(state.path) is a file, not a folder"
        // Joined without line breaks: the terminal wraps the warning at its width.
        #expect(session.screen.allLines.joined().contains(warning), "\(session.screen.allLines)")
        #expect(try play.replies() == [TerminalPlayTests.goodReply], "the conversation went on and was recorded")
    }
}
