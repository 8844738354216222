import CYaml

/// Refuses, before the YAML tree is built, what aliases would make of it that the tree itself cannot
/// survive: lists and mappings nested far deeper than any file writes them, and keys that stand for
/// huge lists or mappings.
///
/// The YAML parser nests at most 1,000 levels as written, but it builds an alias (`*name`) as the very
/// node its anchor (`&name`) names, so a few anchors each holding the previous one make a tree
/// hundreds of thousands of levels deep, which overflows the stack when it is freed. And it compares
/// the keys of every mapping to find duplicates, walking every value a key stands for: a key that is
/// an alias of nested anchors takes billions of steps. ``YAMLSizeCheck`` only sees the tree once it
/// is built, so this check reads the parser's events instead, working out for each anchor how many
/// values and levels it stands for, in one pass over the file.
enum YAMLAliasCheck {
    /// As deep as the parser lets lists and mappings be written.
    static let maximumDepth = 1_000

    /// The diagnostic for text whose first document, once its aliases are expanded, nests deeper than
    /// `maximumDepth` or has lists and mappings as keys standing for more than `maximumKeyValues`
    /// values in all; nil otherwise, and for text the parser cannot read (the loader reports that
    /// error itself). A file without aliases always passes.
    static func diagnostic(for text: String, file: String, maximumKeyValues: Int = YAMLSizeCheck.maximumValues) -> Diagnostic? {
        var text = text
        return text.withUTF8 { bytes in
            var scan = Scan(file: file, maximumKeyValues: maximumKeyValues)
            return scan.run(bytes)
        }
    }

    /// What a node stands for once its aliases are expanded.
    private struct Extent {
        /// Counted as ``YAMLSizeCheck`` counts, held at `Int.max`.
        var values: Int
        /// Levels of lists and mappings: 0 for a scalar.
        var depth: Int
    }

    /// A list or mapping being read.
    private struct Open {
        var isMapping: Bool
        var anchor: String?
        var extent = Extent(values: 1, depth: 1)
        /// For a mapping: whether the next node is a key.
        var expectsKey = true
    }

    private struct Scan {
        let file: String
        let maximumKeyValues: Int
        var anchors: [String: Extent] = [:]
        var open: [Open] = []
        var keyValues = 0

        init(file: String, maximumKeyValues: Int) {
            self.file = file
            self.maximumKeyValues = maximumKeyValues
        }

        mutating func run(_ bytes: UnsafeBufferPointer<UInt8>) -> Diagnostic? {
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                let location = SourceLocation(file: file, line: Int(event.start_mark.line) + 1, column: Int(event.start_mark.column) + 1)
                switch event.type {
                case YAML_SCALAR_EVENT:
                    record(Extent(values: 1, depth: 0), anchor: Self.string(event.data.scalar.anchor))
                    if let problem = add(Extent(values: 1, depth: 0), at: location) { return problem }
                case YAML_ALIAS_EVENT:
                    // An undefined alias is the parser's error to report.
                    let extent = Self.string(event.data.alias.anchor).flatMap { anchors[$0] } ?? Extent(values: 1, depth: 0)
                    // Only an alias takes a path deeper than the parser allows writing it.
                    if open.count + extent.depth > maximumDepth {
                        return Diagnostic(
                            .tooLarge,
                            "lists and mappings nest more than \(maximumDepth) levels deep here once aliases are expanded: are anchors and aliases (&name, *name) used within one another?",
                            at: location
                        )
                    }
                    if let problem = add(extent, at: location) { return problem }
                case YAML_SEQUENCE_START_EVENT:
                    open.append(Open(isMapping: false, anchor: Self.string(event.data.sequence_start.anchor)))
                case YAML_MAPPING_START_EVENT:
                    open.append(Open(isMapping: true, anchor: Self.string(event.data.mapping_start.anchor)))
                case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                    guard let closed = open.popLast() else { return nil }
                    record(closed.extent, anchor: closed.anchor)
                    if let problem = add(closed.extent, at: location) { return problem }
                case YAML_DOCUMENT_END_EVENT, YAML_STREAM_END_EVENT:
                    // The loader reads the first document only.
                    return nil
                default:
                    break
                }
            }
            return nil
        }

        private mutating func record(_ extent: Extent, anchor: String?) {
            if let anchor { anchors[anchor] = extent }
        }

        /// Adds a finished node to the list or mapping it is in.
        private mutating func add(_ extent: Extent, at location: SourceLocation) -> Diagnostic? {
            guard let last = open.indices.last else { return nil }
            if open[last].isMapping {
                // Scalar keys cost nothing to compare; lists and mappings as keys are counted.
                if open[last].expectsKey, extent.values > 1 {
                    keyValues = Self.sum(keyValues, extent.values)
                    if keyValues > maximumKeyValues {
                        return Diagnostic(
                            .tooLarge,
                            "the keys of the file stand for more than \(maximumKeyValues) values once aliases are expanded: a key is a name, not an alias (*name) of a list or mapping",
                            at: location
                        )
                    }
                }
                open[last].expectsKey.toggle()
            }
            open[last].extent.values = Self.sum(open[last].extent.values, extent.values)
            open[last].extent.depth = max(open[last].extent.depth, extent.depth + 1)
            return nil
        }

        private static func sum(_ lhs: Int, _ rhs: Int) -> Int {
            let (sum, overflow) = lhs.addingReportingOverflow(rhs)
            return overflow ? .max : sum
        }

        private static func string(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
    }
}
