import Yams
import AdvocacyCore

/// Reads typed values out of a YAML mapping, recording a diagnostic at the offending key or value
/// for every value that is missing, of the wrong type or unknown.
package struct YAMLFields {
    /// The file as shown in diagnostics.
    package let file: String
    /// What the file's line 1 is in YAML lines: the front matter starts on line 2 of a Markdown file.
    let lineOffset: Int
    /// The mapping's entries, in file order.
    package private(set) var entries: [(key: String, keyNode: Node, value: Node)] = []
    /// The entries' keys alone, in the same order: a key is looked up here, as a search of `entries`
    /// copies every entry's nodes on the way.
    private var keys: [String] = []
    /// Where the mapping starts.
    package let location: SourceLocation
    package var diagnostics = Diagnostics()
    /// The values read with `published: true`, where they are written: what the forbidden-terms check reads.
    package private(set) var published: [Located<String>] = []
    /// False when the YAML could not be parsed; reads then return nothing and report nothing.
    private(set) var isValid = true
    /// The YAML as given, split into lines only when a diagnostic needs them.
    private var yaml = ""

    /// Parses `yaml` and reads its top-level mapping. Syntax errors are reported at libyaml's mark;
    /// `what` names the YAML in the error for one that is not a mapping (`Message(.wholeFile)`).
    package static func parse(_ yaml: String, file: String, firstLine: Int, what: Message) -> YAMLFields {
        var fields = YAMLFields(file: file, lineOffset: firstLine - 1, location: SourceLocation(file: file, line: firstLine))
        fields.yaml = yaml
        if let excess = YAMLAliases.excess(in: yaml) {
            let limit = excess.limit == .count ? YAMLAliases.maximumCount : YAMLAliases.maximumExpansion
            fields.diagnostics.error(excess.limit == .count ? .tooManyAliases(name: excess.name, count: limit + 1, limit: limit)
                                                            : .aliasesRepeatTooMuch(name: excess.name, limit: limit),
                                     at: SourceLocation(file: file, line: excess.line + firstLine, column: excess.column + 1))
            fields.isValid = false
            return fields
        }
        do {
            guard let node = try compose(yaml) else { return fields }
            fields.read(node, what: what)
        } catch let error as YamlError {
            fields.report(error, in: yaml)
            fields.isValid = false
        } catch {
            fields.diagnostics.error(.unreadableYAML(reason: "\(error)"), at: fields.location)
            fields.isValid = false
        }
        return fields
    }

    /// The YAML's node tree. Every scalar is read as the text written (`bool`, `int` and the dates read
    /// that text), so YAML's typing is composed with the basic resolver, which types nothing: the default
    /// one matches regular expressions against every key, costing more than the rest of the parse. Its
    /// one effect here is which keys count as the same: to the default resolver `1:` and `"1":` are an
    /// int and a text, two keys, and `!!int 1:` and `1:` one. So a YAML in which the basic resolver
    /// finds a key twice, or that has a key that is not plain text, is composed again with the default
    /// resolver, whose node tree or error it was before. The encoding is given: `Parser.Encoding.default`
    /// reads the environment on every call. Plain YAML, most front matter, is composed without Yams
    /// (`PlainYAML`): it has neither a key written twice nor a key that is not text, so Yams' tree
    /// for it is the one the basic resolver gives.
    private static func compose(_ yaml: String) throws -> Node? {
        if let node = PlainYAML.compose(yaml, constructor: constructor) { return node }
        do {
            let node = try Yams.compose(yaml: yaml, .basic, constructor, .utf8)
            guard let node, hasTypedKey(node) else { return node }
        } catch YamlError.duplicatedKeysInMapping {
        }
        return try Yams.compose(yaml: yaml, .default, constructor, .utf8)
    }

    /// The constructor the node tree's tags name. `Constructor.default` makes a new one, tables and
    /// all, on every call; this one is made once. Nothing here constructs values with it (every
    /// value is read as the text written) and it holds only constants, so threads may share it.
    private nonisolated(unsafe) static let constructor = Constructor.default

    /// Whether a mapping in `node` has a key that the basic resolver does not read as text: a
    /// collection, or a scalar tagged with another type.
    private static func hasTypedKey(_ node: Node) -> Bool {
        switch node {
        case .scalar, .alias: false
        case .sequence(let sequence): sequence.contains(where: hasTypedKey)
        case .mapping(let mapping):
            mapping.contains { key, value in
                guard case .scalar = key, key.tag.description == Tag.Name.str.rawValue else { return true }
                return hasTypedKey(value)
            }
        }
    }

    /// Reads a nested mapping; `what` names it in the error for one that is not a mapping.
    package func nested(_ node: Node, what: Message) -> YAMLFields {
        var fields = YAMLFields(file: file, lineOffset: lineOffset, location: location(of: node))
        fields.yaml = yaml
        fields.read(node, what: what)
        return fields
    }

    /// Takes over the diagnostics and published values of fields read from a nested mapping.
    package mutating func append(_ nested: YAMLFields) {
        diagnostics.append(contentsOf: nested.diagnostics)
        published += nested.published
    }

    private mutating func read(_ node: Node, what: Message) {
        guard let mapping = node.mapping else {
            diagnostics.error(.notAMapping(what: what), at: location(of: node))
            return
        }
        entries.reserveCapacity(mapping.count)
        keys.reserveCapacity(mapping.count)
        for (key, value) in mapping {
            let name = key.string ?? ""
            if let unsafe = UnsafeCharacters.first(in: name) {
                diagnostics.error(.escapedUnsafeCharacter(what: Message(.anyKey), character: UnsafeCharacters.name(of: unsafe)),
                                  at: location(of: key))
                continue
            }
            entries.append((name, key, value))
            keys.append(name)
            if case .scalar(let scalar) = value, scalar.string.isEmpty, scalar.style == .plain { reportComment(after: key, named: name) }
        }
    }

    /// A key whose value YAML left empty because it starts with `#` (`disclosure: #annonce`): an error
    /// at the `#` that says it began a comment and how to quote it. A comment with a space after `#`
    /// (`site-url:  # later`) is taken as one.
    private mutating func reportComment(after key: Node, named name: String) {
        let lines = lines
        guard let mark = key.mark, mark.line >= 1, mark.line <= lines.count else { return }
        let line = lines[mark.line - 1]
        guard let colon = line.dropFirst(max(mark.column - 1, 0)).firstIndex(of: ":") else { return }
        let rest = line[line.index(after: colon)...]
        let spaces = rest.prefix { $0 == " " || $0 == "\t" }
        let comment = rest.dropFirst(spaces.count)
        guard !spaces.isEmpty, comment.first == "#", let next = comment.dropFirst().first, next != " ", next != "\t", next != "#" else { return }
        let value = comment.trimmingCharacters(in: .whitespaces)
        let column = line.distance(from: line.startIndex, to: comment.startIndex) + 1
        diagnostics.error(.valueReadAsComment(key: name, value: value),
                          at: SourceLocation(file: file, line: mark.line + lineOffset, column: column))
    }

    /// A decoded text, or nil after an error when a YAML escape (`"\x01"`, `"\v"`) put a character
    /// in it that no output may hold; the raw characters are gone before YAML is read (`CharacterScan`).
    private mutating func checked(_ text: String, _ what: Message, at node: Node) -> Located<String>? {
        if let unsafe = UnsafeCharacters.first(in: text) {
            diagnostics.error(.escapedUnsafeCharacter(what: what, character: UnsafeCharacters.name(of: unsafe)),
                              at: location(of: node))
            return nil
        }
        return Located(text, at: location(of: node))
    }

    private mutating func report(_ error: YamlError, in yaml: String) {
        switch error {
        case .scanner(let context, let problem, let mark, _), .parser(let context, let problem, let mark, _),
             .composer(let context, let problem, let mark, _):
            if let mistake = YAMLMistake.explain(problem: problem, line: mark.line - 1, column: mark.column,
                                                 context: context.map { ($0.text, $0.mark.line - 1, $0.mark.column) }, in: yaml) {
                diagnostics.error(mistake.message, at: SourceLocation(file: file, line: mistake.line + 1 + lineOffset, column: mistake.column))
                return
            }
            let reading = context.map {
                Message(.invalidYAMLContext(context: $0.text, line: "\($0.mark.line + lineOffset)", column: "\($0.mark.column)"))
            }
            var location = at(mark)
            let lastLine = lastLine
            if mark.line > lastLine {
                location = SourceLocation(file: file, line: lastLine + lineOffset, column: 1)
            }
            diagnostics.error(.invalidYAML(problem: problem, context: reading), at: location)
        case .duplicatedKeysInMapping(let duplicates, let context):
            diagnostics.error(.duplicateKey(keys: duplicates.joined(separator: "', '")), at: at(context.mark))
        case .reader(let problem, _, _, _):
            diagnostics.error(.invalidYAML(problem: problem, context: nil), at: location)
        default:
            diagnostics.error(.invalidYAML(problem: "\(error)", context: nil), at: location)
        }
    }

    /// The YAML's lines, to tell a value YAML read as a comment (`disclosure: #annonce`).
    private var lines: [Substring] { yaml.split(separator: "\n", omittingEmptySubsequences: false) }

    /// The YAML's last line, so a mark past the end (libyaml's "end of stream") points at real text.
    private var lastLine: Int { max(1, lines.count - (yaml.hasSuffix("\n") ? 1 : 0)) }

    package func at(_ mark: Mark) -> SourceLocation {
        SourceLocation(file: file, line: mark.line + lineOffset, column: mark.column)
    }

    /// The location of a node, or of the mapping when the node has none.
    package func location(of node: Node) -> SourceLocation {
        node.mark.map(at) ?? location
    }

    /// The value node of a key, nil when absent or written empty (`key:`).
    package func node(_ key: String) -> Node? {
        guard let index = keys.firstIndex(of: key) else { return nil }
        let value = entries[index].value
        if case .scalar(let scalar) = value, scalar.string.isEmpty || (scalar.style == .plain && Self.isNull(scalar.string)) {
            return nil
        }
        return value
    }

    /// `~` and `null`, which YAML reads as no value when written plain.
    private static func isNull(_ text: String) -> Bool {
        text == "~" || text == "null"
    }

    /// The location of a key, if present.
    func keyLocation(_ key: String) -> SourceLocation? {
        keys.firstIndex(of: key).map { location(of: entries[$0].keyNode) }
    }

    /// The keys written without a value or with only spaces (`summary:`, `role: " "`), each where it
    /// is first written.
    var emptyKeys: [Located<String>] {
        var empty: [Located<String>] = []
        // The keys before the entry read, gathered from the first empty one on: most front matters have none.
        var earlier: Set<String>?
        for index in entries.indices {
            defer { earlier?.insert(keys[index]) }
            // What `node` reads as absent (`key:`, `~`, `null`) or a text of spaces only.
            guard case .scalar(let scalar) = entries[index].value, scalar.string.allSatisfy(\.isWhitespace)
                    || (scalar.style == .plain && Self.isNull(scalar.string)) else { continue }
            if earlier == nil { earlier = Set(keys[..<index]) }
            guard earlier?.contains(keys[index]) == false else { continue }
            empty.append(Located(keys[index], at: location(of: entries[index].keyNode)))
        }
        return empty
    }

    /// A text value; with `published`, one the site shows.
    package mutating func string(_ key: String, published: Bool = false) -> Located<String>? {
        guard let node = node(key) else { return nil }
        guard let scalar = node.scalar else {
            diagnostics.error(.mustBeText(key: key, kind: node.kind), at: location(of: node))
            return nil
        }
        let value = checked(scalar.string, Message(.namedKey(key: key)), at: node)
        if published, let value { self.published.append(value) }
        return value
    }

    /// A required text value; reports it missing at the start of the mapping.
    mutating func requiredString(_ key: String, published: Bool = false) -> Located<String>? {
        if let value = string(key, published: published) { return value }
        if isValid && node(key) == nil {
            diagnostics.error(.missingRequiredKey(key: key), at: keyLocation(key) ?? location)
        }
        return nil
    }

    /// `true`/`false` (also `yes`/`no`).
    package mutating func bool(_ key: String) -> Bool? {
        guard let node = node(key) else { return nil }
        switch node.scalar?.string.lowercased() {
        case "true", "yes", "on": return true
        case "false", "no", "off": return false
        default:
            diagnostics.error(.mustBeTrueOrFalse(key: key), at: location(of: node))
            return nil
        }
    }

    /// A whole number.
    package mutating func int(_ key: String) -> Int? {
        guard let node = node(key) else { return nil }
        guard let text = node.scalar?.string, let value = Int(text) else {
            diagnostics.error(.mustBeWholeNumber(key: key), at: location(of: node))
            return nil
        }
        return value
    }

    /// A list of texts (`[a, b]` or one `- a` line each); with `published`, texts the site shows.
    package mutating func stringList(_ key: String, published: Bool = false) -> [Located<String>] {
        guard let node = node(key) else { return [] }
        guard let sequence = node.sequence else {
            let written = node.scalar?.string ?? ""
            let message = if node.scalar?.style == .plain, let dash = YAMLMistake.dashWithoutSpace(written[...]) {
                dash
            } else if written.contains(",") {
                Message(.listNeedsBrackets(key: key, written: written))
            } else {
                Message(.mustBeList(key: key))
            }
            diagnostics.error(message, at: location(of: node))
            return []
        }
        let values = sequence.compactMap { item -> Located<String>? in
            guard let scalar = item.scalar else {
                diagnostics.error(.listEntryNotText(key: key), at: location(of: item))
                return nil
            }
            return checked(scalar.string, Message(.anEntryOf(key: key)), at: item)
        }
        if published { self.published += values }
        return values
    }

    /// `params:`, a theme's own fields, as written; its texts are published. Nothing when absent or
    /// not a mapping (`checkKeys` reports that).
    package mutating func params() -> ThemeParams {
        guard let node = node("params"), node.mapping != nil else { return .none }
        return themeParams(node)
    }

    private mutating func themeParams(_ node: Node) -> ThemeParams {
        switch node {
        case .scalar(let scalar):
            if scalar.style == .plain, let flag = ["true": true, "false": false][scalar.string.lowercased()] { return .flag(flag) }
            if scalar.style == .plain, ["", "~", "null"].contains(scalar.string) { return .none }
            guard let text = checked(scalar.string, Message(.namedKey(key: "params")), at: node) else { return .none }
            published.append(text)
            return .text(text.value)
        case .sequence(let sequence):
            return .list(sequence.map { themeParams($0) })
        case .mapping(let mapping):
            var fields: [String: ThemeParams] = [:]
            for (key, value) in mapping { fields[key.string ?? ""] = themeParams(value) }
            return .group(fields)
        case .alias:
            return .none
        }
    }

    /// Reports every key outside `known` as an error, suggesting the nearest known key; a near miss of
    /// a key that decides publication (`DecidingKey`) says what would happen without it. With
    /// `params`, the mapping may also hold `params:`, a theme's own fields, read as they are; a key
    /// there that decides publication is an error too, as it would not be read where it is.
    /// Returns the deciding keys found misspelt, so that they are not reported missing as well.
    @discardableResult
    mutating func checkKeys(_ known: Set<String>, params: Bool = false) -> Set<DecidingKey> {
        var misspelt: Set<DecidingKey> = []
        for (index, key) in keys.enumerated() where !known.contains(key) && !(params && key == "params") {
            let at = location(of: entries[index].keyNode)
            if let meant = DecidingKey.meant(by: key, among: known) {
                diagnostics.error(.misspeltDecidingKey(key: key, name: meant.rawValue, consequence: meant.consequence),
                                  at: at)
                misspelt.insert(meant)
                continue
            }
            let allowed = params ? known.union(["params"]) : known
            let suggestion = OtherKeyWords.key(for: key, among: allowed)
                ?? EditDistance.suggestion(for: key, in: allowed.sorted())
                ?? EditDistance.suggestion(for: Slug.make(key), in: allowed.sorted())
            let hint = if let suggestion {
                Message(.didYouMean(name: suggestion))
            } else {
                Message(params ? .knownKeysOrParams(keys: known.sorted()) : .knownKeys(keys: known.sorted()))
            }
            diagnostics.error(.unknownKey(key: key, hint: hint), at: at)
        }
        for key in DecidingKey.allCases where key != .disciplines && known.contains(key.rawValue) {
            guard let index = keys.firstIndex(of: key.rawValue), node(key.rawValue) == nil else { continue }
            diagnostics.error(.decidingKeyEmpty(key: key.rawValue, consequence: key.consequence),
                              at: location(of: entries[index].keyNode))
        }
        guard params, let node = node("params") else { return misspelt }
        guard let mapping = node.mapping else {
            diagnostics.error(.notAMapping(what: Message(.namedKey(key: "params"))), at: location(of: node))
            return misspelt
        }
        for (key, _) in mapping {
            guard let name = key.string, let meant = DecidingKey.named(name, among: known) else { continue }
            diagnostics.error(.decidingKeyInParams(key: meant.rawValue, consequence: meant.consequence),
                              at: location(of: key))
        }
        return misspelt
    }
}

extension Node {
    /// The YAML kind, for messages.
    package var kind: Message {
        switch self {
        case .scalar: Message(.yamlKindText)
        case .mapping: Message(.yamlKindMapping)
        case .sequence: Message(.yamlKindList)
        case .alias: Message(.yamlKindAlias)
        }
    }
}
