/// A strict reader of RFC 4180 CSV, to check the export against the standard rather than against
/// a tolerant reader: rows end with CRLF, cells are separated by commas, a quoted cell may hold
/// commas, CRLF or LF and doubled quotes; anything else is an error.
enum RFC4180Reader {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static func rows(_ text: String) throws -> [[String]] {
        let scalars = Array(text.unicodeScalars)
        var rows: [[String]] = []
        var row: [String] = []
        var cell = String.UnicodeScalarView()
        var index = 0
        var atCellStart = true
        while index < scalars.count {
            let scalar = scalars[index]
            if atCellStart, scalar == "\"" {
                index += 1
                while true {
                    guard index < scalars.count else { throw Failure(description: "a quote is never closed") }
                    if scalars[index] == "\"" {
                        if index + 1 < scalars.count, scalars[index + 1] == "\"" {
                            cell.append("\"")
                            index += 2
                            continue
                        }
                        index += 1
                        break
                    }
                    cell.append(scalars[index])
                    index += 1
                }
                atCellStart = false
                guard index == scalars.count || scalars[index] == "," || scalars[index] == "\r" else {
                    throw Failure(description: "text after a closing quote at scalar \(index)")
                }
                continue
            }
            switch scalar {
            case ",":
                row.append(String(cell))
                cell = String.UnicodeScalarView()
                atCellStart = true
                index += 1
            case "\r":
                guard index + 1 < scalars.count, scalars[index + 1] == "\n" else {
                    throw Failure(description: "a CR without LF outside quotes at scalar \(index)")
                }
                row.append(String(cell))
                rows.append(row)
                row = []
                cell = String.UnicodeScalarView()
                atCellStart = true
                index += 2
            case "\n":
                throw Failure(description: "a row ended by LF alone at scalar \(index)")
            case "\"":
                throw Failure(description: "a quote inside an unquoted cell at scalar \(index)")
            default:
                cell.append(scalar)
                atCellStart = false
                index += 1
            }
        }
        guard row.isEmpty, cell.isEmpty else { throw Failure(description: "the last row does not end with CRLF") }
        return rows
    }
}
