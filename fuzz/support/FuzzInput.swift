import Foundation

/// The bytes libFuzzer hands a target, and the text they stand for.
struct FuzzInput {
    let bytes: UnsafeBufferPointer<UInt8>

    init(_ data: UnsafePointer<UInt8>?, _ size: Int) {
        bytes = UnsafeBufferPointer(start: size > 0 ? data : nil, count: size)
    }

    /// The bytes as UTF-8, each invalid sequence replaced by U+FFFD, as a file read from disk would be.
    var lossyText: String {
        String(decoding: bytes, as: UTF8.self)
    }

    /// The bytes as UTF-8 when they are valid UTF-8, nil otherwise.
    var strictText: String? {
        String(validating: bytes, as: UTF8.self)
    }
}

/// Stops the run when a property that must hold for any input does not: libFuzzer then saves the
/// input that broke it, as for a crash.
func require(_ condition: @autoclosure () -> Bool, _ message: @autoclosure () -> String) {
    if !condition() {
        FileHandle.standardError.write(Data("fuzz: property broken: \(message())\n".utf8))
        abort()
    }
}
