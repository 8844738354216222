/// A deterministic corpus of learner-like replies for measuring grading speed: ordinary words of the
/// scenario's language mixed with words of the step's own keywords, some misspelt, so that the
/// grader does the work real replies ask of it.
public struct ReplyCorpus: Sendable {
    public struct Item: Sendable {
        public var step: String
        public var reply: String
    }

    public let items: [Item]

    /// - Parameters:
    ///   - count: how many replies.
    ///   - wordsPerReply: about how many words each has.
    public init(scenario: Scenario, count: Int, wordsPerReply: Int = 40, seed: UInt64 = 1) {
        var random = SeededRandom(seed: seed)
        let filler = scenario.language == .fr ? Self.frenchFiller : Self.englishFiller
        let steps = scenario.steps.map { step in
            (id: step.id, words: step.rubric.flatMap(\.keywords).flatMap { $0.split(separator: " ").map { String($0.replacingOccurrences(of: "*", with: "e")) } })
        }
        var items: [Item] = []
        items.reserveCapacity(count)
        for _ in 0..<max(0, count) {
            guard let step = steps.randomElement(using: &random) else { break }
            var words: [String] = []
            words.reserveCapacity(wordsPerReply)
            while words.count < wordsPerReply {
                if !step.words.isEmpty, random.next() % 5 == 0, var word = step.words.randomElement(using: &random) {
                    if word.count > 6, random.next() % 4 == 0 { word = Self.misspell(word, &random) }
                    words.append(word)
                } else if let word = filler.randomElement(using: &random) {
                    words.append(word)
                }
                if random.next() % 12 == 0, var last = words.popLast() {
                    last += random.next() % 2 == 0 ? "," : "."
                    words.append(last)
                }
            }
            items.append(Item(step: step.id, reply: words.joined(separator: " ")))
        }
        self.items = items
    }

    /// The words of the corpus, counted as `wc -w` does: runs of characters between spaces.
    public var wordCount: Int {
        items.reduce(0) { total, item in
            var count = 0
            var inWord = false
            for byte in item.reply.utf8 {
                let isSpace = byte == 0x20 || byte == 0x0A || byte == 0x09
                if !isSpace, !inWord { count += 1 }
                inWord = !isSpace
            }
            return total + count
        }
    }

    /// Swaps two neighbouring letters, or drops one.
    static func misspell(_ word: String, _ random: inout SeededRandom) -> String {
        var letters = Array(word)
        let index = 1 + Int(random.next() % UInt64(letters.count - 2))
        if random.next() % 2 == 0 {
            letters.swapAt(index, index + 1)
        } else {
            letters.remove(at: index)
        }
        return String(letters)
    }

    static let frenchFiller = """
        je tu il elle on nous vous ils le la les un une des du de à au aux et ou mais donc car que qui \
        quoi ne pas plus jamais rien sans avec pour par sur dans chez ton ta tes mon ma mes son sa ses \
        est sont était faire fais fait peux peut pouvez dois doit devrais faut vraiment aussi très bien \
        mieux peu beaucoup toujours souvent parfois déjà encore temps cabinet clients travail équipe \
        monde choses idée avis question réponse exemple comme alors ensuite enfin d'abord surtout \
        l'entreprise aujourd'hui demain après avant pendant quand comment pourquoi c'est qu'il n'est \
        essayer commencer changer garder penser voir savoir vouloir aller venir prendre donner
        """.split(separator: " ").map(String.init)

    static let englishFiller = """
        i you he she we they it the a an of to in on at for with without and or but so because that \
        which who what not no never nothing is are was be do does did can could should would must \
        really also very well better little much always often sometimes already still time firm \
        clients work team people things idea opinion question answer example like then first mostly \
        today tomorrow after before during when how why it's don't isn't you're try start change keep \
        think see know want go come take give make your my his her their our
        """.split(separator: " ").map(String.init)
}
