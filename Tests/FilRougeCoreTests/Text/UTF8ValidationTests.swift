import Foundation
import Testing
@testable import FilRougeCore

/// `UTF8Validation` must accept exactly what the standard library's validating initializer accepts.
struct UTF8ValidationTests {
    func agrees(_ bytes: [UInt8]) -> Bool {
        let fast = bytes.withUnsafeBufferPointer(UTF8Validation.isValid)
        return fast == (String(validating: bytes, as: UTF8.self) != nil)
    }

    @Test(arguments: [
        [], [0x41], Array("Café ’ 😀 \u{10FFFF} \u{7FF} \u{800} \u{FFFF} \u{10000}".utf8),
        // Overlong forms, surrogates, beyond U+10FFFF, stray and missing continuation bytes.
        [0xC0, 0x80], [0xC1, 0xBF], [0xE0, 0x80, 0x80], [0xE0, 0x9F, 0xBF], [0xED, 0xA0, 0x80], [0xED, 0x9F, 0xBF],
        [0xF0, 0x80, 0x80, 0x80], [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80],
        [0xFF], [0x80], [0xBF], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0xC3, 0x41], [0xE2, 0x41, 0x99], [0xF0, 0x9F, 0x41, 0x80],
    ] as [[UInt8]])
    func agreesWithTheStandardLibraryOnEdgeCases(bytes: [UInt8]) {
        #expect(agrees(bytes))
        // And wherever the sequence falls against the eight-byte words read at once.
        for padding in 1...9 {
            #expect(agrees(Array(repeating: 0x61, count: padding) + bytes + Array(repeating: 0x62, count: padding)))
        }
    }

    @Test func agreesWithTheStandardLibraryOnRandomBytes() {
        var random = SeededRandom(seed: 42)
        let alphabet: [UInt8] = [0x20, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC2, 0xC3, 0xDF, 0xE0, 0xE2, 0xED, 0xEF, 0xF0, 0xF3, 0xF4, 0xF5, 0xFF]
        var invalid = 0
        for _ in 0..<5_000 {
            let count = Int(random.next() % 24)
            let bytes = (0..<count).map { _ in alphabet[Int(random.next() % UInt64(alphabet.count))] }
            #expect(agrees(bytes), "\(bytes)")
            if String(validating: bytes, as: UTF8.self) == nil { invalid += 1 }
        }
        #expect(invalid > 1_000 && invalid < 5_000)
    }
}
