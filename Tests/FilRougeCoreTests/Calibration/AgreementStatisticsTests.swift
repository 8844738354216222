import Testing
@testable import FilRougeCore

/// The agreement figures against values worked out by hand as fractions. Matrices are written with
/// rows for the human (missed, partial, good) and columns for the machine (same order). With
/// n the total, a the agreements (the diagonal), r and c the row and column totals:
///   accuracy = a / n
///   kappa    = (n·a − s) / (n² − s), s = Σ r_i·c_i        (the same as (po − pe) / (1 − pe))
///   QWK      = (e − n·o) / e, o = Σ (i − j)²·count_ij, e = Σ (i − j)²·r_i·c_j
/// Each figure below is compared exactly with the fraction, since the code divides once.
struct AgreementStatisticsTests {
    func matrix(_ rows: [[Int]]) throws -> ConfusionMatrix {
        try #require(ConfusionMatrix(rows: rows))
    }

    @Test func perfectAgreementIsOneForEveryFigure() throws {
        // n = 10, a = 10; r = c = (2, 3, 5), s = 4 + 9 + 25 = 38
        // po = 1, pe = 38/100; kappa = (100 − 38) / (100 − 38) = 1
        // o = 0, so QWK = e / e = 1 (e = 1·2·3 + 4·2·5 + 1·3·2 + 1·3·5 + 4·5·2 + 1·5·3 = 122)
        let m = try matrix([[2, 0, 0], [0, 3, 0], [0, 0, 5]])
        #expect(AgreementStatistics.accuracy(m) == 1)
        #expect(AgreementStatistics.cohensKappa(m) == 1)
        #expect(AgreementStatistics.quadraticWeightedKappa(m) == 1)
    }

    @Test func agreementByChanceIsZero() throws {
        // Every cell 1: n = 9, a = 3; r = c = (3, 3, 3), s = 27
        // po = 3/9 = 1/3, pe = 27/81 = 1/3; kappa = (27 − 27) / (81 − 27) = 0
        // o = 1+4 + 1+1 + 4+1 = 12; e = 12 · 3·3 = 108; QWK = (108 − 9·12) / 108 = 0
        let uniform = try matrix([[1, 1, 1], [1, 1, 1], [1, 1, 1]])
        #expect(AgreementStatistics.accuracy(uniform) == 1.0 / 3.0)
        #expect(AgreementStatistics.cohensKappa(uniform) == 0)
        #expect(AgreementStatistics.quadraticWeightedKappa(uniform) == 0)

        // Independent marks with uneven margins, count_ij = r_i·c_j / n:
        // n = 16, a = 1 + 4 + 1 = 6; r = c = (4, 8, 4), s = 16 + 64 + 16 = 96
        // po = 6/16, pe = 96/256 = 6/16; kappa = (96 − 96) / (256 − 96) = 0
        // o = 1·2 + 4·1 + 1·2 + 1·2 + 4·1 + 1·2 = 16
        // e = 1·4·8 + 4·4·4 + 1·8·4 + 1·8·4 + 4·4·4 + 1·4·8 = 256; QWK = (256 − 16·16) / 256 = 0
        let independent = try matrix([[1, 2, 1], [2, 4, 2], [1, 2, 1]])
        #expect(AgreementStatistics.accuracy(independent) == 6.0 / 16.0)
        #expect(AgreementStatistics.cohensKappa(independent) == 0)
        #expect(AgreementStatistics.quadraticWeightedKappa(independent) == 0)
    }

    @Test func quadraticWeightsForgiveNearMissesAndPunishFarOnes() throws {
        // Disagreements one band apart: n = 16, a = 12; r = c = (5, 6, 5), s = 25 + 36 + 25 = 86
        // kappa = (16·12 − 86) / (256 − 86) = 106/170 = 53/85
        // o = 1 + 1 + 1 + 1 = 4
        // e = 1·5·6 + 4·5·5 + 1·6·5 + 1·6·5 + 4·5·5 + 1·5·6 = 320; QWK = (320 − 16·4) / 320 = 256/320 = 4/5
        let near = try matrix([[4, 1, 0], [1, 4, 1], [0, 1, 4]])
        #expect(AgreementStatistics.accuracy(near) == 12.0 / 16.0)
        #expect(AgreementStatistics.cohensKappa(near) == 53.0 / 85.0)
        #expect(AgreementStatistics.quadraticWeightedKappa(near) == 4.0 / 5.0)

        // The same accuracy, but missed against good: n = 16, a = 12; r = c = (6, 4, 6), s = 36 + 16 + 36 = 88
        // kappa = (192 − 88) / (256 − 88) = 104/168 = 13/21
        // o = 4·2 + 4·2 = 16
        // e = 1·6·4 + 4·6·6 + 1·4·6 + 1·4·6 + 4·6·6 + 1·6·4 = 384; QWK = (384 − 16·16) / 384 = 128/384 = 1/3
        let far = try matrix([[4, 0, 2], [0, 4, 0], [2, 0, 4]])
        #expect(AgreementStatistics.accuracy(far) == 12.0 / 16.0)
        #expect(AgreementStatistics.cohensKappa(far) == 13.0 / 21.0)
        #expect(AgreementStatistics.quadraticWeightedKappa(far) == 1.0 / 3.0)
    }

    @Test func completeDisagreementIsMinusOne() throws {
        // missed ↔ good only: n = 4, a = 0; r = c = (2, 0, 2), s = 8
        // kappa = (0 − 8) / (16 − 8) = −1
        // o = 4·2 + 4·2 = 16; e = 4·2·2 + 4·2·2 = 32; QWK = (32 − 4·16) / 32 = −1
        let m = try matrix([[0, 0, 2], [0, 0, 0], [2, 0, 0]])
        #expect(AgreementStatistics.accuracy(m) == 0)
        #expect(AgreementStatistics.cohensKappa(m) == -1)
        #expect(AgreementStatistics.quadraticWeightedKappa(m) == -1)
    }

    @Test func noReplyHasNoFigure() {
        let empty = ConfusionMatrix()
        #expect(empty.total == 0)
        #expect(AgreementStatistics.accuracy(empty) == nil)
        #expect(AgreementStatistics.cohensKappa(empty) == nil)
        #expect(AgreementStatistics.quadraticWeightedKappa(empty) == nil)
    }

    @Test func oneSharedBandHasAccuracyButNoKappa() throws {
        // Both mark all 5 replies good: po = 1 and pe = 25/25 = 1, so kappa is 0/0; e = 0 for QWK.
        let m = try matrix([[0, 0, 0], [0, 0, 0], [0, 0, 5]])
        #expect(AgreementStatistics.accuracy(m) == 1)
        #expect(AgreementStatistics.cohensKappa(m) == nil)
        #expect(AgreementStatistics.quadraticWeightedKappa(m) == nil)
    }

    @Test func oneHumanBandAloneGivesZeroNotNothing() throws {
        // The human marks all good, the machine varies: n = 4, a = 2; r = (0, 0, 4), c = (1, 1, 2), s = 8
        // kappa = (8 − 8) / (16 − 8) = 0
        // o = 4·1 + 1·1 = 5; e = 4·4·1 + 1·4·1 = 20; QWK = (20 − 4·5) / 20 = 0
        let m = try matrix([[0, 0, 0], [0, 0, 0], [1, 1, 2]])
        #expect(AgreementStatistics.accuracy(m) == 0.5)
        #expect(AgreementStatistics.cohensKappa(m) == 0)
        #expect(AgreementStatistics.quadraticWeightedKappa(m) == 0)
    }

    @Test func theMatrixCountsHumanRowsAndMachineColumns() {
        var m = ConfusionMatrix()
        m.add(human: .good, machine: .missed)
        m.add(human: .good, machine: .missed)
        m.add(human: .partial, machine: .partial)
        #expect(m.count(human: .good, machine: .missed) == 2)
        #expect(m.count(human: .missed, machine: .good) == 0)
        #expect(m.counts == [[0, 0, 0], [0, 1, 0], [2, 0, 0]])
        #expect(m.humanTotals == [0, 1, 2])
        #expect(m.machineTotals == [2, 1, 0])
        #expect(m.agreements == 1)
        #expect(ConfusionMatrix(rows: [[1, 2], [3, 4]]) == nil)
        #expect(ConfusionMatrix(rows: [[0, 0, 0], [0, -1, 0], [0, 0, 0]]) == nil)
    }

    @Test func criterionPrecisionAndRecallAreNilWhenUndefined() {
        var criterion = CriterionAgreement(step: "s", concept: "c", label: "c", isMisconception: false)
        #expect(criterion.precision == nil)
        #expect(criterion.recall == nil)
        criterion.add(humanNamed: false, machineMet: false)
        #expect(criterion.precision == nil)
        #expect(criterion.recall == nil)
        // TP 2, FP 1, FN 3: precision 2/3, recall 2/5
        for _ in 0..<2 { criterion.add(humanNamed: true, machineMet: true) }
        criterion.add(humanNamed: false, machineMet: true)
        for _ in 0..<3 { criterion.add(humanNamed: true, machineMet: false) }
        #expect(criterion.truePositives == 2)
        #expect(criterion.falsePositives == 1)
        #expect(criterion.falseNegatives == 3)
        #expect(criterion.trueNegatives == 1)
        #expect(criterion.precision == 2.0 / 3.0)
        #expect(criterion.recall == 2.0 / 5.0)
    }

    @Test func kappaIsReadWithLandisAndKochsWords() {
        #expect(KappaInterpretation(kappa: -0.1) == .poor)
        #expect(KappaInterpretation(kappa: 0) == .slight)
        #expect(KappaInterpretation(kappa: 0.2) == .slight)
        #expect(KappaInterpretation(kappa: 0.35) == .fair)
        #expect(KappaInterpretation(kappa: 0.6) == .moderate)
        #expect(KappaInterpretation(kappa: 0.61) == .substantial)
        #expect(KappaInterpretation(kappa: 0.81) == .almostPerfect)
        #expect(KappaInterpretation(kappa: 1).rawValue == "almost perfect")
    }

    @Test func figuresAreWrittenWithTwoDecimalsOrAsPercentages() {
        #expect(FigureFormat.decimal(13.0 / 25.0) == "0.52")
        #expect(FigureFormat.decimal(14.0 / 29.0) == "0.48")
        #expect(FigureFormat.decimal(1) == "1.00")
        #expect(FigureFormat.decimal(-1) == "-1.00")
        #expect(FigureFormat.decimal(-0.05) == "-0.05")
        #expect(FigureFormat.decimal(-0.001) == "0.00")
        #expect(FigureFormat.decimal(nil) == "n/a")
        #expect(FigureFormat.percent(7.0 / 11.0) == "64%")
        #expect(FigureFormat.percent(nil) == "n/a")
    }
}
