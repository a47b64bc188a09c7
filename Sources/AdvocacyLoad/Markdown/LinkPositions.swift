import CCmarkGFM
import Foundation

/// Where the links and images of a body start, as the body has them. cmark gives an autolink found
/// in text (`https://…`, `www.…`, an e-mail address: GFM's extension) no position of its own, and one in
/// pointy brackets (`<https://…>`) a column counted from its block's first line. It counts no line
/// break inside a code span or inline HTML: on the same line it counts the column on past the line's
/// end, and after the next line break every line it gives is one early. A block is read once, in
/// order, for all its links: the lines cmark missed are counted and put back; a link written with
/// brackets is where cmark says, so corrected; an autolink is placed by the nodes around it (the text
/// in pointy brackets, the node after it, the text before it), each kept only when the body holds
/// the link's text there, or else found on the line the line breaks lead to. The block read last is
/// kept for the next link asked about (a walk asks about links in the order they are written).
final class LinkPositions {
    /// The block read last, and the byte offset of each link found in it.
    private var block: OpaquePointer?
    private var offsets: [OpaquePointer: Int] = [:]

    /// The byte offset in the body where the link or image `link` starts, or nil when it cannot be
    /// told. `body` is the body's UTF-8 and `lineStarts` the byte offset of each of its lines.
    func offset(of link: OpaquePointer, in body: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) -> Int? {
        let source = Source(body: body, lineStarts: lineStarts)
        guard let block = Self.block(of: link) else { return nil }
        if block != self.block {
            self.block = block
            offsets = Self.read(block, source)
        }
        return offsets[link]
    }

    /// The 1-based line of a body that holds the byte at `offset`, given where each line starts.
    static func line(of offset: Int, lineStarts: [Int]) -> Int {
        var low = 0, high = lineStarts.count - 1
        while low < high {
            let middle = (low + high + 1) / 2
            if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
        }
        return low + 1
    }

    /// The body's bytes and where its lines start.
    private struct Source {
        let body: UnsafeBufferPointer<UInt8>
        let lineStarts: [Int]

        /// The byte offset where `line` starts, and where it ends (its line feed, or the body's end).
        func bounds(of line: Int) -> (start: Int, end: Int)? {
            guard line >= 1, line <= lineStarts.count else { return nil }
            return (lineStarts[line - 1], line < lineStarts.count ? lineStarts[line] - 1 : body.count)
        }

        /// The byte offset of a 1-based line and byte column as cmark gives them; nil outside the body.
        /// Past a line break inside a code span or inline HTML cmark counts the column on, past the line
        /// it gives: through that line break, and on through the next line's text after its indent and
        /// `>`s, which cmark takes off a paragraph's lines.
        func offset(_ position: (line: Int, column: Int)?) -> Int? {
            guard var (line, remaining) = position.map({ ($0.line, $0.column - 1) }), remaining >= 0,
                  var (start, end) = bounds(of: line) else { return nil }
            while remaining > end - start {
                remaining -= end - start + 1
                line += 1
                guard let next = bounds(of: line) else { return nil }
                end = next.end
                start = next.start + body[next.start..<next.end].prefix { $0 == 32 || $0 == 9 || $0 == UInt8(ascii: ">") }.count
            }
            return start + remaining < body.count ? start + remaining : nil
        }

        /// The 1-based line that holds the byte at `offset`.
        func line(of offset: Int) -> Int { LinkPositions.line(of: offset, lineStarts: lineStarts) }

        /// Whether `text` is written at `offset`, all of it on one line.
        func holds(_ text: String, at offset: Int?) -> Bool {
            guard let offset, offset + text.utf8.count <= bounds(of: line(of: offset))?.end ?? 0 else { return false }
            return body[offset..<(offset + text.utf8.count)].elementsEqual(text.utf8)
        }

        /// The first place on `line`, from `cursor` on, where `text` is written as a whole address.
        func find(_ text: String, onLine line: Int, from cursor: Int) -> Int? {
            guard let (lineStart, end) = bounds(of: line), let lead = text.utf8.first else { return nil }
            let length = text.utf8.count
            var index = max(lineStart, cursor)
            while index + length <= end {
                if body[index] == lead && body[index..<(index + length)].elementsEqual(text.utf8)
                    && (index == lineStart || !Self.isAddressByte(body[index - 1]) || "<(*_~\"'".utf8.contains(body[index - 1]))
                    && (index + length == end || !Self.isAddressByte(body[index + length]) || ".,:;?!*_~)'\"".utf8.contains(body[index + length])) {
                    return index
                }
                index += 1
            }
            return nil
        }

        /// A byte an address may hold: anything but white space, control characters and `<` or `>`.
        private static func isAddressByte(_ byte: UInt8) -> Bool {
            byte > 32 && byte != 127 && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
        }
    }

    /// The offsets of the links of `block`, read in one pass over its nodes. `line` is the line the
    /// walk is on, and `cursor` the byte no link starts before: after everything whose place is known
    /// (the links found, code spans and inline HTML). `missed` counts the line breaks inside code spans
    /// and inline HTML before the last line break between nodes, which every line cmark gives after
    /// that lacks; `missing` those since, which cmark's columns run past.
    private static func read(_ block: OpaquePointer, _ source: Source) -> [OpaquePointer: Int] {
        var offsets: [OpaquePointer: Int] = [:]
        var line = max(1, Int(cmark_node_get_start_line(block)))
        var cursor = source.bounds(of: line)?.start ?? 0
        var missed = 0, missing = 0
        let corrected = { (position: (line: Int, column: Int)?) in position.flatMap { source.offset(($0.line + missed, $0.column)) } }
        let iterator = cmark_iter_new(block)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), node != block else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                line += 1
                cursor = max(cursor, source.bounds(of: line)?.start ?? cursor)
                missed += missing
                missing = 0
            } else if let text = autolinkText(node, source) {
                if let offset = locate(node, text: text, onLine: line, from: cursor, corrected, source) {
                    offsets[node] = offset
                    line = source.line(of: offset)
                    cursor = offset + text.utf8.count
                }
            } else if var at = corrected(start(of: node)) {
                if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE {
                    // In a list item or a quote cmark's count after such a line break also lacks the
                    // next line's indent or `>`: the link starts at the first `[` (`!`) from there on.
                    let mark = UInt8(ascii: type == CMARK_NODE_LINK ? "[" : "!")
                    if let found = source.body[max(at, cursor)...].prefix(while: { $0 != 10 }).firstIndex(of: mark) {
                        at = found
                        offsets[node] = found
                    }
                }
                guard at >= cursor else { continue }
                line = source.line(of: at)
                cursor = at
                if let end = end(of: node, type, startingAt: at, corrected, source) {
                    if type == CMARK_NODE_CODE || type == CMARK_NODE_HTML_INLINE {
                        missing += source.body[at...end].count { $0 == 10 }
                    }
                    line = source.line(of: end)
                    cursor = end + 1
                }
            }
        }
        return offsets
    }

    /// Where a link written with brackets, a code span or inline HTML that starts at `at` ends (its last
    /// byte), as the body has it: cmark's end of a link; the closing backticks of a code span and the
    /// length of inline HTML, whose ends cmark gives on their first line.
    private static func end(of node: OpaquePointer, _ type: cmark_node_type, startingAt at: Int,
                            _ corrected: ((line: Int, column: Int)?) -> Int?, _ source: Source) -> Int? {
        let body = source.body
        switch type {
        case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
            return corrected((Int(cmark_node_get_end_line(node)), Int(cmark_node_get_end_column(node))))
        case CMARK_NODE_HTML_INLINE:
            guard let literal = cmark_node_get_literal(node) else { return nil }
            let length = Int(strlen(literal))
            guard length > 0, at + length <= body.count,
                  body[at..<(at + length)].elementsEqual(UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: length))
            else { return nil }
            return at + length - 1
        case CMARK_NODE_CODE:
            // cmark's start is the byte after the opening backticks.
            func run(at index: Int) -> Int { body[index...].prefix { $0 == UInt8(ascii: "`") }.count }
            let opening = body[..<at].reversed().prefix { $0 == UInt8(ascii: "`") }.count
            guard opening > 0 else { return nil }
            var index = at
            while index < body.count {
                let closing = run(at: index)
                if closing == opening { return index + closing - 1 }
                index += max(closing, 1)
            }
            return nil
        default:
            return nil
        }
    }

    /// Where an autolink of `text` starts, at `cursor` or after: after `<` at its text's position,
    /// before the node after it, after the text before it, or else where its text is written on `line`.
    private static func locate(_ link: OpaquePointer, text: String, onLine line: Int, from cursor: Int,
                               _ corrected: ((line: Int, column: Int)?) -> Int?, _ source: Source) -> Int? {
        let candidates: [Int?] = [
            cmark_node_first_child(link).flatMap { corrected(start(of: $0)) }.map { $0 - 1 },
            cmark_node_next(link).flatMap { cmark_node_get_type($0) == CMARK_NODE_LINK ? nil : corrected(start(of: $0)) }
                .map { $0 - text.utf8.count },
            cmark_node_previous(link).flatMap { previous -> Int? in
                guard cmark_node_get_type(previous) == CMARK_NODE_TEXT, let literal = cmark_node_get_literal(previous) else { return nil }
                return corrected(start(of: previous)).map { $0 + Int(strlen(literal)) }
            },
        ]
        let at = candidates.lazy.compactMap { $0 }.first { $0 >= cursor && (source.holds("<" + text, at: $0) || source.holds(text, at: $0)) }
        guard let found = at ?? source.find(text, onLine: line, from: cursor) else { return nil }
        // One in pointy brackets starts at its `<`.
        return source.body[found] != UInt8(ascii: "<") && found > 0 && source.body[found - 1] == UInt8(ascii: "<") ? found - 1 : found
    }

    /// A node's own start, when cmark gives it one.
    private static func start(of node: OpaquePointer) -> (line: Int, column: Int)? {
        let line = Int(cmark_node_get_start_line(node))
        return line > 0 ? (line, Int(cmark_node_get_start_column(node))) : nil
    }

    /// The text of an autolink: its one text, which its address is (with `mailto:` or `http://` before
    /// it for an e-mail address or a `www.` one); nil for any other link, and for one written with
    /// brackets (`[https://…](https://…)`), whose text cmark places right after its `[`.
    private static func autolinkText(_ link: OpaquePointer, _ source: Source) -> String? {
        guard cmark_node_get_type(link) == CMARK_NODE_LINK, let child = cmark_node_first_child(link),
              cmark_node_get_type(child) == CMARK_NODE_TEXT, cmark_node_next(child) == nil,
              let literal = cmark_node_get_literal(child), let url = cmark_node_get_url(link) else { return nil }
        let text = String(cString: literal), address = String(cString: url)
        guard !text.isEmpty && (address == text || address == "mailto:" + text || address == "http://" + text) else { return nil }
        if let inner = start(of: child).flatMap({ source.offset($0) }), inner > 0, source.body[inner - 1] == UInt8(ascii: "["),
           source.holds(text, at: inner) {
            return nil
        }
        return text
    }

    /// The block that holds `node`: a paragraph, a heading, a table's cell.
    private static func block(of node: OpaquePointer) -> OpaquePointer? {
        var current = cmark_node_parent(node)
        while let candidate = current, cmark_node_get_type(candidate).rawValue & 0xC000 != 0x8000 {
            current = cmark_node_parent(candidate)
        }
        return current
    }
}
