import Yams

/// Refuses a YAML tree too large to be a hand-written scenario before anything walks it.
///
/// Aliases make this necessary: a few lines of anchors that refer to one another (the "billion
/// laughs") stand for billions of values, which the parser shares but every later pass would visit.
/// Counting stops at the limit, so the check itself costs little whatever the file says.
enum YAMLSizeCheck {
    /// Far above any real scenario (the bundled ones have about 4,000 values each).
    static let maximumValues = 200_000

    /// The diagnostic for a tree with more than `limit` values, counting aliased values each time
    /// they are used; nil for a tree within it.
    static func diagnostic(for root: Node, file: String, limit: Int = maximumValues, location: (Node) -> SourceLocation) -> Diagnostic? {
        var count = 0
        var pending = [root]
        while let node = pending.popLast() {
            count += 1
            if count > limit {
                return Diagnostic(
                    .tooLarge,
                    "the file stands for more than \(limit) values, far more than a scenario has: are anchors and aliases (&name, *name) repeated within one another?",
                    at: location(node)
                )
            }
            switch node {
            case .mapping(let mapping):
                for (key, value) in mapping {
                    pending.append(value)
                    pending.append(key)
                }
            case .sequence(let sequence):
                pending.append(contentsOf: sequence.reversed())
            default:
                break
            }
        }
        return nil
    }
}
