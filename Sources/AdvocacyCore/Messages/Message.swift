/// A message for an author or a user, kept as an id and its values until it is shown, so that the
/// same finding can be printed in the hub's language or the one `--lang` asks for.
public struct Message: Sendable, Hashable {
    /// A value for a placeholder that takes either a list or a message: the known disciplines, or a
    /// message saying that there are none.
    public enum Argument: Sendable, Hashable {
        /// Words joined by ", ".
        case list([String])
        /// Another message, shown in the same language.
        case message(Message)
    }

    /// Which message of the catalogue this is, with the values of its placeholders.
    public var id: MessageID

    /// Creates a message from its id and the values of its placeholders.
    public init(_ id: MessageID) {
        self.id = id
    }

    /// The message in `language`: the catalogue's text with `{name}` replaced by the value labelled `name`,
    /// and `{name:one|other}` by the number followed by the word for one or for more.
    public func text(in language: HubLanguage) -> String {
        let template = id.template(in: language)
        guard template.contains("{") else { return template }
        let values = id.values
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}") else { break }
            let inside = rest[rest.index(after: open)..<close]
            let (name, forms) = Self.split(inside)
            if let value = values.first(where: { $0.label == name })?.value {
                out += value.shown(in: language)
                if let forms, let count = value as? Int { out += " " + (count == 1 ? forms.one : forms.other) }
            } else {
                out += rest[open...close]
            }
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }

    /// The placeholders of a catalogue text by name, each with whether it has plural forms
    /// (`{count:one|more}`), for checking them against the values of its case.
    package static func placeholders(_ template: String) -> [String: Bool] {
        var names: [String: Bool] = [:]
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            let (name, forms) = split(rest[rest.index(after: open)..<close])
            if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }) {
                names[String(name), default: false] = names[String(name)] == true || forms != nil
            }
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
}

/// What an associated value of a `MessageID` can be, and how a text shows it.
package protocol MessageValue {
    /// The value as a text in `language` shows it.
    func shown(in language: HubLanguage) -> String
}

extension String: MessageValue {
    package func shown(in language: HubLanguage) -> String { self }
}

extension Int: MessageValue {
    /// Grouped in the language's way: `200,000`, `200.000`.
    package func shown(in language: HubLanguage) -> String { ResultNumber.format(Double(self), unit: "", language: language) }
}

extension Array: MessageValue where Element == String {
    package func shown(in language: HubLanguage) -> String { joined(separator: ", ") }
}

extension Message: MessageValue {
    package func shown(in language: HubLanguage) -> String { text(in: language) }
}

extension Optional: MessageValue where Wrapped == Message {
    /// Nothing for a part left out.
    package func shown(in language: HubLanguage) -> String { self?.text(in: language) ?? "" }
}

extension Message.Argument: MessageValue {
    package func shown(in language: HubLanguage) -> String {
        switch self {
        case .list(let words): words.shown(in: language)
        case .message(let message): message.text(in: language)
        }
    }
}
