import Foundation
import Testing
@testable import FilRougeCore

/// Two groups' digests, made by hand, side by side: group `A` of two learners, group `B` of one.
///
/// - Step `s1`: both of A answered (one good, one partial), both met `apple`, none expressed the
///   misconception; B's learner answered, missed, without `apple` but with the misconception.
/// - Step `s2`: none of A reached it; B's learner answered, good, and met `cherry`.
/// - Endings: one of A reached `happy`, the other quit; B's learner reached `old`, an ending the
///   scenario no longer has, which only B's digest lists.
struct DigestComparisonTests {
    static let reference = TranscriptHeader.ScenarioReference(id: "orchard", title: "The *orchard*", version: "2", language: .en, hash: "sha256:00")

    static func criterion(_ concept: String, misconception: Bool = false, required: Bool = false, met: Int, of answered: Int) -> DigestCriterion {
        DigestCriterion(
            concept: concept, label: concept + " label", misconception: misconception, required: required,
            met: Proportion(count: met, of: answered), missed: Proportion(count: answered - met, of: answered), negated: Proportion(count: 0, of: answered)
        )
    }

    static func step(_ number: Int, answered: Int, of learners: Int, bands: [Band: Int], criteria: [DigestCriterion]) -> DigestStep {
        DigestStep(
            number: number, id: "s\(number)", question: "Question \(number)?", answered: Proportion(count: answered, of: learners),
            bandCounts: bands, criteria: criteria, bestReplies: [], mostMissed: []
        )
    }

    /// A comparison shows no overview: each group's is left empty.
    static func noOverview(learners: Int) -> CohortOverview {
        CohortOverview(scoreCounts: [:], scored: 0, finished: Proportion(count: 0, of: learners), stoppedAt: [], routes: [], otherRoutes: Proportion(count: 0, of: learners))
    }

    static let groupA = Digest(
        scenario: reference, transcripts: TranscriptTally(read: 2, skipped: [.noHeader: 1]), overview: noOverview(learners: 2),
        steps: [
            step(1, answered: 2, of: 2, bands: [.good: 1, .partial: 1], criteria: [criterion("apple", required: true, met: 2, of: 2), criterion("bad", misconception: true, met: 0, of: 2)]),
            step(2, answered: 0, of: 2, bands: [:], criteria: [criterion("cherry", met: 0, of: 0)]),
        ],
        endings: EndingTally(
            reached: [
                .init(id: "happy", title: "Great talk", learners: Proportion(count: 1, of: 2)),
                .init(id: "grumpy", title: "Hmph", learners: Proportion(count: 0, of: 2)),
            ],
            quit: Proportion(count: 1, of: 2), interrupted: Proportion(count: 0, of: 2)
        )
    )

    static let groupB = Digest(
        scenario: reference, transcripts: TranscriptTally(read: 1), overview: noOverview(learners: 1),
        steps: [
            step(1, answered: 1, of: 1, bands: [.missed: 1], criteria: [criterion("apple", required: true, met: 0, of: 1), criterion("bad", misconception: true, met: 1, of: 1)]),
            step(2, answered: 1, of: 1, bands: [.good: 1], criteria: [criterion("cherry", met: 1, of: 1)]),
        ],
        endings: EndingTally(
            reached: [
                .init(id: "happy", title: "Great talk", learners: Proportion(count: 0, of: 1)),
                .init(id: "grumpy", title: "Hmph", learners: Proportion(count: 0, of: 1)),
                .init(id: "old", title: "old", learners: Proportion(count: 1, of: 1)),
            ],
            quit: Proportion(count: 0, of: 1), interrupted: Proportion(count: 0, of: 1)
        )
    )

    static let comparison = DigestComparison(groups: [.init(name: "A", digest: groupA), .init(name: "B|2", digest: groupB)])

    @Test func putsEachGroupsFiguresSideBySide() {
        let steps = Self.comparison.steps
        #expect(steps.map(\.id) == ["s1", "s2"])
        #expect(steps[0].answered == [Proportion(count: 2, of: 2), Proportion(count: 1, of: 1)])
        #expect(steps[0].bands.map(\.band) == [.good, .partial, .missed])
        #expect(steps[0].bands.map(\.groups) == [
            [Proportion(count: 1, of: 2), Proportion(count: 0, of: 1)],
            [Proportion(count: 1, of: 2), Proportion(count: 0, of: 1)],
            [Proportion(count: 0, of: 2), Proportion(count: 1, of: 1)],
        ])
        #expect(steps[0].criteria.map(\.concept) == ["apple", "bad"])
        #expect(steps[0].criteria[1].misconception)
        #expect(steps[0].criteria[1].met == [Proportion(count: 0, of: 2), Proportion(count: 1, of: 1)])
        #expect(steps[1].answered == [Proportion(count: 0, of: 2), Proportion(count: 1, of: 1)])
        #expect(steps[1].bands[0].groups == [Proportion(count: 0, of: 0), Proportion(count: 1, of: 1)])
    }

    @Test func listsEveryEndingAGroupReachedThenThoseWhoDidNotFinish() {
        let endings = Self.comparison.endings
        #expect(endings.map(\.kind) == [.ending, .ending, .ending, .quit, .interrupted])
        #expect(endings.map(\.id) == ["happy", "grumpy", "old", "", ""])
        #expect(endings.map(\.title) == ["Great talk", "Hmph", "old", "", ""])
        // Group A's digest does not list `old`: none of its two learners reached it.
        #expect(endings[2].groups == [Proportion(count: 0, of: 2), Proportion(count: 1, of: 1)])
        #expect(endings[3].groups == [Proportion(count: 1, of: 2), Proportion(count: 0, of: 1)])
    }

    @Test func rendersMarkdownWithEscapedNames() {
        #expect(DigestComparisonMarkdown.render(Self.comparison) == """
            # Groups compared: The \\*orchard\\*

            Scenario orchard 2 (en).

            | Group | Transcripts |
            | :--- | :--- |
            | A | 2 transcripts read, 1 skipped |
            | B\\|2 | 1 transcript read |

            ## Step 1 · Question 1?

            | Group | answered | good | partial | missed |
            | :--- | ---: | ---: | ---: | ---: |
            | A | 100% (2) | 50% (1) | 50% (1) | 0% (0) |
            | B\\|2 | 100% (1) | 0% (0) | 0% (0) | 100% (1) |

            | Idea: met by | A | B\\|2 |
            | :--- | ---: | ---: |
            | apple label (required) | 100% (2) | 0% (0) |
            | ⚠ misconception: bad label | 0% (0) | 100% (1) |

            ## Step 2 · Question 2?

            | Group | answered | good | partial | missed |
            | :--- | ---: | ---: | ---: | ---: |
            | A | 0% (0) | – (0) | – (0) | – (0) |
            | B\\|2 | 100% (1) | 100% (1) | 0% (0) | 0% (0) |

            | Idea: met by | A | B\\|2 |
            | :--- | ---: | ---: |
            | cherry label | – (0) | 100% (1) |

            ## Endings

            | Ending | A | B\\|2 |
            | :--- | ---: | ---: |
            | Great talk | 50% (1) | 0% (0) |
            | Hmph | 0% (0) | 0% (0) |
            | old | 0% (0) | 100% (1) |
            | *left before the end* | 50% (1) | 0% (0) |
            | *transcript stops before the end* | 0% (0) | 0% (0) |

            """)
    }

    @Test func rendersOneCSVRowPerFigureAndGroup() {
        let rows = DigestComparisonCSV.render(Self.comparison).components(separatedBy: "\r\n")
        #expect(Array(rows.prefix(5)) == [
            "group,section,step_number,step,item,label,count,total,share",
            "A,answered,1,s1,,,2,2,1.0000",
            "B|2,answered,1,s1,,,1,1,1.0000",
            "A,band,1,s1,good,,1,2,0.5000",
            "B|2,band,1,s1,good,,0,1,0.0000",
        ])
        #expect(rows.contains("A,band,2,s2,good,,0,0,"))
        #expect(rows.contains("B|2,ending,,,old,,1,1,1.0000"))
        #expect(rows.contains("A,ending,,,quit,,1,2,0.5000"))
        // 2 steps × 2 groups × (1 answered + 3 bands) + (2 + 1) criteria × 2 groups + 5 endings × 2 groups, the header, the last CRLF.
        #expect(rows.count == 16 + 6 + 10 + 1 + 1)
    }

    @Test func rendersAWellFormedPageInTheScenariosLanguage() throws {
        let html = DigestComparisonHTML.render(Self.comparison)
        #expect(html.contains("<title>Groups compared: The *orchard*</title>"))
        #expect(html.contains("<tr><td>B|2</td><td>1 transcript read</td></tr>"))
        #expect(html.contains("<h2><span class=\"number\">1</span><span class=\"title\">Question 1?</span></h2>"))
        #expect(html.contains("<tr><td>Great talk</td><td class=\"figure\">50% (1)</td><td class=\"figure\">0% (0)</td></tr>"))
        #expect(html.contains("<tr><td>cherry label</td><td class=\"figure\">– (0)</td><td class=\"figure\">100% (1)</td></tr>"))
        #expect(html.contains("<tr><td><em>left before the end</em></td><td class=\"figure\">50% (1)</td><td class=\"figure\">0% (0)</td></tr>"))
        #expect(!html.contains("<script"))
    }
}
