import ArgumentParser
import FilRougeConsole
import FilRougeCore
import FilRougeDictionary

struct SynonymsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "synonyms",
        abstract: "List the thesaurus's synonyms of each keyword that its criterion does not already cover.",
        discussion: """
            Looks each keyword of each criterion up in the LibreOffice thesaurus of the scenario's \
            language (Debian's mythes-fr or mythes-en-us) and lists the synonyms the criterion does not \
            cover yet. A synonym is covered when, graded alone as a reply to the step, it meets the \
            criterion (so forms of a word, prefixes and typos count). A synonym that would meet another \
            criterion of the step is marked with ⚠ and that criterion. Keywords the thesaurus has no \
            entry for (prefixes, most phrases) are listed as "no entry".

            The thesaurus is looked for in /usr/share/mythes and the usual places; set \
            FILROUGE_THESAURI to a folder to look there only. Exits with 1 when no thesaurus of the \
            language is installed, or a step or criterion does not exist.

            Examples:
              filrouge synonyms alancienne.fr --step equipe
              filrouge synonyms my-scenario.yaml --criterion visibilite --format json
            """
    )

    @OptionGroup var scenario: ScenarioOperand

    @Option(help: "Only this step (every step when absent).")
    var step: String?

    @Option(help: ArgumentHelp("Only this criterion.", valueName: "concept"))
    var criterion: String?

    @OptionGroup var formatting: ReportFormatOptions<PeopleOrPrograms>

    func run() throws {
        let loaded = try scenario.loadOrFail()
        do {
            let thesaurus = try Self.thesaurus(for: loaded.language)
            let finder = SynonymFinder(scenario: loaded, lookUp: thesaurus.entries(for:))
            if let problem = finder.problem(step: step, concept: criterion) {
                throw CommandFailure(problem)
            }
            let report = try finder.report(steps: step.map { [$0] } ?? [], concept: criterion, thesaurus: thesaurus.dataFile)
            switch formatting.format {
            case .text: Output.line(TerminalSafeText.sanitize(SynonymReportText.render(report, width: TerminalInfo.columns())))
            case .json: Output.line(SynonymReportJSON.render(report))
            }
        } catch {
            Output.error(TerminalSafeText.sanitize("filrouge: \(error)"))
            throw ExitCode.failure
        }
    }

    /// The installed thesaurus of `language`, its index read; a failure that says what to install
    /// when there is none.
    static func thesaurus(for language: Language) throws -> Thesaurus {
        let code = language.rawValue
        guard let files = InstalledThesauri.files(for: code) else {
            let name = language == .fr ? "French" : "English"
            let looked = InstalledThesauri.folders.joined(separator: ", ")
            throw CommandFailure(
                "no \(name) thesaurus is installed (looked for \(InstalledThesauri.fileNames(for: code).joined(separator: " or ")) "
                    + "and its .dat in \(looked)). Install it with 'sudo apt-get install \(InstalledThesauri.package(for: code))' "
                    + "(scripts/setup does), or set \(InstalledThesauri.folderVariable) to the folder that holds it."
            )
        }
        let data = try files.dataReader()
        return try Thesaurus(indexBytes: try files.indexBytes(), indexFile: files.indexPath, dataFile: files.dataPath) { offset, length in
            try data.read(at: offset, length: length)
        }
    }
}
