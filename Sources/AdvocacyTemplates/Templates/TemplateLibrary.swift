import AdvocacyCore

/// The compiled templates of a theme, by name, and how they render a value.
package struct TemplateLibrary: Sendable {
    private var templates: [String: Template] = [:]
    /// The field names the models answer to, by name, with their numbers (`TemplateKey.field`).
    private let fields: [String: Int]

    /// An empty library whose templates' names are resolved against `fields`: a part of a name that
    /// is the `n`th of them gets the field number `n`.
    package init(fields: [String] = []) {
        self.fields = Dictionary(fields.enumerated().map { ($1, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Compiles `source` and registers it as `name`.
    package mutating func register(_ source: String, named name: String) throws(TemplateSyntaxError) {
        templates[name] = try TemplateParser.parse(source, fields: fields)
    }

    /// The template registered as `name`.
    package func template(_ name: String) -> Template? { templates[name] }

    /// Whether rendering `start` includes or extends `target`, through any chain of partials and
    /// parents (a template that reaches itself would render forever).
    package func reaches(_ start: String, _ target: String) -> Bool {
        var seen: Set<String> = [], pending = [start]
        while let name = pending.popLast() {
            if name == target { return true }
            guard seen.insert(name).inserted else { continue }
            pending += templates[name]?.references.map(\.name) ?? []
        }
        return false
    }

    /// Renders the template `name` with `context`; empty when there is no such template.
    package func render(_ name: String, _ context: TemplateValue) -> String {
        String(decoding: renderBytes(name, context), as: UTF8.self)
    }

    /// Renders the template `name` with `context` into UTF-8 bytes; empty when there is no such template.
    package func renderBytes(_ name: String, _ context: TemplateValue) -> [UInt8] {
        guard let template = templates[name] else { return [] }
        var rendering = Rendering(library: self, stack: [context])
        rendering.output.reserveCapacity(16_384)
        rendering.render(template.nodes)
        return rendering.output
    }
}

/// The state of one rendering: the output so far and the values the tags look names up in.
private struct Rendering {
    let library: TemplateLibrary
    var stack: [TemplateValue]
    var output: [UInt8] = []
    /// The blocks of the templates being extended; the outermost definition wins.
    var overrides: [String: [Template.Node]] = [:]
    /// The indentation of the standalone partials being rendered, put before each of their lines.
    var indentation: [UInt8] = []
    var atLineStart = true

    mutating func render(_ nodes: [Template.Node]) {
        for node in nodes {
            switch node {
            case .text(let bytes):
                writeTemplateText(bytes)
            case .variable(let name, let escaped):
                write(lookup(name), escaped: escaped)
            case .section(let name, let children, let inverted):
                let value = lookup(name)
                if inverted {
                    if !value.isTruthy { render(children) }
                } else if case .list(let elements) = value {
                    for element in elements { withTop(element) { $0.render(children) } }
                } else if value.isTruthy {
                    withTop(value) { $0.render(children) }
                }
            case .partial(let name, let indentation):
                guard let template = library.template(name) else { continue }
                let outer = self.indentation
                self.indentation = outer + indentation
                render(template.nodes)
                self.indentation = outer
            case .block(let name, let content):
                render(overrides[name] ?? content)
            case .parent(let name, let blocks):
                guard let template = library.template(name) else { continue }
                let outer = overrides
                overrides.merge(blocks) { current, _ in current }
                render(template.nodes)
                overrides = outer
            }
        }
    }

    private mutating func withTop(_ value: TemplateValue, _ body: (inout Rendering) -> Void) {
        stack.append(value)
        body(&self)
        stack.removeLast()
    }

    /// Looks a name up: its first part in the innermost value that has it, the rest inside that.
    private func lookup(_ name: TemplateName) -> TemplateValue {
        let keys = name.keys
        guard let first = keys.first else { return stack.last ?? .none }
        // The values looked through are read where they are: a copy of each would cost more than
        // asking it.
        return stack.withUnsafeBufferPointer { frames in
            for index in frames.indices.reversed() {
                guard case .object(let object) = frames[index], var value = object.value(for: first) else { continue }
                for part in keys.dropFirst() {
                    guard case .object(let inner) = value, let next = inner.value(for: part) else { return .none }
                    value = next
                }
                return value
            }
            return .none
        }
    }

    private mutating func write(_ value: consuming TemplateValue, escaped: Bool) {
        switch value {
        case .text(let text):
            // Characters no page may hold are kept out of the content by the checks; this keeps
            // them out of any output.
            var text = text
            if text.withUTF8({ UnsafeCharacters.firstOffset(in: $0) != nil }) { text = UnsafeCharacters.replaced(text) }
            write(text, escaped: escaped)
        case .checkedText(let checked):
            checked.utf8.withUnsafeBufferPointer { write(utf8: $0, escaped: escaped) }
        case .integer(let number):
            indentIfAtLineStart()
            output.append(contentsOf: String(number).utf8)
        case .decimal(let number):
            indentIfAtLineStart()
            let text = number == number.rounded() && abs(number) < 1e15 ? String(Int(number)) : String(number)
            output.append(contentsOf: text.utf8)
        case .bool(let flag):
            indentIfAtLineStart()
            output.append(contentsOf: (flag ? "true" : "false").utf8)
        case .list, .object, .none:
            break
        }
    }

    /// Writes text that holds none of the characters no page may hold.
    private mutating func write(_ text: String, escaped: Bool) {
        var text = text
        text.withUTF8 { write(utf8: $0, escaped: escaped) }
    }

    /// Writes UTF-8 that holds none of the characters no page may hold.
    private mutating func write(utf8: UnsafeBufferPointer<UInt8>, escaped: Bool) {
        guard !utf8.isEmpty else { return }
        indentIfAtLineStart()
        if escaped { HTML.appendEscaped(utf8, to: &output) } else { output.append(contentsOf: utf8) }
    }

    private mutating func indentIfAtLineStart() {
        if atLineStart && !indentation.isEmpty { output.append(contentsOf: indentation) }
        atLineStart = false
    }

    /// Writes a template's own text, indenting each of its lines inside an indented partial.
    private mutating func writeTemplateText(_ bytes: [UInt8]) {
        guard !indentation.isEmpty else {
            output.append(contentsOf: bytes)
            atLineStart = bytes.last == UInt8(ascii: "\n")
            return
        }
        for byte in bytes {
            if atLineStart { output.append(contentsOf: indentation) }
            output.append(byte)
            atLineStart = byte == UInt8(ascii: "\n")
        }
    }
}
