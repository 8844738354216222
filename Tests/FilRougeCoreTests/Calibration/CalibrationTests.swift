import Testing
@testable import FilRougeCore

/// The boulangerie marks (Tests/FilRougeEndToEndTests/Fixtures/boulangerie.marks.csv) against the
/// rubric. Line by line, human band / machine band:
///   commandes  2 good/good  3 partial/partial  4 missed/missed  5 good/partial  6 good/missed  7 missed/missed
///   reseaux    8 good/good  9 missed/missed   10 good/partial  11 partial/partial  13 missed/partial
/// (the reply of line 11 runs over two lines, so the last row starts on line 13).
struct CalibrationTests {
    func calibration() throws -> Calibration {
        let scenario = try CalibrationFixtures.scenario()
        let parsed = MarksFile.parse(try CalibrationFixtures.text("boulangerie.marks.csv"), file: "boulangerie.marks.csv", scenario: scenario)
        #expect(parsed.diagnostics.isEmpty)
        return Calibration(scenario: scenario, marks: try #require(parsed.marksFile))
    }

    @Test func theMachineGivesTheBandsWorkedOutByHand() throws {
        let scenario = try CalibrationFixtures.scenario()
        let marks = try #require(MarksFile.parse(try CalibrationFixtures.text("boulangerie.marks.csv"), file: "m", scenario: scenario).marksFile)
        let evaluator = RubricEvaluator(scenario: scenario)
        let machine = marks.marks.map { evaluator.evaluate($0.reply, step: $0.step)?.band }
        #expect(marks.marks.map(\.line) == [2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 13])
        #expect(marks.marks.map(\.band) == [.good, .partial, .missed, .good, .good, .missed, .good, .missed, .good, .partial, .missed])
        #expect(machine == [.good, .partial, .missed, .partial, .missed, .missed, .good, .missed, .partial, .partial, .partial])
    }

    @Test func stepCommandes() throws {
        // Rows human (missed, partial, good), columns machine: (2 0 0 / 0 1 0 / 1 1 1)
        // n = 6, a = 4: accuracy 4/6
        // r = (2, 1, 3), c = (3, 2, 1), s = 6 + 2 + 3 = 11: kappa = (6·4 − 11) / (36 − 11) = 13/25
        // o = 4·1 (good/missed) + 1·1 (good/partial) = 5
        // e = 1·2·2 + 4·2·1 + 1·1·3 + 1·1·1 + 4·3·3 + 1·3·2 = 4 + 8 + 3 + 1 + 36 + 6 = 58
        // QWK = (58 − 6·5) / 58 = 28/58 = 14/29: below kappa, for the good reply graded missed
        let step = try #require(try calibration().steps.first { $0.step == "commandes" })
        #expect(step.agreement.confusion.counts == [[2, 0, 0], [0, 1, 0], [1, 1, 1]])
        #expect(step.agreement.count == 6)
        #expect(step.agreement.accuracy == 4.0 / 6.0)
        #expect(step.agreement.kappa == 13.0 / 25.0)
        #expect(step.agreement.quadraticWeightedKappa == 14.0 / 29.0)
    }

    @Test func stepReseaux() throws {
        // (1 1 0 / 0 1 0 / 0 1 1): n = 5, a = 3: accuracy 3/5
        // r = (2, 1, 2), c = (1, 3, 1), s = 2 + 3 + 2 = 7: kappa = (15 − 7) / (25 − 7) = 8/18 = 4/9
        // o = 1 (missed/partial) + 1 (good/partial) = 2
        // e = 1·2·3 + 4·2·1 + 1·1·1 + 1·1·1 + 4·2·1 + 1·2·3 = 6 + 8 + 1 + 1 + 8 + 6 = 30
        // QWK = (30 − 5·2) / 30 = 2/3: above kappa, every disagreement being one band apart
        let step = try #require(try calibration().steps.first { $0.step == "reseaux" })
        #expect(step.agreement.confusion.counts == [[1, 1, 0], [0, 1, 0], [0, 1, 1]])
        #expect(step.agreement.accuracy == 3.0 / 5.0)
        #expect(step.agreement.kappa == 4.0 / 9.0)
        #expect(step.agreement.quadraticWeightedKappa == 2.0 / 3.0)
    }

    @Test func overall() throws {
        // (3 1 0 / 0 2 0 / 1 2 2): n = 11, a = 7: accuracy 7/11
        // r = (4, 2, 5), c = (4, 5, 2), s = 16 + 10 + 10 = 36: kappa = (77 − 36) / (121 − 36) = 41/85
        // o = 1·1 + 4·1 + 1·2 = 7
        // e = 1·4·5 + 4·4·2 + 1·2·4 + 1·2·2 + 4·5·4 + 1·5·5 = 20 + 32 + 8 + 4 + 80 + 25 = 169
        // QWK = (169 − 11·7) / 169 = 92/169
        let calibration = try calibration()
        #expect(calibration.scenarioID == "boulangerie")
        #expect(calibration.steps.map(\.step) == ["commandes", "reseaux"])
        #expect(calibration.unmarkedSteps.isEmpty)
        #expect(calibration.overall.confusion.counts == [[3, 1, 0], [0, 2, 0], [1, 2, 2]])
        #expect(calibration.overall.accuracy == 7.0 / 11.0)
        #expect(calibration.overall.kappa == 41.0 / 85.0)
        #expect(calibration.overall.quadraticWeightedKappa == 92.0 / 169.0)
    }

    @Test func criteria() throws {
        // commande-en-ligne: named and met on 2, 3, 5; named but not met on 6; neither on 4 and 7
        // (negated there): TP 3, FP 0, FN 1, TN 2; precision 3/3, recall 3/4.
        // simplicite: named and met on 2, 4, 6, 7; neither on 3 and 5: TP 4, TN 2.
        // reseaux: named and met on 8, 10; met but not named on 13; neither on 9, 11: TP 2, FP 1, TN 2;
        // precision 2/3, recall 2/2.
        // photos: named and met on 8, 11; named but not met on 10; neither on 9, 13: TP 2, FN 1, TN 2;
        // precision 2/2, recall 2/3.
        let criteria = try #require(try calibration().criteria)
        #expect(criteria.map { "\($0.step)/\($0.concept)" } == ["commandes/commande-en-ligne", "commandes/simplicite", "reseaux/reseaux", "reseaux/photos"])
        #expect(criteria.map { [$0.truePositives, $0.falsePositives, $0.falseNegatives, $0.trueNegatives] } == [[3, 0, 1, 2], [4, 0, 0, 2], [2, 1, 0, 2], [2, 0, 1, 2]])
        #expect(criteria.map(\.precision) == [1, 1, 2.0 / 3.0, 1])
        #expect(criteria.map(\.recall) == [3.0 / 4.0, 1, 1, 2.0 / 3.0])
    }

    @Test func disagreementsCarryTheMachinesExplanation() throws {
        let scenario = try CalibrationFixtures.scenario()
        let disagreements = try calibration().disagreements
        #expect(disagreements.map(\.line) == [5, 6, 10, 13])
        #expect(disagreements.map(\.distance) == [1, 2, 1, 1])
        let far = disagreements[1]
        #expect(far.step == "commandes")
        #expect(far.human == .good)
        #expect(far.machine == .missed)
        #expect(far.score == 1.0 / 3.0)
        #expect(far.humanConcepts == ["commande-en-ligne", "simplicite"])
        #expect(far.machineConcepts == ["simplicite"])
        #expect(far.explanation == GradeExplanation(scenario: scenario, step: "commandes", reply: far.reply).text)
        #expect(far.explanation.contains("MISSED commande-en-ligne (weight 2, required)"))
    }

    @Test func withoutConceptsThereAreNoCriteriaFigures() throws {
        let scenario = try CalibrationFixtures.scenario()
        let marks = try #require(MarksFile.parse("step,reply,band\nreseaux,Des photos sur Facebook,good\n", file: "m", scenario: scenario).marksFile)
        let calibration = Calibration(scenario: scenario, marks: marks)
        #expect(calibration.criteria == nil)
        #expect(calibration.unmarkedSteps == ["commandes"])
        #expect(calibration.overall.accuracy == 1)
        #expect(calibration.overall.kappa == nil)
        #expect(calibration.disagreements.isEmpty)
        let text = CalibrationText.render(calibration)
        #expect(text.contains("  overall  1      100%  n/a  n/a  n/a"))
        #expect(text.contains("  Steps without marks: commandes"))
        #expect(text.contains("Criteria: no figures, the marks file has no 'concepts' column."))
        #expect(text.hasSuffix("\nNo disagreement."))
    }

    @Test func jsonWritesUndefinedFiguresAsNull() throws {
        let scenario = try CalibrationFixtures.scenario()
        // One reply, missed for both: accuracy 1, no kappa.
        let marks = try #require(MarksFile.parse("step,reply,band\nreseaux,Rien,missed\n", file: "m", scenario: scenario).marksFile)
        let json = CalibrationJSON.render(Calibration(scenario: scenario, marks: marks))
        #expect(json.contains("\"accuracy\" : 1,"))
        #expect(json.contains("\"kappa\" : null"))
        #expect(json.contains("\"quadratic_weighted_kappa\" : null"))
        #expect(json.contains("\"criteria\" : null"))
    }

    @Test func jsonEscapesWhatATerminalWouldActOn() throws {
        let scenario = try CalibrationFixtures.scenario()
        let marks = try #require(MarksFile.parse("step,reply,band\nreseaux,\"Rien \u{9B}31m\u{202E}\",good\n", file: "m", scenario: scenario).marksFile)
        let json = CalibrationJSON.render(Calibration(scenario: scenario, marks: marks))
        #expect(json.contains("\"reply\" : \"Rien \\u009b31m\\u202e\""))
        #expect(!json.unicodeScalars.contains { $0.value == 0x9B || $0.value == 0x202E })
    }

    @Test func disagreementsCanBeCapped() throws {
        let calibration = try calibration()
        let text = CalibrationText.render(calibration, disagreementLimit: 1)
        #expect(text.contains("Disagreements (the first 1 of 4)"))
        #expect(text.contains("boulangerie.marks.csv:5: step commandes"))
        #expect(!text.contains("boulangerie.marks.csv:6:"))
        #expect(text.hasSuffix("\n3 more (--disagreements all shows them)."))
        let none = CalibrationText.render(calibration, disagreementLimit: 0)
        #expect(none.hasSuffix("\n4 disagreements not shown (--disagreements all shows them)."))
    }
}
