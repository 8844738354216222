import FilRougeCore

/// The words of `filrouge replay`, in the language of the scenario replayed (the learners see
/// them on the projector); the words it shares with the conversation come from `InterfaceText`.
public struct ReplayText: Sendable {
    public var interface: InterfaceText
    /// The friend's name when no scenario names them.
    public var friendFallback: String
    /// The keys, on one line at the foot of each page.
    public var keyLine: String
    /// The keys, one a line, for `?`.
    public var keyHelp: [String]
    /// Under the page's heading, the step by its number in the scenario when it is known, as the
    /// florilège numbers it, and its id: `Étape 3 · site-web`.
    public var step: @Sendable (Int?, String) -> String
    /// Under a page taller than the screen, the keys that scroll it and the lines shown: the
    /// first, the last, and how many there are.
    public var scrollPosition: @Sendable (Int, Int, Int) -> String
    public var atStart: String
    public var atEnd: String
    public var topOfPage: String
    public var bottomOfPage: String
    /// `l` in the replay of one conversation.
    public var singleLearner: String
    public var noSuchPosition: @Sendable (Int, Int) -> String
    /// While digits are typed: `Go to step: 12`.
    public var goTo: String
    public var notReached: String
    public var noReply: String
    public var nothingToReplay: String
    public var completed: @Sendable (String?) -> String
    public var cut: String
    public var regradeHeading: String
    public var scenarioUnchanged: String
    public var scenarioChanged: @Sendable (String, String) -> String
    public var stepRemoved: @Sendable (String) -> String
    public var unchanged: String
    public var route: String
    /// Before the ending a regraded conversation reached, and the one it would reach now.
    public var ending: String
    public var gained: String
    public var lost: String
    public var followUpNoLongerAsked: String
    public var followUpWouldBeAsked: String
    public var regradeSummary: @Sendable (Int, Int, Int) -> String

    public static func forLanguage(_ language: Language) -> ReplayText {
        language == .fr ? french : english
    }

    public static let french = ReplayText(
        interface: .french,
        friendFallback: "L’ami·e",
        keyLine: "Entrée ou espace\u{00A0}: suite · b\u{00A0}: retour · numéro puis Entrée\u{00A0}: aller à l’étape · q\u{00A0}: quitter · ?\u{00A0}: aide",
        keyHelp: [
            "Entrée, espace, →\u{00A0}: l’étape suivante",
            "b, ←\u{00A0}: l’étape précédente",
            "↑ ↓, Page préc., Page suiv.\u{00A0}: faire défiler une page plus haute que l’écran (la question reste en haut)\u{00A0}; Début, Fin\u{00A0}: son haut, son bas",
            "l\u{00A0}: une personne à la fois (Entrée, b passent de l’une à l’autre), ou toutes à nouveau",
            "un numéro puis Entrée\u{00A0}: aller à cette étape (3 pour la troisième, comme dans «\u{00A0}3/11\u{00A0}»)",
            "Échap\u{00A0}: effacer le numéro en cours",
            "q\u{00A0}: quitter",
        ],
        step: { number, id in "Étape " + (number.map { "\($0) · " } ?? "") + id },
        scrollPosition: { first, last, total in
            "↑ ↓ Page préc. Page suiv.\u{00A0}: faire défiler (lignes \(first) à \(last) sur \(total))"
        },
        atStart: "C’est la première étape.",
        atEnd: "C’est la dernière étape\u{00A0}: b pour revenir, q pour quitter.",
        topOfPage: "C’est le haut de la page.",
        bottomOfPage: "C’est le bas de la page\u{00A0}: Entrée pour l’étape suivante.",
        singleLearner: "Une seule conversation\u{00A0}: l’affichage une personne à la fois sert aux groupes.",
        noSuchPosition: { position, count in "Pas d’étape \(position)\u{00A0}: de 1 à \(count)." },
        goTo: "Aller à l’étape\u{00A0}: ",
        notReached: "(n’a pas atteint cette étape)",
        noReply: "(pas de réponse)",
        nothingToReplay: "Aucune étape dans cette transcription\u{00A0}: rien à rejouer.",
        completed: { ending in "Conversation menée jusqu’au bout" + (ending.map { " (fin «\u{00A0}\($0)\u{00A0}»)" } ?? "") + "." },
        cut: "La transcription s’arrête ici, sans fin enregistrée.",
        regradeHeading: "Nouvelle correction",
        scenarioUnchanged: "le scénario est celui de la conversation, au caractère près.",
        scenarioChanged: { played, current in
            "le scénario a changé depuis la conversation" + (played == current ? "" : " (version \(played) → \(current))") + "."
        },
        stepRemoved: { "l’étape «\u{00A0}\($0)\u{00A0}» n’existe plus dans le scénario." },
        unchanged: "inchangé",
        route: "suite",
        ending: "fin",
        gained: "en plus",
        lost: "en moins",
        followUpNoLongerAsked: "la relance ne serait plus posée (seule la première réponse compte)",
        followUpWouldBeAsked: "la relance serait posée maintenant",
        regradeSummary: { differing, total, removed in
            "\(CountedNoun.phrase(differing, "étape", language: .fr)) sur \(total) \(CountedNoun.isSingular(differing, language: .fr) ? "changerait" : "changeraient") de résultat ou de suite"
                + (removed > 0 ? "\u{00A0}; \(removed) \(removed == 1 ? "n’existe" : "n’existent") plus" : "") + "."
        }
    )

    public static let english = ReplayText(
        interface: .english,
        friendFallback: "Friend",
        keyLine: "Enter or space: next · b: back · number then Enter: go to step · q: quit · ?: help",
        keyHelp: [
            "Enter, space, →: the next step",
            "b, ←: the previous step",
            "↑ ↓, PageUp, PageDown: scroll a page taller than the screen (the question stays at the top); Home, End: its top, its bottom",
            "l: one learner at a time (Enter and b move from one to the next), or all of them again",
            "a number then Enter: go to that step (3 for the third, as in “3/11”)",
            "Escape: clear the number being typed",
            "q: quit",
        ],
        step: { number, id in "Step " + (number.map { "\($0) · " } ?? "") + id },
        scrollPosition: { first, last, total in "↑ ↓ PageUp PageDown: scroll (lines \(first)–\(last) of \(total))" },
        atStart: "This is the first step.",
        atEnd: "This is the last step: b to go back, q to quit.",
        topOfPage: "This is the top of the page.",
        bottomOfPage: "This is the bottom of the page: Enter for the next step.",
        singleLearner: "One conversation only: one learner at a time is for groups.",
        noSuchPosition: { position, count in "No step \(position): from 1 to \(count)." },
        goTo: "Go to step: ",
        notReached: "(did not reach this step)",
        noReply: "(no reply)",
        nothingToReplay: "No step in this transcript: nothing to replay.",
        completed: { ending in "The conversation reached its end" + (ending.map { " (ending “\($0)”)" } ?? "") + "." },
        cut: "The transcript stops here, with no end recorded.",
        regradeHeading: "Regrade",
        scenarioUnchanged: "the scenario is the one played, to the letter.",
        scenarioChanged: { played, current in
            "the scenario changed since the conversation" + (played == current ? "" : " (version \(played) → \(current))") + "."
        },
        stepRemoved: { "step “\($0)” no longer exists in the scenario." },
        unchanged: "unchanged",
        route: "next",
        ending: "ending",
        gained: "gained",
        lost: "lost",
        followUpNoLongerAsked: "the follow-up would no longer be asked (the first reply alone counts)",
        followUpWouldBeAsked: "the follow-up would now be asked",
        regradeSummary: { differing, total, removed in
            "\(differing) of \(CountedNoun.phrase(total, "step")) would change band or route"
                + (removed > 0 ? "; \(removed) no longer \(removed == 1 ? "exists" : "exist")" : "") + "."
        }
    )
}
