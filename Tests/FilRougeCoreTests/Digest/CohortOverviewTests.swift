import Testing
@testable import FilRougeCore

/// The overview of DigestFixtures' four learners, worked out by hand:
/// - Camille: ask good (100%), last good (100%): total 100%, finished; route 1 → 3.
/// - Dominique: ask partial (50%), side good (100%), last missed (0%): total 50%, finished; 1 → 2 → 3.
/// - the unnamed learner: ask missed (0%), then quit: total 0%, stopped at step 1; route 1.
/// - Eve: ask partial (50%), routed to `last`, whose question was cut: total 50%, stopped at step 3;
///   route 1 → 3.
struct CohortOverviewTests {
    let overview = DigestFixtures.digest().overview

    @Test func countsTheTotalsInBucketsOfTwentyPoints() {
        #expect(overview.scored == 4)
        #expect(overview.scores.map { "\($0.bucket.lower)-\($0.bucket.upper)" } == ["80-100", "60-79", "40-59", "20-39", "0-19"])
        #expect(overview.scores.map(\.learners.count) == [1, 0, 2, 0, 1])
        #expect(overview.scores.map(\.learners.total) == [4, 4, 4, 4, 4])
    }

    @Test func aTotalIsBucketedAsItIsShownRounded() {
        #expect(ScoreBucket.lowerBound(of: 0.795) == 80)
        #expect(ScoreBucket.lowerBound(of: 0.794) == 60)
        #expect(ScoreBucket.lowerBound(of: 1) == 80)
        #expect(ScoreBucket.lowerBound(of: 0.19) == 0)
        #expect(ScoreBucket.lowerBound(of: 0.2) == 20)
    }

    @Test func countsWhoFinishedAndWhereTheOthersStopped() {
        #expect(overview.finished == Proportion(count: 2, of: 4))
        #expect(overview.stoppedAt.map(\.step) == [1, 3])
        #expect(overview.stoppedAt.map(\.learners) == [Proportion(count: 1, of: 4), Proportion(count: 1, of: 4)])
    }

    @Test func listsTheRoutesMostTakenFirstThenInTheOrderMet() {
        #expect(overview.routes.map(\.route) == [
            .init(steps: [1, 3], finished: true), .init(steps: [1, 2, 3], finished: true),
            .init(steps: [1], finished: false), .init(steps: [1, 3], finished: false),
        ])
        #expect(overview.routes.map(\.learners.count) == [1, 1, 1, 1])
        #expect(overview.otherRoutes == Proportion(count: 0, of: 4))
    }

    @Test func keepsTheSixMostTakenRoutesAndCountsTheOthers() {
        var builder = DigestBuilder(scenario: DigestFixtures.scenario, reference: DigestFixtures.reference)
        // Camille's route three times, then Dominique's, the unnamed learner's and Eve's once each.
        for _ in 0..<3 { builder.add(ConversationRecord(text: DigestFixtures.camille), fallbackName: "c") }
        for record in DigestFixtures.records.dropFirst() { builder.add(record, fallbackName: "x") }
        let overview = builder.digest().overview
        #expect(overview.routes.first?.route == .init(steps: [1, 3], finished: true))
        #expect(overview.routes.first?.learners == Proportion(count: 3, of: 6))
        #expect(overview.routes.count == 4)
    }

    @Test func isRenderedAsTablesInMarkdown() {
        let markdown = DigestMarkdown.render(DigestFixtures.digest())
        #expect(markdown.contains("""
            ## Overview

            2 of 4 learners finished (50%).

            | Total score | Learners |
            | :--- | ---: |
            | 80–100% | 25% (1) |
            | 60–79% | 0% (0) |
            | 40–59% | 50% (2) |
            | 20–39% | 0% (0) |
            | 0–19% | 25% (1) |

            | Where they stopped | Learners |
            | :--- | ---: |
            | Step 1 · Apples or pears? | 25% (1) |
            | Step 3 · Cherries? | 25% (1) |

            | Route (steps in the order visited) | Learners |
            | :--- | ---: |
            | 1 → 3 → end | 25% (1) |
            | 1 → 2 → 3 → end | 25% (1) |
            | 1 (stopped) | 25% (1) |
            | 1 → 3 (stopped) | 25% (1) |

            ## Step 1 · Apples or pears?
            """))
    }

    @Test func isDrawnAsBarsInHTML() {
        let html = DigestHTML.render(DigestFixtures.digest())
        let overview = html.components(separatedBy: "<section class=\"overview\">").dropFirst().first?.components(separatedBy: "</section>").first ?? ""
        #expect(overview.contains("<h2>Overview</h2>"))
        #expect(overview.contains("<p class=\"answered\">2 of 4 learners finished (50%).</p>"))
        // One bar for finishing, split in three, then one a row of each table: 5 totals, 2 stops, 4 routes.
        #expect(overview.components(separatedBy: "<svg ").count - 1 == 1 + 5 + 2 + 4)
        #expect(overview.contains("<rect class=\"ending\" x=\"0\" y=\"0\" width=\"500\" height=\"40\"/><rect class=\"quit\" x=\"500\" y=\"0\" width=\"250\" height=\"40\"/><rect class=\"unfinished\" x=\"750\" y=\"0\" width=\"250\" height=\"40\"/>"))
        #expect(overview.contains("<tr><td>1 → 2 → 3 → end</td>"))
        #expect(overview.contains("<tr><td>Step 3 · Cherries?</td>"))
        #expect(overview.contains("<td class=\"figure\">50% (2)</td>"))
        #expect(html.contains("<h2><span class=\"number\">1</span><span class=\"title\">Apples or pears?</span></h2>"))
        #expect(html.contains("<tr><td>Great talk.</td>"))
    }
}
