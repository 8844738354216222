import Foundation

/// A digest as one JSON document for other programs: keys sorted, figures unrounded, shares from 0
/// to 1 (null when no learner answered). The structure is described in
/// docs/facilitators-guide.md; `format` changes only when a key changes meaning or goes.
public enum DigestJSON {
    public static let format = 1

    public static func render(_ digest: Digest) -> String {
        ReportJSON.text(of: Document(digest: digest), fallback: "{}") + "\n"
    }

    private struct Document: Encodable {
        let digest: Digest

        enum Keys: String, CodingKey {
            case format, scenario, transcripts, learners, overview, steps, endings, progress
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: Keys.self)
            try container.encode(DigestJSON.format, forKey: .format)
            try container.encode(digest.scenario, forKey: .scenario)
            try container.encode(Transcripts(tally: digest.transcripts), forKey: .transcripts)
            try container.encode(digest.learners, forKey: .learners)
            try container.encode(Overview(digest.overview), forKey: .overview)
            try container.encode(digest.steps.map(Step.init), forKey: .steps)
            try container.encode(Endings(tally: digest.endings), forKey: .endings)
            try container.encode(digest.progress.map(LearnerProgressJSON.Row.init), forKey: .progress)
        }
    }

    struct Share: Encodable {
        let count: Int
        let share: Double?
        let total: Int

        init(_ proportion: Proportion) {
            count = proportion.count
            share = proportion.share
            total = proportion.total
        }

        enum CodingKeys: String, CodingKey { case count, share, total }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(count, forKey: .count)
            try container.encode(share, forKey: .share)
            try container.encode(total, forKey: .total)
        }
    }

    struct Transcripts: Encodable {
        let read: Int
        let skipped: Int
        let skippedByReason: [String: Int]
        let damagedLines: Int
        let damagedTranscripts: Int
        let firstStarted: String?
        let lastStarted: String?

        init(tally: TranscriptTally) {
            read = tally.read
            skipped = tally.skippedCount
            skippedByReason = Dictionary(uniqueKeysWithValues: SkipReason.Category.allCases.map { ($0.rawValue, tally.skipped[$0, default: 0]) })
            damagedLines = tally.damagedLines
            damagedTranscripts = tally.damagedTranscripts
            firstStarted = tally.firstStarted.map(Self.timestamp)
            lastStarted = tally.lastStarted.map(Self.timestamp)
        }

        static func timestamp(_ date: Date) -> String {
            date.formatted(.iso8601.year().month().day().time(includingFractionalSeconds: true).timeZone(separator: .omitted))
        }

        enum CodingKeys: String, CodingKey {
            case read, skipped
            case skippedByReason = "skipped_by_reason"
            case damagedLines = "damaged_lines"
            case damagedTranscripts = "damaged_transcripts"
            case firstStarted = "first_started"
            case lastStarted = "last_started"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(read, forKey: .read)
            try container.encode(skipped, forKey: .skipped)
            try container.encode(skippedByReason, forKey: .skippedByReason)
            try container.encode(damagedLines, forKey: .damagedLines)
            try container.encode(damagedTranscripts, forKey: .damagedTranscripts)
            try container.encode(firstStarted, forKey: .firstStarted)
            try container.encode(lastStarted, forKey: .lastStarted)
        }
    }

    private struct Step: Encodable {
        let number: Int
        let id: String
        let title: String
        let question: String
        let answered: Share
        let bands: [String: Share]
        let criteria: [Criterion]
        let bestReplies: [BestReply]
        let mostMissed: [Missed]

        init(_ step: DigestStep) {
            number = step.number
            id = step.id
            title = step.question
            question = step.question
            answered = Share(step.answered)
            bands = Dictionary(uniqueKeysWithValues: step.bands.map { ($0.band.rawValue, Share($0.learners)) })
            criteria = step.criteria.map(Criterion.init)
            bestReplies = step.bestReplies.map(BestReply.init)
            mostMissed = step.mostMissed.map(Missed.init)
        }

        enum CodingKeys: String, CodingKey {
            case number, id, title, question, answered, bands, criteria
            case bestReplies = "best_replies"
            case mostMissed = "most_missed"
        }
    }

    private struct Criterion: Encodable {
        let concept: String
        let label: String
        let misconception: Bool
        let required: Bool
        let met: Share
        let missed: Share
        let negated: Share

        init(_ criterion: DigestCriterion) {
            concept = criterion.concept
            label = criterion.label
            misconception = criterion.misconception
            required = criterion.required
            met = Share(criterion.met)
            missed = Share(criterion.missed)
            negated = Share(criterion.negated)
        }
    }

    private struct Missed: Encodable {
        let concept: String
        let label: String
        let notMet: Share

        init(_ criterion: DigestCriterion) {
            concept = criterion.concept
            label = criterion.label
            notMet = Share(criterion.notMet)
        }

        enum CodingKeys: String, CodingKey {
            case concept, label
            case notMet = "not_met"
        }
    }

    private struct BestReply: Encodable {
        let learner: String
        let score: Double
        let band: Band
        let met: [String]
        let replies: [Part]
        let pinned: Bool

        init(_ reply: DigestReply) {
            pinned = reply.pinned
            learner = DigestWording.english.name(reply.learner)
            score = reply.score
            band = reply.band
            met = reply.metConcepts
            replies = reply.replies.map(Part.init)
        }
    }

    private struct Part: Encodable {
        let attempt: Int
        let text: String
        let highlights: [Highlight]

        init(_ reply: HighlightedReply) {
            attempt = reply.attempt
            text = reply.text
            highlights = reply.highlights.map { Highlight(start: $0.range.lowerBound, end: $0.range.upperBound, kind: $0.kind.rawValue, concepts: $0.concepts) }
        }
    }

    private struct Highlight: Encodable {
        let start: Int
        let end: Int
        let kind: String
        let concepts: [String]
    }

    private struct Endings: Encodable {
        let reached: [Reached]
        let quit: Share
        let interrupted: Share
        let notFinished: Share

        init(tally: EndingTally) {
            reached = tally.reached.map { Reached(id: $0.id, title: $0.title, learners: Share($0.learners)) }
            quit = Share(tally.quit)
            interrupted = Share(tally.interrupted)
            notFinished = Share(tally.notFinished)
        }

        enum CodingKeys: String, CodingKey {
            case reached, quit, interrupted
            case notFinished = "not_finished"
        }
    }

    private struct Reached: Encodable {
        let id: String
        let title: String
        let learners: Share
    }

    private struct Overview: Encodable {
        let finished: Share
        let scored: Int
        let scores: [Bucket]
        let stoppedAt: [Stop]
        let routes: [Route]
        let otherRoutes: Share

        init(_ overview: CohortOverview) {
            finished = Share(overview.finished)
            scored = overview.scored
            scores = overview.scores.map { Bucket(lower: $0.bucket.lower, upper: $0.bucket.upper, learners: Share($0.learners)) }
            stoppedAt = overview.stoppedAt.map { Stop(step: $0.step, learners: Share($0.learners)) }
            routes = overview.routes.map { Route(steps: $0.route.steps, finished: $0.route.finished, learners: Share($0.learners)) }
            otherRoutes = Share(overview.otherRoutes)
        }

        enum CodingKeys: String, CodingKey {
            case finished, scored, scores, routes
            case stoppedAt = "stopped_at"
            case otherRoutes = "other_routes"
        }
    }

    private struct Bucket: Encodable {
        let lower: Int
        let upper: Int
        let learners: Share
    }

    private struct Stop: Encodable {
        let step: Int
        let learners: Share
    }

    private struct Route: Encodable {
        let steps: [Int]
        let finished: Bool
        let learners: Share
    }
}
