import Foundation

/// The commands a learner can type instead of a reply, with their French and English names.
public enum ReplCommand: String, CaseIterable, Sendable {
    case help, hint, repeatQuestion = "repeat", score, coach, quit

    /// Every name that invokes the command, slash included.
    public var names: [String] {
        switch self {
        case .help: return ["/help", "/aide", "/?"]
        case .hint: return ["/hint", "/indice"]
        case .repeatQuestion: return ["/repeat", "/repeter", "/répéter"]
        case .score: return ["/score"]
        case .coach: return ["/coach"]
        case .quit: return ["/quit", "/quitter", "/exit"]
        }
    }

    /// Every command name, for tab completion.
    public static var allNames: [String] {
        allCases.flatMap(\.names)
    }

    /// What a typed line is: a command, an unknown command, or a reply.
    public enum Parsed: Equatable, Sendable {
        case command(ReplCommand)
        case unknown(String)
        case reply
    }

    /// A line is a command when it is one word starting with `/`; anything longer is a reply, so that
    /// a reply may start with a slash.
    public static func parse(_ line: String) -> Parsed {
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.hasPrefix("/"), !trimmed.contains(" ") else { return .reply }
        let lowered = trimmed.lowercased()
        if let command = allCases.first(where: { $0.names.contains(lowered) }) {
            return .command(command)
        }
        return .unknown(trimmed)
    }
}
