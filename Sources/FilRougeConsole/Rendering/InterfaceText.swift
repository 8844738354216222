import FilRougeCore

/// The words of the interface, in the scenario's language.
public struct InterfaceText: Sendable {
    /// Between a label and what follows: French puts a space before the colon.
    public var colon: String
    public var you: String
    public var coach: String
    public var metHeading: String
    public var missedHeading: String
    /// Concepts mentioned only inside a negation.
    public var negatedHeading: String
    /// Misconceptions the reply expresses.
    public var misconceptionHeading: String
    /// Quotation marks around the learner's own words.
    public var openQuote: String
    public var closeQuote: String
    public var nothingMet: String
    public var hint: String
    public var noMoreHints: String
    public var interrupted: String
    public var unknownCommand: @Sendable (String) -> String
    public var coachOn: String
    public var coachOff: String
    public var scoreLine: @Sendable (Int, String, String) -> String
    public var noScoreYet: String
    public var summaryHeading: String
    public var total: String
    public var followUpMarker: String
    public var endedEarly: String
    public var transcriptSaved: @Sendable (String) -> String
    /// The error on standard error when the transcript cannot be written: its path, and the problem in plain words.
    public var transcriptWriteError: @Sendable (String, String) -> String
    /// Said when a resumed transcript's last line was cut before its end: its path and line.
    public var transcriptCutLine: @Sendable (String, Int) -> String
    /// Said at the end of `play --lrs` when the store has every statement: how many, and where.
    public var statementsSent: @Sendable (Int, String) -> String
    /// Said at the end of `play --lrs` when some statements are not in the store: how many, and the
    /// command that sends them from the transcript.
    public var statementsNotSent: @Sendable (Int, String) -> String
    /// Said the moment the transcript cannot be written, with the problem in plain words.
    public var transcriptStopped: @Sendable (String) -> String
    /// Where the transcript stops: its last reply (the step, whether it answered the follow-up, and
    /// the reply's first words), or nil when it holds none.
    public var transcriptStopsAt: @Sendable ((step: String, followUp: Bool, start: String)?) -> String
    /// Said instead of `transcriptStopsAt` when the transcript's file is gone (deleted with its folder).
    public var transcriptGone: String
    /// Said at the very end instead of `transcriptSaved`, with the path, and the command that goes
    /// on with the conversation once the problem is solved (nil when the file is gone).
    public var transcriptIncomplete: @Sendable (String, String?) -> String
    /// Said when a conversation resumes from its transcript, with the number of steps already done.
    public var resumed: @Sendable (Int) -> String
    public var helpIntro: String
    public var startHint: String
    public var bandNames: [Band: String]
    public var commandHelp: [(names: [String], text: String)]

    public func bandName(_ band: Band) -> String {
        bandNames[band] ?? band.rawValue
    }

    public static func forLanguage(_ language: Language) -> InterfaceText {
        language == .fr ? french : english
    }

    public static let french = InterfaceText(
        colon: "\u{00A0}: ",
        you: "Vous",
        coach: "Coach",
        metHeading: "vu",
        missedHeading: "à\u{00A0}creuser",
        negatedHeading: "nié",
        misconceptionHeading: "attention",
        openQuote: "«\u{00A0}",
        closeQuote: "\u{00A0}»",
        nothingMet: "rien encore",
        hint: "Indice",
        noMoreHints: "Plus d'indice pour cette question.",
        interrupted: "(Ligne abandonnée. /quitter ou Ctrl-D pour terminer.)",
        unknownCommand: { "Commande inconnue\u{00A0}: \($0). Tapez /aide pour la liste." },
        coachOn: "Notes du coach affichées.",
        coachOff: "Notes du coach masquées.",
        scoreLine: { count, score, band in "\(CountedNoun.phrase(count, "étape terminée", "étapes terminées", language: .fr)), moyenne \(score) (\(band))." },
        noScoreYet: "Aucune étape terminée pour l'instant.",
        summaryHeading: "Bilan",
        total: "Total",
        followUpMarker: "relance",
        endedEarly: "Conversation interrompue avant la fin.",
        transcriptSaved: { "Transcription enregistrée\u{00A0}: \($0)" },
        transcriptWriteError: { path, problem in "impossible d'écrire la transcription \(path)\u{00A0}: \(problem)" },
        transcriptCutLine: { path, line in
            "\(path):\(line)\u{00A0}: la dernière ligne a été coupée avant sa fin (le programme a été arrêté pendant son écriture)\u{00A0}; elle est gardée telle quelle, les lecteurs la sautent, et la conversation reprend à la ligne suivante"
        },
        statementsSent: { count, store in
            "Résultats envoyés au LRS \(store) (\(CountedNoun.phrase(count, "déclaration", language: .fr)) xAPI)."
        },
        statementsNotSent: { count, command in
            "\(count) déclaration\(count == 1 ? "" : "s") xAPI n'\(count == 1 ? "a" : "ont") pas pu être envoyée\(count == 1 ? "" : "s") au LRS\u{00A0}; la transcription garde tout, et cette commande les enverra\u{00A0}: \(command)"
        },
        transcriptStopped: {
            "La transcription ne peut plus être enregistrée\u{00A0}: \($0). La conversation s'arrête ici, pour que rien ne soit noté sans être enregistré."
        },
        transcriptStopsAt: { last in
            guard let last else { return "La transcription ne contient aucune de vos réponses." }
            let which = last.followUp ? "à la relance de l'étape" : "à l'étape"
            return "La transcription s'arrête à votre dernière réponse enregistrée, \(which) \(last.step)\u{00A0}: «\u{00A0}\(last.start)\u{00A0}»."
        },
        transcriptGone: "Le fichier de la transcription n'existe plus\u{00A0}: les réponses qu'il contenait sont perdues avec lui.",
        transcriptIncomplete: { path, resume in
            "Transcription incomplète\u{00A0}: \(path)"
                + (resume.map { "\nPour continuer une fois le problème réglé\u{00A0}: \($0)" } ?? "")
        },
        resumed: { "(Reprise de la conversation là où elle s'était arrêtée\u{00A0}: \(CountedNoun.phrase($0, "étape terminée", "étapes terminées", language: .fr)).)" },
        helpIntro: "Répondez librement, comme à un ami. Commandes\u{00A0}:",
        startHint: "(Répondez librement\u{00A0}; /aide pour les commandes.)",
        bandNames: Band.names(in: .fr),
        commandHelp: [
            (["/aide", "/help"], "cette aide"),
            (["/indice", "/hint"], "un indice pour la question en cours"),
            (["/repeter", "/repeat"], "reposer la question"),
            (["/score"], "vos résultats jusqu'ici"),
            (["/coach"], "afficher ou masquer les notes du coach"),
            (["/quitter", "/quit"], "terminer (Ctrl-D aussi)"),
        ]
    )

    public static let english = InterfaceText(
        colon: ": ",
        you: "You",
        coach: "Coach",
        metHeading: "met",
        missedHeading: "missing",
        negatedHeading: "negated",
        misconceptionHeading: "careful",
        openQuote: "“",
        closeQuote: "”",
        nothingMet: "nothing yet",
        hint: "Hint",
        noMoreHints: "No more hints for this question.",
        interrupted: "(Line abandoned. /quit or Ctrl-D to finish.)",
        unknownCommand: { "Unknown command: \($0). Type /help for the list." },
        coachOn: "Coach notes on.",
        coachOff: "Coach notes off.",
        scoreLine: { count, score, band in "\(CountedNoun.phrase(count, "step")) done, mean \(score) (\(band))." },
        noScoreYet: "No step completed yet.",
        summaryHeading: "Summary",
        total: "Total",
        followUpMarker: "follow-up",
        endedEarly: "The conversation ended before its close.",
        transcriptSaved: { "Transcript saved: \($0)" },
        transcriptWriteError: { path, problem in "cannot write the transcript \(path): \(problem)" },
        transcriptCutLine: { path, line in
            "\(path):\(line): the last line was cut off before its end (the program was stopped while writing it); it is kept as it is, readers skip it, and the conversation goes on from the next line"
        },
        statementsSent: { count, store in
            "Results sent to the LRS \(store) (\(CountedNoun.phrase(count, "xAPI statement")))."
        },
        statementsNotSent: { count, command in
            "\(CountedNoun.phrase(count, "xAPI statement")) could not be sent to the LRS; the transcript keeps everything, and this command will send \(count == 1 ? "it" : "them"): \(command)"
        },
        transcriptStopped: {
            "The transcript can no longer be written: \($0). The conversation stops here, so that nothing is graded that is not saved."
        },
        transcriptStopsAt: { last in
            guard let last else { return "The transcript holds none of your replies." }
            let which = last.followUp ? "to the follow-up of step" : "at step"
            return "The transcript stops at your last reply recorded, \(which) \(last.step): “\(last.start)”."
        },
        transcriptGone: "The transcript's file no longer exists: the replies it held are lost with it.",
        transcriptIncomplete: { path, resume in
            "Transcript incomplete: \(path)"
                + (resume.map { "\nTo go on once the problem is solved: \($0)" } ?? "")
        },
        resumed: { "(Resuming the conversation where it stopped: \(CountedNoun.phrase($0, "step")) done.)" },
        helpIntro: "Reply freely, as to a friend. Commands:",
        startHint: "(Reply freely; /help for the commands.)",
        bandNames: Band.names(in: .en),
        commandHelp: [
            (["/help", "/aide"], "this help"),
            (["/hint", "/indice"], "a hint for the current question"),
            (["/repeat", "/repeter"], "ask the question again"),
            (["/score"], "your results so far"),
            (["/coach"], "show or hide the coach's notes"),
            (["/quit", "/quitter"], "finish (Ctrl-D too)"),
        ]
    )
}
