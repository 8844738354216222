import Testing
@testable import FilRougeCore

@Suite("English stemmer")
struct EnglishStemmerTests {
    let stemmer = EnglishStemmer()

    @Test("R1 prefixes keep gener-, inter-, commun- words apart")
    func r1Prefixes() {
        #expect(stemmer.stem("generously") == "generous")
        #expect(stemmer.stem("generous") == "generous")
        #expect(stemmer.stem("internal") == "internal")
        #expect(stemmer.stem("international") == "internat")
        #expect(stemmer.stem("communism") == "communism")
    }

    @Test("Exceptional forms")
    func exceptionalForms() {
        #expect(stemmer.stem("skies") == "sky")
        #expect(stemmer.stem("sky") == "sky")
        #expect(stemmer.stem("news") == "news")
        #expect(stemmer.stem("early") == "earli")
    }

    @Test("Step 1b special cases")
    func step1bSpecialCases() {
        #expect(stemmer.stem("dying") == "die")
        #expect(stemmer.stem("lying") == "lie")
        #expect(stemmer.stem("inning") == "inning")
        #expect(stemmer.stem("proceed") == "proceed")
        #expect(stemmer.stem("proceeding") == "proceed")
        #expect(stemmer.stem("pasted") == "paste")
    }

    @Test("Plurals and verb endings")
    func inflections() {
        #expect(stemmer.stem("running") == "run")
        #expect(stemmer.stem("hopped") == "hop")
        #expect(stemmer.stem("hoping") == "hope")
        #expect(stemmer.stem("caresses") == "caress")
        #expect(stemmer.stem("ponies") == "poni")
        #expect(stemmer.stem("ties") == "tie")
        #expect(stemmer.stem("cries") == "cri")
        #expect(stemmer.stem("sayings") == "say")
    }

    @Test("Apostrophes")
    func apostrophes() {
        #expect(stemmer.stem("'tis") == "tis")
        #expect(stemmer.stem("dogs'") == "dog")
    }

    @Test("Short and degenerate input is left alone")
    func degenerateInput() {
        #expect(stemmer.stem("") == "")
        #expect(stemmer.stem("is") == "is")
        #expect(stemmer.stem("'") == "'")
    }
}
