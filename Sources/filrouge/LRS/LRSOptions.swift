import ArgumentParser
import FilRougeConsole
import Foundation

/// `--lrs URL`: the learning record store a command sends statements to or reads them from; its
/// credentials come from the environment (`LRSCredentials`), its timeout too (`LRSConnection`).
struct LRSOptions: ParsableArguments {
    @Option(name: .customLong("lrs"), help: ArgumentHelp(
        "A learning record store's xAPI endpoint (credentials from FILROUGE_LRS_KEY and FILROUGE_LRS_SECRET).",
        valueName: "url"
    ))
    var address: String?

    /// The connection to the store named, or nil when none is; a bad address, missing credentials
    /// or timeout setting are a `CommandFailure`.
    func connection() throws -> LRSConnection? {
        guard let address else { return nil }
        do {
            let endpoint = try LRSEndpoint(address)
            let credentials = try LRSCredentials()
            return LRSConnection(endpoint: endpoint, credentials: credentials, timeout: try LRSConnection.timeout())
        } catch {
            throw CommandFailure("\(error)")
        }
    }
}
