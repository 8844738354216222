/// Cells are read without the blanks around them: spreadsheets and hand editing leave them.
extension String {
    /// Without the spaces, tabs and line breaks around it (spreadsheets and hand editing leave them).
    var trimmingBlanks: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.isCellBlank }),
              let last = scalars.lastIndex(where: { !$0.isCellBlank }) else { return "" }
        return String(scalars[first...last])
    }

    /// How many spaces, tabs and line breaks it starts with.
    var leadingBlankCount: Int {
        unicodeScalars.prefix { $0.isCellBlank }.count
    }
}

extension Unicode.Scalar {
    /// A space, a tab or a line break.
    var isCellBlank: Bool {
        self == " " || self == "\t" || self == "\n"
    }
}
