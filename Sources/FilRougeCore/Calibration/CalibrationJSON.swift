import Foundation

/// A calibration as one JSON document, keys sorted and figures unrounded, so that two runs can be
/// diffed and other programs can read it. The structure is described in docs/calibration.md.
public enum CalibrationJSON {
    /// The version of the document's structure; it changes only when a key changes meaning or goes.
    public static let format = 1

    /// - Parameter disagreementLimit: how many disagreements to include, in file order; nil for all.
    ///   `disagreement_count` always gives how many there are.
    public static func render(_ calibration: Calibration, disagreementLimit: Int? = nil) -> String {
        ReportJSON.text(of: Document(calibration: calibration, disagreementLimit: disagreementLimit), fallback: "{}")
    }

    private struct Document: Encodable {
        let calibration: Calibration
        let disagreementLimit: Int?

        enum CodingKeys: String, CodingKey {
            case format, scenario, marks, overall, steps, criteria, disagreements
            case unmarkedSteps = "unmarked_steps"
            case disagreementCount = "disagreement_count"
            case creditedBesideNegation = "credited_beside_negation"
        }

        struct ScenarioReference: Encodable {
            let id: String
            let version: String
        }

        func encode(to encoder: Encoder) throws {
            var container = encoder.container(keyedBy: CodingKeys.self)
            try container.encode(CalibrationJSON.format, forKey: .format)
            try container.encode(ScenarioReference(id: calibration.scenarioID, version: calibration.scenarioVersion), forKey: .scenario)
            try container.encode(calibration.marksFile, forKey: .marks)
            try container.encode(calibration.overall, forKey: .overall)
            try container.encode(calibration.steps, forKey: .steps)
            try container.encode(calibration.unmarkedSteps, forKey: .unmarkedSteps)
            try container.encode(calibration.criteria, forKey: .criteria)
            try container.encode(calibration.creditedBesideNegation, forKey: .creditedBesideNegation)
            try container.encode(calibration.disagreements.count, forKey: .disagreementCount)
            try container.encode(Array(calibration.disagreements.prefix(disagreementLimit ?? calibration.disagreements.count)), forKey: .disagreements)
        }
    }
}
