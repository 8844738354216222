import Foundation

/// One answer of a learning record store to a statements query (`{"statements": […], "more": "…"}`,
/// xAPI 1.0.3 §2.1.3): the statements read as `XAPIStatement`s, those of other shapes counted and
/// passed over (a store holds what every system sent it), and the link to the next page.
public struct XAPIStatementPage: Sendable {
    public var statements: [XAPIStatement] = []
    /// Statements that are not of the shape Fil Rouge writes.
    public var otherStatements = 0
    /// The address of the next page, relative to the store's host, or nil on the last page.
    public var more: String?

    /// Why an answer is not a statements page.
    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    enum CodingKeys: String, CodingKey, CaseIterable {
        case statements, more
    }

    /// Reads an answer's bytes.
    public init(json bytes: UnsafeBufferPointer<UInt8>) throws {
        guard UTF8Validation.isValid(bytes) else { throw Refusal(description: "the answer is not UTF-8 text") }
        var reader = JSONLineReader(bytes)
        guard reader.isAtObject() else { throw Refusal(description: "the answer is not a JSON object") }
        var sawStatements = false
        var page = XAPIStatementPage()
        do {
            try reader.readMembers { reader, key in
                switch key.withBytes(CodingKeys.transcriptNames.name) {
                case .statements:
                    sawStatements = true
                    try reader.readArray { reader in
                        var attempt = reader
                        if let statement = try? XAPIStatement(reading: &attempt) {
                            page.statements.append(statement)
                            reader = attempt
                        } else {
                            page.otherStatements += 1
                            try reader.skipValue()
                        }
                    }
                case .more:
                    var more: String??
                    try reader.readOptional(&more)
                    let link = (more ?? nil) ?? ""
                    page.more = link.isEmpty ? nil : link
                case nil:
                    try reader.skipValue()
                }
            }
            try reader.end()
        } catch {
            throw Refusal(description: "the answer is not JSON: \(error)")
        }
        guard sawStatements else { throw Refusal(description: "the answer has no 'statements'") }
        self = page
    }

    private init() {}
}

extension XAPIStatementPage.CodingKeys: TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}
