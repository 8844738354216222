/// A place in a scenario file, 1-based like compilers and editors print it.
public struct SourceLocation: Equatable, Hashable, Comparable, Sendable, CustomStringConvertible {
    /// The file name as the user gave it.
    public var file: String
    public var line: Int
    /// Counted in Unicode scalars, as YAML parsers count.
    public var column: Int

    public init(file: String, line: Int, column: Int) {
        self.file = file
        self.line = line
        self.column = column
    }

    /// `file:line:col`, the form editors jump to.
    public var description: String {
        "\(file):\(line):\(column)"
    }

    public static func < (lhs: SourceLocation, rhs: SourceLocation) -> Bool {
        (lhs.file, lhs.line, lhs.column) < (rhs.file, rhs.line, rhs.column)
    }
}
