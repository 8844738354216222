/// What an id of a scenario, step, ending or concept may be made of: ASCII letters, digits, `-` and
/// `_`. Ids end up in transcripts, file names and diagrams, where anything else would need quoting.
public enum IdentifierRule {
    /// A human-readable statement of the rule, for messages.
    public static let description = "only letters, digits, '-' and '_'"

    public static func isValid(_ name: String) -> Bool {
        !name.isEmpty && name.unicodeScalars.allSatisfy { scalar in
            scalar.isASCII && (CharacterClass.isWordCharacter(scalar) || scalar == "-" || scalar == "_")
        }
    }
}
