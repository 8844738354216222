/// The language a scenario is written in: how replies are read, and the language of the interface.
public enum Language: String, Encodable, CaseIterable, Sendable {
    case fr
    case en
}
