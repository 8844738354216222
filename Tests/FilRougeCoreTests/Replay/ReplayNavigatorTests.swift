import Testing
@testable import FilRougeCore

struct ReplayNavigatorTests {
    /// Feeds keys to a navigator over `pages` pages and returns each move.
    func moves(_ keys: [ReplayKey], pages: Int = 4) -> [ReplayNavigator.Move] {
        var navigator = ReplayNavigator(pageCount: pages)
        return [navigator.start()] + keys.map { navigator.handle($0) }
    }

    @Test func nextAndBackMoveOnePageAtATime() {
        #expect(moves([.next, .next, .previous]) == [.show(0), .show(1), .show(2), .show(1)])
    }

    @Test func backOnTheFirstPageStaysAndSaysSo() {
        #expect(moves([.previous, .next, .previous, .previous]) == [.show(0), .stay(.atStart), .show(1), .show(0), .stay(.atStart)])
    }

    @Test func nextPastTheEndStaysOnTheLastPageAndSaysSo() {
        var navigator = ReplayNavigator(pageCount: 2)
        #expect(navigator.start() == .show(0))
        #expect(!navigator.isOnLastPage)
        #expect(navigator.handle(.next) == .show(1))
        #expect(navigator.isOnLastPage)
        #expect(navigator.handle(.next) == .stay(.atEnd))
        #expect(navigator.handle(.next) == .stay(.atEnd))
        #expect(navigator.position == 2)
        #expect(navigator.handle(.previous) == .show(0))
    }

    @Test func jumpsGoToAPositionCountedFromOne() {
        #expect(moves([.jump(3), .jump(1), .jump(4)]) == [.show(0), .show(2), .show(0), .show(3)])
    }

    @Test func jumpsOutsideThePagesStayAndNameThePositionAsked() {
        var navigator = ReplayNavigator(pageCount: 4)
        _ = navigator.start()
        _ = navigator.handle(.next)
        #expect(navigator.handle(.jump(0)) == .stay(.noSuchPosition(0)))
        #expect(navigator.handle(.jump(5)) == .stay(.noSuchPosition(5)))
        #expect(navigator.handle(.jump(-2)) == .stay(.noSuchPosition(-2)))
        #expect(navigator.position == 2)
    }

    @Test func quitEndsForGood() {
        var navigator = ReplayNavigator(pageCount: 3)
        _ = navigator.start()
        #expect(navigator.handle(.quit) == .quit)
        #expect(navigator.hasQuit)
        #expect(navigator.current == nil)
        #expect(navigator.handle(.next) == .quit)
        #expect(navigator.handle(.jump(1)) == .quit)
    }

    @Test func helpLeavesThePageAsItIs() {
        var navigator = ReplayNavigator(pageCount: 3)
        _ = navigator.start()
        _ = navigator.handle(.next)
        #expect(navigator.handle(.help) == .help)
        #expect(navigator.position == 2)
    }

    @Test func scrollKeysStayOnThePageForTheScreenToMoveWithin() {
        var navigator = ReplayNavigator(pageCount: 3)
        _ = navigator.start()
        _ = navigator.handle(.next)
        #expect(navigator.handle(.scroll(.pageDown)) == .scroll(.pageDown))
        #expect(navigator.handle(.scroll(.lineUp)) == .scroll(.lineUp))
        #expect(navigator.position == 2)
        #expect(navigator.handle(.next) == .show(2))
    }

    @Test func oneLearnerAtATimeGoesThroughAStepsLearnersBeforeTheNextStep() {
        var navigator = ReplayNavigator(pageCount: 2, learnerCount: 3)
        _ = navigator.start()
        #expect(navigator.learner == nil)
        #expect(navigator.handle(.learnerByLearner) == .show(0))
        #expect(navigator.learner == 0)
        #expect(navigator.handle(.next) == .show(0))
        #expect(navigator.learner == 1)
        #expect(navigator.handle(.next) == .show(0))
        #expect(navigator.handle(.next) == .show(1))
        #expect(navigator.learner == 0, "the next step starts with the first learner")
        #expect(navigator.handle(.previous) == .show(0))
        #expect(navigator.learner == 2, "back to the previous step's last learner")
        #expect(navigator.handle(.jump(2)) == .show(1))
        #expect(navigator.learner == 0)
        #expect(!navigator.isOnLastPage)
        _ = navigator.handle(.next)
        _ = navigator.handle(.next)
        #expect(navigator.learner == 2)
        #expect(navigator.isOnLastPage)
        #expect(navigator.handle(.next) == .stay(.atEnd))
        #expect(navigator.handle(.learnerByLearner) == .show(1))
        #expect(navigator.learner == nil, "every learner again, on the same step")
        #expect(navigator.handle(.previous) == .show(0))
    }

    @Test func oneLearnerAtATimeMeansNothingWithOneConversation() {
        var navigator = ReplayNavigator(pageCount: 2)
        _ = navigator.start()
        #expect(navigator.handle(.learnerByLearner) == .stay(.singleLearner))
        #expect(navigator.learner == nil)
        #expect(navigator.handle(.previous) == .stay(.atStart))
    }

    @Test func noPageMeansNothingToShow() {
        var navigator = ReplayNavigator(pageCount: 0)
        #expect(navigator.start() == .quit)
        #expect(navigator.handle(.next) == .quit)
    }

    @Test func aKeyBeforeTheStartShowsTheFirstPage() {
        var navigator = ReplayNavigator(pageCount: 3)
        #expect(navigator.handle(.next) == .show(0))
    }
}

struct ReplayKeyDecoderTests {
    func decode(_ bytes: [UInt8]) -> [ReplayKeyDecoder.Outcome] {
        var decoder = ReplayKeyDecoder()
        return bytes.map { decoder.feed($0) }
    }

    func keys(_ text: String) -> [ReplayKey] {
        var decoder = ReplayKeyDecoder()
        return decoder.keys(from: Array(text.utf8))
    }

    @Test func enterAndSpaceGoOnBGoesBackQQuits() {
        #expect(keys("\r \nbBqQ") == [.next, .next, .next, .previous, .previous, .quit, .quit])
        #expect(keys("np?") == [.next, .previous, .help])
        #expect(keys("lL") == [.learnerByLearner, .learnerByLearner])
        #expect(keys("\u{04}") == [.quit])
    }

    @Test func aNumberThenEnterJumps() {
        #expect(decode(Array("12\r".utf8)) == [.typing("1"), .typing("12"), .key(.jump(12))])
        #expect(keys("3 ") == [.jump(3)])
    }

    @Test func backspaceCorrectsTheNumberAndAnotherKeyDropsIt() {
        #expect(decode([UInt8(ascii: "1"), UInt8(ascii: "2"), 0x7F, UInt8(ascii: "3"), UInt8(ascii: "\r")])
            == [.typing("1"), .typing("12"), .typing("1"), .typing("13"), .key(.jump(13))])
        #expect(keys("4b\r") == [.previous, .next])
        #expect(decode([0x7F]) == [.ignored])
    }

    @Test func leftAndRightArrowsMoveBetweenSteps() {
        #expect(keys("\u{1B}[C\u{1B}[D\u{1B}OC\u{1B}OD") == [.next, .previous, .next, .previous])
    }

    @Test func upAndDownArrowsAndPageKeysScrollInBothModesOfTheTerminal() {
        // Normal cursor mode, then application mode (`ESC O`).
        #expect(keys("\u{1B}[A\u{1B}[B\u{1B}OA\u{1B}OB") == [.scroll(.lineUp), .scroll(.lineDown), .scroll(.lineUp), .scroll(.lineDown)])
        #expect(keys("\u{1B}[5~\u{1B}[6~") == [.scroll(.pageUp), .scroll(.pageDown)])
        // Home and End, as xterm sends them in both modes and as other terminals do.
        #expect(keys("\u{1B}[H\u{1B}[F\u{1B}OH\u{1B}OF") == [.scroll(.top), .scroll(.bottom), .scroll(.top), .scroll(.bottom)])
        #expect(keys("\u{1B}[1~\u{1B}[4~\u{1B}[7~\u{1B}[8~") == [.scroll(.top), .scroll(.bottom), .scroll(.top), .scroll(.bottom)])
        // With a modifier (Ctrl, Shift) the key is the same.
        #expect(keys("\u{1B}[1;5B\u{1B}[6;2~\u{1B}[1;5C") == [.scroll(.lineDown), .scroll(.pageDown), .next])
    }

    @Test func otherEscapeSequencesAreIgnoredAndTheKeyAfterThemCounts() {
        // Insert, Delete, F5, F1, and a sequence longer than any key's.
        #expect(keys("\u{1B}[2~\u{1B}[3~\u{1B}[15~\u{1B}OP\u{1B}[11111111111111111111111111~q") == [.quit])
        #expect(decode(Array("\u{1B}[5~".utf8)) == [.ignored, .ignored, .ignored, .key(.scroll(.pageUp))])
    }

    @Test func aScrollKeyDropsTheDigitsTyped() {
        var decoder = ReplayKeyDecoder()
        _ = decoder.feed(UInt8(ascii: "4"))
        #expect(decoder.keys(from: Array("\u{1B}[B\r".utf8)) == [.scroll(.lineDown), .next])
        #expect(decoder.pendingDigits.isEmpty)
    }

    @Test func escapeAloneClearsTheNumber() {
        var decoder = ReplayKeyDecoder()
        _ = decoder.feed(UInt8(ascii: "7"))
        #expect(decoder.feed(0x1B) == .ignored)
        #expect(decoder.isInsideEscape)
        #expect(decoder.escapeTimedOut() == .typing(""))
        #expect(decoder.pendingDigits.isEmpty)
        #expect(decoder.feed(UInt8(ascii: "\r")) == .key(.next))
        // Escape followed by a key that starts no sequence: the digits go, the key counts.
        _ = decoder.feed(UInt8(ascii: "2"))
        _ = decoder.feed(0x1B)
        #expect(decoder.feed(UInt8(ascii: "q")) == .key(.quit))
    }

    @Test func aNumberHasAtMostSixDigitsAndOtherKeysDoNothing() {
        #expect(keys("12345678\r") == [.jump(123_456)])
        #expect(decode(Array("xé".utf8)) == [.ignored, .ignored, .ignored])
    }
}
