/// Removes from text whatever a terminal would act on rather than show.
///
/// Replies, transcripts and scenario files come from other people; an escape sequence in them could
/// change a window's title, clear the screen or fake the program's own output. Only printable text,
/// line breaks and tabs are kept.
public enum TerminalSafeText {
    public static func sanitize(_ text: String) -> String {
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
