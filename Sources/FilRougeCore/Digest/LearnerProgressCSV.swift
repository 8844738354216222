/// The progress table as CSV, one row per transcript, written by `CSVWriter` as the digest's other
/// CSV is: the document of `digest --learners --format csv`. Figures are for programs: the score
/// from 0 to 1, the band, the stop and the time in English words and seconds.
public enum LearnerProgressCSV {
    public static let columns = [
        "learner", "steps_reached", "steps", "score", "band", "ending", "stopped", "hints", "seconds",
    ]

    public static func render(_ rows: [LearnerProgress], language: Language) -> String {
        let cells = rows.map { row in
            [
                row.learner.label(in: language), String(row.stepsReached), row.stepCount.map(String.init) ?? "",
                ScoreText.twoDecimals(row.score), row.band.rawValue, row.ending ?? "", row.stop.rawValue, String(row.hints),
                row.duration.map { String(Int($0.rounded(.down))) } ?? "",
            ].map(TerminalSafeText.sanitize)
        }
        return CSVWriter.table(columns: columns, rows: cells)
    }
}
