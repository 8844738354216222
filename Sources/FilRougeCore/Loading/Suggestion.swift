/// Finds the name a user most likely meant, for "did you mean" in diagnostics.
enum Suggestion {
    /// The candidate closest to `name`, when it is close enough to be a typo of it.
    static func closest(to name: String, in candidates: [String]) -> String? {
        let limit = max(1, name.count / 3)
        var best: (candidate: String, distance: Int)?
        let lowered = name.lowercased()
        let length = lowered.unicodeScalars.count
        for candidate in candidates where candidate != name {
            let other = candidate.lowercased()
            // Two names are at least as many edits apart as their lengths differ: a name far longer
            // than any candidate (a whole paragraph pasted into a cell) is not compared letter by letter.
            guard abs(other.unicodeScalars.count - length) <= limit else { continue }
            let distance = editDistance(lowered, other)
            if distance <= limit, distance < (best?.distance ?? .max) {
                best = (candidate, distance)
            }
        }
        return best?.candidate
    }

    /// "; did you mean 'x'?" or nothing.
    static func didYouMean(_ name: String, in candidates: [String]) -> String {
        closest(to: name, in: candidates).map { "; did you mean '\($0)'?" } ?? ""
    }

    /// Edit distance with adjacent transpositions (optimal string alignment): `titel` is one edit
    /// from `title`, as a typist would count it.
    static func editDistance(_ lhs: String, _ rhs: String) -> Int {
        let a = Array(lhs.unicodeScalars)
        let b = Array(rhs.unicodeScalars)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var table = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in 0...a.count { table[i][0] = i }
        for j in 0...b.count { table[0][j] = j }
        for i in 1...a.count {
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                table[i][j] = min(table[i - 1][j] + 1, table[i][j - 1] + 1, table[i - 1][j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    table[i][j] = min(table[i][j], table[i - 2][j - 2] + 1)
                }
            }
        }
        return table[a.count][b.count]
    }
}
