import Foundation

/// The transcript files named on a command line: files as given, and in each folder its `*.jsonl`
/// files, those of its subfolders too (a cohort kept as one folder a group is read whole; one
/// group is read by naming its folder). Hidden files and folders are left out. Files come in path
/// order, so that the order — and the numbers an anonymised digest gives learners — is the same on
/// every run. `digest` and `export` both read their arguments this way.
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
            for path in try transcripts(under: argument) { add(path) }
        }
        return paths
    }
}

extension TranscriptPaths {
    /// The `.jsonl` files under `directory`, in path order, spelled from `directory` as typed so
    /// that messages name files the way the user would.
    static func transcripts(under directory: String) throws -> [String] {
        let root = URL(fileURLWithPath: directory, isDirectory: true)
        guard let enumerator = FileManager.default.enumerator(
            at: root, includingPropertiesForKeys: [.isRegularFileKey], options: [.skipsHiddenFiles]
        ) else {
            throw TranscriptPathError("cannot list the folder \(directory)")
        }
        let rootPath = root.standardizedFileURL.path
        var paths: [String] = []
        for case let url as URL in enumerator where url.pathExtension == "jsonl" {
            guard isRegularFile(url.path) else { continue }
            let full = url.standardizedFileURL.path
            let relative = full.hasPrefix(rootPath + "/") ? String(full.dropFirst(rootPath.count + 1)) : url.lastPathComponent
            paths.append(directory.hasSuffix("/") ? directory + relative : directory + "/" + relative)
        }
        // By their bytes, each path's bytes copied once rather than walked at each comparison.
        return paths.map { (path: $0, bytes: Array($0.utf8)) }
            .sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
            .map(\.path)
    }

    /// Whether `path` is a regular file itself, not a link to one, as `isRegularFileKey` says;
    /// asked of `lstat` directly, since asking `URL.resourceValues` took longer than reading the
    /// file's lines.
    private static func isRegularFile(_ path: String) -> Bool {
        var status = stat()
        return lstat(path, &status) == 0 && (status.st_mode & S_IFMT) == S_IFREG
    }
}

public struct TranscriptPathError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
