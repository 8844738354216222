/// Removes from text whatever a terminal would act on rather than show.
///
/// Replies, transcripts and scenario files come from other people; an escape sequence in them could
/// change a window's title, clear the screen or fake the program's own output. Only printable text,
/// line breaks and tabs are kept.
public enum TerminalSafeText {
    public static func sanitize(_ text: String) -> String {
        // Most text has nothing to remove, and is given back as it is: rebuilding it scalar by
        // scalar was most of the time `explain` took on a long reply.
        guard needsCleaning(text) else { return text }
        var result = String.UnicodeScalarView()
        var scalars = text.unicodeScalars.makeIterator()
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x1B:
                skipEscapeSequence(&scalars)
            case 0x9B:
                skipControlSequenceBody(&scalars)
            case 0x9D, 0x90, 0x9E, 0x9F:
                skipStringBody(&scalars)
            case 0x0A, 0x09:
                result.append(scalar)
            case 0x0D:
                break
            case 0x00...0x1F, 0x7F, 0x80...0x9F:
                break
            case 0x202A...0x202E, 0x2066...0x2069:
                // Bidirectional overrides reorder what follows them on screen.
                break
            default:
                result.append(scalar)
            }
        }
        return String(result)
    }

    /// True when `text` holds a byte of something `sanitize` removes: a C0 control but line feed and
    /// tab, DEL, a C1 control (`C2 80`–`C2 9F` in UTF-8) or a bidirectional override (`E2 80 AA`–`AE`,
    /// `E2 81 A6`–`A9`).
    static func needsCleaning(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let byte = bytes[index]
                switch byte {
                case 0x0A, 0x09:
                    break
                case 0x00...0x1F, 0x7F:
                    return true
                case 0xC2 where index + 1 < bytes.count && (0x80...0x9F).contains(bytes[index + 1]):
                    return true
                case 0xE2 where index + 2 < bytes.count:
                    let second = bytes[index + 1], third = bytes[index + 2]
                    if second == 0x80 && (0xAA...0xAE).contains(third) || second == 0x81 && (0xA6...0xA9).contains(third) { return true }
                default:
                    break
                }
                index += 1
            }
            return false
        }
    }

    /// After ESC: a CSI (`ESC [`), an OSC or other string (`ESC ]`, `ESC P`, `ESC ^`, `ESC _`), or a
    /// two-character sequence.
    private static func skipEscapeSequence(_ scalars: inout String.UnicodeScalarView.Iterator) {
        guard let next = scalars.next() else { return }
        switch next {
        case "[":
            skipControlSequenceBody(&scalars)
        case "]", "P", "^", "_", "X":
            skipStringBody(&scalars)
        default:
            break
        }
    }

    /// Parameters and intermediates up to the final byte (0x40–0x7E).
    private static func skipControlSequenceBody(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            if scalar.value >= 0x40 && scalar.value <= 0x7E { return }
            if scalar.value < 0x20 || scalar.value > 0x7E { return }
        }
    }

    /// Up to BEL, ST (`ESC \`) or the C1 string terminator.
    private static func skipStringBody(_ scalars: inout String.UnicodeScalarView.Iterator) {
        while let scalar = scalars.next() {
            switch scalar.value {
            case 0x07, 0x9C: return
            case 0x1B:
                _ = scalars.next()
                return
            default:
                continue
            }
        }
    }
}
