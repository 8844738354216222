import FilRougeConsole
import FilRougeCore
import FilRougeScenarios
import Foundation

/// What `play --resume` needs before the conversation goes on: the transcript's file, and the
/// engine rebuilt by replaying it with the scenario it was played with. Nothing is written here, so
/// a refused transcript is left exactly as it was.
struct TranscriptResumption {
    let url: URL
    let point: ResumePoint
    /// The size of the transcript as it was read and replayed.
    let byteCount: Int
    /// The last reply the transcript holds.
    let lastReply: Reply?
    /// What the transcript held, as read.
    let contents: TranscriptContents

    /// - Parameters:
    ///   - transcript: the transcript's path, or a file name in the transcripts folder.
    ///   - scenario: the scenario argument, if one was given; else the bundled scenario the header names.
    ///   - force: accept a scenario whose text changed since the transcript was written.
    static func prepare(
        transcript: String, scenario: String?, force: Bool, transcriptsDirectory: URL, warn: (String) -> Void
    ) throws -> TranscriptResumption {
        let path = locate(transcript, in: transcriptsDirectory)
        let shown = TerminalSafeText.sanitize(path)
        let loaded = try TranscriptFileReader.read(path: path)
        if loaded.byteCount == 0 {
            // Killed, or the disk full, before the header: nothing was written, so nothing is lost
            // by starting again in the same file, which `play --transcript` accepts while it is empty.
            throw CommandFailure("""
                cannot resume \(shown): it is empty (the program stopped before writing anything, so there is \
                nothing to resume and nothing to lose); start the conversation anew in the same file: \
                filrouge play [SCENARIO] --transcript \(shown)
                """)
        }
        if let warning = loaded.warning { warn("filrouge: \(warning)") }
        let contents = loaded.contents
        for note in DamagedLineNotes.notes(contents.damaged, count: contents.damagedCount, name: path) {
            warn("filrouge: \(note)")
        }
        let header: TranscriptHeader
        do {
            try TranscriptResume.checkResumable(contents)
            guard let read = contents.header else { throw ResumeFailure.noHeader }
            header = read
        } catch {
            throw CommandFailure("cannot resume \(shown): \(error)")
        }
        let source = try scenario.map(ScenarioArgument.resolve) ?? bundledScenario(for: header.scenario, transcript: shown)
        let played = try source.load()
        try checkIdentity(of: played, source: source, against: header.scenario, transcript: shown, force: force, warn: warn)
        do {
            let point = try TranscriptResume.rebuild(contents, scenario: played)
            let lastReply = contents.events.last { if case .reply = $0.event { true } else { false } }
                .flatMap { if case .reply(let reply) = $0.event { reply } else { nil } }
            return TranscriptResumption(url: URL(fileURLWithPath: path), point: point, byteCount: loaded.byteCount, lastReply: lastReply, contents: contents)
        } catch {
            throw CommandFailure("cannot resume \(shown): \(TerminalSafeText.sanitize(error.description))")
        }
    }

    /// The path as given when something is there; else, for a bare file name, the file of that name
    /// in the transcripts folder when there is one.
    private static func locate(_ transcript: String, in directory: URL) -> String {
        guard !FileManager.default.fileExists(atPath: transcript), !transcript.contains("/") else { return transcript }
        let candidate = directory.appendingPathComponent(transcript).path
        return FileManager.default.fileExists(atPath: candidate) ? candidate : transcript
    }

    /// The bundled scenario the header names: the one with the very text played when there is one,
    /// else the one with the same id and language (whose change the hash check then reports).
    private static func bundledScenario(for reference: TranscriptHeader.ScenarioReference, transcript: String) throws -> ScenarioArgument {
        var sameIdentity: ScenarioArgument?
        for bundled in BundledScenarios.all {
            let result = ScenarioLoader.load(bundled.text, file: "bundled:\(bundled.fileName)")
            guard let scenario = result.scenario, scenario.id == reference.id, scenario.language == reference.language else { continue }
            let argument = ScenarioArgument(displayName: "bundled:\(bundled.fileName)", text: bundled.text)
            if TranscriptHeader.ScenarioReference(scenario: scenario, sourceText: bundled.text).hash == reference.hash {
                return argument
            }
            sameIdentity = sameIdentity ?? argument
        }
        if let sameIdentity { return sameIdentity }
        throw CommandFailure("""
            cannot resume \(transcript): it was played with the scenario '\(TerminalSafeText.sanitize(reference.id))' \
            (\(reference.language.rawValue), “\(TerminalSafeText.sanitize(reference.title))”), which is not bundled; \
            name its file: filrouge play SCENARIO.yaml --resume \(transcript)
            """)
    }

    /// Refuses a scenario other than the one played, and one whose text changed unless `force`.
    private static func checkIdentity(
        of scenario: Scenario, source: ScenarioArgument, against reference: TranscriptHeader.ScenarioReference,
        transcript: String, force: Bool, warn: (String) -> Void
    ) throws {
        let current = TranscriptHeader.ScenarioReference(scenario: scenario, sourceText: source.text)
        let name = TerminalSafeText.sanitize(source.displayName)
        guard current.id == reference.id else {
            throw CommandFailure("""
                cannot resume \(transcript): it was played with the scenario '\(TerminalSafeText.sanitize(reference.id))', \
                and \(name) is the scenario '\(TerminalSafeText.sanitize(current.id))'
                """)
        }
        guard current.hash != reference.hash else { return }
        let change = """
            the scenario \(name) has changed since \(transcript) was written (version \(TerminalSafeText.sanitize(reference.version)) \
            then, \(TerminalSafeText.sanitize(current.version)) now; its text's hash was \(short(reference.hash)), it is \(short(current.hash)) now)
            """
        if force {
            warn("filrouge: warning: \(change); going on because of --force (the replay still checks every recorded event)")
            return
        }
        throw CommandFailure("""
            cannot resume \(transcript): \(change). Replaying the conversation with another text could grade \
            the same replies differently; --force resumes anyway, as long as replaying gives every recorded event again
            """)
    }

    /// The start of a `sha256:` hash, enough to tell two apart in a message.
    private static func short(_ hash: String) -> String {
        TerminalSafeText.sanitize(String(hash.prefix(7 + 12))) + "…"
    }
}
