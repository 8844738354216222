import Foundation

/// The transcript files named on a command line: the one walker of transcript folders, for
/// `replay`, `digest` and `export`. A folder stands for its `*.jsonl` files, those of its subfolders
/// too (a cohort kept as one folder a group is read whole; one group is read by naming its folder);
/// hidden files and folders are left out, and links are not followed. A folder's files come in path
/// order, so that the order — and the numbers an anonymised digest gives learners — is the same on
/// every run. Anything else is passed on as given, for the reader to read or to say why it cannot;
/// a file named twice, or met again in a folder, is read once.
public enum TranscriptPaths {
    /// - Throws: `TranscriptPathError` when a folder, or one of its subfolders, cannot be listed:
    ///   its transcripts would be missing without a word.
    public static func expand(_ arguments: [String]) throws -> [String] {
        var paths: [String] = []
        var seen = Set<String>()
        func add(_ path: String) {
            let key = URL(fileURLWithPath: path).standardizedFileURL.path
            if seen.insert(key).inserted { paths.append(path) }
        }
        for argument in arguments {
            guard namesFolder(argument) else {
                add(argument)
                continue
            }
            for path in try transcripts(under: argument) { add(path) }
        }
        return paths
    }
}

extension TranscriptPaths {
    /// Whether `argument` names a folder: one that is there, or a path spelled as one (`group-a/`),
    /// which must then be read as a folder and fail as one when it is a file or missing.
    public static func namesFolder(_ argument: String) -> Bool {
        var status = stat()
        return argument.hasSuffix("/") || (stat(argument, &status) == 0 && (status.st_mode & S_IFMT) == S_IFDIR)
    }

    /// The `.jsonl` files under `directory`, in path order, spelled from `directory` as typed so
    /// that messages name files the way the user would.
    /// - Throws: `TranscriptPathError` when the folder, or one of its subfolders, cannot be
    ///   listed: its transcripts would be missing without a word.
    static func transcripts(under directory: String) throws -> [String] {
        let base = directory.hasSuffix("/") ? directory : directory + "/"
        var paths: [String] = []
        // Folders still to list, as spelled from `directory`; hidden ones are never added.
        var folders = [""]
        while let relative = folders.popLast() {
            let shown = relative.isEmpty ? directory : base + relative.dropLast()
            for name in try FolderListing.names(in: shown, shown: shown) where !name.hasPrefix(".") {
                let path = base + relative + name
                var status = stat()
                // Links are not followed, as the enumerator did not follow them.
                guard lstat(path, &status) == 0 else { continue }
                switch status.st_mode & S_IFMT {
                case S_IFDIR: folders.append(relative + name + "/")
                case S_IFREG where name.hasSuffix(".jsonl"): paths.append(path)
                default: continue
                }
            }
        }
        // By their bytes, each path's bytes copied once rather than walked at each comparison.
        return paths.map { (path: $0, bytes: Array($0.utf8)) }
            .sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
            .map(\.path)
    }
}

public struct TranscriptPathError: Error, CustomStringConvertible {
    public let description: String

    public init(_ description: String) {
        self.description = description
    }
}
