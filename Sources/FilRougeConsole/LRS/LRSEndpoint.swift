import Foundation

/// A learning record store's xAPI endpoint, as `--lrs` names it (`http://127.0.0.1:8100/xAPI/`),
/// and the statements resource under it. Credentials never come from the address: they are read
/// from the environment (`LRSCredentials`), where they stay out of shell histories and process lists.
public struct LRSEndpoint: Equatable, Sendable, CustomStringConvertible {
    /// The statements resource: the endpoint followed by `statements`.
    public let statements: URL

    /// Why an address is not an xAPI endpoint.
    public struct Refusal: Error, CustomStringConvertible, Equatable {
        public var description: String
    }

    public init(_ address: String) throws {
        let example = "an LRS's xAPI endpoint, such as http://127.0.0.1:8100/xAPI/"
        guard let components = URLComponents(string: address), let scheme = components.scheme?.lowercased(),
              scheme == "http" || scheme == "https", let host = components.host, !host.isEmpty
        else {
            throw Refusal(description: "--lrs takes the http:// or https:// address of \(example), not '\(address)'")
        }
        guard components.user == nil, components.password == nil else {
            throw Refusal(description: "--lrs takes no credentials in its address: set FILROUGE_LRS_KEY and FILROUGE_LRS_SECRET instead")
        }
        guard components.query == nil, components.fragment == nil else {
            throw Refusal(description: "--lrs takes the address of \(example), without '?' or '#'")
        }
        var path = components.path
        while path.hasSuffix("/") { path.removeLast() }
        if !path.hasSuffix("/statements") { path += "/statements" }
        var resource = components
        resource.path = path
        guard let url = resource.url else {
            throw Refusal(description: "--lrs takes the address of \(example), not '\(address)'")
        }
        statements = url
    }

    /// The address of a page named by a `more` link, which the specification makes relative to the
    /// store's host; nil when it leads to another host, which the credentials must not reach.
    public func page(_ more: String) -> URL? {
        guard let url = URL(string: more, relativeTo: statements)?.absoluteURL,
              url.scheme == statements.scheme, url.host == statements.host, url.port == statements.port
        else { return nil }
        return url
    }

    /// The endpoint as the user named it, for messages.
    public var description: String {
        statements.deletingLastPathComponent().absoluteString
    }
}
