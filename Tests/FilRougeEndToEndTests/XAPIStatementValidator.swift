import Foundation
import FilRougeTestSupport

/// Checks a statement against the structure xAPI 1.0.3 gives it (xAPI-Data.md, part two, section 2):
/// the properties a statement may have and the type of each, identifiers (UUIDs, absolute IRIs,
/// RFC 5646 language tags), scores, and times. Returns the problems found, each with its path.
struct XAPIStatementValidator {
    private(set) var problems: [String] = []

    static func validate(_ statement: JSONValue) -> [String] {
        var validator = XAPIStatementValidator()
        validator.statement(statement)
        return validator.problems
    }

    static let statementProperties: Set<String> = ["id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority", "version", "attachments"]
    static let interactionTypes: Set<String> = ["true-false", "choice", "fill-in", "long-fill-in", "matching", "performance", "sequencing", "likert", "numeric", "other"]

    private mutating func problem(_ path: String, _ message: String) {
        problems.append("\(path): \(message)")
    }

    private mutating func statement(_ value: JSONValue) {
        guard let members = value.objectValue else { return problem("statement", "not an object") }
        for key in members.keys where !Self.statementProperties.contains(key) { problem(key, "not a statement property") }
        if let id = members["id"] { uuid(id, at: "id") }
        if let actor = members["actor"] { agent(actor, at: "actor") } else { problem("actor", "missing") }
        if let verb = members["verb"] { self.verb(verb) } else { problem("verb", "missing") }
        if let object = members["object"] { activity(object, at: "object") } else { problem("object", "missing") }
        if let result = members["result"] { self.result(result) }
        if let context = members["context"] { self.context(context) }
        if let timestamp = members["timestamp"] { self.timestamp(timestamp, at: "timestamp") }
        if let version = members["version"] {
            // Clients should not set it, and when they do it must be 1.0.0 (2.4.10).
            if version.stringValue != "1.0.0" { problem("version", "a client may only set 1.0.0") }
        }
        for key in ["stored", "authority"] where members[key] != nil { problem(key, "set by the learning record store, not the client") }
    }

    private mutating func agent(_ value: JSONValue, at path: String) {
        guard let members = value.objectValue else { return problem(path, "not an object") }
        if let type = members["objectType"], type.stringValue != "Agent" { problem("\(path).objectType", "not Agent") }
        if let name = members["name"], name.stringValue == nil { problem("\(path).name", "not a string") }
        let identifiers = ["mbox", "mbox_sha1sum", "openid", "account"].filter { members[$0] != nil }
        if identifiers.count != 1 { problem(path, "needs exactly one identifier (mbox, mbox_sha1sum, openid, account), has \(identifiers.count)") }
        if let account = members["account"] {
            guard let fields = account.objectValue else { return problem("\(path).account", "not an object") }
            if let homePage = fields["homePage"]?.stringValue {
                if !Self.isAbsoluteIRI(homePage) || !(homePage.hasPrefix("http://") || homePage.hasPrefix("https://")) {
                    problem("\(path).account.homePage", "not an IRL")
                }
            } else {
                problem("\(path).account.homePage", "missing")
            }
            if fields["name"]?.stringValue?.isEmpty ?? true { problem("\(path).account.name", "missing") }
            for key in fields.keys where key != "homePage" && key != "name" { problem("\(path).account.\(key)", "not an account property") }
        }
    }

    private mutating func verb(_ value: JSONValue) {
        guard let members = value.objectValue else { return problem("verb", "not an object") }
        iri(members["id"], at: "verb.id")
        if let display = members["display"] { languageMap(display, at: "verb.display") }
    }

    private mutating func activity(_ value: JSONValue, at path: String) {
        guard let members = value.objectValue else { return problem(path, "not an object") }
        if let type = members["objectType"], type.stringValue != "Activity" { problem("\(path).objectType", "not Activity") }
        iri(members["id"], at: "\(path).id")
        guard let definition = members["definition"] else { return }
        guard let fields = definition.objectValue else { return problem("\(path).definition", "not an object") }
        if let name = fields["name"] { languageMap(name, at: "\(path).definition.name") }
        if let description = fields["description"] { languageMap(description, at: "\(path).definition.description") }
        if let type = fields["type"] { iri(type, at: "\(path).definition.type") }
        if let interaction = fields["interactionType"] {
            if !Self.interactionTypes.contains(interaction.stringValue ?? "") { problem("\(path).definition.interactionType", "unknown") }
            if fields["type"]?.stringValue != "http://adlnet.gov/expapi/activities/cmi.interaction" {
                problem("\(path).definition.type", "an interaction's type should be cmi.interaction")
            }
        }
    }

    private mutating func result(_ value: JSONValue) {
        guard let members = value.objectValue else { return problem("result", "not an object") }
        for key in members.keys where !["score", "success", "completion", "response", "duration", "extensions"].contains(key) {
            problem("result.\(key)", "not a result property")
        }
        for key in ["success", "completion"] {
            if let flag = members[key], case .bool = flag {} else if members[key] != nil { problem("result.\(key)", "not a boolean") }
        }
        if let response = members["response"], response.stringValue == nil { problem("result.response", "not a string") }
        if let extensions = members["extensions"] { self.extensions(extensions, at: "result.extensions") }
        guard let score = members["score"] else { return }
        guard let fields = score.objectValue else { return problem("result.score", "not an object") }
        for key in fields.keys where !["scaled", "raw", "min", "max"].contains(key) { problem("result.score.\(key)", "not a score property") }
        for (key, value) in fields where value.numberValue == nil { problem("result.score.\(key)", "not a number") }
        if let scaled = fields["scaled"]?.numberValue, !(-1...1).contains(scaled) { problem("result.score.scaled", "\(scaled) is outside -1…1") }
        let min = fields["min"]?.numberValue, max = fields["max"]?.numberValue, raw = fields["raw"]?.numberValue
        if let min, let max, min >= max { problem("result.score", "min is not below max") }
        if let raw, let min, raw < min { problem("result.score.raw", "below min") }
        if let raw, let max, raw > max { problem("result.score.raw", "above max") }
    }

    private mutating func context(_ value: JSONValue) {
        guard let members = value.objectValue else { return problem("context", "not an object") }
        for key in members.keys where !["registration", "instructor", "team", "contextActivities", "revision", "platform", "language", "statement", "extensions"].contains(key) {
            problem("context.\(key)", "not a context property")
        }
        if let registration = members["registration"] { uuid(registration, at: "context.registration") }
        if let language = members["language"] {
            if !Self.isLanguageTag(language.stringValue ?? "") { problem("context.language", "not an RFC 5646 tag") }
        }
        if let platform = members["platform"], platform.stringValue == nil { problem("context.platform", "not a string") }
        if let extensions = members["extensions"] { self.extensions(extensions, at: "context.extensions") }
        if let activities = members["contextActivities"] {
            guard let kinds = activities.objectValue else { return problem("context.contextActivities", "not an object") }
            for (kind, list) in kinds {
                guard ["parent", "grouping", "category", "other"].contains(kind) else {
                    problem("context.contextActivities.\(kind)", "not a context activity kind")
                    continue
                }
                for (index, activity) in (list.arrayValue ?? [list]).enumerated() {
                    self.activity(activity, at: "context.contextActivities.\(kind)[\(index)]")
                }
            }
        }
    }

    private mutating func extensions(_ value: JSONValue, at path: String) {
        guard let members = value.objectValue else { return problem(path, "not an object") }
        for key in members.keys where !Self.isAbsoluteIRI(key) { problem("\(path).\(key)", "the key is not an absolute IRI") }
    }

    private mutating func languageMap(_ value: JSONValue, at path: String) {
        guard let members = value.objectValue else { return problem(path, "not a language map") }
        for (tag, text) in members {
            if !Self.isLanguageTag(tag) { problem("\(path).\(tag)", "not an RFC 5646 tag") }
            if text.stringValue == nil { problem("\(path).\(tag)", "not a string") }
        }
    }

    private mutating func uuid(_ value: JSONValue, at path: String) {
        let pattern = #"^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-5][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}$"#
        guard let text = value.stringValue, text.range(of: pattern, options: .regularExpression) != nil else {
            return problem(path, "not an RFC 4122 UUID")
        }
    }

    private mutating func iri(_ value: JSONValue?, at path: String) {
        guard let text = value?.stringValue else { return problem(path, "missing") }
        if !Self.isAbsoluteIRI(text) { problem(path, "'\(text)' is not an absolute IRI") }
    }

    private mutating func timestamp(_ value: JSONValue, at path: String) {
        let pattern = #"^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$"#
        guard let text = value.stringValue, text.range(of: pattern, options: .regularExpression) != nil else {
            return problem(path, "not an ISO 8601 time with a time zone")
        }
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime, .withFractionalSeconds]
        if formatter.date(from: text) == nil, ISO8601DateFormatter().date(from: text) == nil {
            problem(path, "'\(text)' is not a valid time")
        }
    }

    /// A scheme (RFC 3987: a letter, then letters, digits, '+', '-', '.'), ':' and a non-empty rest
    /// without spaces.
    static func isAbsoluteIRI(_ text: String) -> Bool {
        text.range(of: #"^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]+$"#, options: .regularExpression) != nil
    }

    /// The common shape of RFC 5646 tags: a 2–3 letter language, then subtags of 2–8 letters or digits.
    static func isLanguageTag(_ text: String) -> Bool {
        text.range(of: #"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$"#, options: .regularExpression) != nil
    }
}
