/// What a florilège calls an ending. Endings have no title in a scenario file, only an id written
/// for machines (`lundi-matin`) and the friend's closing words: the first sentence of those
/// words, cut after `maximumWords` words, is what a group remembers of the ending.
enum EndingTitle {
    static let maximumWords = 10

    /// The opening sentence of what the ending says; the id when it says nothing.
    static func of(_ ending: Ending) -> String {
        ShortTitle.of(ending.says, maximumWords: maximumWords) ?? ending.id
    }
}
