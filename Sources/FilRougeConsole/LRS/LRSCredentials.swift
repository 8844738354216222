import Foundation

/// The key and secret of HTTP Basic authentication with a learning record store, from
/// `FILROUGE_LRS_KEY` and `FILROUGE_LRS_SECRET`: never from the command line, where other users of
/// the machine can read them in the list of processes.
public struct LRSCredentials: Sendable {
    public static let keyVariable = "FILROUGE_LRS_KEY"
    public static let secretVariable = "FILROUGE_LRS_SECRET"

    let key: String
    let secret: String

    /// Why the credentials cannot be read.
    public struct Missing: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    /// Reads them from `environment`; both must be set and not empty.
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) throws {
        let missing = [Self.keyVariable, Self.secretVariable].filter { (environment[$0] ?? "").isEmpty }
        guard missing.isEmpty, let key = environment[Self.keyVariable], let secret = environment[Self.secretVariable] else {
            throw Missing(description: "set \(missing.joined(separator: " and ")) to the LRS's credentials (HTTP Basic key and secret)")
        }
        self.key = key
        self.secret = secret
    }

    /// The value of the `Authorization` header.
    var authorization: String {
        "Basic " + Data("\(key):\(secret)".utf8).base64EncodedString()
    }
}
