import CCurlLoader
import Foundation

/// Requests to a learning record store, one at a time, each answered or failed within `timeout`,
/// made with libcurl, the HTTP library Foundation's `URLSession` itself uses on Linux. It is loaded
/// the first time a request is made (`CCurlLoader`): linked through `FoundationNetworking`, it and
/// the libraries it needs took 8 ms at every start of the program, a fifth of the time to the
/// first prompt, for the few commands that talk to a store.
///
/// Every request carries `X-Experience-API-Version: 1.0.3` and the credentials. A failure is an
/// `LRSProblem` in plain words: the store could not be reached, did not answer in time, or
/// answered with an error (its answer quoted).
public final class LRSConnection: Sendable {
    public let endpoint: LRSEndpoint
    private let credentials: LRSCredentials
    public let timeout: TimeInterval

    /// The variable that sets `timeout`, in seconds.
    public static let timeoutVariable = "FILROUGE_LRS_TIMEOUT"
    public static let defaultTimeout: TimeInterval = 30
    /// More than any page of statements a store gives: a longer answer is refused, not held.
    public static let maximumAnswer = 256 << 20

    public init(endpoint: LRSEndpoint, credentials: LRSCredentials, timeout: TimeInterval = LRSConnection.defaultTimeout) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.timeout = timeout
    }

    /// The timeout `FILROUGE_LRS_TIMEOUT` sets, or the default; an unreadable value is refused.
    public static func timeout(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> TimeInterval {
        guard let text = environment[timeoutVariable], !text.isEmpty else { return defaultTimeout }
        guard let seconds = TimeInterval(text), seconds.isFinite, seconds >= 1, seconds <= 3600 else {
            throw LRSProblem(.badSetting("\(timeoutVariable) must be a whole number of seconds from 1 to 3600, not '\(text)'"))
        }
        return seconds.rounded(.up)
    }

    /// An answer: its HTTP status and body.
    public struct Answer: Sendable {
        public var status: Int
        public var body: Data
    }

    /// Posts `body` (a JSON array of statements) to the statements resource.
    public func post(_ body: Data) throws -> Answer {
        try exchange("POST", endpoint.statements, headers: ["Content-Type: application/json"], body: body)
    }

    /// Gets a page of statements.
    public func get(_ url: URL) throws -> Answer {
        try exchange("GET", url, headers: [], body: nil)
    }

    private func exchange(_ method: String, _ url: URL, headers extra: [String], body: Data?) throws -> Answer {
        let headers = [
            "X-Experience-API-Version: 1.0.3", "Authorization: \(credentials.authorization)", "Accept: application/json",
            // libcurl would otherwise wait for the store's go-ahead before sending a large body.
            "Expect:",
        ] + extra
        var answer = filrouge_http_answer()
        withCStrings(headers) { pointers in
            let bytes = body ?? Data()
            bytes.withUnsafeBytes { raw in
                filrouge_http_exchange(
                    method, url.absoluteString, pointers.baseAddress, pointers.count,
                    body == nil ? nil : raw.baseAddress?.assumingMemoryBound(to: CChar.self), bytes.count,
                    Int(timeout), Self.maximumAnswer, &answer
                )
            }
        }
        defer { filrouge_http_free(&answer) }
        let error = withUnsafeBytes(of: answer.error) { raw in
            String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
        }
        if answer.code != 0 {
            throw LRSProblem(code: answer.code, error: error, endpoint: endpoint, timeout: timeout)
        }
        let received = answer.body.map { Data(bytes: $0, count: answer.body_length) } ?? Data()
        let reply = Answer(status: answer.status, body: received)
        if reply.status == 401 || reply.status == 403 {
            throw LRSProblem(.credentialsRefused(endpoint: endpoint.description, status: reply.status, answer: LRSProblem.quote(reply.body)))
        }
        return reply
    }
}

/// Calls `body` with the texts as C strings, valid during the call.
private func withCStrings<Result>(_ texts: [String], _ body: (UnsafeBufferPointer<UnsafePointer<CChar>?>) -> Result) -> Result {
    let copies = texts.map { strdup($0) }
    defer { copies.forEach { free($0) } }
    let pointers = copies.map { UnsafePointer($0) }
    return pointers.withUnsafeBufferPointer(body)
}
