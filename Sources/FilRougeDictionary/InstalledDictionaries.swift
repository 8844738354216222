import Foundation

/// The Hunspell dictionaries installed on this system, found where Debian, Homebrew and LibreOffice
/// put them, each opened once, the first time it is asked for, and shared.
///
/// `FILROUGE_DICTIONARIES=FOLDER` makes that folder the only place looked in (an empty folder reads
/// as "no dictionary installed", which is how grading without dictionaries is tested).
public enum InstalledDictionaries {
    /// The folders looked in, in order, when `FILROUGE_DICTIONARIES` is not set: Hunspell's own
    /// `DICPATH` first, then the usual places.
    static let standardFolders = [
        "/usr/share/hunspell", "/usr/local/share/hunspell", "/opt/homebrew/share/hunspell",
        "/usr/share/myspell", "/usr/share/myspell/dicts", "/Library/Spelling",
    ]

    /// The dictionary names tried for each language, in order.
    static func names(for languageCode: String) -> [String] {
        switch languageCode {
        case "fr": return ["fr_FR", "fr"]
        case "en": return ["en_US", "en_GB", "en"]
        default: return [languageCode]
        }
    }

    /// The Debian package that installs the dictionary of a language, for messages.
    public static func package(for languageCode: String) -> String {
        languageCode == "en" ? "hunspell-en-us" : "hunspell-\(languageCode)"
    }

    /// The folders looked in, in order.
    public static var folders: [String] {
        let environment = ProcessInfo.processInfo.environment
        if let only = environment["FILROUGE_DICTIONARIES"], !only.isEmpty { return [only] }
        let dicpath = (environment["DICPATH"] ?? "").split(separator: ":").map(String.init)
        return dicpath + standardFolders
    }

    /// Where the dictionary of a language is, without opening it: a quick look, for saying early
    /// that it is missing.
    public static func location(for languageCode: String) -> (affixFile: String, wordFile: String)? {
        InstalledFilePair.first(in: folders, names: names(for: languageCode), extensions: ("aff", "dic")).map { (affixFile: $0.0, wordFile: $0.1) }
    }

    /// The French dictionary, opened on first use (about 70 ms), nil when none is installed.
    public static let french: HunspellDictionary? = open("fr")
    /// The English dictionary, opened on first use (about 30 ms), nil when none is installed.
    public static let english: HunspellDictionary? = open("en")

    /// The shared dictionary of a language (`fr` or `en`), opening it if it is not open yet.
    public static func dictionary(for languageCode: String) -> HunspellDictionary? {
        switch languageCode {
        case "fr": return french
        case "en": return english
        default: return nil
        }
    }

    /// Starts opening the dictionary of a language on another thread, so that a program can show
    /// its first screen while the dictionary loads; whoever asks for it first waits for the load.
    public static func prepare(_ languageCode: String) {
        Thread.detachNewThread { _ = dictionary(for: languageCode) }
    }

    private static func open(_ languageCode: String) -> HunspellDictionary? {
        guard let location = location(for: languageCode) else { return nil }
        return HunspellDictionary(affixFile: location.affixFile, wordFile: location.wordFile)
    }
}
