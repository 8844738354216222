/// How far two markers agree on the bands of the same replies, from their confusion matrix.
///
/// Each figure is nil when it is undefined rather than a division by zero: accuracy when there is
/// no reply; both kappas also when agreement by chance is already certain, that is when both markers
/// put every reply in one and the same band (they agree perfectly, but so would anyone guessing that
/// band, and kappa measures agreement beyond chance). The sums are kept in integers and divided once,
/// so that figures computed by hand as fractions come out exactly.
public enum AgreementStatistics {
    /// The share of replies given the same band: `agreements / n`, from 0 to 1.
    public static func accuracy(_ matrix: ConfusionMatrix) -> Double? {
        let n = matrix.total
        guard n > 0 else { return nil }
        return Double(matrix.agreements) / Double(n)
    }

    /// Cohen's kappa, unweighted: `(po − pe) / (1 − pe)`, where `po` is the observed agreement and
    /// `pe = Σ (human_i / n) (machine_i / n)` the agreement expected if each marker kept their own
    /// proportions of bands but chose at random. 1 is perfect agreement, 0 no better than chance,
    /// below 0 worse than chance. Every disagreement counts the same.
    ///
    /// Computed as `(n·a − s) / (n² − s)` with `a` the agreements and `s = Σ human_i · machine_i`.
    public static func cohensKappa(_ matrix: ConfusionMatrix) -> Double? {
        let n = matrix.total
        let chance = zip(matrix.humanTotals, matrix.machineTotals).reduce(0) { $0 + $1.0 * $1.1 }
        let denominator = n * n - chance
        guard n > 0, denominator != 0 else { return nil }
        return Double(n * matrix.agreements - chance) / Double(denominator)
    }

    /// Cohen's kappa with quadratic weights, for ordered bands: a disagreement costs the square of
    /// the distance between the bands, so `missed` for `good` costs four times `partial` for
    /// `good`. `1 − Σ w·observed / Σ w·expected`, with `w_ij = (i − j)² / (k − 1)²` and
    /// `expected_ij = human_i · machine_j / n`.
    ///
    /// Computed as `(e − n·o) / e`, with `o = Σ (i − j)²·count_ij` and `e = Σ (i − j)²·human_i·machine_j`
    /// (the `(k − 1)²` cancels out).
    public static func quadraticWeightedKappa(_ matrix: ConfusionMatrix) -> Double? {
        let n = matrix.total
        let human = matrix.humanTotals, machine = matrix.machineTotals
        var observed = 0
        var expected = 0
        for i in 0..<3 {
            for j in 0..<3 {
                let weight = (i - j) * (i - j)
                observed += weight * matrix.counts[i][j]
                expected += weight * human[i] * machine[j]
            }
        }
        guard n > 0, expected != 0 else { return nil }
        return Double(expected - n * observed) / Double(expected)
    }
}
