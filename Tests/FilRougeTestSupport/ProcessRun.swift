import Foundation

/// What a program run to its end did: its exit status and what it wrote on standard output and
/// standard error, decoded as UTF-8.
public struct ProcessRun: Sendable {
    public var status: Int32
    public var output: String
    public var error: String

    public init(status: Int32, output: String, error: String) {
        self.status = status
        self.output = output
        self.error = error
    }

    /// Runs `executable arguments…` to its end with `input` on standard input (a pipe, never a
    /// terminal; nothing to read when `input` is nil), in `directory` when one is given, with
    /// `environment` when one is given (the test's own otherwise).
    public static func run(
        _ executable: URL, _ arguments: [String] = [], input: String? = nil,
        environment: [String: String]? = nil, directory: URL? = nil
    ) throws -> ProcessRun {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        if let environment { process.environment = environment }
        if let directory { process.currentDirectoryURL = directory }
        let stdin = Pipe(), stdout = Pipe(), stderr = Pipe()
        process.standardInput = input == nil ? FileHandle.nullDevice : stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        // Standard error is read while standard output is, so that neither pipe fills and stops
        // the program while the other is waited for.
        let errorData = ErrorData()
        let errorRead = DispatchSemaphore(value: 0)
        Thread.detachNewThread {
            errorData.bytes = stderr.fileHandleForReading.readDataToEndOfFile()
            errorRead.signal()
        }
        if let input {
            stdin.fileHandleForWriting.write(Data(input.utf8))
            try stdin.fileHandleForWriting.close()
        }
        let output = stdout.fileHandleForReading.readDataToEndOfFile()
        errorRead.wait()
        process.waitUntilExit()
        return ProcessRun(
            status: process.terminationStatus,
            output: String(decoding: output, as: UTF8.self),
            error: String(decoding: errorData.bytes, as: UTF8.self)
        )
    }

    /// What the reading thread hands over; read only after the semaphore says it is written.
    private final class ErrorData: @unchecked Sendable {
        var bytes = Data()
    }
}
