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
            xAPI 1.0.3 statements: one 'answered' per step answered, one 'completed' per conversation \
            that reached an ending and one 'suspended' per conversation left before it. The columns and \
            statements are described in docs/facilitators-guide.md and docs/xapi.md.

            With --lrs and transcripts, sends the statements to that learning record store instead, in \
            batches, and says how many were stored, already there, refused and not sent; exits with 1 \
            unless every statement is in the store. With --lrs and no transcript, reads the store's \
            statements back and writes them as --format says (the scenario with the most statements, or \
            the one named with --scenario). The credentials come from FILROUGE_LRS_KEY and \
            FILROUGE_LRS_SECRET.

            Damaged lines and files that cannot be read or have no header are reported on standard error \
            and skipped; the export goes on. Exits with 1 when files were named and none could be read, and \
            exports nothing when a folder cannot be listed or holds no transcript.

            Examples:
              filrouge export transcripts/ --format csv -o results.csv
              filrouge export a/ b/ --format csv --anonymize -o results.csv
              filrouge export t.jsonl --format xapi -o statements.json
              filrouge export transcripts/ --lrs http://127.0.0.1:8100/xAPI/
              filrouge export --lrs http://127.0.0.1:8100/xAPI/ --format csv -o results.csv
            """
    )

    enum Format: String, CaseIterable, ExpressibleByArgument {
        case csv, xapi
    }

    @Argument(help: ArgumentHelp("Transcript files, or folders of them (searched with their sub-folders).", valueName: "files-or-folders"))
    var paths: [String] = []

    @Option(help: "csv: one row per step answered; xapi: a JSON array of xAPI statements.")
    var format: Format?

    @OptionGroup var lrs: LRSOptions

    @Option(help: ArgumentHelp("With --lrs and no transcript: the scenario file or bundled scenario name to read (by default, the one with the most statements).", valueName: "scenario"))
    var scenario: String?

    @OptionGroup var destination: OutputFileOptions

    @Flag(help: "Replace learners' names by numbers (one per person) and file names by transcript-N.")
    var anonymize = false

    @OptionGroup var xapi: XAPIIdentityOptions

    func validate() throws {
        if paths.isEmpty, lrs.address == nil { throw ValidationError("name at least one transcript or folder, or --lrs to read a learning record store.") }
        if !paths.isEmpty, lrs.address != nil, format != nil {
            throw ValidationError("--lrs with transcripts sends them to the store; leave out --format (or export to a file in another run).")
        }
        if format == nil, lrs.address == nil || paths.isEmpty { throw ValidationError("--format csv or --format xapi says what to write.") }
        if scenario != nil, lrs.address == nil || !paths.isEmpty {
            throw ValidationError("--scenario chooses what to read from a learning record store: it applies with --lrs and no transcript.")
        }
        try xapi.validateIRIs()
        if format == .csv, lrs.address == nil, xapi.isGiven {
            throw ValidationError("--activity-base and --home-page apply to --format xapi only.")
        }
    }

    func run() throws {
        let connection: LRSConnection?
        do {
            connection = try lrs.connection()
        } catch {
            Output.error(TerminalSafeText.sanitize("filrouge: \(error)"))
            throw ExitCode.failure
        }
        if let connection, paths.isEmpty {
            return try exportFromStore(connection)
        }
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
        report.count(conversations)
        if let connection {
            try send(conversations, to: connection, report)
            return
        }
        let format = format ?? .xapi
        try write(render(conversations, format: format))
        Output.error(report.summary(format: format))
        if report.exported == 0, report.skippedFiles > 0 {
            throw ExitCode.failure
        }
    }

    private func render(_ conversations: [ExportedConversation], format: Format) -> String {
        switch format {
        case .csv: return ResultsCSV.render(conversations)
        case .xapi: return xapi.export.render(conversations)
        }
    }

    /// Sends the statements of `conversations` and says what became of them; fails unless every
    /// one is in the store.
    private func send(_ conversations: [ExportedConversation], to connection: LRSConnection, _ report: ExportReport) throws {
        let statements = xapi.export.statements(conversations)
        let delivery = LRSStatementSender(connection: connection).send(statements)
        for problem in delivery.problems {
            Output.error(TerminalSafeText.sanitize("filrouge: \(problem)"))
        }
        Output.error(TerminalSafeText.sanitize(report.delivery(delivery, of: statements.count, to: connection.endpoint.description)))
        if !delivery.isComplete || (report.exported == 0 && report.skippedFiles > 0) {
            throw ExitCode.failure
        }
    }

    /// `export --lrs URL` without transcripts: the store's statements of one scenario, written as
    /// `--format` says.
    private func exportFromStore(_ connection: LRSConnection) throws {
        let cohort: LRSCohort
        do {
            let wanted = try scenario.map { name -> TranscriptHeader.ScenarioReference in
                let argument = try ScenarioArgument.resolve(name)
                return .init(scenario: try argument.load(), sourceText: argument.text)
            }
            cohort = try LRSCohort.read(connection: connection, activityBase: xapi.export.activityBase, scenario: wanted)
        } catch {
            Output.error(TerminalSafeText.sanitize("filrouge: \(error)"))
            throw ExitCode.failure
        }
        for note in cohort.notes {
            Output.error(TerminalSafeText.sanitize("filrouge: \(note)"))
        }
        let collection = ExportedConversation.collect(cohort.conversations.map { (source: $0.account, record: $0.record) }, anonymize: anonymize)
        var report = ExportReport()
        report.count(collection.conversations)
        let format = format ?? .csv
        try write(render(collection.conversations, format: format))
        Output.error(report.summary(format: format))
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
}

/// What an export read and left out, said on standard error at the end.
struct ExportReport {
    var exported = 0
    var items = 0
    var completed = 0
    /// Conversations that finished, with an ending or before one: each has a statement of its own.
    var finished = 0
    var skippedFiles = 0
    var damagedLines = 0

    mutating func count(_ conversations: [ExportedConversation]) {
        exported = conversations.count
        items = conversations.reduce(0) { $0 + $1.answeredSteps.count }
        completed = conversations.filter(\.record.isComplete).count
        finished = conversations.filter { $0.record.finished != nil }.count
    }

    func delivery(_ delivery: LRSStatementSender.Delivery, of statements: Int, to store: String) -> String {
        var text = "filrouge: sent \(CountedNoun.phrase(statements, "statement")) from \(CountedNoun.phrase(exported, "transcript")) to \(store): "
            + "\(delivery.stored) stored, \(delivery.alreadyThere) already there, \(delivery.refused) refused"
        if delivery.notSent > 0 { text += ", \(delivery.notSent) not sent" }
        if skippedFiles > 0 || damagedLines > 0 {
            text += "; \(CountedNoun.phrase(skippedFiles, "file")) skipped, \(CountedNoun.phrase(damagedLines, "damaged line")) skipped"
        }
        return text
    }

    func summary(format: ExportCommand.Format) -> String {
        let what = format == .csv ? "\(items) row\(items == 1 ? "" : "s")" : "\(items + finished) statement\(items + finished == 1 ? "" : "s")"
        return "filrouge: exported \(what) from \(exported) transcript\(exported == 1 ? "" : "s") (\(completed) complete); "
            + "\(skippedFiles) file\(skippedFiles == 1 ? "" : "s") skipped, \(damagedLines) damaged line\(damagedLines == 1 ? "" : "s") skipped"
    }
}
