import FilRougeCore
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Creates a folder and the folders above it, like `mkdir -p`, and says in plain words what stands
/// in the way: Foundation's `createDirectory` reports a file in the path or a read-only disk as
/// `NSCocoaErrorDomain Code=642` or `Code=512`, which tells a user nothing.
public enum FolderCreation {
    /// Returns nil once the folder is there, else what stands in the way.
    public static func create(_ folder: String) -> FileProblem? {
        var path = folder.hasPrefix("/") ? "" : "."
        for component in folder.split(separator: "/") where !component.isEmpty {
            path += "/" + component
            var status = stat()
            if stat(path, &status) == 0 {
                guard (status.st_mode & S_IFMT) == S_IFDIR else { return .notAFolder(TerminalSafeText.sanitize(path)) }
                continue
            }
            if mkdir(path, 0o755) != 0, errno != EEXIST { return FileProblem(errno: errno) }
        }
        return nil
    }
}
