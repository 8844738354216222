import Foundation

/// A time spent, as a progress table shows it: `< 1 min`, `12 min`, `1 h 05`, in whole minutes
/// counted down, the same in French and English; a dash when unknown.
public enum DurationText {
    public static func of(_ seconds: TimeInterval?) -> String {
        guard let seconds, seconds.isFinite else { return "—" }
        let minutes = Int(max(0, seconds) / 60)
        if minutes < 1 { return "< 1 min" }
        if minutes < 60 { return "\(minutes) min" }
        let rest = minutes % 60
        return "\(minutes / 60) h " + (rest < 10 ? "0" : "") + String(rest)
    }
}
