@testable import FilRougeConsole
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("TerminalInfo")
struct TerminalInfoTests {
    @Test func aPipeIsNotATerminal() throws {
        let pipe = try PipeFixture()
        defer {
            pipe.closeReadEnd()
            close(pipe.writeEnd)
        }
        #expect(!TerminalInfo.isTerminal(pipe.readEnd))
        #expect(!TerminalInfo.isTerminal(pipe.writeEnd))
    }

    @Test func withoutATerminalTheWidthComesFromColumns() throws {
        let pipe = try PipeFixture()
        defer {
            pipe.closeReadEnd()
            close(pipe.writeEnd)
        }
        #expect(TerminalInfo.columns(pipe.writeEnd, environment: ["COLUMNS": "132"]) == 132)
        #expect(TerminalInfo.columns(pipe.writeEnd, environment: ["COLUMNS": " 100 "]) == 100)
    }

    @Test func withoutAnyHintTheWidthIsEighty() throws {
        let pipe = try PipeFixture()
        defer {
            pipe.closeReadEnd()
            close(pipe.writeEnd)
        }
        #expect(TerminalInfo.columns(pipe.writeEnd, environment: [:]) == 80)
        #expect(TerminalInfo.columns(pipe.writeEnd, environment: ["COLUMNS": "large"]) == 80)
        #expect(TerminalInfo.columns(pipe.writeEnd, environment: ["COLUMNS": "0"]) == 80)
        #expect(TerminalInfo.columns(pipe.writeEnd, environment: ["COLUMNS": "-5"]) == 80)
    }

    @Test func absurdWidthsAreClamped() throws {
        let pipe = try PipeFixture()
        defer {
            pipe.closeReadEnd()
            close(pipe.writeEnd)
        }
        #expect(TerminalInfo.columns(pipe.writeEnd, environment: ["COLUMNS": "5"]) == 20)
        #expect(TerminalInfo.columns(pipe.writeEnd, environment: ["COLUMNS": "100000"]) == 500)
    }

    @Test func withoutATerminalTheHeightComesFromLinesElseItIsTwentyFour() throws {
        let pipe = try PipeFixture()
        defer {
            pipe.closeReadEnd()
            close(pipe.writeEnd)
        }
        #expect(TerminalInfo.rows(pipe.writeEnd, environment: ["LINES": "50"]) == 50)
        #expect(TerminalInfo.rows(pipe.writeEnd, environment: ["LINES": " 30 "]) == 30)
        #expect(TerminalInfo.rows(pipe.writeEnd, environment: [:]) == 24)
        #expect(TerminalInfo.rows(pipe.writeEnd, environment: ["LINES": "tall"]) == 24)
        #expect(TerminalInfo.rows(pipe.writeEnd, environment: ["LINES": "0"]) == 24)
        #expect(TerminalInfo.rows(pipe.writeEnd, environment: ["LINES": "2"]) == 5)
        #expect(TerminalInfo.rows(pipe.writeEnd, environment: ["LINES": "100000"]) == 500)
        #expect(TerminalInfo.rows(-1, environment: ["LINES": "40"]) == 40)
    }

    @Test func aClosedDescriptorFallsBackToo() {
        #expect(TerminalInfo.columns(-1, environment: ["COLUMNS": "90"]) == 90)
        #expect(!TerminalInfo.isTerminal(-1))
    }
}
