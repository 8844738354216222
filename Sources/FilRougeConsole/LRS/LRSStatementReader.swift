import FilRougeCore
import Foundation

/// Reads every statement a learning record store holds, page after page, following its `more`
/// links (xAPI 1.0.3 §2.1.3), and hands each page's statements on as it arrives, so that only one
/// page is held at a time.
///
/// No filter is sent: some stores answer a filtered query with nothing (Ralph 5.1's file-system
/// backend compares `activity` with an object that is never equal to a text), which would read as
/// an empty cohort. Statements of other activities are passed over by `XAPIConversations`.
public struct LRSStatementReader: Sendable {
    public let connection: LRSConnection
    /// Statements asked for per page; a store may give fewer.
    public static let pageSize = 500
    /// More pages than a store of millions of statements has: a store whose links never end is stopped.
    public static let maximumPages = 100_000

    public init(connection: LRSConnection) {
        self.connection = connection
    }

    /// What was read.
    public struct Reading: Equatable, Sendable {
        public var pages = 0
        public var statements = 0
        /// Statements not of the shape Fil Rouge writes.
        public var otherStatements = 0
    }

    /// Reads every page, giving `page` the statements of each.
    public func read(_ page: ([XAPIStatement]) -> Void) throws -> Reading {
        var reading = Reading()
        var components = URLComponents(url: connection.endpoint.statements, resolvingAgainstBaseURL: false)
        components?.queryItems = [URLQueryItem(name: "limit", value: String(Self.pageSize))]
        guard var next = components?.url else {
            throw LRSProblem(.strangeAnswer(endpoint: connection.endpoint.description, reason: "no address for its statements"))
        }
        var visited: Set<String> = []
        while true {
            guard visited.insert(next.absoluteString).inserted, reading.pages < Self.maximumPages else {
                throw LRSProblem(.strangeAnswer(endpoint: connection.endpoint.description, reason: "its 'more' links lead back to a page already read"))
            }
            let answer = try connection.get(next)
            guard answer.status == 200 else {
                let quoted = LRSProblem.quote(answer.body)
                throw LRSProblem(.strangeAnswer(endpoint: connection.endpoint.description, reason: "HTTP \(answer.status)" + (quoted.isEmpty ? "" : ": " + quoted)))
            }
            let statements: XAPIStatementPage
            do {
                statements = try answer.body.withUnsafeBytes { raw in
                    try XAPIStatementPage(json: raw.bindMemory(to: UInt8.self))
                }
            } catch {
                throw LRSProblem(.strangeAnswer(endpoint: connection.endpoint.description, reason: "\(error)"))
            }
            reading.pages += 1
            reading.statements += statements.statements.count
            reading.otherStatements += statements.otherStatements
            page(statements.statements)
            guard let more = statements.more else { return reading }
            guard let url = connection.endpoint.page(more) else {
                throw LRSProblem(.strangeAnswer(endpoint: connection.endpoint.description, reason: "its 'more' link leads to another host"))
            }
            next = url
        }
    }
}
