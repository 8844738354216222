import Foundation

// Writes a Swift file that holds the given files' contents, base64-encoded so that any byte is safe
// in a string literal and the compiler sees one short literal per file.
// Usage: ScenarioEmbedder OUTPUT.swift INPUT...

let arguments = CommandLine.arguments.dropFirst()
guard let outputPath = arguments.first else {
    FileHandle.standardError.write(Data("usage: ScenarioEmbedder OUTPUT.swift INPUT...\n".utf8))
    exit(2)
}

var source = """
    // Generated at build time from the package's scenarios/ folder. Do not edit.

    enum EmbeddedScenarioFiles {
        /// File names and base64-encoded contents, in name order.
        static let files: [(name: String, base64: String)] = [

    """
for path in arguments.dropFirst() {
    let url = URL(fileURLWithPath: path)
    do {
        let data = try Data(contentsOf: url)
        source += "        (\"\(url.lastPathComponent)\", \"\(data.base64EncodedString())\"),\n"
    } catch {
        FileHandle.standardError.write(Data("ScenarioEmbedder: cannot read \(path): \(error)\n".utf8))
        exit(1)
    }
}
source += "    ]\n}\n"

do {
    try Data(source.utf8).write(to: URL(fileURLWithPath: outputPath), options: .atomic)
} catch {
    FileHandle.standardError.write(Data("ScenarioEmbedder: cannot write \(outputPath): \(error)\n".utf8))
    exit(1)
}
