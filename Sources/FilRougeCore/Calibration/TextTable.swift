/// Plain-text columns for the terminal: each column as wide as its widest cell, two spaces apart.
struct TextTable {
    enum Alignment {
        case left, right
    }

    let alignments: [Alignment]
    var rows: [[String]] = []

    init(_ alignments: [Alignment]) {
        self.alignments = alignments
    }

    mutating func add(_ row: [String]) {
        rows.append(row)
    }

    /// The rows, each indented by `indent` and without trailing spaces.
    func lines(indent: String = "  ") -> [String] {
        var widths = Array(repeating: 0, count: alignments.count)
        for row in rows {
            for (column, cell) in row.enumerated() where column < widths.count {
                widths[column] = max(widths[column], cell.count)
            }
        }
        return rows.map { row in
            var cells: [String] = []
            for (column, cell) in row.enumerated() where column < widths.count {
                let padding = String(repeating: " ", count: widths[column] - cell.count)
                cells.append(alignments[column] == .left ? cell + padding : padding + cell)
            }
            var line = indent + cells.joined(separator: "  ")
            while line.last == " " { line.removeLast() }
            return line
        }
    }
}
