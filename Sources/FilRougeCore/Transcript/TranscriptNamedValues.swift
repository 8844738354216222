// The enumerations transcript lines hold, written as their raw strings (`"band":"good"`) and read
// back by them: a string that is none of them is refused, with the value and where it stands.

extension Band: TranscriptReadable, TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension Language: TranscriptReadable, TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension CriterionStatus: TranscriptReadable, TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension MatchKind: TranscriptReadable, TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension FriendLine.Kind: TranscriptReadable, TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension BandReason.Rule: TranscriptReadable, TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}

extension Finished.Reason: TranscriptReadable, TranscriptNamed {
    static let transcriptNames = TranscriptNameTable<Self>()
}
