/// A share from 0 to 1 written as a whole percentage (`67%`), the same in every locale. Scores,
/// band thresholds and agreement figures are all shown so, on the screen and in reports, so that a
/// figure reads the same wherever it appears: in a conversation's coach note, in `test`, in a
/// digest or in a calibration.
public enum PercentText {
    /// `0.666` → `67%`: rounded to the nearest whole percent.
    public static func of(_ share: Double) -> String {
        "\(Int((share * 100).rounded()))%"
    }
}
