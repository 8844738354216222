import Foundation

/// The names in one folder, from `opendir` and `readdir`, or the system's reason why they cannot
/// be had. `FileManager`'s enumerator skips a folder it cannot open without a word, which turned
/// an unreadable folder into an empty one: "nothing to replay", an empty export.
enum FolderListing {
    /// The names of the folder's entries, `.` and `..` left out, in no particular order.
    /// - Throws: `TranscriptPathError` naming `shown` and saying why (`Permission denied`,
    ///   `Not a directory`…).
    static func names(in path: String, shown: String) throws -> [String] {
        guard let folder = opendir(path) else {
            throw TranscriptPathError("cannot read the folder \(shown): \(String(cString: strerror(errno)))")
        }
        defer { closedir(folder) }
        var names: [String] = []
        while true {
            errno = 0
            guard let entry = readdir(folder) else {
                if errno != 0 {
                    throw TranscriptPathError("cannot read the folder \(shown): \(String(cString: strerror(errno)))")
                }
                return names
            }
            let name = withUnsafePointer(to: entry.pointee.d_name) { pointer in
                pointer.withMemoryRebound(to: CChar.self, capacity: Int(NAME_MAX) + 1) { String(cString: $0) }
            }
            if name != ".", name != ".." { names.append(name) }
        }
    }
}
