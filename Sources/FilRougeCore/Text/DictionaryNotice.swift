import FilRougeDictionary

/// What a user is told when a language's Hunspell dictionary is not installed: grading still
/// works, on Snowball stems alone, and one command brings the dictionary.
public enum DictionaryNotice {
    public static func missing(_ language: Language) -> String {
        let name = language == .fr ? "French" : "English"
        let package = InstalledDictionaries.package(for: language.rawValue)
        return "grading is degraded: no \(name) Hunspell dictionary was found (looked in \(InstalledDictionaries.folders.joined(separator: ", "))), "
            + "so replies are read by their stems alone: conjugated verbs and misspellings are met less well. "
            + "Install it with 'sudo apt-get install \(package)' (or run scripts/setup)."
    }
}
