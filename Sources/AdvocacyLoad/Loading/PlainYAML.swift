import Yams

/// Composes the plain YAML that nearly every front matter is into the node tree Yams composes for
/// it with the basic resolver, without libyaml: Yams spends most of a front matter's reading on
/// events, strings and objects around libyaml's scanner. Nil ("not sure") for anything outside the
/// subset read here, which Yams then reads as before.
///
/// The subset: a block mapping whose keys (letters, digits, `-` and `_`, not starting with `-`) start
/// at column 0, each with a value on the key's line or a block sequence below it. A value is a plain
/// scalar (not starting with an indicator, holding no `: ` and no ` #`), a double- or single-quoted
/// scalar on one line (`\"` and `\\` the only escapes), a flow sequence or flow mapping on one line
/// of such scalars, or nothing (`key:`). A block sequence (`- item`, every item at one indent) holds
/// such values. Blank lines may separate entries and items. Everything else is refused: an empty
/// text, tabs, CR, comments, anchors, aliases, tags, block scalars, continuation lines, `---` and
/// `...`, control and line-breaking characters, trailing spaces, a key written twice, a key of
/// more than 1,000 characters (libyaml takes 1,024 at most), a mapping of more than 1,000 entries.
enum PlainYAML {
    static func compose(_ yaml: String, constructor: Constructor) -> Node? {
        guard marksAreMade else { return nil }
        var text = yaml
        return text.withUTF8 { bytes in
            guard hasOnlyPlainCharacters(bytes) else { return nil }
            var reader = PlainYAMLReader(bytes: bytes, constructor: constructor)
            return reader.document()
        }
    }

    /// Whether `bytes` hold only what the subset allows anywhere: no control character but the line
    /// feed, no DEL, no C1 control (NEL among them), no line or paragraph separator, no byte order
    /// mark or noncharacter U+FFFE/U+FFFF (libyaml refuses them or breaks lines at them), no space
    /// before a line end or the end.
    private static func hasOnlyPlainCharacters(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0x0A:
                if index > 0 && bytes[index - 1] == 0x20 { return false }
            case 0..<0x20, 0x7F:
                return false
            case 0xC2:
                if index + 1 < bytes.count, (0x80...0x9F).contains(bytes[index + 1]) { return false }
            case 0xE2:
                if index + 2 < bytes.count, bytes[index + 1] == 0x80, bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9 { return false }
            case 0xEF:
                if index + 2 < bytes.count, bytes[index + 1] == 0xBB, bytes[index + 2] == 0xBF { return false }
                if index + 2 < bytes.count, bytes[index + 1] == 0xBF, bytes[index + 2] == 0xBE || bytes[index + 2] == 0xBF { return false }
            default:
                break
            }
            index += 1
        }
        return bytes.last != 0x20
    }

    /// `Mark` has no public initializer: it is two `Int`s, line then column, and is made from this.
    private struct MarkFields {
        let line: Int
        let column: Int
    }

    /// A mark at a 1-based line and column, as libyaml's marks are given by Yams.
    static func mark(line: Int, column: Int) -> Mark {
        unsafeBitCast(MarkFields(line: line, column: column), to: Mark.self)
    }

    /// Whether `mark` makes the marks it is asked for; if a Yams release lays `Mark` out otherwise,
    /// nothing is read here and Yams reads every file. The size is checked before the first cast
    /// (`unsafeBitCast` stops the program on a size that differs), that `Mark` holds no reference
    /// (bits cast into one would be released), then the order of the two fields.
    private static let marksAreMade: Bool = {
        guard MemoryLayout<Mark>.size == MemoryLayout<MarkFields>.size, _isPOD(Mark.self) else { return false }
        let made = mark(line: 3, column: 7)
        return made.line == 3 && made.column == 7
    }()
}

/// Reads one YAML text in `PlainYAML`'s subset, line by line; every reading function returns nil
/// for what is outside it.
private struct PlainYAMLReader {
    let bytes: UnsafeBufferPointer<UInt8>
    let constructor: Constructor
    /// The byte offset being read.
    var position = 0
    /// The 1-based line being read and the byte offset where it starts.
    var line = 1
    var lineStart = 0

    /// The tag Yams gives a quoted scalar, and a key once its mapping's keys are compared: it never
    /// changes (only an implicit tag is resolved in place), so one serves every such node.
    private let textTag: Tag

    init(bytes: UnsafeBufferPointer<UInt8>, constructor: Constructor) {
        self.bytes = bytes
        self.constructor = constructor
        textTag = Tag(.str, .basic, constructor)
    }

    /// The tag Yams gives a plain scalar, a sequence and a mapping: resolved later, in place, so
    /// each node has its own.
    private func implicitTag() -> Tag { Tag(.implicit, .basic, constructor) }

    private var atEnd: Bool { position >= bytes.count }
    private var current: UInt8 { bytes[position] }
    private var atLineEnd: Bool { atEnd || current == 0x0A }

    /// The line whose columns are counted (its start), the offset counted up to and the column there.
    /// Marks on a line are asked for left to right, so a line is counted once, not once for every
    /// mark on it: counting from the line's start each time took a flow mapping of 40,000 entries on
    /// one line 137 s in a debug build, where Yams takes 0.2 s.
    private var countedLineStart = 0
    private var countedOffset = 0
    private var countedColumn = 1

    /// The 1-based column of `offset` on the current line, in Unicode scalars as libyaml counts.
    private mutating func column(of offset: Int) -> Int {
        if countedLineStart != lineStart || countedOffset > offset {
            countedLineStart = lineStart
            countedOffset = lineStart
            countedColumn = 1
        }
        for index in countedOffset..<offset where bytes[index] & 0xC0 != 0x80 { countedColumn += 1 }
        countedOffset = offset
        return countedColumn
    }

    private mutating func markHere() -> Mark { PlainYAML.mark(line: line, column: column(of: position)) }

    /// Moves past the line end at `position`, if any, to the next line's start.
    private mutating func nextLine() {
        guard !atEnd else { return }
        position += 1
        line += 1
        lineStart = position
    }

    /// Moves past blank lines; false when the text ends.
    private mutating func skipBlankLines() -> Bool {
        while !atEnd && current == 0x0A { nextLine() }
        return !atEnd
    }

    private mutating func skipSpaces() {
        while !atEnd && current == 0x20 { position += 1 }
    }

    private func text(_ range: Range<Int>) -> String {
        String(decoding: UnsafeBufferPointer(rebasing: bytes[range]), as: UTF8.self)
    }

    mutating func document() -> Node? {
        guard skipBlankLines() else { return nil }
        let mark = markHere()
        var pairs: [(Node, Node)] = []
        pairs.reserveCapacity(16)
        var keys: [String] = []
        keys.reserveCapacity(16)
        while skipBlankLines() {
            guard keys.count < Self.maximumEntries, let (key, name) = key(), !keys.contains(name), !atEnd, current == UInt8(ascii: ":") else {
                return nil
            }
            keys.append(name)
            position += 1
            guard let value = blockValue(afterColonAt: position - 1) else { return nil }
            pairs.append((key, value))
        }
        return .mapping(Node.Mapping(pairs, implicitTag(), .any, mark))
    }

    /// The most entries a mapping read here has: a key is checked against every earlier one, which
    /// took 20,000 keys 8 s in a debug build, where Yams takes 0.1 s. (A theme's words are some 200.)
    static let maximumEntries = 1_000

    /// A key and its text: a letter, digit or `_`, then those and `-`, up to 1,000 characters. (The
    /// text is given apart, as `Node.string` constructs it anew.)
    private mutating func key() -> (Node, String)? {
        let start = position
        guard !atEnd, Self.isKeyCharacter(current), current != UInt8(ascii: "-") else { return nil }
        while !atEnd && Self.isKeyCharacter(current) { position += 1 }
        guard position - start <= 1_000 else { return nil }
        let name = text(start..<position)
        return (.scalar(Node.Scalar(name, textTag, .plain, PlainYAML.mark(line: line, column: column(of: start)))), name)
    }

    private static func isKeyCharacter(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "a")...UInt8(ascii: "z"), UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "0")...UInt8(ascii: "9"),
             UInt8(ascii: "-"), UInt8(ascii: "_"): true
        default: false
        }
    }

    /// The value after a top-level key's `:`: on the same line after a space, or a block sequence
    /// on the lines below, or nothing (marked just after the colon, as libyaml marks it).
    private mutating func blockValue(afterColonAt colon: Int) -> Node? {
        if atLineEnd {
            let empty = Node.scalar(Node.Scalar("", implicitTag(), .plain, PlainYAML.mark(line: line, column: column(of: colon) + 1)))
            nextLine()
            let afterKey = (position, line, lineStart)
            guard skipBlankLines(), current == 0x20 || current == UInt8(ascii: "-") else {
                (position, line, lineStart) = afterKey
                return empty
            }
            return blockSequence()
        }
        guard current == 0x20 else { return nil }
        skipSpaces()
        guard let value = lineValue() else { return nil }
        nextLine()
        return value
    }

    /// `- item` lines, all at the indent of the first; ends before the next line at column 0 that
    /// is not an item.
    private mutating func blockSequence() -> Node? {
        var indent = 0
        while !atEnd && current == 0x20 { position += 1; indent += 1 }
        let mark = markHere()
        var items: [Node] = []
        while true {
            guard position - lineStart == indent, !atEnd, current == UInt8(ascii: "-") else { return nil }
            position += 1
            guard !atEnd, current == 0x20 else { return nil }
            skipSpaces()
            guard let item = lineValue() else { return nil }
            items.append(item)
            nextLine()
            guard skipBlankLines() else { break }
            if indent == 0 && current != UInt8(ascii: "-") { break }
            if indent > 0 && current != 0x20 { break }
            while !atEnd && current == 0x20 && position - lineStart < indent { position += 1 }
        }
        return .sequence(Node.Sequence(items, implicitTag(), .any, mark))
    }

    /// A value that fills the rest of the line in block context: a flow sequence or mapping, a
    /// quoted scalar or a plain one.
    private mutating func lineValue() -> Node? {
        let value: Node?
        switch current {
        case UInt8(ascii: "["): value = flowSequence()
        case UInt8(ascii: "{"): value = flowMapping()
        case UInt8(ascii: "\""), UInt8(ascii: "'"): value = quoted()
        default: value = blockPlain()
        }
        return atLineEnd ? value : nil
    }

    /// Bytes no plain scalar may start with: YAML's indicators and the space.
    private static func startsNoPlain(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "-"), UInt8(ascii: "?"), UInt8(ascii: ":"), UInt8(ascii: ","), UInt8(ascii: "["), UInt8(ascii: "]"),
             UInt8(ascii: "{"), UInt8(ascii: "}"), UInt8(ascii: "#"), UInt8(ascii: "&"), UInt8(ascii: "*"), UInt8(ascii: "!"),
             UInt8(ascii: "|"), UInt8(ascii: ">"), UInt8(ascii: "'"), UInt8(ascii: "\""), UInt8(ascii: "%"), UInt8(ascii: "@"),
             UInt8(ascii: "`"), 0x20: true
        default: false
        }
    }

    /// A plain scalar to the line end; none holding `: `, a `:` at the end or ` #`.
    private mutating func blockPlain() -> Node? {
        let start = position
        guard !Self.startsNoPlain(current) else { return nil }
        while !atLineEnd {
            let byte = current
            if byte == UInt8(ascii: ":") && (position + 1 == bytes.count || bytes[position + 1] == 0x20 || bytes[position + 1] == 0x0A) {
                return nil
            }
            if byte == UInt8(ascii: "#") && bytes[position - 1] == 0x20 { return nil }
            position += 1
        }
        return .scalar(Node.Scalar(text(start..<position), implicitTag(), .plain, PlainYAML.mark(line: line, column: column(of: start))))
    }

    /// A plain scalar inside `[...]` or `{...}`, ended by `,` or `closing`; none holding `:`, `#`
    /// or a bracket.
    private mutating func flowPlain(closing: UInt8) -> Node? {
        let start = position
        guard !Self.startsNoPlain(current) else { return nil }
        var end = position
        while !atLineEnd && current != UInt8(ascii: ",") && current != closing {
            switch current {
            case UInt8(ascii: ":"), UInt8(ascii: "#"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                return nil
            case 0x20:
                break
            default:
                end = position + 1
            }
            position += 1
        }
        return .scalar(Node.Scalar(text(start..<end), implicitTag(), .plain, PlainYAML.mark(line: line, column: column(of: start))))
    }

    /// A quoted or plain scalar inside `[...]` or `{...}`, and the spaces after it.
    private mutating func flowScalar(closing: UInt8) -> Node? {
        guard !atLineEnd else { return nil }
        let value = current == UInt8(ascii: "\"") || current == UInt8(ascii: "'") ? quoted() : flowPlain(closing: closing)
        skipSpaces()
        return value
    }

    /// `[a, "b", 'c']` on one line.
    private mutating func flowSequence() -> Node? {
        let mark = markHere()
        position += 1
        skipSpaces()
        var items: [Node] = []
        if !atLineEnd && current == UInt8(ascii: "]") {
            position += 1
            return .sequence(Node.Sequence(items, implicitTag(), .any, mark))
        }
        while true {
            guard let item = flowScalar(closing: UInt8(ascii: "]")), !atLineEnd else { return nil }
            items.append(item)
            if current == UInt8(ascii: "]") { break }
            guard current == UInt8(ascii: ",") else { return nil }
            position += 1
            skipSpaces()
        }
        position += 1
        return .sequence(Node.Sequence(items, implicitTag(), .any, mark))
    }

    /// `{key: a, other: "b"}` on one line, keys as at the top level, each once.
    private mutating func flowMapping() -> Node? {
        let mark = markHere()
        position += 1
        skipSpaces()
        var pairs: [(Node, Node)] = []
        var keys: [String] = []
        if !atLineEnd && current == UInt8(ascii: "}") {
            position += 1
            return .mapping(Node.Mapping(pairs, implicitTag(), .any, mark))
        }
        while true {
            guard keys.count < Self.maximumEntries, let (key, name) = key(), !keys.contains(name), !atLineEnd, current == UInt8(ascii: ":") else {
                return nil
            }
            keys.append(name)
            position += 1
            guard !atLineEnd, current == 0x20 else { return nil }
            skipSpaces()
            guard let value = flowScalar(closing: UInt8(ascii: "}")), !atLineEnd else { return nil }
            pairs.append((key, value))
            if current == UInt8(ascii: "}") { break }
            guard current == UInt8(ascii: ",") else { return nil }
            position += 1
            skipSpaces()
        }
        position += 1
        return .mapping(Node.Mapping(pairs, implicitTag(), .any, mark))
    }

    /// `"..."` or `'...'` on one line; in double quotes only `\"` and `\\` are escapes read here.
    private mutating func quoted() -> Node? {
        let quote = current
        let mark = markHere()
        position += 1
        let style: Node.Scalar.Style = quote == UInt8(ascii: "\"") ? .doubleQuoted : .singleQuoted
        // Most quoted texts hold no escape and are taken as written.
        let start = position
        while !atLineEnd && current != quote && current != UInt8(ascii: "\\") { position += 1 }
        if !atLineEnd && current == quote && (quote == UInt8(ascii: "\"") || position + 1 == bytes.count || bytes[position + 1] != quote) {
            position += 1
            return .scalar(Node.Scalar(text(start..<position - 1), textTag, style, mark))
        }
        position = start
        var value: [UInt8] = []
        while true {
            guard !atLineEnd else { return nil }
            let byte = current
            position += 1
            if byte == quote {
                guard quote == UInt8(ascii: "'"), !atLineEnd, current == quote else { break }
                position += 1
            } else if byte == UInt8(ascii: "\\") && quote == UInt8(ascii: "\"") {
                guard !atLineEnd, current == quote || current == UInt8(ascii: "\\") else { return nil }
                value.append(current)
                position += 1
                continue
            }
            value.append(byte)
        }
        return .scalar(Node.Scalar(String(decoding: value, as: UTF8.self), textTag, style, mark))
    }
}
