import Testing
@testable import FilRougeCore

/// Scenario text put into DOT and Mermaid labels: whatever it holds, it must stay one label and
/// show as written.
struct GraphEscapingTests {
    @Test func dotDoublesBackslashesAndEscapesQuotes() {
        #expect(DOTRenderer.quoted(#"say "hi" \N"#) == #""say \"hi\" \\N""#)
    }

    @Test func dotWritesLineBreaksAsEscapesAndAmpersandsAsEntities() {
        #expect(DOTRenderer.quoted("a\nb & c") == #""a\nb &amp; c""#)
        #expect(DOTRenderer.quoted("&amp;") == #""&amp;amp;""#)
    }

    @Test func dotKeepsAngleBracketsOfAPlainQuotedLabel() {
        #expect(DOTRenderer.quoted("<b>x</b>") == #""<b>x</b>""#)
    }

    @Test func mermaidWritesSyntaxCharactersAsEntities() {
        #expect(MermaidRenderer.quoted(#"say "hi" <b> & a|b"#) == #""say #quot;hi#quot; #lt;b#gt; #amp; a#124;b""#)
        #expect(MermaidRenderer.quoted(#"`code` \ x"#) == ##""#96;code#96; #92; x""##)
    }

    @Test func mermaidEscapesTheHashSoThatWrittenEntitiesStayText() {
        #expect(MermaidRenderer.quoted("#quot; #1") == ##""#35;quot; #35;1""##)
    }

    @Test func mermaidWritesLineBreaksAsBreaks() {
        #expect(MermaidRenderer.quoted("a\nb\tc") == #""a<br/>b c""#)
    }

    @Test func controlSequencesAndCarriageReturnsAreDropped() {
        let hostile = "a\u{1B}]2;title\u{07}b\r\u{1B}[2Jc\u{202E}d"
        #expect(DOTRenderer.quoted(hostile) == #""abcd""#)
        #expect(MermaidRenderer.quoted(hostile) == #""abcd""#)
    }

    @Test func aQuoteCarryingACombiningMarkIsStillEscaped() {
        // One character to Swift ("\"" + U+0301), but a quote to the diagram's parser.
        #expect(DOTRenderer.quoted("a\"\u{301}b") == "\"a\\\"\u{301}b\"")
        #expect(MermaidRenderer.quoted("a\"\u{301}b") == "\"a#quot;\u{301}b\"")
    }

    @Test func labelsAreShortenedAtASpaceOnOneLine() {
        #expect(GraphText.shortened("Tu crois que je devrais prendre des commandes sur internet ?", limit: 40)
            == "Tu crois que je devrais prendre des…")
        #expect(GraphText.shortened("Short\n  question?", limit: 40) == "Short question?")
        #expect(GraphText.shortened("Abcdefghijklmnopqrstuvwxyz", limit: 10) == "Abcdefghij…")
        #expect(GraphText.shortened("Well, then, maybe", limit: 11) == "Well, then…")
    }

    @Test func nodeNamesAreSafeDistinctAndStable() {
        let nodes = [
            GraphNode(id: .start, kind: .start, title: "start"),
            GraphNode(id: .step("a-b"), kind: .step, title: "a-b"),
            GraphNode(id: .step("a_b"), kind: .step, title: "a_b"),
            GraphNode(id: .step("a_b_2"), kind: .step, title: "a_b_2"),
            GraphNode(id: .step("end"), kind: .step, title: "end"),
            GraphNode(id: .step("café olé"), kind: .step, title: "café olé"),
            GraphNode(id: .end, kind: .endChoice, title: "end"),
            GraphNode(id: .ending("a-b"), kind: .ending, title: "a-b"),
        ]
        let names = GraphNodeNames(nodes)
        let all = nodes.map { names[$0.id] }
        #expect(all == ["start", "s_a_b", "s_a_b_2", "s_a_b_2_2", "s_end", "s_caf__ol_", "by_result", "e_a_b"])
        #expect(Set(all).count == all.count)
        let safe = all.allSatisfy { name in
            name.unicodeScalars.allSatisfy { $0.isASCII && ($0 == "_" || $0.properties.isAlphabetic || ("0"..."9").contains($0)) }
        }
        #expect(safe)
    }
}
