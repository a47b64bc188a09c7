import AdvocacyCore

/// A Mustache template compiled once into a tree of nodes.
package struct Template: Sendable {
    /// A piece of a template.
    package indirect enum Node: Sendable {
        /// Text printed as it is.
        case text([UInt8])
        /// `{{name}}` (escaped) or `{{{name}}}` / `{{&name}}`.
        case variable(TemplateName, escaped: Bool)
        /// `{{#name}}…{{/name}}`, or `{{^name}}…{{/name}}` when inverted.
        case section(TemplateName, [Node], inverted: Bool)
        /// `{{>name}}`, with the indentation of a standalone tag.
        case partial(String, indentation: [UInt8])
        /// `{{$name}}…{{/name}}`: content a template that extends this one may replace.
        case block(String, [Node])
        /// `{{<name}}…{{/name}}`: the template `name` with the blocks given here.
        case parent(String, overrides: [String: [Node]])
    }

    /// The template's nodes.
    package let nodes: [Node]
    /// The templates it includes or extends, with the line and column of each tag.
    package let references: [(name: String, line: Int, column: Int)]
}

/// A name in a tag: `title`, `site.base`, or `.` for the current value.
package struct TemplateName: Sendable {
    /// The dotted parts, each resolved to its field when the template was compiled; empty for `.`.
    package let keys: [TemplateKey]
    /// Where the name starts in its template, for messages.
    package let line: Int, column: Int

    /// The dotted parts as written.
    package var parts: [String] { keys.map(\.name) }
}

/// A part of a name in a tag, resolved when its template is compiled: the word as written, and its
/// number among the field names the library was made with (`TemplateLibrary(fields:)`), so that a
/// model answers by comparing a number, not text. Values whose names are not known ahead of time
/// (the theme's own params, its words, a dictionary) answer by `name`.
public struct TemplateKey: Sendable, Hashable {
    /// The part as written, such as `title`.
    public let name: String
    /// Its position in the library's field names, or nil when it is none of them.
    public let field: Int?

    package init(name: String, field: Int?) {
        self.name = name
        self.field = field
    }
}

/// A mistake in a template's text, at a line and column (counted in Unicode scalars).
package struct TemplateSyntaxError: Error {
    package let message: Message
    package let line: Int
    package let column: Int
}
