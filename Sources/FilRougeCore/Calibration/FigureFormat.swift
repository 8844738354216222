/// How the calibration figures are written in text: the same in every locale, `n/a` when undefined.
enum FigureFormat {
    static let undefined = "n/a"

    /// `67%`, rounded to the nearest whole percent.
    static func percent(_ value: Double?) -> String {
        value.map(PercentText.of) ?? undefined
    }

    /// `0.45`, `-0.12`: two decimals, as kappas are usually quoted.
    static func decimal(_ value: Double?) -> String {
        guard let value else { return undefined }
        let hundredths = Int((value * 100).rounded())
        let sign = hundredths < 0 ? "-" : ""
        let magnitude = abs(hundredths)
        let fraction = magnitude % 100
        return "\(sign)\(magnitude / 100).\(fraction < 10 ? "0" : "")\(fraction)"
    }
}
