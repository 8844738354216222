import Foundation

/// Writes transcript lines: one entry a line, as JSON with sorted keys, dates as `UTCTimestamp`
/// writes them. The types' `Encodable` conformances say what each line holds;
/// `TranscriptLineReader` reads it back by the same coding keys.
public enum TranscriptLineWriter {
    /// One line of JSON, without its line break.
    public static func line(for entry: TranscriptEntry) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(UTCTimestamp.string(date))
        }
        guard let data = try? encoder.encode(entry), let text = String(data: data, encoding: .utf8) else {
            // Every value of a transcript entry is encodable; this cannot happen with valid doubles.
            return "{\"type\":\"unencodable\"}"
        }
        return text
    }
}
