/// The frame SHA-1 and SHA-256 share (FIPS 180-4, the Merkle–Damgård construction): the message
/// is padded to whole 64-byte blocks (a 1 bit, zeros, then its length in bits), each block is read
/// as sixteen big-endian words and mixed into the state by the hash's own compression, and the
/// final state is the digest, written big-endian. Only the compression differs between the two,
/// so only it is written twice.
enum MerkleDamgard {
    /// The digest of `bytes`.
    /// - Parameters:
    ///   - initialState: the hash's state before the first block.
    ///   - scheduleLength: how many words the hash expands a block's sixteen to (80, 64).
    ///   - compress: mixes one block into the state; the block's words are the first sixteen of the
    ///     schedule, and the rest of the schedule is the compression's to fill.
    static func digest(
        of bytes: [UInt8], initialState: [UInt32], scheduleLength: Int,
        compress: (_ schedule: UnsafeMutableBufferPointer<UInt32>, _ state: inout [UInt32]) -> Void
    ) -> [UInt8] {
        var state = initialState
        let message = padded(bytes)
        // Bounds-checked array accesses made hashing a scenario file a visible part of starting a
        // conversation; the loops below stay within the buffers by construction.
        var schedule = [UInt32](repeating: 0, count: scheduleLength)
        message.withUnsafeBufferPointer { message in
            schedule.withUnsafeMutableBufferPointer { schedule in
                for block in stride(from: 0, to: message.count, by: 64) {
                    for i in 0..<16 {
                        let base = block + i * 4
                        schedule[i] = UInt32(message[base]) << 24 | UInt32(message[base + 1]) << 16
                            | UInt32(message[base + 2]) << 8 | UInt32(message[base + 3])
                    }
                    compress(schedule, &state)
                }
            }
        }
        return state.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * $0)) } }
    }

    /// `bytes`, a 1 bit, as many zeros as bring it to 8 bytes short of a whole block, and its
    /// length in bits as a big-endian 64-bit number.
    static func padded(_ bytes: [UInt8]) -> [UInt8] {
        var message = bytes
        let bitLength = UInt64(bytes.count) &* 8
        message.append(0x80)
        while message.count % 64 != 56 { message.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            message.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        return message
    }

    /// A digest written as hashes are quoted: two lower-case hexadecimal digits a byte.
    static func hex(_ digest: [UInt8]) -> String {
        digest.map { byte in
            let digits = String(byte, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }
}
