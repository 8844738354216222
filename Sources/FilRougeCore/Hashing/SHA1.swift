/// SHA-1 (FIPS 180-4), only for name-based UUIDs (RFC 4122 version 5), which are defined with it.
/// It identifies statements; it protects nothing, so its known weaknesses do not matter here.
public enum SHA1 {
    public static func digest(of bytes: [UInt8]) -> [UInt8] {
        MerkleDamgard.digest(
            of: bytes, initialState: [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0],
            scheduleLength: 80, compress: compress
        )
    }

    /// Mixes one block (the first sixteen words of `schedule`) into `hash`.
    private static func compress(_ schedule: UnsafeMutableBufferPointer<UInt32>, into hash: inout [UInt32]) {
        for i in 16..<80 {
            schedule[i] = rotate(schedule[i - 3] ^ schedule[i - 8] ^ schedule[i - 14] ^ schedule[i - 16], 1)
        }
        var (a, b, c, d, e) = (hash[0], hash[1], hash[2], hash[3], hash[4])
        for i in 0..<80 {
            let (mix, constant): (UInt32, UInt32)
            switch i {
            case 0..<20: (mix, constant) = ((b & c) | (~b & d), 0x5A82_7999)
            case 20..<40: (mix, constant) = (b ^ c ^ d, 0x6ED9_EBA1)
            case 40..<60: (mix, constant) = ((b & c) | (b & d) | (c & d), 0x8F1B_BCDC)
            default: (mix, constant) = (b ^ c ^ d, 0xCA62_C1D6)
            }
            let next = rotate(a, 5) &+ mix &+ e &+ constant &+ schedule[i]
            (e, d, c, b, a) = (d, c, rotate(b, 30), a, next)
        }
        hash[0] &+= a
        hash[1] &+= b
        hash[2] &+= c
        hash[3] &+= d
        hash[4] &+= e
    }

    /// Rotates left, as SHA-1 does.
    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value << count) | (value >> (32 - count))
    }
}
