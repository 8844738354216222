/// Where the detector reports each cue it finds. Grading reports them nowhere, and pays nothing for
/// it; `filrouge explain` keeps them to show each cue with its kind and scope.
protocol NegationRecording {
    /// One cue: its kind, its words (`lead`, then `tail` when it has a second part after the words
    /// it frames), and the word of contrast that ended its scope, if one did.
    mutating func record(_ kind: NegationCue.Kind, lead: Range<Int>, tail: Range<Int>, endedBy: Int?)
}

/// Keeps nothing: what grading uses, so that marking a reply builds no list.
struct NoNegationRecord: NegationRecording {
    @inline(__always)
    mutating func record(_ kind: NegationCue.Kind, lead: Range<Int>, tail: Range<Int>, endedBy: Int?) {}
}

/// Keeps every cue, in the order found; their scopes are read from the tokens once all are marked.
struct NegationCueList: NegationRecording {
    var cues: [NegationCue] = []

    mutating func record(_ kind: NegationCue.Kind, lead: Range<Int>, tail: Range<Int>, endedBy: Int?) {
        cues.append(NegationCue(kind: kind, words: Array(lead) + Array(tail), scope: [], endedBy: endedBy))
    }
}
