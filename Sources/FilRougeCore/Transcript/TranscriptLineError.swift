/// Why one line is not a transcript entry: the problem, and where in the line it is. Its
/// description is the reason a damaged line is reported with.
struct TranscriptLineError: Error, CustomStringConvertible, Equatable {
    enum Problem: Equatable {
        /// Not JSON at all: a line cut short, a stray character. Said in the words Foundation's
        /// decoder used, which reports and guides quote.
        case notJSON
        /// JSON, but not an object.
        case notAnObject
        /// A member the entry must have is absent.
        case missing(key: String)
        /// `null` where a value is needed.
        case noValue
        /// A value of another kind than the member holds (a string for a number…).
        case wrongType
        /// A name that is none of the member's (`"band":"excellent"`).
        case unknownValue(String)
        /// A `type` that names no entry.
        case unknownEventType(String)
        /// A date that is not ISO 8601.
        case notADate(String)
        /// A number with a fraction where a count is read.
        case notAWholeNumber
        /// A number too large for what it counts.
        case outOfRange
        /// The same key twice in one object: which one the writer meant cannot be told.
        case writtenTwice
        /// Arrays or objects nested deeper than `JSONLineReader.maximumDepth`.
        case tooDeep
    }

    /// One step of the way from the line's object to the value at fault.
    enum PathComponent: Equatable {
        case key(String)
        case index(Int)
    }

    var problem: Problem
    /// Filled in as the error leaves each object and array it was found in, so that reading a line
    /// that has no error costs nothing for it.
    var path: [PathComponent] = []

    init(_ problem: Problem) {
        self.problem = problem
    }

    var description: String {
        let at = path.isEmpty ? "" : " at '\(pathText)'"
        switch problem {
        case .notJSON: return "The given data was not valid JSON."
        case .notAnObject: return "not a JSON object"
        case .missing(let key): return path.isEmpty ? "no '\(key)'" : "no '\(key)' in '\(pathText)'"
        case .noValue: return "no value" + at
        case .wrongType: return "wrong type" + at
        case .unknownValue(let value): return "unknown value '\(value)'" + at
        case .unknownEventType(let type): return "unknown event type '\(type)'"
        case .notADate(let text): return "not an ISO 8601 date" + at + ": \(text)"
        case .notAWholeNumber: return "not a whole number" + at
        case .outOfRange: return "number out of range" + at
        case .writtenTwice: return "'\(pathText)' written twice"
        case .tooDeep: return "nested deeper than \(JSONLineReader.maximumDepth) levels" + at
        }
    }

    /// `evaluation.criteria[0].weight`.
    private var pathText: String {
        var text = ""
        for component in path {
            switch component {
            case .key(let key): text += text.isEmpty ? key : "." + key
            case .index(let index): text += "[\(index)]"
            }
        }
        return text
    }

    /// The error as found inside `component`.
    func inside(_ component: PathComponent) -> TranscriptLineError {
        var error = self
        error.path.insert(component, at: 0)
        return error
    }
}
