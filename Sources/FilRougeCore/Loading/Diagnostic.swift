/// A problem found in a scenario file, with where it is.
public struct Diagnostic: Hashable, Sendable {
    public enum Severity: String, Codable, Hashable, Sendable {
        /// The scenario cannot be played as written.
        case error
        /// The scenario plays, but probably not as its author meant.
        case warning
    }

    public var code: DiagnosticCode
    public var message: String
    public var location: SourceLocation

    public init(_ code: DiagnosticCode, _ message: String, at location: SourceLocation) {
        self.code = code
        self.message = message
        self.location = location
    }

    /// Given by the code, so that one kind of problem is always as serious.
    public var severity: Severity {
        code.severity
    }
}

extension Array where Element == Diagnostic {
    public var hasErrors: Bool {
        contains { $0.severity == .error }
    }

    /// In file order, errors before warnings at the same place.
    public func sortedByLocation() -> [Diagnostic] {
        enumerated().sorted { lhs, rhs in
            if lhs.element.location != rhs.element.location {
                return lhs.element.location < rhs.element.location
            }
            return lhs.offset < rhs.offset
        }.map(\.element)
    }
}
