import Foundation

/// Renders templates for many contexts of the same shape with few Mustache runs.
///
/// Pages and share cards are rendered thousands of times with contexts that differ only in their
/// texts. A context's shape is its structure: the keys of every dictionary, the length of every list,
/// every flag, which texts are empty or end a line, and every number unless numbers are marked. The
/// second time a shape comes, the template is rendered for it with a marker in place of every text,
/// and every context of that shape is then made by putting its texts, escaped exactly as Mustache
/// escapes them, where the markers are. A marker contains `&`, so the rendering tells whether the
/// template printed a text escaped (`{{x}}`, `&amp;`) or raw (`{{{x}}}`). The shape is rendered with
/// two sets of markers of different length and letter case: a template that transforms a text
/// (`{{uppercased(x)}}`, `{{count(x)}}`) renders them differently, and that shape renders directly.
/// Values of other kinds (lists of texts, which a template could sort) make a context render directly.
final class TemplateShapes: Sendable {
    private enum Segment: Equatable, Sendable {
        case text(String)
        case value(Int, escaped: Bool)
    }

    private enum Entry: Sendable {
        case seen
        case segments([Segment])
        case direct
    }

    private let entries = Locked([String: Entry]())
    private let markNumbers: Bool
    private let constants: Set<String>
    private static let open = "\u{E000}", close = "\u{E001}"

    /// Shapes that mark numbers like texts when `markNumbers` (only when no template computes with
    /// numbers, see `marksNumbers`), for contexts whose top-level `constants` are the same in every
    /// context rendered through this instance.
    init(markNumbers: Bool = false, constants: Set<String> = []) {
        self.markNumbers = markNumbers
        self.constants = constants
    }

    /// Whether a template's text computes with no number (`{{plusone(n)}}` and the like), so
    /// numbers can be marked like texts.
    static func marksNumbers(_ template: String) -> Bool {
        var rest = template[...]
        while let start = rest.range(of: "{{") {
            guard let end = rest[start.upperBound...].range(of: "}}") else { break }
            let tag = rest[start.upperBound..<end.lowerBound]
            if ["equalzero(", "plusone(", "minusone(", "even(", "odd("].contains(where: { tag.contains($0) }) { return false }
            rest = rest[end.upperBound...]
        }
        return true
    }

    /// The template `name` rendered for `context`, through its shape when it has one; `direct`
    /// renders with Mustache.
    func render(_ name: String, _ context: [String: Any], direct: ([String: Any]) -> String) -> String {
        var walk = Walk(markNumbers: markNumbers, constants: constants)
        guard walk.dictionary(context, root: true) else { return direct(context) }
        let key = name + "\u{1}" + walk.key
        let entry = entries.withLock { entries -> Entry? in
            let entry = entries[key]
            if entry == nil { entries[key] = .seen }
            return entry
        }
        switch entry {
        case nil, .direct?:
            return direct(context)
        case .segments(let segments)?:
            return Self.fill(segments, walk.leaves)
        case .seen?:
            let segments = Self.segments(context, walk: walk, direct: direct)
            entries.withLock { $0[key] = segments.map(Entry.segments) ?? .direct }
            guard let segments else { return direct(context) }
            return Self.fill(segments, walk.leaves)
        }
    }

    private static func fill(_ segments: [Segment], _ leaves: [String]) -> String {
        var out = ""
        var size = 0
        for segment in segments {
            switch segment {
            case .text(let text): size += text.utf8.count
            case .value(let index, _): size += leaves[index].utf8.count
            }
        }
        out.reserveCapacity(size + size / 16)
        for segment in segments {
            switch segment {
            case .text(let text): out += text
            case .value(let index, let escaped): out += escaped ? HTML.escape(leaves[index]) : leaves[index]
            }
        }
        return out
    }

    /// The segments of a shape, or nil when its two markings do not render alike.
    private static func segments(_ context: [String: Any], walk: Walk, direct: ([String: Any]) -> String) -> [Segment]? {
        var results: [[Segment]] = []
        for padding in ["xX", "xXxXxX"] {
            var marking = Marking(walk: walk, padding: padding)
            let sample = marking.dictionary(context, root: true)
            guard let segments = parse(direct(sample), leaves: walk.leaves, padding: padding) else { return nil }
            results.append(segments)
        }
        return results[0] == results[1] ? results[0] : nil
    }

    /// Splits a rendering with markers into text and values; nil when a marker is not intact.
    private static func parse(_ rendered: String, leaves: [String], padding: String) -> [Segment]? {
        var segments: [Segment] = []
        var rest = rendered[...]
        while let start = rest.range(of: open) {
            let before = rest[..<start.lowerBound]
            if before.contains(close) { return nil }
            if !before.isEmpty { segments.append(.text(String(before))) }
            rest = rest[start.upperBound...]
            guard let end = rest.range(of: close) else { return nil }
            var inside = rest[..<end.lowerBound]
            rest = rest[end.upperBound...]
            let escaped = inside.hasPrefix("&amp;")
            guard escaped || inside.hasPrefix("&"), inside.hasSuffix(padding) else { return nil }
            inside = inside.dropFirst(escaped ? 5 : 1).dropLast(padding.count)
            guard let index = Int(inside), leaves.indices.contains(index) else { return nil }
            if endsLine(leaves[index]) {
                guard rest.hasPrefix("\n") else { return nil }
                rest = rest.dropFirst()
            }
            segments.append(.value(index, escaped: escaped))
        }
        if rest.contains(close) { return nil }
        if !rest.isEmpty { segments.append(.text(String(rest))) }
        return segments
    }

    /// Whether a text ends with a line break, after which Mustache indents a partial's next line.
    fileprivate static func endsLine(_ text: String) -> Bool {
        text.utf8.last == 10 && text.last == "\n"
    }

    /// Whether a text holds a marker character (U+E000 or U+E001, UTF-8 `EE 80 80/81`).
    fileprivate static func holdsMarker(_ text: String) -> Bool {
        var text = text
        let lead = text.withUTF8 { bytes in
            bytes.isEmpty ? false : memchr(bytes.baseAddress!, 0xEE, bytes.count) != nil
        }
        return lead && (text.contains(open) || text.contains(close))
    }

    /// Reads a context's shape and its texts, in the order the markers number them.
    private struct Walk {
        let markNumbers: Bool
        let constants: Set<String>
        var key = ""
        var leaves: [String] = []

        mutating func dictionary(_ dictionary: [String: Any], root: Bool) -> Bool {
            key += "{"
            for name in dictionary.keys.sorted() {
                key += name
                if root && constants.contains(name) {
                    key += "=c,"
                } else if !value(dictionary[name]!) {
                    return false
                }
            }
            key += "}"
            return true
        }

        private mutating func value(_ value: Any) -> Bool {
            switch value {
            case let text as String:
                if text.isEmpty {
                    key += "=e,"
                } else {
                    if TemplateShapes.holdsMarker(text) { return false }
                    key += TemplateShapes.endsLine(text) ? "=n," : "=s,"
                    leaves.append(text)
                }
            case let flag as Bool:
                key += flag ? "=1," : "=0,"
            case let number as Int:
                if markNumbers {
                    key += "=i,"
                    leaves.append(String(number))
                } else {
                    key += "=\(number),"
                }
            case let dictionary as [String: Any]:
                key += "="
                return self.dictionary(dictionary, root: false)
            case let list as [[String: Any]]:
                key += "=[\(list.count)"
                for element in list where !dictionary(element, root: false) { return false }
                key += "]"
            default:
                return false
            }
            return true
        }
    }

    /// Builds a context of the same shape with markers in place of its texts.
    private struct Marking {
        let walk: Walk
        let padding: String
        var count = 0

        mutating func dictionary(_ dictionary: [String: Any], root: Bool) -> [String: Any] {
            var marked = dictionary
            for name in dictionary.keys.sorted() where !(root && walk.constants.contains(name)) {
                marked[name] = value(dictionary[name]!)
            }
            return marked
        }

        private mutating func value(_ value: Any) -> Any {
            switch value {
            case let text as String:
                return text.isEmpty ? text : marker(TemplateShapes.endsLine(text) ? "\n" : "")
            case is Bool:
                return value
            case is Int:
                return walk.markNumbers ? marker("") : value
            case let dictionary as [String: Any]:
                return self.dictionary(dictionary, root: false)
            case let list as [[String: Any]]:
                return list.map { dictionary($0, root: false) }
            default:
                return value
            }
        }

        private mutating func marker(_ end: String) -> String {
            defer { count += 1 }
            return TemplateShapes.open + "&\(count)" + padding + TemplateShapes.close + end
        }
    }
}
