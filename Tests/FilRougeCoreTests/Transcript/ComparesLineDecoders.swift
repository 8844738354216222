import Foundation
@testable import FilRougeCore

/// The two ways a transcript line is read, for tests that compare them: the quick decoder, which
/// gives nil for a line it leaves to Foundation, and Foundation's decoder, nil for a line it refuses.
protocol ComparesLineDecoders {}

extension ComparesLineDecoders {
    func quick(_ line: String) -> TranscriptEntry? {
        var line = line
        return line.withUTF8 { TranscriptLineDecoder.decode(TranscriptEntry.self, from: $0) }
    }

    func foundation(_ line: String) -> TranscriptEntry? {
        try? TranscriptCoding.foundationDecoder().decode(TranscriptEntry.self, from: Data(line.utf8))
    }
}
