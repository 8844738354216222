import Foundation

/// Why a learning record store could not be used, in the words a facilitator acts on.
public struct LRSProblem: Error, CustomStringConvertible, Equatable {
    public enum Kind: Equatable, Sendable {
        /// Nothing answered: refused connection, unknown host, no network.
        case unreachable(endpoint: String, reason: String)
        /// The store did not answer within the timeout.
        case timedOut(endpoint: String, seconds: TimeInterval)
        /// 401 or 403: the key and secret are not accepted.
        case credentialsRefused(endpoint: String, status: Int, answer: String)
        /// An answer that is not what the specification says it is.
        case strangeAnswer(endpoint: String, reason: String)
        /// A setting in the environment that cannot be used.
        case badSetting(String)
    }

    public var kind: Kind

    public init(_ kind: Kind) {
        self.kind = kind
    }

    /// The problem a failed exchange is, from libcurl's result code (CURLcode; -1 when libcurl
    /// could not be loaded) and its own words.
    init(code: Int32, error: String, endpoint: LRSEndpoint, timeout: TimeInterval) {
        let store = endpoint.description
        switch code {
        case -1: self.init(.badSetting("cannot talk to the LRS at \(store): \(error)"))
        case 28: self.init(.timedOut(endpoint: store, seconds: timeout))
        case 7: self.init(.unreachable(endpoint: store, reason: "connection refused; is the LRS running?"))
        case 6, 5: self.init(.unreachable(endpoint: store, reason: "unknown host"))
        case 35, 51, 53, 54, 58, 59, 60, 64, 66, 77, 80, 82, 83, 90, 91:
            self.init(.unreachable(endpoint: store, reason: "the secure connection failed (\(error))"))
        case 23: self.init(.strangeAnswer(endpoint: store, reason: "its answer is larger than \(LRSConnection.maximumAnswer >> 20) MB"))
        default: self.init(.unreachable(endpoint: store, reason: error))
        }
    }

    public var description: String {
        switch kind {
        case .unreachable(let endpoint, let reason):
            return "cannot reach the LRS at \(endpoint): \(reason)"
        case .timedOut(let endpoint, let seconds):
            return "the LRS at \(endpoint) did not answer within \(Self.seconds(seconds)) (\(LRSConnection.timeoutVariable) sets how long to wait)"
        case .credentialsRefused(let endpoint, let status, let answer):
            return "the LRS at \(endpoint) refused the credentials (HTTP \(status)\(answer.isEmpty ? "" : ": " + answer)); check \(LRSCredentials.keyVariable) and \(LRSCredentials.secretVariable)"
        case .strangeAnswer(let endpoint, let reason):
            return "the LRS at \(endpoint) gave an answer that cannot be read: \(reason)"
        case .badSetting(let text):
            return text
        }
    }

    /// What the store said, on one line and at most 300 characters, to quote in a message.
    static func quote(_ body: Data) -> String {
        let text = String(decoding: body.prefix(4096), as: UTF8.self)
            .split(whereSeparator: \.isNewline).joined(separator: " ")
            .trimmingCharacters(in: .whitespaces)
        return text.count > 300 ? String(text.prefix(300)) + "…" : text
    }

    private static func seconds(_ value: TimeInterval) -> String {
        value == value.rounded() ? "\(Int(value)) s" : "\(value) s"
    }
}
