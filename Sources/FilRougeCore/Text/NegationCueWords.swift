/// The words of one cue as the detector found them, before it reads the scope: the words that open
/// it and, for a French `ne`, the second part after the words it frames.
struct NegationCueWords {
    var kind: NegationCue.Kind
    /// The first words: `ne`, a verb carrying an elided `n'`, a cue of one word, a phrase.
    var lead: Range<Int>
    /// The second part and what completes it (`pas`, `pas besoin`, `jamais rien`); empty when the
    /// cue has none.
    var tail: Range<Int>
    /// True when the first word carries an elided `n'` (`n'ai`): that verb is negated too.
    var carriesVerb = false
    /// True for a predicate of its object only (`pas besoin de`), which leaves its subject alone.
    var objectOnly = false
    /// True for an English `not` (`not`, `don't`), which the verb it negates follows.
    var isEnglishNot = false

    init(_ kind: NegationCue.Kind, lead: Range<Int>, tail: Range<Int>? = nil, carriesVerb: Bool = false) {
        self.kind = kind
        self.lead = lead
        self.tail = tail ?? lead.upperBound..<lead.upperBound
        self.carriesVerb = carriesVerb
    }

    /// The last word of the cue.
    var last: Int {
        (tail.isEmpty ? lead.upperBound : tail.upperBound) - 1
    }

    /// The words `ne … pas` frames (`crée surtout` of *ne crée surtout pas*).
    var interior: Range<Int> {
        tail.isEmpty ? lead.upperBound..<lead.upperBound : lead.upperBound..<tail.lowerBound
    }

    /// True when a word is one of the cue's own.
    func contains(_ index: Int) -> Bool {
        lead.contains(index) || tail.contains(index)
    }
}
