import Foundation

/// Name-based UUIDs (RFC 4122, version 5): the same namespace and name always give the same UUID.
/// Exported statements get theirs from what they describe, so that exporting the same transcripts
/// again gives the same ids, and a learning record store recognises statements it already holds.
///
/// Foundation's `UUID` reads and writes UUIDs, but makes only random ones (version 4): it has no
/// name-based initializer, on Linux or elsewhere, so the version 5 recipe is written here, on
/// `SHA1`.
public enum NameBasedUUID {
    /// The namespace RFC 4122 gives for URLs.
    public static let urlNamespace = "6ba7b811-9dad-11d1-80b4-00c04fd430c8"

    /// The version 5 UUID of `name` in `namespace` (itself a UUID), in lower case; nil when
    /// `namespace` is not a UUID.
    public static func version5(namespace: String, name: String) -> String? {
        guard let namespace = UUID(uuidString: namespace) else { return nil }
        let namespaceBytes = withUnsafeBytes(of: namespace.uuid) { Array($0) }
        var digest = Array(SHA1.digest(of: namespaceBytes + Array(name.utf8)).prefix(16))
        digest[6] = (digest[6] & 0x0F) | 0x50
        digest[8] = (digest[8] & 0x3F) | 0x80
        return format(digest)
    }

    /// 16 bytes written `xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx`, in lower case as RFC 4122 asks;
    /// nil when there are not 16.
    static func format(_ bytes: [UInt8]) -> String? {
        guard bytes.count == 16 else { return nil }
        let uuid = bytes.withUnsafeBytes { $0.loadUnaligned(as: uuid_t.self) }
        return UUID(uuid: uuid).uuidString.lowercased()
    }
}
