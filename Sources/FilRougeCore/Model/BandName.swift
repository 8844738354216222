extension Band {
    /// How the band is named to learners and facilitators in `language`: one place for the names
    /// the conversation, the coach, the digest and the band reasons all use.
    public func name(in language: Language) -> String {
        switch (language, self) {
        case (.fr, .good): return "réussi"
        case (.fr, .partial): return "partiel"
        case (.fr, .missed): return "manqué"
        case (.en, _): return rawValue
        }
    }

    /// Every band with its name in `language`.
    public static func names(in language: Language) -> [Band: String] {
        Dictionary(uniqueKeysWithValues: allCases.map { ($0, $0.name(in: language)) })
    }
}
