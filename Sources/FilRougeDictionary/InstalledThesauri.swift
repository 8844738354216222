import Foundation

/// The LibreOffice thesauri installed on this system (Debian's `mythes-fr` and `mythes-en-us`),
/// found where Debian, Homebrew and LibreOffice put them.
///
/// `FILROUGE_THESAURI=FOLDER` makes that folder the only place looked in, as `FILROUGE_DICTIONARIES`
/// does for the Hunspell dictionaries: a thesaurus installed elsewhere is used from there, and an
/// empty folder reads as "no thesaurus installed".
public enum InstalledThesauri {
    /// The environment variable naming the only folder looked in.
    public static let folderVariable = "FILROUGE_THESAURI"

    /// The folders looked in, in order, when `FILROUGE_THESAURI` is not set.
    static let standardFolders = [
        "/usr/share/mythes", "/usr/local/share/mythes", "/opt/homebrew/share/mythes",
        "/usr/share/myspell/dicts", "/usr/share/myspell",
    ]

    /// The file names tried for each language, without `.idx` and `.dat`, in order. Only the
    /// second version of the format (`_v2`) is read: the first is a different format.
    static func names(for languageCode: String) -> [String] {
        switch languageCode {
        case "fr": return ["th_fr_FR_v2", "thes_fr"]
        case "en": return ["th_en_US_v2", "th_en_GB_v2"]
        default: return ["th_\(languageCode)_v2"]
        }
    }

    /// The Debian package that installs the thesaurus of a language, for messages.
    public static func package(for languageCode: String) -> String {
        languageCode == "en" ? "mythes-en-us" : "mythes-\(languageCode)"
    }

    /// The folders looked in, in order.
    public static var folders: [String] {
        if let only = ProcessInfo.processInfo.environment[folderVariable], !only.isEmpty { return [only] }
        return standardFolders
    }

    /// The file names looked for in each folder, for messages: `th_fr_FR_v2.idx and .dat`.
    public static func fileNames(for languageCode: String) -> [String] {
        names(for: languageCode).map { "\($0).idx" }
    }

    /// The files of the thesaurus of a language, nil when none is installed where `folders` look.
    public static func files(for languageCode: String) -> ThesaurusFiles? {
        files(for: languageCode, in: folders)
    }

    /// The files of the thesaurus of a language in the first of `folders` that has both.
    static func files(for languageCode: String, in folders: [String]) -> ThesaurusFiles? {
        InstalledFilePair.first(in: folders, names: names(for: languageCode), extensions: ("idx", "dat")).map {
            ThesaurusFiles(indexPath: $0.0, dataPath: $0.1)
        }
    }
}
