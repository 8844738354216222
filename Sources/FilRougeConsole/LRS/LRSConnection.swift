import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Requests to a learning record store, one at a time, each answered or failed within `timeout`:
/// Foundation's `URLSession`, which ships with Swift on Linux (over libcurl) and needs no other
/// package, for the few requests a cohort takes.
///
/// Every request carries `X-Experience-API-Version: 1.0.3` and the credentials. A failure is an
/// `LRSProblem` in plain words: the store could not be reached, did not answer in time, or
/// answered with an error (its answer quoted).
public final class LRSConnection: Sendable {
    public let endpoint: LRSEndpoint
    private let credentials: LRSCredentials
    private let session: URLSession
    public let timeout: TimeInterval

    /// The variable that sets `timeout`, in seconds.
    public static let timeoutVariable = "FILROUGE_LRS_TIMEOUT"
    public static let defaultTimeout: TimeInterval = 30

    public init(endpoint: LRSEndpoint, credentials: LRSCredentials, timeout: TimeInterval = LRSConnection.defaultTimeout) {
        self.endpoint = endpoint
        self.credentials = credentials
        self.timeout = timeout
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout
        configuration.httpShouldSetCookies = false
        configuration.urlCache = nil
        session = URLSession(configuration: configuration)
    }

    /// The timeout `FILROUGE_LRS_TIMEOUT` sets, or the default; an unreadable value is refused.
    public static func timeout(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> TimeInterval {
        guard let text = environment[timeoutVariable], !text.isEmpty else { return defaultTimeout }
        guard let seconds = TimeInterval(text), seconds.isFinite, seconds > 0, seconds <= 3600 else {
            throw LRSProblem(.badSetting("\(timeoutVariable) must be a number of seconds from 0 to 3600, not '\(text)'"))
        }
        return seconds
    }

    /// An answer: its HTTP status and body.
    public struct Answer: Sendable {
        public var status: Int
        public var body: Data
    }

    /// Posts `body` (a JSON array of statements) to the statements resource.
    public func post(_ body: Data) throws -> Answer {
        var request = request(endpoint.statements, method: "POST")
        request.setValue("application/json", forHTTPHeaderField: "Content-Type")
        request.httpBody = body
        return try send(request)
    }

    /// Gets a page of statements.
    public func get(_ url: URL) throws -> Answer {
        try send(request(url, method: "GET"))
    }

    private func request(_ url: URL, method: String) -> URLRequest {
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.httpMethod = method
        request.setValue("1.0.3", forHTTPHeaderField: "X-Experience-API-Version")
        request.setValue(credentials.authorization, forHTTPHeaderField: "Authorization")
        request.setValue("application/json", forHTTPHeaderField: "Accept")
        return request
    }

    private func send(_ request: URLRequest) throws -> Answer {
        let outcome = Outcome()
        let done = DispatchSemaphore(value: 0)
        let task = session.dataTask(with: request) { data, response, error in
            outcome.set(data: data, response: response, error: error)
            done.signal()
        }
        task.resume()
        // URLSession ends the request at `timeout`; the extra second only guards against its never calling back.
        if done.wait(timeout: .now() + timeout + 1) == .timedOut {
            task.cancel()
            throw LRSProblem(.timedOut(endpoint: endpoint.description, seconds: timeout))
        }
        let (data, response, error) = outcome.get()
        if let error {
            throw LRSProblem(transport: error, endpoint: endpoint, timeout: timeout)
        }
        guard let http = response as? HTTPURLResponse else {
            throw LRSProblem(.unreachable(endpoint: endpoint.description, reason: "no HTTP answer"))
        }
        let answer = Answer(status: http.statusCode, body: data ?? Data())
        if answer.status == 401 || answer.status == 403 {
            throw LRSProblem(.credentialsRefused(endpoint: endpoint.description, status: answer.status, answer: LRSProblem.quote(answer.body)))
        }
        return answer
    }

    /// What the completion handler gave, handed from URLSession's queue to the waiting caller.
    private final class Outcome: @unchecked Sendable {
        private let lock = NSLock()
        private var data: Data?
        private var response: URLResponse?
        private var error: (any Error)?

        func set(data: Data?, response: URLResponse?, error: (any Error)?) {
            lock.lock()
            defer { lock.unlock() }
            self.data = data
            self.response = response
            self.error = error
        }

        func get() -> (Data?, URLResponse?, (any Error)?) {
            lock.lock()
            defer { lock.unlock() }
            return (data, response, error)
        }
    }
}
