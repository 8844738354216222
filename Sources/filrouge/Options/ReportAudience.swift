/// Who reads what a command prints with `--format json`, as the help of that `--format` puts it:
/// one `ReportFormatOptions` serves every such command, each keeping the words that fit it.
protocol ReportAudience {
    static var formatHelp: String { get }
}

/// `check`: its JSON is read by editors that underline the problems and by CI scripts that gate on them.
enum EditorsAndCI: ReportAudience {
    static var formatHelp: String { "text (for people) or json (for editors and CI)." }
}

/// `calibrate` and `synonyms`: their JSON is for any program that goes on with the figures.
enum PeopleOrPrograms: ReportAudience {
    static var formatHelp: String { "The output: text for people, json for programs." }
}
