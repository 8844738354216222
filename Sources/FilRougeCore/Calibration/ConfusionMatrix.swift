/// How many replies got each pair of bands: rows are the human's band, columns the machine's.
///
/// Bands are ordered `missed` < `partial` < `good`, and indexed 0, 1, 2 in that order, so that the
/// distance between two indices is how far apart two marks are.
public struct ConfusionMatrix: Equatable, Sendable {
    /// The bands in index order.
    public static let bands: [Band] = [.missed, .partial, .good]

    /// `counts[human][machine]`, indexed by `index(of:)`.
    public private(set) var counts: [[Int]]

    public init() {
        counts = Array(repeating: Array(repeating: 0, count: 3), count: 3)
    }

    /// A matrix from its rows (human `missed`, `partial`, `good`), each with its columns (machine,
    /// same order). Nil unless it is 3 × 3 with no negative count.
    public init?(rows: [[Int]]) {
        guard rows.count == 3, rows.allSatisfy({ $0.count == 3 && $0.allSatisfy { $0 >= 0 } }) else { return nil }
        counts = rows
    }

    public static func index(of band: Band) -> Int {
        switch band {
        case .missed: return 0
        case .partial: return 1
        case .good: return 2
        }
    }

    public mutating func add(human: Band, machine: Band) {
        counts[Self.index(of: human)][Self.index(of: machine)] += 1
    }

    public func count(human: Band, machine: Band) -> Int {
        counts[Self.index(of: human)][Self.index(of: machine)]
    }

    public var total: Int {
        counts.reduce(0) { $0 + $1.reduce(0, +) }
    }

    /// The replies both gave the same band.
    public var agreements: Int {
        (0..<3).reduce(0) { $0 + counts[$1][$1] }
    }

    /// How many replies the human put in each band, in index order.
    public var humanTotals: [Int] {
        counts.map { $0.reduce(0, +) }
    }

    /// How many replies the machine put in each band, in index order.
    public var machineTotals: [Int] {
        (0..<3).map { column in counts.reduce(0) { $0 + $1[column] } }
    }
}

extension ConfusionMatrix: Codable {
    /// Encoded as `{"good": {"good": 3, "missed": 0, "partial": 1}, …}`: human band, then machine
    /// band, then count, so that a reader needs no convention about row order.
    public func encode(to encoder: Encoder) throws {
        var table: [String: [String: Int]] = [:]
        for human in Self.bands {
            var row: [String: Int] = [:]
            for machine in Self.bands { row[machine.rawValue] = count(human: human, machine: machine) }
            table[human.rawValue] = row
        }
        var container = encoder.singleValueContainer()
        try container.encode(table)
    }

    public init(from decoder: Decoder) throws {
        let table = try decoder.singleValueContainer().decode([String: [String: Int]].self)
        self.init()
        for human in Self.bands {
            for machine in Self.bands {
                let count = table[human.rawValue]?[machine.rawValue] ?? 0
                guard count >= 0 else {
                    throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "a negative count"))
                }
                counts[Self.index(of: human)][Self.index(of: machine)] = count
            }
        }
    }
}
