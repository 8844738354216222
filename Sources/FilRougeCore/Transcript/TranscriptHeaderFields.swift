import Foundation

// How the header reads itself from its transcript line, by the coding keys it is written with.

extension TranscriptHeader: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var format: Int?, scenario: ScenarioReference?, learner: String??, started: Date?, seed: UInt64?, program: String?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .format: try reader.read(&format)
            case .scenario: try reader.read(&scenario)
            case .learner: try reader.readOptional(&learner)
            case .started: try reader.read(&started)
            case .seed: try reader.read(&seed)
            case .program: try reader.read(&program)
            }
        }

        func value() throws -> TranscriptHeader {
            let format = try required(format, .format)
            var header = TranscriptHeader(
                scenario: try required(scenario, .scenario), learner: learner ?? nil, started: try required(started, .started),
                seed: try required(seed, .seed), program: try required(program, .program)
            )
            header.format = format
            return header
        }
    }
}

extension TranscriptHeader.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension TranscriptHeader.ScenarioReference: TranscriptObjectReadable {
    struct TranscriptFields: TranscriptObjectFields {
        var id: String?, title: String?, version: String?, language: Language?, hash: String?

        mutating func read(_ key: CodingKeys, from reader: inout JSONLineReader) throws {
            switch key {
            case .id: try reader.read(&id)
            case .title: try reader.read(&title)
            case .version: try reader.read(&version)
            case .language: try reader.read(&language)
            case .hash: try reader.read(&hash)
            }
        }

        func value() throws -> TranscriptHeader.ScenarioReference {
            TranscriptHeader.ScenarioReference(
                id: try required(id, .id), title: try required(title, .title), version: try required(version, .version),
                language: try required(language, .language), hash: try required(hash, .hash)
            )
        }
    }
}

extension TranscriptHeader.ScenarioReference.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}
