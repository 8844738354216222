import Testing
@testable import FilRougeCore

/// Anchors and aliases that make the YAML tree deeper or its keys larger than the parser survives,
/// refused before the tree is built.
struct AliasExpansionTests {
    /// `chains` anchors, each a list nested `levels` deep holding the previous anchor.
    static func nestedAnchors(chains: Int, levels: Int) -> String {
        var lines = ["id: deep", "anchors:"]
        for chain in 0..<chains {
            let inner = chain == 0 ? "x" : "*a\(chain - 1)"
            lines.append("  a\(chain): &a\(chain) " + String(repeating: "[", count: levels) + inner + String(repeating: "]", count: levels))
        }
        return lines.joined(separator: "\n") + "\n"
    }

    @Test func anchorsNestedWithinOneAnotherAreRefusedWhereTheyGrowTooDeep() throws {
        let result = ScenarioLoader.load(Self.nestedAnchors(chains: 2, levels: 600), file: "deep.yaml")
        let diagnostic = try #require(result.diagnostics.first)
        #expect(result.diagnostics.count == 1)
        #expect(diagnostic.code == .tooLarge)
        #expect(diagnostic.message.contains("more than 1000 levels deep"))
        // At the alias `*a0`, inside the 600 brackets of a1 on line 4.
        #expect(diagnostic.location == SourceLocation(file: "deep.yaml", line: 4, column: 11 + 600))
        #expect(result.scenario == nil)
    }

    /// 100 such anchors made a tree 60,000 levels deep, and freeing it overflowed the stack.
    @Test func manyNestedAnchorsLoadWithoutCrashing() {
        let result = ScenarioLoader.load(Self.nestedAnchors(chains: 100, levels: 600), file: "deep.yaml")
        #expect(result.diagnostics.map(\.code) == [.tooLarge])
    }

    @Test func aliasesWithinTheParsersDepthArePassedOn() {
        // 500 levels holding an anchor of 499: 999 levels in all, as deep as may be written.
        func text(aliasLevels: Int) -> String {
            "a: &a " + String(repeating: "[", count: 499) + "x" + String(repeating: "]", count: 499)
                + "\nb: " + String(repeating: "[", count: aliasLevels) + "*a" + String(repeating: "]", count: aliasLevels) + "\n"
        }
        #expect(YAMLAliasCheck.diagnostic(for: text(aliasLevels: 499), file: "f.yaml") == nil)
        #expect(YAMLAliasCheck.diagnostic(for: text(aliasLevels: 501), file: "f.yaml")?.code == .tooLarge)
    }

    /// Comparing keys walks everything they stand for: a key that is an alias of nested anchors
    /// (the "billion laughs") kept the loader busy for minutes.
    @Test func aKeyStandingForAHugeListIsRefusedAtOnce() throws {
        var lines = ["l0: &l0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1...9 {
            lines.append("l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 9).joined(separator: ", ") + "]")
        }
        lines += ["? *l9", ": 1", "? *l8", ": 2"]
        let clock = ContinuousClock()
        var result: ScenarioLoadResult?
        let elapsed = clock.measure {
            result = ScenarioLoader.load(lines.joined(separator: "\n"), file: "keys.yaml")
        }
        let diagnostic = try #require(result?.diagnostics.first)
        #expect(diagnostic.code == .tooLarge)
        #expect(diagnostic.message.contains("keys"))
        #expect(diagnostic.location == SourceLocation(file: "keys.yaml", line: 11, column: 3))
        #expect(elapsed < .seconds(5))
    }

    @Test func scalarKeysAndAliasesOfScalarsAreNotCounted() {
        let text = "a: &a name\n*a : 1\nb: *a\n"
        #expect(YAMLAliasCheck.diagnostic(for: text, file: "f.yaml", maximumKeyValues: 0) == nil)
    }

    @Test func aFileWithoutAliasesAlwaysPasses() {
        let text = String(repeating: "[", count: 900) + String(repeating: "]", count: 900)
        #expect(YAMLAliasCheck.diagnostic(for: text, file: "f.yaml") == nil)
        #expect(YAMLAliasCheck.diagnostic(for: "key: [unclosed", file: "f.yaml") == nil)
    }
}
