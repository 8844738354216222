@testable import FilRougeConsole
import FilRougeCore
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

@Suite("StdinLineReader")
struct StdinLineReaderTests {
    /// Reads everything `input` produces through a `StdinLineReader` on a pipe, end of input included.
    private func readAll(_ input: [UInt8]) throws -> [LineInput] {
        let pipe = try PipeFixture()
        defer { pipe.closeReadEnd() }
        pipe.feed(input)
        var reader = StdinLineReader(fileDescriptor: pipe.readEnd)
        var results: [LineInput] = []
        while true {
            let input = reader.readLine(prompt: "toi> ")
            results.append(input)
            if input == .endOfInput { return results }
        }
    }

    private func readAll(_ text: String) throws -> [LineInput] {
        try readAll(Array(text.utf8))
    }

    @Test func splitsLinesOnLineFeeds() throws {
        #expect(try readAll("un\ndeux\ntrois\n") == [.line("un"), .line("deux"), .line("trois"), .endOfInput])
    }

    @Test func stripsTheCarriageReturnOfWindowsLineEndings() throws {
        #expect(try readAll("un\r\ndeux\r\n") == [.line("un"), .line("deux"), .endOfInput])
    }

    @Test func keepsACarriageReturnThatDoesNotEndTheLine() throws {
        #expect(try readAll("a\rb\n\r\r\n") == [.line("a\rb"), .line("\r"), .endOfInput])
    }

    @Test func returnsTheLastLineEvenWithoutAFinalNewline() throws {
        #expect(try readAll("un\ndeux") == [.line("un"), .line("deux"), .endOfInput])
        #expect(try readAll("seul\r") == [.line("seul"), .endOfInput])
    }

    @Test func keepsEmptyLinesAsEmptyStrings() throws {
        #expect(try readAll("\n\nun\n\n") == [.line(""), .line(""), .line("un"), .line(""), .endOfInput])
    }

    @Test func decodesUTF8() throws {
        #expect(try readAll("éàç œ 🇫🇷\n") == [.line("éàç œ 🇫🇷"), .endOfInput])
    }

    @Test func repairsInvalidUTF8WithReplacementCharacters() throws {
        // "caf" then a lone lead byte; then Latin-1 "é" (0xE9) as a terminal set to ISO 8859-1 would send it.
        let input: [UInt8] = [0x63, 0x61, 0x66, 0xC3, 0x0A, 0x63, 0x61, 0x66, 0xE9, 0x0A]
        #expect(try readAll(input) == [.line("caf\u{FFFD}"), .line("caf\u{FFFD}"), .endOfInput])
    }

    @Test func readsAOneMegabyteLine() throws {
        let long = String(repeating: "abcdéfgh", count: 128 * 1024)
        let results = try readAll(long + "\nfin\n")
        #expect(results.count == 3)
        #expect(results.first == .line(long))
        #expect(results.dropFirst().first == .line("fin"))
    }

    @Test func readsManyShortLines() throws {
        let lines = (0..<50_000).map { "ligne \($0)" }
        let results = try readAll(lines.joined(separator: "\n") + "\n")
        #expect(results == lines.map(LineInput.line) + [.endOfInput])
    }

    @Test func emptyInputIsEndOfInputAtOnce() throws {
        #expect(try readAll("") == [.endOfInput])
    }

    @Test func endOfInputIsRepeated() throws {
        let pipe = try PipeFixture()
        defer { pipe.closeReadEnd() }
        pipe.feed("dernier")
        var reader = StdinLineReader(fileDescriptor: pipe.readEnd)
        #expect(reader.readLine(prompt: "") == .line("dernier"))
        #expect(reader.readLine(prompt: "") == .endOfInput)
        #expect(reader.readLine(prompt: "") == .endOfInput)
    }

    @Test func writesNoPromptWhenTheInputIsNotATerminal() throws {
        let input = try PipeFixture()
        defer { input.closeReadEnd() }
        let promptOutput = try PipeFixture()
        defer { promptOutput.closeReadEnd() }
        input.feed("bonjour\n")
        var reader = StdinLineReader(fileDescriptor: input.readEnd, promptFileDescriptor: promptOutput.writeEnd)
        #expect(!reader.showsPrompt)
        #expect(reader.readLine(prompt: "toi> ") == .line("bonjour"))
        #expect(reader.readLine(prompt: "toi> ") == .endOfInput)
        close(promptOutput.writeEnd)
        #expect(promptOutput.drain().isEmpty)
    }
}

@Suite("ByteLineBuffer")
struct ByteLineBufferTests {
    @Test func joinsALineSplitAcrossChunks() {
        var buffer = ByteLineBuffer()
        buffer.append(Array("ab".utf8))
        #expect(buffer.nextLine() == nil)
        buffer.append(Array("c\r".utf8))
        #expect(buffer.nextLine() == nil)
        buffer.append(Array("\nd".utf8))
        #expect(buffer.nextLine() == "abc")
        #expect(buffer.nextLine() == nil)
        #expect(buffer.takeRemainder() == "d")
        #expect(buffer.takeRemainder() == nil)
    }

    @Test func joinsACharacterSplitAcrossChunks() {
        var buffer = ByteLineBuffer()
        buffer.append([0x63, 0x61, 0x66, 0xC3])
        buffer.append([0xA9, 0x0A])
        #expect(buffer.nextLine() == "café")
    }

    @Test func keepsWorkingAfterCompaction() {
        var buffer = ByteLineBuffer()
        var expected: [String] = []
        var received: [String] = []
        for index in 0..<20_000 {
            let line = "ligne numéro \(index)"
            expected.append(line)
            buffer.append(Array((line + "\n").utf8))
            while let line = buffer.nextLine() {
                received.append(line)
            }
        }
        #expect(received == expected)
        #expect(!buffer.hasRemainder)
    }
}
