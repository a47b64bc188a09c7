import AdvocacyCore

/// Compiles Mustache source into a `Template`, following the Mustache specification's required
/// modules (tags, set delimiters, standalone lines, partial indentation), and parents and blocks as
/// its optional inheritance module has them, without re-indenting blocks.
enum TemplateParser {
    private enum Kind: Equatable {
        case variable, unescaped, section, inverted, close, comment, partial, delimiter, parent, block

        /// Whether a tag of this kind alone on its line takes the whole line with it.
        var canStandAlone: Bool { self != .variable && self != .unescaped }
    }

    private struct Tag {
        var kind: Kind
        var name: String
        /// The byte offsets of the tag, from its opening to after its closing delimiter.
        var start: Int, end: Int
        /// Where the name starts, for messages.
        var nameStart: Int
        var indentation: [UInt8] = []
    }

    private enum Token {
        case text(start: Int, end: Int)
        case tag(Tag)
    }

    /// Compiles `source`, resolving each part of a name to its number in `fields` (the library's
    /// field names by name).
    package static func parse(_ source: String, fields: [String: Int] = [:]) throws(TemplateSyntaxError) -> Template {
        let bytes = Array(source.utf8)
        var tokens = try tokenize(bytes)
        markStandalone(&tokens, bytes)
        var index = 0
        var references: [(String, Int, Int)] = []
        let nodes = try build(&index, tokens, bytes, LinePositions(bytes), closing: nil, fields: fields, references: &references)
        return Template(nodes: nodes, references: references)
    }

    private static func tokenize(_ bytes: [UInt8]) throws(TemplateSyntaxError) -> [Token] {
        var tokens: [Token] = []
        var open = Array("{{".utf8), close = Array("}}".utf8)
        var i = 0, textStart = 0
        while i < bytes.count {
            guard bytes.matches(open, at: i) else { i += 1; continue }
            if textStart < i { tokens.append(.text(start: textStart, end: i)) }
            var j = i + open.count
            while j < bytes.count && bytes[j].isBlank { j += 1 }
            let sigil = j < bytes.count ? bytes[j] : 0
            let kind: Kind
            var terminator = close
            switch sigil {
            case UInt8(ascii: "{"): kind = .unescaped; terminator = Array("}".utf8) + close
            case UInt8(ascii: "="): kind = .delimiter; terminator = Array("=".utf8) + close
            case UInt8(ascii: "&"): kind = .unescaped
            case UInt8(ascii: "#"): kind = .section
            case UInt8(ascii: "^"): kind = .inverted
            case UInt8(ascii: "/"): kind = .close
            case UInt8(ascii: "!"): kind = .comment
            case UInt8(ascii: ">"): kind = .partial
            case UInt8(ascii: "<"): kind = .parent
            case UInt8(ascii: "$"): kind = .block
            default: kind = .variable
            }
            if kind != .variable { j += 1 }
            guard let contentEnd = bytes.firstIndex(of: terminator, from: j) else {
                throw error(.tagNotClosed(delimiter: String(decoding: close, as: UTF8.self)), at: i, in: bytes)
            }
            var nameStart = j, nameEnd = contentEnd
            while nameStart < nameEnd && bytes[nameStart].isBlank { nameStart += 1 }
            while nameEnd > nameStart && bytes[nameEnd - 1].isBlank { nameEnd -= 1 }
            let name = String(decoding: bytes[nameStart..<nameEnd], as: UTF8.self)
            let end = contentEnd + terminator.count
            if kind == .delimiter {
                let parts = name.split(whereSeparator: { $0 == " " || $0 == "\t" })
                guard parts.count == 2, !parts.contains(where: { $0.contains("=") }) else {
                    throw error(.malformedDelimiterTag(example: "{{=<% %>=}}"), at: i, in: bytes)
                }
                open = Array(parts[0].utf8)
                close = Array(parts[1].utf8)
            } else if kind != .comment && name.isEmpty {
                throw error(.tagWithoutName, at: i, in: bytes)
            }
            tokens.append(.tag(Tag(kind: kind, name: name, start: i, end: end, nameStart: nameStart)))
            i = end
            textStart = end
        }
        if textStart < bytes.count { tokens.append(.text(start: textStart, end: bytes.count)) }
        return tokens
    }

    /// A section, comment, partial, delimiter, parent or block tag alone on its line (but for
    /// blanks) removes the line: the blanks before it, and the blanks and line break after it. A
    /// standalone partial keeps the blanks before it as its indentation. An empty block,
    /// `{{$name}}{{/name}}`, alone on its line counts as one standalone tag.
    private static func markStandalone(_ tokens: inout [Token], _ bytes: [UInt8]) {
        var index = 0
        while index < tokens.count {
            defer { index += 1 }
            guard case .tag(var tag) = tokens[index], tag.kind.canStandAlone else { continue }
            var last = index
            if tag.kind == .block, index + 1 < tokens.count, case .tag(let next) = tokens[index + 1],
               next.kind == .close, next.start == tag.end {
                last = index + 1
            }
            guard case .tag(let lastTag) = tokens[last],
                  let (lineStart, lineEnd) = standaloneLine(from: tag.start, to: lastTag.end, in: bytes) else { continue }
            if index > 0, case .text(let start, _) = tokens[index - 1] {
                tokens[index - 1] = .text(start: start, end: max(start, lineStart))
            }
            if last + 1 < tokens.count, case .text(_, let end) = tokens[last + 1] {
                tokens[last + 1] = .text(start: min(end, lineEnd), end: end)
            }
            if tag.kind == .partial { tag.indentation = Array(bytes[lineStart..<tag.start]) }
            tokens[index] = .tag(tag)
            index = last
        }
    }

    /// The line around `start..<end` when nothing but blanks shares it: from the line's start to
    /// after its line break.
    private static func standaloneLine(from start: Int, to end: Int, in bytes: [UInt8]) -> (Int, Int)? {
        var lineStart = start
        while lineStart > 0 && bytes[lineStart - 1].isBlank { lineStart -= 1 }
        guard lineStart == 0 || bytes[lineStart - 1] == UInt8(ascii: "\n") else { return nil }
        var lineEnd = end
        while lineEnd < bytes.count && bytes[lineEnd].isBlank { lineEnd += 1 }
        if lineEnd + 1 < bytes.count && bytes[lineEnd] == UInt8(ascii: "\r") && bytes[lineEnd + 1] == UInt8(ascii: "\n") {
            return (lineStart, lineEnd + 2)
        }
        if lineEnd < bytes.count && bytes[lineEnd] == UInt8(ascii: "\n") { return (lineStart, lineEnd + 1) }
        return lineEnd == bytes.count ? (lineStart, lineEnd) : nil
    }

    private static func build(_ index: inout Int, _ tokens: [Token], _ bytes: [UInt8], _ positions: LinePositions, closing: Tag?,
                              fields: [String: Int], references: inout [(String, Int, Int)]) throws(TemplateSyntaxError) -> [Template.Node] {
        var nodes: [Template.Node] = []
        while index < tokens.count {
            let token = tokens[index]
            index += 1
            switch token {
            case .text(let start, let end):
                if start < end { nodes.append(.text(Array(bytes[start..<end]))) }
            case .tag(let tag):
                switch tag.kind {
                case .comment, .delimiter:
                    break
                case .variable, .unescaped:
                    nodes.append(.variable(try name(tag, bytes, positions, fields), escaped: tag.kind == .variable))
                case .partial:
                    let (line, column) = positions.position(tag.start)
                    references.append((tag.name, line, column))
                    nodes.append(.partial(tag.name, indentation: tag.indentation))
                case .section, .inverted:
                    let name = try name(tag, bytes, positions, fields)
                    let children = try build(&index, tokens, bytes, positions, closing: tag, fields: fields, references: &references)
                    nodes.append(.section(name, children, inverted: tag.kind == .inverted))
                case .block:
                    nodes.append(.block(tag.name, try build(&index, tokens, bytes, positions, closing: tag, fields: fields,
                                                            references: &references)))
                case .parent:
                    let (line, column) = positions.position(tag.start)
                    references.append((tag.name, line, column))
                    var overrides: [String: [Template.Node]] = [:]
                    for child in try build(&index, tokens, bytes, positions, closing: tag, fields: fields, references: &references) {
                        if case .block(let name, let content) = child { overrides[name] = content }
                    }
                    nodes.append(.parent(tag.name, overrides: overrides))
                case .close:
                    guard let closing else {
                        throw error(.sectionClosedNeverOpened(name: tag.name), at: tag.nameStart, in: bytes)
                    }
                    guard closing.name == tag.name else {
                        throw error(.sectionClosedWithOtherName, at: tag.nameStart, in: bytes)
                    }
                    return nodes
                }
            }
        }
        if let closing {
            throw error(.sectionNeverClosed, at: closing.nameStart, in: bytes)
        }
        return nodes
    }

    /// The characters a part of a name may not hold.
    private static let forbiddenInNames = "(){}<>&#^/!=$ \t"

    private static func name(_ tag: Tag, _ bytes: [UInt8], _ positions: LinePositions,
                             _ fields: [String: Int]) throws(TemplateSyntaxError) -> TemplateName {
        let (line, column) = positions.position(tag.nameStart)
        if tag.name == "." { return TemplateName(keys: [], line: line, column: column) }
        let parts = tag.name.split(separator: ".", omittingEmptySubsequences: false).map(String.init)
        // Each character a name may not hold is one ASCII byte, so a name without those bytes holds
        // none of them: only one with such a byte is read character by character.
        let mayHoldForbidden = tag.name.utf8.contains { Self.forbiddenInNames.utf8.contains($0) }
        guard !parts.contains(where: {
            $0.isEmpty || mayHoldForbidden && $0.contains(where: { Self.forbiddenInNames.contains($0) })
        }) else {
            throw error(.notATemplateName(name: tag.name), at: tag.nameStart, in: bytes)
        }
        return TemplateName(keys: parts.map { TemplateKey(name: $0, field: fields[$0]) }, line: line, column: column)
    }

    private static func error(_ id: MessageID, at offset: Int, in bytes: [UInt8]) -> TemplateSyntaxError {
        let (line, column) = LinePositions(bytes).position(offset)
        return TemplateSyntaxError(message: Message(id), line: line, column: column)
    }
}

/// Where each line of a template's text starts, so that the line and column of a name or a
/// mistake (columns counted in Unicode scalars, lines at line feeds) are found without reading the
/// text from its start for each: a theme's templates have hundreds of names.
struct LinePositions {
    private let bytes: [UInt8]
    /// The offset of each line's first byte, the first line's first.
    private let lineStarts: [Int]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
        var starts = [0]
        for (index, byte) in bytes.enumerated() where byte == UInt8(ascii: "\n") { starts.append(index + 1) }
        lineStarts = starts
    }

    /// The line and column, both from 1, of the byte at `offset` (at most the text's length).
    func position(_ offset: Int) -> (line: Int, column: Int) {
        // The last line that starts at or before `offset`.
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        var column = 1
        for byte in bytes[lineStarts[low]..<offset] where byte & 0xC0 != 0x80 { column += 1 }
        return (low + 1, column)
    }
}

private extension UInt8 {
    var isBlank: Bool { self == UInt8(ascii: " ") || self == UInt8(ascii: "\t") }
}

private extension Array where Element == UInt8 {
    func matches(_ pattern: [UInt8], at offset: Int) -> Bool {
        guard offset + pattern.count <= count else { return false }
        for k in pattern.indices where self[offset + k] != pattern[k] { return false }
        return true
    }

    func firstIndex(of pattern: [UInt8], from offset: Int) -> Int? {
        var i = offset
        while i + pattern.count <= count {
            if matches(pattern, at: i) { return i }
            i += 1
        }
        return nil
    }
}
