import Testing
@testable import FilRougeCore

/// What a screen of a given height shows of a replay page, scrolled or not: the heading and the
/// question stay at the top, the learners' turns scroll under them.
struct ReplayScreenLayoutTests {
    /// `B1`, `B2`… `Bn`: the learners' lines.
    func body(_ count: Int) -> [String] {
        (1...count).map { "B\($0)" }
    }

    @Test func aPageThatFitsIsShownWholeInOrder() {
        let page = ReplayPageLines(heading: ["H"], lead: ["L"], question: ["Q"], body: ["B1", "B2"])
        // 11 rows less 3 for the footer: 8 for the page, which has 8 lines with its blank ones.
        let layout = ReplayScreenLayout(page: page, rows: 11, footerRows: 3, offset: 4)
        #expect(!layout.overflows)
        #expect(layout.lines == ["H", "", "L", "", "Q", "", "B1", "B2"])
        #expect(layout.pinned == ["H", "", "L", "", "Q"])
        #expect(layout.offset == 0)
        #expect(layout.offset(after: .pageDown) == 0)
    }

    @Test func aTallPageKeepsItsHeadingAndQuestionAtTheTopAndScrollsTheRest() {
        let page = ReplayPageLines(heading: ["H1", "H2"], lead: ["L"], question: ["Q"], body: body(12))
        // 20 rows: 3 for the footer, 1 for the line that says where the window stands, 16 left;
        // the 7 lines that stay (blank under the question included) leave 9 to scroll.
        let top = ReplayScreenLayout(page: page, rows: 20, footerRows: 3, offset: 0)
        #expect(top.overflows)
        #expect(top.pinned == ["H1", "H2", "", "L", "", "Q", ""])
        #expect(top.scrollingRows == 9)
        #expect(top.visible == 0..<9)
        #expect(top.lines == ["H1", "H2", "", "L", "", "Q", "", "B1", "B2", "B3", "B4", "B5", "B6", "B7", "B8", "B9"])

        // A screen down moves 8 lines, one less than the window, but no further than B12 at the bottom.
        #expect(top.offset(after: .pageDown) == 3)
        #expect(top.offset(after: .lineDown) == 1)
        #expect(top.offset(after: .lineUp) == 0)
        #expect(top.offset(after: .pageUp) == 0)
        #expect(top.offset(after: .bottom) == 3)
        #expect(top.offset(after: .top) == 0)

        let bottom = ReplayScreenLayout(page: page, rows: 20, footerRows: 3, offset: 3)
        #expect(bottom.lines == ["H1", "H2", "", "L", "", "Q", "", "B4", "B5", "B6", "B7", "B8", "B9", "B10", "B11", "B12"])
        #expect(bottom.offset(after: .lineDown) == 3)
        #expect(bottom.offset(after: .pageDown) == 3)
        #expect(bottom.offset(after: .lineUp) == 2)
        #expect(bottom.offset(after: .pageUp) == 0)
        #expect(bottom.offset(after: .top) == 0)
        #expect(bottom.offset(after: .bottom) == 3)
    }

    @Test func anOffsetPastTheEndIsBroughtBackAndANegativeOneToTheTop() {
        let page = ReplayPageLines(heading: ["H1", "H2"], lead: ["L"], question: ["Q"], body: body(12))
        #expect(ReplayScreenLayout(page: page, rows: 20, footerRows: 3, offset: 50).offset == 3)
        #expect(ReplayScreenLayout(page: page, rows: 20, footerRows: 3, offset: -2).offset == 0)
        // A row taller, the window holds 10 lines of the 12: a resize keeps as much as it can.
        #expect(ReplayScreenLayout(page: page, rows: 21, footerRows: 3, offset: 3).offset == 2)
    }

    @Test func whatTheFriendSaysFirstScrollsWhenItWouldTakeMoreThanHalfTheScreen() {
        let page = ReplayPageLines(heading: ["H1", "H2"], lead: ["L"], question: ["Q"], body: body(10))
        // 14 rows: 10 once the footer and the position line are counted, 5 at most that stay.
        // Heading, lead and question take 7 with their blank lines: the lead goes under the question.
        let layout = ReplayScreenLayout(page: page, rows: 14, footerRows: 3, offset: 0)
        #expect(layout.pinned == ["H1", "H2", "", "Q", ""])
        #expect(layout.scrolling == ["L", ""] + body(10))
        #expect(layout.scrollingRows == 5)
        #expect(layout.lines == ["H1", "H2", "", "Q", "", "L", "", "B1", "B2", "B3"])
    }

    @Test func aQuestionTallerThanHalfTheScreenKeepsItsFirstLinesAtTheTop() {
        let page = ReplayPageLines(heading: ["H"], question: ["Q1", "Q2", "Q3", "Q4", "Q5", "Q6"], body: body(10))
        // 13 rows: 9 once the footer and the position line are counted, 4 that stay.
        let layout = ReplayScreenLayout(page: page, rows: 13, footerRows: 3, offset: 0)
        #expect(layout.pinned == ["H", "", "Q1", "Q2"])
        #expect(layout.scrolling == ["Q3", "Q4", "Q5", "Q6", ""] + body(10))
        #expect(layout.scrollingRows == 5)
    }

    @Test func thePageNeverTakesMoreRowsThanTheScreenLessItsFooter() {
        for rows in 6...40 {
            for count in [1, 5, 30] {
                let page = ReplayPageLines(heading: ["H1", "H2"], lead: ["L1", "L2"], question: ["Q1", "Q2"], body: body(count))
                let layout = ReplayScreenLayout(page: page, rows: rows, footerRows: 4, offset: 1000)
                let used = layout.lines.count + (layout.overflows ? 1 : 0)
                #expect(used <= rows - 4, "rows \(rows), body \(count)")
                // From 13 rows, half of what is left is room enough for the heading and the question.
                if rows >= 13 { #expect(layout.lines.contains("Q1"), "rows \(rows), body \(count): the question is on screen") }
                if layout.overflows { #expect(layout.lines.last == "B\(count)", "scrolled to the end") }
            }
        }
    }
}
