/// The words on the map's edges. Routes are tried in order and the first that holds wins, so when a
/// step has several the label carries its rank; an unconditional route reads `always` when it is
/// the only or first one and `otherwise` after others, and whatever follows it is never tried.
enum EdgeLabel {
    /// The label of each of an ordered list of alternatives, and whether it can ever be taken.
    static func alternatives(_ conditions: [Condition?]) -> [(text: String, live: Bool)] {
        let firstUnconditional = conditions.firstIndex(where: isUnconditional)
        return conditions.enumerated().map { index, condition in
            var text: String
            if isUnconditional(condition) {
                text = index == 0 ? "always" : "otherwise"
            } else {
                text = condition?.summary ?? "always"
            }
            let live = firstUnconditional.map { index <= $0 } ?? true
            if !live { text += " (never tried)" }
            if conditions.count > 1 { text = "\(index + 1): \(text)" }
            return (text, live)
        }
    }

    /// Where a step goes when none of its routes holds, or when it has none.
    static func nextInFile(afterRoutes: Bool) -> String {
        afterRoutes ? "none held: next in file" : "next in file"
    }

    /// Which ending `end` takes when no ending's condition holds.
    static let lastEnding = "none held: last ending"

    /// A condition that holds whatever happened: absent, or with no part set.
    static func isUnconditional(_ condition: Condition?) -> Bool {
        condition.map { $0 == Condition() } ?? true
    }
}
