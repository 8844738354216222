/// The synonym report as JSON for programs (an editor offering synonyms beside a keyword): the
/// report's fields, keys sorted, as the other commands' documents are.
public enum SynonymReportJSON {
    public static func render(_ report: SynonymReport) -> String {
        ReportJSON.text(of: report, fallback: "{}")
    }
}
