import Foundation
@testable import FilRougeConsole
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A pipe(2) whose write end is fed from another thread, so that inputs larger than the
/// pipe's buffer (64 KB on Linux) can be read without the test blocking on its own write.
struct PipeFixture {
    let readEnd: Int32
    let writeEnd: Int32

    init() throws {
        var ends: [Int32] = [-1, -1]
        guard pipe(&ends) == 0 else { throw PipeError(code: errno) }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    /// Writes `bytes` and then closes the write end, which the reader sees as end of input.
    func feed(_ bytes: [UInt8]) {
        let fileDescriptor = writeEnd
        Thread.detachNewThread {
            // A reader that stops early closes its end: the rest is dropped, as a pipe would.
            _ = DescriptorWriter.writeAll(bytes, to: fileDescriptor)
            close(fileDescriptor)
        }
    }

    func feed(_ text: String) {
        feed(Array(text.utf8))
    }

    /// Closes the read end once the test is done with it.
    func closeReadEnd() {
        close(readEnd)
    }

    /// Everything left in the pipe, for a write end already closed.
    func drain() -> [UInt8] {
        var collected: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 4096)
        while true {
            let count = read(readEnd, &chunk, chunk.count)
            guard count > 0 else { return collected }
            collected += chunk[..<count]
        }
    }
}

struct PipeError: Error {
    let code: Int32
}
