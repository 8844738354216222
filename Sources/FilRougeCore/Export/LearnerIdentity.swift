import Foundation

/// Who a transcript's learner is in an export: the name given with `--name`, or, anonymized, a
/// number that stands for the same person wherever they appear in the export.
public struct LearnerIdentity: Equatable, Sendable {
    /// The learner's name; nil when anonymized or when none was given.
    public var name: String?
    /// The learner's number; set only when anonymized.
    public var number: Int?

    public init(name: String?, number: Int?) {
        self.name = name
        self.number = number
    }

    /// The name, or the number when anonymized; empty when the transcript has no name.
    public var label: String {
        if let number { return String(number) }
        return name ?? ""
    }
}
