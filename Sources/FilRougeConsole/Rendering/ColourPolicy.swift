/// Decides whether output may be coloured: only on a terminal, never with `NO_COLOR` set
/// (no-color.org) or `TERM=dumb`.
public enum ColourPolicy {
    public static func allowsColour(outputIsTerminal: Bool, environment: [String: String]) -> Bool {
        guard outputIsTerminal else { return false }
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }
}
