import ArgumentParser

/// `-o/--output FILE`, for the commands that write a document to standard output or to a file:
/// one declaration, so that `-` and the replacing of an existing file mean the same in each.
///
/// `new` has an `-o` of its own: its file must not exist yet, and it defaults to NAME.yaml.
struct OutputFileOptions: ParsableArguments {
    @Option(name: [.short, .customLong("output")], help: "The file to write ('-' for standard output); an existing file is replaced.")
    var output: String?

    /// The file to write, or nil for standard output (`-o -`, or no `-o` at all).
    var file: String? {
        output == "-" ? nil : output
    }
}
