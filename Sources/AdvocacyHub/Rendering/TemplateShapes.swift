/// Renders a template for many contexts of the same shape with one Mustache run per shape.
///
/// Share cards are rendered tens of thousands of times with contexts that differ only in their text
/// values. A context's shape is which of its values are true, non-empty or present; for each shape
/// the template is rendered once with a marker in place of every value, and each card is then made by
/// putting its values, escaped exactly as Mustache escapes them, where the markers are. A marker
/// contains `&`, so the rendered shape tells whether the template printed a value escaped (`{{x}}`,
/// `&amp;`) or raw (`{{{x}}}`). Templates that apply transforms to values render directly.
final class TemplateShapes: Sendable {
    private enum Segment: Sendable {
        case text(String)
        case value(key: String, escaped: Bool)
    }

    private let shapes = Locked([String: [Segment]?]())
    private static let open: Unicode.Scalar = "\u{E000}", close: Unicode.Scalar = "\u{E001}"

    /// Whether a template's text allows rendering by shape: no transform such as `{{uppercased(x)}}`.
    static func allowed(_ template: String) -> Bool {
        var rest = template[...]
        while let start = rest.range(of: "{{") {
            guard let end = rest[start.upperBound...].range(of: "}}") else { break }
            if rest[start.upperBound..<end.lowerBound].contains("(") { return false }
            rest = rest[end.upperBound...]
        }
        return true
    }

    /// The template rendered for `context`, through its shape when it has one.
    func render(_ context: [String: Any], direct: ([String: Any]) -> String) -> String {
        let keys = context.keys.sorted()
        var shapeKey = ""
        for key in keys {
            switch context[key] {
            case let flag as Bool: shapeKey += key + (flag ? "=1;" : "=0;")
            case let text as String: shapeKey += key + (text.isEmpty ? "=e;" : "=s;")
            case is Int: shapeKey += key + "=i;"
            default: shapeKey += key + "=o;"
            }
        }
        let known = shapes.withLock { $0[shapeKey] }
        let segments: [Segment]?
        if let known {
            segments = known
        } else {
            var sample = context
            var names: [String] = []
            for key in keys where context[key] is String && !(context[key] as! String).isEmpty || context[key] is Int {
                sample[key] = "\(Self.open)&\(names.count)\(Self.close)"
                names.append(key)
            }
            segments = Self.parse(direct(sample), names: names)
            shapes.withLock { $0[shapeKey] = .some(segments) }
        }
        guard let segments else { return direct(context) }
        var out = ""
        for segment in segments {
            switch segment {
            case .text(let text): out += text
            case .value(let key, let escaped):
                let value = context[key].map { "\($0)" } ?? ""
                out += escaped ? HTML.escape(value) : value
            }
        }
        return out
    }

    /// Splits a rendering with markers into text and values; nil when a marker is not intact.
    private static func parse(_ rendered: String, names: [String]) -> [Segment]? {
        var segments: [Segment] = []
        var text = String.UnicodeScalarView()
        var scalars = rendered.unicodeScalars[...]
        while let first = scalars.first {
            scalars = scalars.dropFirst()
            guard first == open else {
                if first == close { return nil }
                text.append(first)
                continue
            }
            guard let end = scalars.firstIndex(of: close) else { return nil }
            let inside = String(String.UnicodeScalarView(scalars[..<end]))
            scalars = scalars[scalars.index(after: end)...]
            let escaped = inside.hasPrefix("&amp;")
            guard escaped || inside.hasPrefix("&"), let index = Int(inside.dropFirst(escaped ? 5 : 1)),
                  names.indices.contains(index) else { return nil }
            if !text.isEmpty { segments.append(.text(String(text))); text = String.UnicodeScalarView() }
            segments.append(.value(key: names[index], escaped: escaped))
        }
        if !text.isEmpty { segments.append(.text(String(text))) }
        return segments
    }
}
