import ArgumentParser
import FilRougeCore

/// `--activity-base` and `--home-page`: what the xAPI statements are about and whose accounts they
/// name. `export --format xapi` writes them, `export --lrs` and `play --lrs` send them, and
/// `digest --lrs` and `export --lrs` read back the statements of that activity base: the same
/// options wherever statements are made or read, so that a store's statements are found again.
struct XAPIIdentityOptions: ParsableArguments {
    @Option(name: .customLong("activity-base"), help: ArgumentHelp("The IRI that xAPI activity ids start with.", valueName: "IRI"))
    var activityBase = XAPIExport.defaultActivityBase

    @Option(name: .customLong("home-page"), help: ArgumentHelp("The homePage of the learners' xAPI accounts (default: the activity base).", valueName: "IRI"))
    var homePage: String?

    /// Whether either option was given.
    var isGiven: Bool {
        activityBase != XAPIExport.defaultActivityBase || homePage != nil
    }

    /// The export the options describe.
    var export: XAPIExport {
        XAPIExport(activityBase: activityBase, homePage: homePage)
    }

    /// Refuses what is not an absolute IRI.
    func validateIRIs() throws {
        try Self.validate("--activity-base", activityBase)
        try Self.validate("--home-page", homePage ?? activityBase)
    }

    /// Refuses `value` of `option` unless it is an absolute IRI.
    static func validate(_ option: String, _ value: String) throws {
        guard isAbsoluteIRI(value) else {
            throw ValidationError("\(option) must be an absolute IRI such as https://lms.example.org/filrouge, not '\(value)'.")
        }
    }

    /// A scheme (a letter, then letters, digits, `+`, `-`, `.`), a colon and something after it,
    /// without spaces: enough to refuse a forgotten `https://`.
    static func isAbsoluteIRI(_ text: String) -> Bool {
        guard let colon = text.firstIndex(of: ":"), colon != text.startIndex, text.index(after: colon) != text.endIndex else { return false }
        let scheme = text[..<colon]
        guard let first = scheme.unicodeScalars.first, first.properties.isAlphabetic, first.isASCII else { return false }
        let schemeIsValid = scheme.unicodeScalars.allSatisfy { $0.isASCII && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || "+-.".unicodeScalars.contains($0)) }
        return schemeIsValid && !text.contains { $0.isWhitespace }
    }
}
