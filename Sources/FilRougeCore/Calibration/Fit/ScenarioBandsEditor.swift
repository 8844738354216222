import Yams

/// Writes new `bands` settings into a scenario file's text, leaving every other byte as it was
/// (comments, order, quoting, line ends), so that a fitted scenario reviews as a small diff.
///
/// A value that is there is replaced where it stands; a missing key is added beside its siblings,
/// in the mapping's own style; a step without `bands` gets one on the line after its `id`. The
/// result is read back and each step's setting compared with the one asked for: an edit that the
/// file's layout would make wrong is refused, never written.
public enum ScenarioBandsEditor {
    /// Why the settings could not be written into the file.
    public struct Failure: Error, Equatable, CustomStringConvertible {
        public var description: String
    }

    /// `source` with each step's `bands` set to its new setting.
    /// - Parameters:
    ///   - changes: step ids and the setting each must have.
    ///   - file: the file's name, for reading the result back.
    public static func apply(_ changes: [(step: String, bands: BandThresholds)], to source: String, file: String) throws -> String {
        guard !changes.isEmpty else { return source }
        let root: Node?
        do {
            root = try Yams.compose(yaml: source, .basic)
        } catch {
            throw Failure(description: "the scenario cannot be read as YAML: \(error)")
        }
        guard let root, let steps = root.mapping?["steps"]?.sequence else {
            throw Failure(description: "the scenario has no 'steps' list")
        }
        var text = EditableText(source)
        for change in changes {
            guard let step = steps.first(where: { $0.mapping?["id"]?.scalar?.string == change.step }), let mapping = step.mapping else {
                throw Failure(description: "no step '\(change.step)' in the file")
            }
            try edit(mapping, of: change.step, to: change.bands, in: &text)
        }
        let edited = text.string
        try verify(edited, file: file, changes: changes)
        return edited
    }

    private static func edit(_ step: Node.Mapping, of id: String, to setting: BandThresholds, in text: inout EditableText) throws {
        let values: [(key: String, value: String)]
        if let ideas = setting.ideas {
            values = [("good", "\(ideas.good)"), ("partial", "\(ideas.partial)")]
        } else {
            values = [("good", BandSettingText.number(setting.good)), ("partial", BandSettingText.number(setting.partial))]
        }
        guard let bands = step["bands"] else {
            try addBands(BandSettingText.yaml(setting), to: step, of: id, in: &text)
            return
        }
        guard var target = bands.mapping else {
            throw Failure(description: "step '\(id)': 'bands' is not a mapping")
        }
        if setting.ideas != nil {
            guard let ideas = target["ideas"]?.mapping else {
                throw Failure(description: "step '\(id)': 'bands' has no 'ideas' mapping to change")
            }
            target = ideas
        }
        try set(values, in: target, of: id, in: &text)
    }

    /// Replaces the values of keys the mapping has where they stand, and adds the others to it,
    /// together and in the mapping's style.
    private static func set(_ values: [(key: String, value: String)], in mapping: Node.Mapping, of id: String, in text: inout EditableText) throws {
        var missing: [(key: String, value: String)] = []
        for (key, value) in values {
            guard let existing = mapping[key] else {
                missing.append((key, value))
                continue
            }
            guard let scalar = existing.scalar, let mark = scalar.mark else {
                throw Failure(description: "step '\(id)': '\(key)' of 'bands' is not a plain value")
            }
            guard let range = text.scalarRange(at: mark, style: scalar.style, written: scalar.string) else {
                throw Failure(description: "step '\(id)': '\(key)' of 'bands' at \(mark) cannot be found in the text")
            }
            text.replace(range, with: value)
        }
        guard !missing.isEmpty else { return }
        let pairs = missing.map { "\($0.key): \($0.value)" }
        if let mark = mapping.mark, let brace = text.offset(at: mark), text.isOpeningBrace(at: brace) {
            text.insert(" " + pairs.joined(separator: ", ") + (mapping.isEmpty ? " " : ","), at: brace + 1)
            return
        }
        guard let firstKey = mapping.keys.first, let mark = firstKey.mark, let start = text.offset(at: mark) else {
            throw Failure(description: "step '\(id)': the 'bands' mapping cannot be found in the text")
        }
        let separator = text.lineEnd(at: start) + String(repeating: " ", count: mark.column - 1)
        text.insert(pairs.map { $0 + separator }.joined(), at: start)
    }

    /// Adds `bands: …` to a step that has none: on the line after its `id` in a block mapping, before
    /// its `id` in a flow mapping.
    private static func addBands(_ yaml: String, to step: Node.Mapping, of id: String, in text: inout EditableText) throws {
        guard let idKey = step.keys.first(where: { $0.scalar?.string == "id" }), let mark = idKey.mark, let start = text.offset(at: mark) else {
            throw Failure(description: "step '\(id)': its 'id' cannot be found in the text")
        }
        if let stepMark = step.mark, let brace = text.offset(at: stepMark), text.isOpeningBrace(at: brace) {
            text.insert("bands: \(yaml), ", at: start)
            return
        }
        let end = text.endOfLine(from: start)
        text.insert(text.lineEnd(at: start) + String(repeating: " ", count: mark.column - 1) + "bands: \(yaml)", at: end)
    }

    /// Reads the edited text back: every changed step must have its new setting, and no other step
    /// may have changed.
    private static func verify(_ edited: String, file: String, changes: [(step: String, bands: BandThresholds)]) throws {
        guard let scenario = ScenarioLoader.load(edited, file: file, warnings: false, checkingKeywords: false).scenario else {
            throw Failure(description: "the edited scenario does not load; nothing was written")
        }
        for change in changes {
            guard let step = scenario.step(change.step), scenario.thresholds(for: step) == change.bands else {
                throw Failure(description: "step '\(change.step)': the edited file does not give the new setting; set it by hand: bands: \(BandSettingText.yaml(change.bands))")
            }
        }
    }
}

/// A text edited by Unicode scalar offsets, as YAML marks count columns. Edits are located in the
/// text as it was read, where the marks point, and made together at the end, from the last
/// backwards, so that no edit moves the place of another.
private struct EditableText {
    private let scalars: [Unicode.Scalar]
    /// The offset each line starts at.
    private let lineStarts: [Int]
    private var edits: [(range: Range<Int>, text: String)] = []

    init(_ text: String) {
        scalars = Array(text.unicodeScalars)
        var starts = [0]
        for (index, scalar) in scalars.enumerated() where scalar == "\n" {
            starts.append(index + 1)
        }
        lineStarts = starts
    }

    /// The text with every edit made.
    var string: String {
        var edited = scalars
        for edit in edits.enumerated().sorted(by: { ($0.element.range.lowerBound, $0.offset) > ($1.element.range.lowerBound, $1.offset) }) {
            edited.replaceSubrange(edit.element.range, with: Array(edit.element.text.unicodeScalars))
        }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: edited)
        return String(view)
    }

    /// The offset of a YAML mark (line and column from 1, columns in Unicode scalars).
    func offset(at mark: Mark) -> Int? {
        guard mark.line >= 1, mark.line <= lineStarts.count, mark.column >= 1 else { return nil }
        let offset = lineStarts[mark.line - 1] + mark.column - 1
        return offset <= scalars.count ? offset : nil
    }

    /// True when a flow mapping opens at `offset`: its mark is there, a block mapping's is at its first key.
    func isOpeningBrace(at offset: Int) -> Bool {
        offset < scalars.count && scalars[offset] == "{"
    }

    /// The offset of the end of the line `offset` is on, before its line end.
    func endOfLine(from offset: Int) -> Int {
        var end = offset
        while end < scalars.count, scalars[end] != "\n", scalars[end] != "\r" { end += 1 }
        return end
    }

    /// The line end the file uses on the line `offset` is on: `\r\n` or `\n`.
    func lineEnd(at offset: Int) -> String {
        let end = endOfLine(from: offset)
        return end < scalars.count && scalars[end] == "\r" ? "\r\n" : "\n"
    }

    /// Where a scalar written at `mark` stands, quotes included; nil when the text there is not
    /// the scalar.
    func scalarRange(at mark: Mark, style: Node.Scalar.Style, written: String) -> Range<Int>? {
        guard let start = offset(at: mark), start < scalars.count else { return nil }
        var end = start
        switch style {
        case .plain:
            while end < scalars.count, !" \t\r\n,}]#".unicodeScalars.contains(scalars[end]) { end += 1 }
            guard String(String.UnicodeScalarView(scalars[start..<end])) == written else { return nil }
        case .singleQuoted, .doubleQuoted:
            let quote = scalars[start]
            end = start + 1
            while end < scalars.count, scalars[end] != quote, scalars[end] != "\n" { end += 1 }
            guard end < scalars.count, scalars[end] == quote else { return nil }
            end += 1
            guard String(String.UnicodeScalarView(scalars[(start + 1)..<(end - 1)])) == written else { return nil }
        default:
            return nil
        }
        return start..<end
    }

    mutating func replace(_ range: Range<Int>, with text: String) {
        edits.append((range, text))
    }

    mutating func insert(_ text: String, at offset: Int) {
        edits.append((offset..<offset, text))
    }
}
