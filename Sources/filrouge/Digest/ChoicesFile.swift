import ArgumentParser
import FilRougeConsole
import FilRougeCore

/// The choices file of `filrouge digest --choices`: read through the one reader of hand-written
/// files, its problems printed as `filrouge check` prints a scenario's, with the line they are on.
struct ChoicesFile {
    let path: String
    let text: String
    let choices: ReplyChoices

    /// Reads and loads the file; prints its diagnostics on standard error.
    /// - Throws: `ExitCode.failure` when it cannot be read or has an error: a florilège made
    ///   without the choices asked for would show what the facilitator meant to hide.
    static func read(_ path: String) throws -> ChoicesFile {
        let text: String
        do {
            text = try TextFileReader.read(path: path, kind: .choices)
        } catch {
            Output.error("filrouge: \(error)")
            throw ExitCode.failure
        }
        let result = ReplyChoicesLoader.load(text, file: path)
        let listing = DiagnosticListing(result.diagnostics)
        for line in listing.lines(file: path, renderer: DiagnosticRenderer(source: text)) {
            Output.error(TerminalSafeText.sanitize(line))
        }
        guard let choices = result.choices else {
            Output.error("\(TerminalSafeText.sanitize(path)): \(listing.errors) error\(listing.errors == 1 ? "" : "s"), \(listing.warnings) warning\(listing.warnings == 1 ? "" : "s")")
            throw ExitCode.failure
        }
        return ChoicesFile(path: path, text: text, choices: choices)
    }

    /// Prints the warnings found once the transcripts are read (a step the scenario lacks, a
    /// choice that names no reply), each at its choice.
    func report(_ warnings: [Diagnostic]) {
        let listing = DiagnosticListing(warnings)
        for line in listing.lines(file: path, renderer: DiagnosticRenderer(source: text)) {
            Output.error(TerminalSafeText.sanitize(line))
        }
    }
}
