import Testing
@testable import FilRougeCore

struct PercentTextTests {
    /// Rounded to the nearest whole percent, halves up, with no space before the sign in any locale.
    @Test(arguments: [(0.0, "0%"), (1.0, "100%"), (2.0 / 3.0, "67%"), (0.545, "55%"), (0.005, "1%"), (0.004, "0%")])
    func sharesAreWholePercentages(share: Double, text: String) {
        #expect(PercentText.of(share) == text)
    }
}
