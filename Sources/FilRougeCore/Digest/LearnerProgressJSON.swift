import Foundation

/// The progress table in JSON: the `progress` key of the digest's document, or, for
/// `digest --learners --format json`, a document of its own with the scenario and the table.
/// Keys are English and sorted, as in the digest's JSON.
public enum LearnerProgressJSON {
    /// The table alone, with what says which scenario and how many learners it covers.
    public static func render(_ digest: Digest) -> String {
        ReportJSON.text(of: Document(digest: digest), fallback: "{}") + "\n"
    }

    private struct Document: Encodable {
        let digest: Digest

        enum CodingKeys: String, CodingKey {
            case format, scenario, learners, progress
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(DigestJSON.format, forKey: .format)
            try container.encode(digest.scenario, forKey: .scenario)
            try container.encode(digest.learners, forKey: .learners)
            try container.encode(digest.progress.map(Row.init), forKey: .progress)
        }
    }

    /// One learner's row: nulls where a figure is unknown.
    struct Row: Encodable {
        let progress: LearnerProgress

        init(_ progress: LearnerProgress) {
            self.progress = progress
        }

        enum CodingKeys: String, CodingKey {
            case learner, number, score, band, ending, stopped, hints, seconds, steps
            case stepsReached = "steps_reached"
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(progress.learner.label(in: .en), forKey: .learner)
            let number: Int? = if case .numbered(let number) = progress.learner { number } else { nil }
            try container.encode(number, forKey: .number)
            try container.encode(progress.stepsReached, forKey: .stepsReached)
            try container.encode(progress.stepCount, forKey: .steps)
            try container.encode(progress.score, forKey: .score)
            try container.encode(progress.band, forKey: .band)
            try container.encode(progress.ending, forKey: .ending)
            try container.encode(progress.stop.rawValue, forKey: .stopped)
            try container.encode(progress.hints, forKey: .hints)
            try container.encode(progress.duration.map { $0.rounded(.down) }, forKey: .seconds)
        }
    }
}
