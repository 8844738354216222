import Foundation

/// The transcript files named on a command line: files as given, and in each folder its `*.jsonl`
/// files, not those of its subfolders (a facilitator keeps one group's transcripts in one folder,
/// and another group's in another). Folders list their files in name order, so that the order —
/// and the numbers an anonymised digest gives learners — is the same on every run.
public enum TranscriptPaths {
    public static func expand(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        var seen = Set<String>()
        func add(_ path: String) {
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            if seen.insert(key).inserted { paths.append(path) }
        }
        for argument in arguments {
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: argument, isDirectory: &isDirectory) else {
                throw TranscriptPathError("no such file or folder: \(argument)")
            }
            guard isDirectory.boolValue else {
                add(argument)
                continue
            }
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: argument)
            } catch {
                throw TranscriptPathError("cannot list the folder \(argument): \(error.localizedDescription)")
            }
            for name in names.filter({ $0.hasSuffix(".jsonl") && !$0.hasPrefix(".") }).sorted(by: { Array($0.utf8).lexicographicallyPrecedes(Array($1.utf8)) }) {
                // Joined as typed, so that messages name the file the way the user named its folder.
                let path = argument.hasSuffix("/") ? argument + name : argument + "/" + name
                var isFolder: ObjCBool = false
                if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), !isFolder.boolValue {
                    add(path)
                }
            }
        }
        return paths
    }
}

public struct TranscriptPathError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
