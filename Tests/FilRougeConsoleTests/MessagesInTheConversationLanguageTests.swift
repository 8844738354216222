import FilRougeConsole
import FilRougeCore
import Testing

/// What is said about files around a conversation is said in its language.
struct MessagesInTheConversationLanguageTests {
    @Test func theHistoryProblemIsSaidInTheConversationLanguage() {
        let problem = HistoryProblem(action: .write, path: "/home/zoe/.local/state/filrouge/history", problem: .diskFull)
        #expect(problem.words(in: .fr) == "impossible d'enregistrer l'historique /home/zoe/.local/state/filrouge/history\u{00A0}: le disque est plein")
        #expect(problem.words(in: .en) == "could not write the history file /home/zoe/.local/state/filrouge/history: the disk is full")
        let read = HistoryProblem(action: .read, path: "h", problem: .notAllowed)
        #expect(read.words(in: .fr) == "impossible de lire l'historique h\u{00A0}: vous n'avez pas le droit d'écrire à cet endroit")
    }

    @Test func aCutLineOfAResumedTranscriptIsSaidInTheConversationLanguage() {
        #expect(InterfaceText.french.transcriptCutLine("t.jsonl", 7).hasPrefix(
            "t.jsonl:7\u{00A0}: la dernière ligne a été coupée avant sa fin"
        ))
        #expect(InterfaceText.english.transcriptCutLine("t.jsonl", 7).hasPrefix(
            "t.jsonl:7: the last line was cut off before its end"
        ))
    }

    /// A path with a control sequence is shown harmless.
    @Test func thePathInAHistoryProblemIsCleaned() {
        let problem = HistoryProblem(action: .createFolder, path: "/tmp/\u{1B}]2;x\u{07}", problem: .readOnlyDisk)
        #expect(!problem.words(in: .en).contains("\u{1B}"))
    }
}
