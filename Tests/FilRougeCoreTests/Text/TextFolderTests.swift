import Testing
@testable import FilRougeCore

struct TextFolderTests {
    @Test(arguments: [
        ("Réseaux", "reseaux"),
        ("ÉCOLE", "ecole"),
        ("comptabilité", "comptabilite"),
        ("Cœur", "coeur"),
        ("ŒUVRE", "oeuvre"),
        ("æther", "aether"),
        ("Straße", "strasse"),
        ("façade", "facade"),
        ("naïve", "naive"),
        ("l’expert", "l'expert"),
        ("«\u{00A0}oui\u{00A0}»", "\" oui \""),
        ("e\u{0301}cole", "ecole"),
        ("mille\u{202F}euros", "mille euros"),
    ])
    func folds(input: String, expected: String) {
        #expect(TextFolder.fold(input) == expected)
    }

    @Test func leavesPlainTextAlone() {
        #expect(TextFolder.fold("site web 2026") == "site web 2026")
    }
}
