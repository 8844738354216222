import Foundation

/// How many cores this process may run on. `ProcessInfo.activeProcessorCount` counts the machine's,
/// even when the process is confined to fewer (`taskset`, a container's cpuset); reading files on
/// several threads that then share one core took up to a fifth longer than reading them one by one.
public enum UsableCores {
    public static let count: Int = {
        let machine = ProcessInfo.processInfo.activeProcessorCount
        guard let allowed = allowedByAffinity(), allowed > 0 else { return machine }
        return min(allowed, machine)
    }()

    /// The cores of the `Cpus_allowed` mask in `/proc/self/status` (hexadecimal digits in groups
    /// separated by commas); nil where there is no such file. Swift does not see `sched_getaffinity`,
    /// a GNU extension.
    static func allowedByAffinity() -> Int? {
        guard let status = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return nil }
        guard let line = status.split(separator: "\n").first(where: { $0.hasPrefix("Cpus_allowed:") }) else { return nil }
        return line.dropFirst("Cpus_allowed:".count).reduce(0) { count, character in
            count + (character.hexDigitValue?.nonzeroBitCount ?? 0)
        }
    }
}
