/// A thesaurus file that cannot be read as one: which file, and what is wrong with it, in words a
/// trainer can act on (reinstall the package, or point at another folder).
public struct ThesaurusError: Error, Equatable, CustomStringConvertible, Sendable {
    /// The file as it was named when opened, for the message.
    public var file: String
    public var problem: String

    public init(file: String, problem: String) {
        self.file = file
        self.problem = problem
    }

    public var description: String {
        "\(file): \(problem)"
    }
}
