import ArgumentParser

/// `--format text|json`, for the commands that print findings which people read and programs
/// process: the same values, default and meaning wherever it appears, so it is declared once.
///
/// Who the JSON is for differs from one command to the next, and the help says so in that
/// command's terms: `Audience` supplies the sentence.
struct ReportFormatOptions<Audience: ReportAudience>: ParsableArguments {
    @Option(help: ArgumentHelp(Audience.formatHelp))
    var format: OutputFormat = .text
}
