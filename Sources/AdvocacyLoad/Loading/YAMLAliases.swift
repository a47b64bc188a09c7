import CYaml
import AdvocacyCore

/// Counts the aliases (`*name`) of a YAML text and the size of what they stand for, from libyaml's
/// events and before anything is composed, so a file whose aliases would repeat an anchor thousands
/// of times is refused in a moment instead of being expanded.
enum YAMLAliases {
    /// The most aliases one file may hold.
    static let maximumCount = 100
    /// The most a file's aliases may stand for together: one per value plus the characters of its texts.
    static let maximumExpansion = 1_000_000

    /// The alias that goes past a limit, at 0-based line and column in the YAML text.
    struct Excess: Equatable {
        enum Limit { case count, expansion }
        package let limit: Limit
        package let name: String
        package let line: Int
        package let column: Int
    }

    /// The first alias past either limit; nil when there is none, or when the text is not valid YAML
    /// (the composer then reports the mistake).
    static func excess(in yaml: String) -> Excess? {
        guard yaml.utf8.contains(UInt8(ascii: "*")) else { return nil }
        var text = yaml
        return text.withUTF8 { bytes in
            var parser = yaml_parser_t()
            guard yaml_parser_initialize(&parser) == 1 else { return nil }
            defer { yaml_parser_delete(&parser) }
            yaml_parser_set_encoding(&parser, YAML_UTF8_ENCODING)
            yaml_parser_set_input_string(&parser, bytes.baseAddress, bytes.count)
            var counter = Counter()
            var event = yaml_event_t()
            while yaml_parser_parse(&parser, &event) == 1 {
                defer { yaml_event_delete(&event) }
                if event.type == YAML_STREAM_END_EVENT { return nil }
                if let excess = counter.read(event) { return excess }
            }
            return nil
        }
    }

    /// The size of every value as it is read, with each alias standing for its anchor's value.
    private struct Counter {
        /// The size of each anchored value read so far.
        var anchors: [String: Int] = [:]
        /// The lists and mappings being read, innermost last: their anchor and their size so far.
        var open: [(anchor: String?, size: Int)] = []
        var aliases = 0
        var expansion = 0

        mutating func read(_ event: yaml_event_t) -> Excess? {
            switch event.type {
            case YAML_SCALAR_EVENT:
                close(Self.name(event.data.scalar.anchor), size: 1 + Self.characters(event.data.scalar.value, event.data.scalar.length))
            case YAML_SEQUENCE_START_EVENT:
                open.append((Self.name(event.data.sequence_start.anchor), 1))
            case YAML_MAPPING_START_EVENT:
                open.append((Self.name(event.data.mapping_start.anchor), 1))
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                if let last = open.popLast() { close(last.anchor, size: last.size) }
            case YAML_ALIAS_EVENT:
                let name = Self.name(event.data.alias.anchor) ?? ""
                let size = anchors[name] ?? 0
                aliases += 1
                expansion += size
                let limit: Excess.Limit? = aliases > maximumCount ? .count : expansion > maximumExpansion ? .expansion : nil
                if let limit {
                    return Excess(limit: limit, name: name, line: event.start_mark.line, column: event.start_mark.column)
                }
                close(nil, size: size)
            default:
                break
            }
            return nil
        }

        /// Adds a finished value to the one holding it, and remembers its size when it is anchored.
        private mutating func close(_ anchor: String?, size: Int) {
            if let anchor { anchors[anchor] = size }
            if !open.isEmpty { open[open.count - 1].size += size }
        }

        /// The number of characters (Unicode scalars) in `length` bytes of UTF-8.
        private static func characters(_ bytes: UnsafeMutablePointer<yaml_char_t>?, _ length: Int) -> Int {
            guard let bytes else { return 0 }
            var count = 0
            for byte in UnsafeBufferPointer(start: bytes, count: length) where byte & 0xC0 != 0x80 { count += 1 }
            return count
        }

        private static func name(_ pointer: UnsafeMutablePointer<yaml_char_t>?) -> String? {
            pointer.map { String(cString: $0) }
        }
    }
}
