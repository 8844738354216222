import FilRougeCore

/// What went wrong with the history file of the prompt (the Up arrow's memory), said at the end of
/// the conversation in its language: the history is a convenience, so the conversation goes on
/// without it, and the learner is told once.
public struct HistoryProblem: Equatable, Sendable {
    public enum Action: Equatable, Sendable {
        case read, createFolder, write
    }

    public var action: Action
    public var path: String
    public var problem: FileProblem

    public init(action: Action, path: String, problem: FileProblem) {
        self.action = action
        self.path = path
        self.problem = problem
    }

    public func words(in language: Language) -> String {
        let path = TerminalSafeText.sanitize(self.path)
        let problem = TerminalSafeText.sanitize(self.problem.words(in: language))
        switch (action, language) {
        case (.read, .fr): return "impossible de lire l'historique \(path)\u{00A0}: \(problem)"
        case (.createFolder, .fr): return "impossible de créer le dossier de l'historique \(path)\u{00A0}: \(problem)"
        case (.write, .fr): return "impossible d'enregistrer l'historique \(path)\u{00A0}: \(problem)"
        case (.read, _): return "could not read the history file \(path): \(problem)"
        case (.createFolder, _): return "could not create the folder of the history file \(path): \(problem)"
        case (.write, _): return "could not write the history file \(path): \(problem)"
        }
    }
}
