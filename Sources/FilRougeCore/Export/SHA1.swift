/// SHA-1 (FIPS 180-4), only for name-based UUIDs (RFC 4122 version 5), which are defined with it.
/// It identifies statements; it protects nothing, so its known weaknesses do not matter here.
public enum SHA1 {
    public static func digest(of bytes: [UInt8]) -> [UInt8] {
        var hash: [UInt32] = [0x6745_2301, 0xEFCD_AB89, 0x98BA_DCFE, 0x1032_5476, 0xC3D2_E1F0]
        var message = bytes
        let bitLength = UInt64(bytes.count) &* 8
        message.append(0x80)
        while message.count % 64 != 56 { message.append(0) }
        for shift in stride(from: 56, through: 0, by: -8) {
            message.append(UInt8(truncatingIfNeeded: bitLength >> UInt64(shift)))
        }
        var schedule = [UInt32](repeating: 0, count: 80)
        for chunk in stride(from: 0, to: message.count, by: 64) {
            for i in 0..<16 {
                let base = chunk + i * 4
                schedule[i] = UInt32(message[base]) << 24 | UInt32(message[base + 1]) << 16
                    | UInt32(message[base + 2]) << 8 | UInt32(message[base + 3])
            }
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
            let rounds = [a, b, c, d, e]
            for i in 0..<5 { hash[i] = hash[i] &+ rounds[i] }
        }
        return hash.flatMap { word in (0..<4).map { UInt8(truncatingIfNeeded: word >> UInt32(24 - 8 * $0)) } }
    }

    private static func rotate(_ value: UInt32, _ count: UInt32) -> UInt32 {
        (value << count) | (value >> (32 - count))
    }
}
