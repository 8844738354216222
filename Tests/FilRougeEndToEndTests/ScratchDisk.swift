import Foundation
import FilRougeTestSupport
#if canImport(Glibc)
import Glibc
#endif

/// A small tmpfs mounted for a test, to fill a disk or make one read-only without touching the
/// machine's own disks. Only root can mount one; elsewhere the tests that need it are skipped.
struct ScratchDisk {
    let folder: URL

    /// Whether a tmpfs can be mounted here (root, and a system that lets it).
    static let canMount: Bool = {
        guard getuid() == 0, let disk = try? ScratchDisk(kilobytes: 64) else { return false }
        disk.unmount()
        return true
    }()

    init(kilobytes: Int, readOnly: Bool = false) throws {
        folder = try FilRougeBinary.temporaryDirectory()
        let options = "size=\(kilobytes)k" + (readOnly ? ",ro" : "")
        guard Self.command("/bin/mount", ["-t", "tmpfs", "-o", options, "tmpfs", folder.path]) else {
            try? FileManager.default.removeItem(at: folder)
            throw MountFailed()
        }
    }

    func unmount() {
        _ = Self.command("/bin/umount", [folder.path])
        try? FileManager.default.removeItem(at: folder)
    }

    private static func command(_ path: String, _ arguments: [String]) -> Bool {
        (try? ProcessRun.run(URL(fileURLWithPath: path), arguments))?.status == 0
    }

    struct MountFailed: Error {}
}
