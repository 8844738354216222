import Foundation

/// Where a pair of files that work together is installed (a Hunspell dictionary's `.aff` and
/// `.dic`, a thesaurus's `.idx` and `.dat`): the first folder, in order, that holds both files of
/// one of the names tried, in order. One look for both kinds, so that they are found alike.
enum InstalledFilePair {
    /// The two paths, or nil when no folder holds both files of any name.
    static func first(in folders: [String], names: [String], extensions: (String, String)) -> (String, String)? {
        let fileManager = FileManager.default
        for folder in folders {
            for name in names {
                let first = folder + "/" + name + "." + extensions.0
                let second = folder + "/" + name + "." + extensions.1
                if fileManager.isReadableFile(atPath: first), fileManager.isReadableFile(atPath: second) {
                    return (first, second)
                }
            }
        }
        return nil
    }
}
