/// The screen of a terminal, rebuilt from the bytes a program writes to it: what the learner sees.
///
/// It understands what readline and `filrouge` send to an xterm — printable UTF-8, carriage
/// return, line feed, backspace, tab, cursor movement (`CSI A B C D G H d`), erasing
/// (`CSI K J X`), inserting and deleting characters (`CSI @ P`), with the xterm's automatic
/// margin and its pending wrap at the last column — and ignores the rest (colours, modes, window
/// titles). Rows that scroll off the top are kept, so that a test can read the whole conversation.
///
/// A model in the test, rather than a terminal multiplexer driven from outside, keeps the tests
/// free of anything to install and of a second program's timing; and the screen it gives is the
/// one of the terminal type the tests declare (`TERM=xterm`), whose behaviour at the margin is
/// the one readline's redisplay relies on. Every character counts as one column: the tests type
/// Latin text, accented or not.
struct ScreenModel {
    private(set) var columns: Int
    private(set) var rows: Int
    /// The visible rows, `rows` of them, each `columns` wide.
    private var grid: [[Character]]
    /// Rows scrolled off the top, oldest first, without their trailing blanks.
    private(set) var scrolledOff: [String] = []
    private(set) var cursorRow = 0
    private(set) var cursorColumn = 0
    /// Set after a character is written in the last column: the next one goes to the next row.
    private var pendingWrap = false
    private var savedCursor = (row: 0, column: 0)
    private var parser = Parser.ground
    private var utf8: [UInt8] = []

    private enum Parser {
        case ground
        case escape
        /// After `ESC [`, collecting parameters.
        case controlSequence(String)
        /// After `ESC ]` and the like: a string up to BEL or `ESC \`.
        case string(sawEscape: Bool)
        /// After `ESC (` and the like: one more byte names a character set.
        case characterSet
    }

    init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
        self.grid = Array(repeating: Array(repeating: " ", count: columns), count: rows)
    }

    /// The visible rows without their trailing blanks.
    var lines: [String] {
        grid.map { Self.trimmed($0) }
    }

    /// Every row, scrolled off or visible, down to the last that is not blank.
    var allLines: [String] {
        var all = scrolledOff + lines
        while all.last?.isEmpty == true { all.removeLast() }
        return all
    }

    /// `allLines`, one per line.
    var text: String {
        allLines.joined(separator: "\n")
    }

    /// The row the cursor is on, without its trailing blanks.
    var cursorRowText: String {
        lines[cursorRow]
    }

    /// The window's new size: rows are cut or padded, nothing is re-flowed (as in xterm).
    mutating func resize(columns: Int, rows: Int) {
        grid = grid.map { row in
            row.count >= columns ? Array(row.prefix(columns)) : row + Array(repeating: " ", count: columns - row.count)
        }
        while grid.count > rows {
            // xterm keeps the rows around the cursor: the top ones go first.
            if cursorRow > 0 {
                scrolledOff.append(Self.trimmed(grid.removeFirst()))
                cursorRow -= 1
            } else {
                grid.removeLast()
            }
        }
        while grid.count < rows {
            grid.append(Array(repeating: " ", count: columns))
        }
        self.columns = columns
        self.rows = rows
        cursorColumn = min(cursorColumn, columns - 1)
        pendingWrap = false
    }

    mutating func feed(_ bytes: some Sequence<UInt8>) {
        for byte in bytes {
            consume(byte)
        }
    }

    private mutating func consume(_ byte: UInt8) {
        switch parser {
        case .ground:
            ground(byte)
        case .escape:
            escape(byte)
        case .controlSequence(let parameters):
            if (0x40...0x7E).contains(byte) {
                parser = .ground
                controlSequence(parameters, final: Character(Unicode.Scalar(byte)))
            } else {
                parser = .controlSequence(parameters + String(Unicode.Scalar(byte)))
            }
        case .string(let sawEscape):
            if byte == 0x07 || (sawEscape && byte == UInt8(ascii: "\\")) {
                parser = .ground
            } else {
                parser = .string(sawEscape: byte == 0x1B)
            }
        case .characterSet:
            parser = .ground
        }
    }

    private mutating func ground(_ byte: UInt8) {
        if !utf8.isEmpty || byte >= 0x80 {
            utf8.append(byte)
            let expected = utf8[0] >= 0xF0 ? 4 : utf8[0] >= 0xE0 ? 3 : 2
            if utf8.count == expected {
                for character in String(decoding: utf8, as: UTF8.self) {
                    put(character)
                }
                utf8 = []
            }
            return
        }
        switch byte {
        case 0x1B: parser = .escape
        case 0x0D: moveTo(row: cursorRow, column: 0)
        case 0x0A, 0x0B, 0x0C: lineFeed()
        case 0x08: moveTo(row: cursorRow, column: cursorColumn - 1)
        case 0x09: moveTo(row: cursorRow, column: min(columns - 1, (cursorColumn / 8 + 1) * 8))
        case 0x20...0x7E: put(Character(Unicode.Scalar(byte)))
        default: break
        }
    }

    private mutating func escape(_ byte: UInt8) {
        parser = .ground
        switch byte {
        case UInt8(ascii: "["): parser = .controlSequence("")
        case UInt8(ascii: "]"), UInt8(ascii: "P"), UInt8(ascii: "^"), UInt8(ascii: "_"): parser = .string(sawEscape: false)
        case UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "*"), UInt8(ascii: "+"): parser = .characterSet
        case UInt8(ascii: "7"): savedCursor = (cursorRow, cursorColumn)
        case UInt8(ascii: "8"): moveTo(row: savedCursor.row, column: savedCursor.column)
        case UInt8(ascii: "D"): lineFeed()
        case UInt8(ascii: "E"): moveTo(row: cursorRow, column: 0); lineFeed()
        case UInt8(ascii: "M"): moveTo(row: cursorRow - 1, column: cursorColumn)
        default: break
        }
    }

    private mutating func controlSequence(_ parameters: String, final: Character) {
        // Private modes (`CSI ? 2004 h`) and the like change nothing on screen.
        guard parameters.allSatisfy({ $0.isNumber || $0 == ";" }) else { return }
        let numbers = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        func number(_ index: Int, default value: Int = 1) -> Int {
            index < numbers.count && numbers[index] != 0 ? numbers[index] : value
        }
        switch final {
        case "A": moveTo(row: cursorRow - number(0), column: cursorColumn)
        case "B": moveTo(row: cursorRow + number(0), column: cursorColumn)
        case "C": moveTo(row: cursorRow, column: cursorColumn + number(0))
        case "D": moveTo(row: cursorRow, column: cursorColumn - number(0))
        case "G": moveTo(row: cursorRow, column: number(0) - 1)
        case "d": moveTo(row: number(0) - 1, column: cursorColumn)
        case "H", "f": moveTo(row: number(0) - 1, column: number(1) - 1)
        case "K": eraseInLine(number(0, default: 0))
        case "J": eraseInDisplay(number(0, default: 0))
        case "X": blank(row: cursorRow, from: cursorColumn, to: min(columns, cursorColumn + number(0)))
        case "@": insertBlanks(number(0))
        case "P": deleteCharacters(number(0))
        default: break
        }
    }

    private mutating func put(_ character: Character) {
        if pendingWrap {
            pendingWrap = false
            cursorColumn = 0
            lineFeed()
        }
        grid[cursorRow][cursorColumn] = character
        if cursorColumn == columns - 1 {
            pendingWrap = true
        } else {
            cursorColumn += 1
        }
    }

    private mutating func lineFeed() {
        pendingWrap = false
        if cursorRow == rows - 1 {
            scrolledOff.append(Self.trimmed(grid.removeFirst()))
            grid.append(Array(repeating: " ", count: columns))
        } else {
            cursorRow += 1
        }
    }

    private mutating func moveTo(row: Int, column: Int) {
        pendingWrap = false
        cursorRow = min(max(row, 0), rows - 1)
        cursorColumn = min(max(column, 0), columns - 1)
    }

    private mutating func eraseInLine(_ mode: Int) {
        switch mode {
        case 0: blank(row: cursorRow, from: cursorColumn, to: columns)
        case 1: blank(row: cursorRow, from: 0, to: cursorColumn + 1)
        default: blank(row: cursorRow, from: 0, to: columns)
        }
    }

    private mutating func eraseInDisplay(_ mode: Int) {
        switch mode {
        case 0:
            eraseInLine(0)
            for row in (cursorRow + 1)..<rows { blank(row: row, from: 0, to: columns) }
        case 1:
            eraseInLine(1)
            for row in 0..<cursorRow { blank(row: row, from: 0, to: columns) }
        default:
            for row in 0..<rows { blank(row: row, from: 0, to: columns) }
        }
    }

    private mutating func blank(row: Int, from start: Int, to end: Int) {
        guard start < end else { return }
        for column in start..<end { grid[row][column] = " " }
    }

    private mutating func insertBlanks(_ count: Int) {
        var row = grid[cursorRow]
        row.insert(contentsOf: Array(repeating: " ", count: count), at: cursorColumn)
        grid[cursorRow] = Array(row.prefix(columns))
    }

    private mutating func deleteCharacters(_ count: Int) {
        var row = grid[cursorRow]
        row.removeSubrange(cursorColumn..<min(columns, cursorColumn + count))
        grid[cursorRow] = row + Array(repeating: " ", count: columns - row.count)
    }

    /// A row as text, without its trailing blanks.
    private static func trimmed(_ row: [Character]) -> String {
        String(row.reversed().drop { $0 == " " }.reversed())
    }
}
