#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Makes the C library, and so readline, treat input as UTF-8.
///
/// A C program starts in the "C" locale, where readline sees the two bytes of `é` as
/// two separate 8-bit characters (or as Meta-key combinations): accented letters are
/// mangled, and Backspace or the arrows land between their bytes. French learners type
/// accents all the time, so the character type must be UTF-8 even in a bare container
/// where `LANG` is unset or says `C`.
///
/// Only `LC_CTYPE` is taken from the environment, not `LC_ALL`: the other categories
/// (decimal commas, date formats, collation) would change how the C library formats
/// and sorts, which the rest of the program does not expect.
enum ReadlineLocale {
    /// Locales tried, in order, when the environment names none that speaks UTF-8.
    private static let utf8Fallbacks = ["C.UTF-8", "C.utf8", "en_US.UTF-8"]

    /// Call before readline initialises: the environment's character type if it is UTF-8, else a fallback.
    ///
    /// readline itself sets `LC_CTYPE` again from the first of `LC_ALL`, `LC_CTYPE` and
    /// `LANG` each time it starts a line, so with `LANG=C` it would undo a plain
    /// `setlocale`. When a fallback is needed, the variable readline consults is therefore
    /// changed too (`LC_ALL` if it is set, else `LC_CTYPE`), which child processes inherit;
    /// the fallbacks differ from "C" only in their character set.
    static func prepare() {
        setlocale(LC_CTYPE, "")
        guard !isUTF8 else { return }
        for name in utf8Fallbacks where setlocale(LC_CTYPE, name) != nil {
            if isUTF8 {
                let variable = hasValue("LC_ALL") ? "LC_ALL" : "LC_CTYPE"
                setenv(variable, name, 1)
                return
            }
        }
        // No UTF-8 locale installed: readline works byte by byte, accented letters included.
        setlocale(LC_CTYPE, "")
    }

    /// Whether the current character type is UTF-8.
    static var isUTF8: Bool {
        guard let codeset = nl_langinfo(nl_item(CODESET)) else { return false }
        let name = String(cString: codeset).lowercased()
        return name == "utf-8" || name == "utf8"
    }

    private static func hasValue(_ variable: String) -> Bool {
        guard let value = getenv(variable) else { return false }
        return value.pointee != 0
    }
}
