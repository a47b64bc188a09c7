/// A message for an author or a user, kept as an id and its values until it is shown, so that the
/// same finding can be printed in the hub's language or the one `--lang` asks for.
public struct Message: Sendable, Hashable {
    /// A value a message's placeholder stands for.
    public indirect enum Argument: Sendable, Hashable, ExpressibleByStringInterpolation {
        /// Text shown as it is: a file name, a value from the content.
        case text(String)
        /// A whole number, grouped in the language's way (`200,000`, `200.000`).
        case number(Int)
        /// Words joined by ", ".
        case list([String])
        /// Another message, shown in the same language (a "did you mean" part, a reason).
        case message(Message)

        public init(stringLiteral value: String) { self = .text(value) }
        public init(stringInterpolation: DefaultStringInterpolation) { self = .text(String(stringInterpolation: stringInterpolation)) }
    }

    /// Which message of the catalogue this is.
    public var id: MessageID
    /// The values of its placeholders, by name.
    public var arguments: [String: Argument]

    /// Creates a message from its id and the values of its placeholders.
    public init(_ id: MessageID, _ arguments: [String: Argument] = [:]) {
        self.id = id
        self.arguments = arguments
    }

    /// The message in `language`: the catalogue's text with `{name}` replaced by the value of `name`,
    /// and `{name:one|other}` by the number followed by the word for one or for more.
    public func text(in language: HubLanguage) -> String {
        let template = id.template(in: language)
        guard template.contains("{") else { return template }
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inside = rest[rest.index(after: open)..<close]
            let (name, forms) = Self.split(inside)
            if let value = arguments[String(name)] {
                out += forms.map { Self.counted(value, forms: $0, in: language) } ?? Self.show(value, in: language)
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The placeholder names of a catalogue text, for checking that both languages have the same.
    package static func placeholders(_ template: String) -> Set<String> {
        var names = Set<String>()
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let name = split(rest[rest.index(after: open)..<close]).name
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) { names.insert(String(name)) }
            rest = rest[rest.index(after: close)...]
        }
        return names
    }

    private static func split(_ inside: Substring) -> (name: Substring, forms: (one: Substring, other: Substring)?) {
        guard let colon = inside.firstIndex(of: ":") else { return (inside, nil) }
        let words = inside[inside.index(after: colon)...]
        guard let bar = words.firstIndex(of: "|") else { return (inside, nil) }
        return (inside[..<colon], (words[..<bar], words[words.index(after: bar)...]))
    }

    private static func counted(_ value: Argument, forms: (one: Substring, other: Substring), in language: HubLanguage) -> String {
        guard case .number(let count) = value else { return show(value, in: language) }
        return show(value, in: language) + " " + (count == 1 ? forms.one : forms.other)
    }

    private static func show(_ value: Argument, in language: HubLanguage) -> String {
        switch value {
        case .text(let text): text
        case .number(let number): ResultNumber.format(Double(number), unit: "", language: language)
        case .list(let words): words.joined(separator: ", ")
        case .message(let message): message.text(in: language)
        }
    }
}
