import Testing
@testable import FilRougeCore

struct NameBasedUUIDTests {
    @Test(arguments: [
        ("", "da39a3ee5e6b4b0d3255bfef95601890afd80709"),
        ("abc", "a9993e364706816aba3e25717850c26c9cd0d89d"),
        ("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", "84983e441c3bd26ebaae4aa1f95129e5e54670f1"),
    ])
    func sha1MatchesTheStandardVectors(input: String, digest: String) {
        #expect(MerkleDamgard.hex(SHA1.digest(of: Array(input.utf8))) == digest)
    }

    @Test func sha1HandlesInputsAcrossBlockBoundaries() {
        // A million 'a': the FIPS 180 long-message vector.
        let digest = SHA1.digest(of: [UInt8](repeating: UInt8(ascii: "a"), count: 1_000_000))
        #expect(NameBasedUUID.format(Array(digest.prefix(16))) == "34aa973c-d4c4-daa4-f61e-eb2bdbad2731")
    }

    @Test func version5MatchesTheKnownUUIDs() {
        // The DNS namespace of RFC 4122, and uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") from Python.
        #expect(NameBasedUUID.version5(namespace: "6ba7b810-9dad-11d1-80b4-00c04fd430c8", name: "python.org") == "886313e1-3b8a-5372-9b90-0c9aee199e5d")
        // The statements' namespace, as the export documentation gives it: Python's
        // uuid.uuid5(uuid.NAMESPACE_URL, "https://filrouge.example/xapi/statements").
        #expect(XAPIExport.namespace == "8743436e-afd3-5d46-918a-4481fb474330")
    }

    @Test func version5IsStableAndTellsNamesApart() throws {
        let first = try #require(NameBasedUUID.version5(namespace: NameBasedUUID.urlNamespace, name: "a"))
        #expect(NameBasedUUID.version5(namespace: NameBasedUUID.urlNamespace, name: "a") == first)
        #expect(NameBasedUUID.version5(namespace: NameBasedUUID.urlNamespace, name: "b") != first)
        let characters = Array(first)
        #expect(characters[14] == "5", "version 5")
        #expect("89ab".contains(characters[19]), "RFC 4122 variant")
    }

    @Test func refusesANamespaceThatIsNotAUUID() {
        #expect(NameBasedUUID.version5(namespace: "not-a-uuid", name: "a") == nil)
        #expect(NameBasedUUID.version5(namespace: "6ba7b810-9dad-11d1-80b4-00c04fd430cg", name: "a") == nil)
    }
}
