import ArgumentParser
import FilRougeConsole
import FilRougeCore
import Foundation

struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export transcripts' results as CSV for a spreadsheet, or as xAPI statements for a learning record store.",
        discussion: """
            Reads transcripts (files, or folders searched for .jsonl files, subfolders included) and \
            writes, with --format csv, one row per step answered, and with --format xapi a JSON array of \
            xAPI 1.0.3 statements: one 'answered' per step answered and one 'completed' per conversation \
            that reached an ending. The columns and statements are described in docs/facilitators-guide.md.

            Damaged lines and files that cannot be read or have no header are reported on standard error \
            and skipped; the export goes on. Exits with 1 when files were named and none could be read, and \
            exports nothing when a folder cannot be listed or holds no transcript.

            Examples:
              filrouge export transcripts/ --format csv -o results.csv
              filrouge export a/ b/ --format csv --anonymize -o results.csv
              filrouge export t.jsonl --format xapi -o statements.json
            """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case csv, xapi
    }

    @Argument(help: ArgumentHelp("Transcript files, or folders of them (searched with their sub-folders).", valueName: "files-or-folders"))
    var paths: [String]

    @Option(help: "csv: one row per step answered; xapi: a JSON array of xAPI statements.")
    var format: Format

    @OptionGroup var destination: OutputFileOptions

    @Flag(help: "Replace learners' names by numbers (one per person) and file names by transcript-N.")
    var anonymize = false

    @Option(name: .customLong("activity-base"), help: ArgumentHelp("The IRI that xAPI activity ids start with.", valueName: "IRI"))
    var activityBase = XAPIExport.defaultActivityBase

    @Option(name: .customLong("home-page"), help: ArgumentHelp("The homePage of the learners' xAPI accounts (default: the activity base).", valueName: "IRI"))
    var homePage: String?

    func validate() throws {
        if paths.isEmpty { throw ValidationError("name at least one transcript or folder.") }
        for (option, value) in [("--activity-base", activityBase), ("--home-page", homePage ?? activityBase)] where !Self.isAbsoluteIRI(value) {
            throw ValidationError("\(option) must be an absolute IRI such as https://lms.example.org/filrouge, not '\(value)'.")
        }
        if format == .csv, activityBase != XAPIExport.defaultActivityBase || homePage != nil {
            throw ValidationError("--activity-base and --home-page apply to --format xapi only.")
        }
    }

    func run() throws {
        var report = ExportReport()
        let files: [String]
        do {
            files = try transcriptFiles()
        } catch {
            Output.error("filrouge: \(TerminalSafeText.sanitize("\(error)")); nothing exported")
            throw ExitCode.failure
        }
        guard !files.isEmpty else {
            Output.error("filrouge: no transcript to export: no *.jsonl file in \(TerminalSafeText.sanitize(paths.joined(separator: ", "))); nothing exported")
            throw ExitCode.failure
        }
        // Under --anonymize, messages call a file by its place, never by its name.
        let shownNames = Dictionary(uniqueKeysWithValues: files.enumerated().map { index, path in
            (path, anonymize ? AnonymousLabels.transcript(index + 1) : path)
        })
        let records = readAll(files, shownNames: shownNames, &report)
        let collection = ExportedConversation.collect(records, anonymize: anonymize)
        for duplicate in collection.duplicates {
            let source = shownNames[duplicate.source] ?? duplicate.source
            let kept = shownNames[duplicate.keptSource] ?? duplicate.keptSource
            Output.error("filrouge: \(TerminalSafeText.sanitize(source)): the same conversation as \(TerminalSafeText.sanitize(kept)), which goes further or comes first; file skipped")
        }
        report.skippedFiles += collection.duplicates.count
        let conversations = collection.conversations
        let text: String
        switch format {
        case .csv:
            text = ResultsCSV.render(conversations)
        case .xapi:
            text = XAPIExport(activityBase: activityBase, homePage: homePage).render(conversations)
        }
        report.exported = conversations.count
        report.items = conversations.reduce(0) { $0 + $1.answeredSteps.count }
        report.completed = conversations.filter(\.record.isComplete).count
        try write(text)
        Output.error(report.summary(format: format))
        if report.exported == 0, report.skippedFiles > 0 {
            throw ExitCode.failure
        }
    }

    /// Every transcript the paths name, read through `ConversationRecord`, with its place among
    /// the files (from 1); what cannot be read is reported, under the name `shownNames` gives the
    /// file, and left out.
    private func readAll(
        _ files: [String], shownNames: [String: String], _ report: inout ExportReport
    ) -> [(source: String, number: Int, record: ConversationRecord)] {
        var records: [(source: String, number: Int, record: ConversationRecord)] = []
        for (index, path) in files.enumerated() {
            let name = shownNames[path] ?? path
            let shown = TerminalSafeText.sanitize(name)
            let loaded: TranscriptFileReader.Read
            do {
                loaded = try TranscriptFileReader.read(path: path, name: name)
            } catch {
                Output.error("filrouge: \(error); skipped")
                report.skippedFiles += 1
                continue
            }
            if let warning = loaded.warning { Output.error("filrouge: \(warning)") }
            let record = ConversationRecord(loaded.contents)
            for note in DamagedLineNotes.notes(record, name: name) {
                Output.error("filrouge: \(note)")
            }
            report.damagedLines += record.damagedCount
            guard record.header != nil else {
                Output.error("filrouge: \(shown): no readable header line, so no scenario or learner; file skipped")
                report.skippedFiles += 1
                continue
            }
            records.append((path, index + 1, record))
        }
        return records
    }

    /// The files the paths name: a file as it is, a folder's `.jsonl` files in name order, as
    /// `digest` reads them.
    /// - Throws: when a folder cannot be listed: an export without its transcripts would look
    ///   complete, so nothing is exported.
    private func transcriptFiles() throws -> [String] {
        try TranscriptPaths.expand(paths)
    }

    private func write(_ text: String) throws {
        guard let output = destination.file else {
            // Exported text is the learners' own: shown raw only when it goes to a file or a program.
            Output.write(TerminalInfo.isTerminal(STDOUT_FILENO) ? TerminalSafeText.sanitize(text) : text)
            return
        }
        do {
            try TextFileWriter.replace(path: output, text: text)
        } catch {
            Output.error("filrouge: \(TerminalSafeText.sanitize("\(error)"))")
            throw ExitCode.failure
        }
    }

    /// A scheme (a letter, then letters, digits, `+`, `-`, `.`), a colon and something after it,
    /// without spaces: enough to refuse a forgotten `https://`.
    static func isAbsoluteIRI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, text.index(after: colon) != text.endIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        let schemeIsValid = scheme.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }
        return schemeIsValid && !text.contains { $0.isWhitespace }
    }
}

/// What an export read and left out, said on standard error at the end.
struct ExportReport {
    var exported = 0
    var items = 0
    var completed = 0
    var skippedFiles = 0
    var damagedLines = 0

    func summary(format: ExportCommand.Format) -> String {
        let what = format == .csv ? "\(items) row\(items == 1 ? "" : "s")" : "\(items + completed) statement\(items + completed == 1 ? "" : "s")"
        return "filrouge: exported \(what) from \(exported) transcript\(exported == 1 ? "" : "s") (\(completed) complete); "
            + "\(skippedFiles) file\(skippedFiles == 1 ? "" : "s") skipped, \(damagedLines) damaged line\(damagedLines == 1 ? "" : "s") skipped"
    }
}
