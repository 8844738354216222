/// The French words that lose their vowel before another word (`l'expert`, `qu'il`, `jusqu'ici`).
///
/// They carry no meaning for the rubric and are set aside, except that the analyzer remembers them
/// on the following word (an elided `n'` announces a negation).
enum FrenchElision {
    static let prefixes: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu",
    ]
}
