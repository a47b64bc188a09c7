import AdvocacyCore

/// A value a template shows: what page models hand to the theme's Mustache templates.
public enum TemplateValue: Sendable {
    /// Text; `{{name}}` escapes it for HTML, `{{{name}}}` and `{{&name}}` print it as it is.
    case text(String)
    /// Text its maker knows to hold none of the characters no output may hold, printed as `text` is
    /// but without looking for them again.
    case checkedText(CheckedText)
    /// A whole number.
    case integer(Int)
    /// A number with a fraction, printed in its shortest form.
    case decimal(Double)
    /// A flag: a section shows when true.
    case bool(Bool)
    /// A list: a section repeats for each element.
    case list([TemplateValue])
    /// A value with named parts, such as a page or a share card (`object(_:)` makes one of a model).
    case object(AnyTemplateObject)
    /// Nothing: prints nothing, and a section does not show.
    case none

    /// Whether a section over this value shows: not for false, nothing, an empty list or empty text.
    var isTruthy: Bool {
        switch self {
        case .bool(let flag): flag
        case .none: false
        case .list(let items): !items.isEmpty
        case .text(let text): !text.isEmpty
        case .checkedText(let checked): !checked.utf8.isEmpty
        case .integer, .decimal, .object: true
        }
    }
}

/// Text that holds none of the characters no page, feed or calendar may hold (`UnsafeCharacters`),
/// as the code that made it knows from how it made it: the HTML of a Markdown body whose source and
/// texts were read for them (`RenderedMarkdown.htmlHoldsNoUnsafeCharacters`). A type of its own, so
/// that only code of this package marks text so; nothing in content or a template can.
public struct CheckedText: Sendable {
    /// The text, UTF-8.
    public let utf8: [UInt8]

    /// `text`, which the caller knows to hold none of them.
    package init(known text: String) { utf8 = Array(text.utf8) }

    /// The valid UTF-8 `utf8`, which the caller knows to hold none of them.
    package init(knownUTF8 utf8: [UInt8]) { self.utf8 = utf8 }
}

/// A value with named parts that templates look up, such as `{{title}}` or `{{site.base}}`.
public protocol TemplateObject: Sendable {
    /// The part named `key`, or nil when this value has no such part (the lookup then goes on to
    /// the enclosing values, as Mustache does). A value whose names are fields answers by
    /// `key.field`; one whose names are its own, by `key.name`.
    func value(for key: TemplateKey) -> TemplateValue?
}

/// Named parts held in a dictionary, for values without a type of their own.
public struct TemplateDictionary: TemplateObject {
    /// The parts by name.
    public var values: [String: TemplateValue]

    /// A value with these parts.
    public init(_ values: [String: TemplateValue]) { self.values = values }

    public func value(for key: TemplateKey) -> TemplateValue? { values[key.name] }
}

extension TemplateValue: ExpressibleByStringLiteral, ExpressibleByBooleanLiteral, ExpressibleByIntegerLiteral {
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .bool(value) }
    public init(integerLiteral value: Int) { self = .integer(value) }
}

// Inlinable, so that each model's module makes its own copy for its type: a generic one called across
// modules boxes every element through the type's metadata.
extension TemplateValue {
    /// Text, or nothing when there is none.
    @inlinable package static func optional(_ text: String?) -> TemplateValue { text.map(TemplateValue.text) ?? .none }

    /// A model as a value with named parts.
    @inlinable public static func object(_ model: some TemplateObject) -> TemplateValue { .object(TemplateObjectBox(model)) }

    /// A list of values with parts.
    @inlinable package static func objects(_ values: [some TemplateObject]) -> TemplateValue { .list(values.map { .object($0) }) }
}
