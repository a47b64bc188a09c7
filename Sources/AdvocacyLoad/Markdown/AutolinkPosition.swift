import CCmarkGFM
import Foundation

/// Where the autolinks of a body start. cmark gives one found in text (`https://…`, `www.…`, an
/// e-mail address: GFM's extension) no position of its own, so it would be told at the start of its
/// block, and counts the column of one in pointy brackets (`<https://…>`) from the block's first line,
/// whatever line it is on. The nodes around an autolink have theirs: the text in pointy brackets, the
/// node after it (which starts where the link ends), the text before it. Each is tried in turn, and
/// kept only when the body holds the link's text there; else the text is looked for on the line the
/// line breaks before it lead to. A block is read once, for all its autolinks, and kept for the next
/// link asked about (a walk asks about links in the order they are written).
final class AutolinkPositions {
    /// The block read last, and the byte offset of each autolink found in it.
    private var block: OpaquePointer?
    private var offsets: [OpaquePointer: Int] = [:]

    /// The byte offset in the body where `link` starts, or nil when it is no autolink (a link written
    /// `[…](…)`, whose position cmark gives right) or it cannot be told. `body` is the body's UTF-8 and
    /// `lineStarts` the byte offset of each of its lines.
    func offset(of link: OpaquePointer, in body: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) -> Int? {
        let source = Source(body: body, lineStarts: lineStarts)
        guard Self.autolinkText(link) != nil, !source.holds("[", at: Self.start(of: link)), let block = Self.block(of: link) else { return nil }
        if block != self.block {
            self.block = block
            offsets = Self.read(block, source)
        }
        return offsets[link]
    }

    /// The body's bytes and where its lines start.
    private struct Source {
        let body: UnsafeBufferPointer<UInt8>
        let lineStarts: [Int]

        /// The byte offset of a 1-based line and byte column; nil outside the body.
        func offset(_ position: (line: Int, column: Int)?) -> Int? {
            guard let (line, column) = position, line >= 1, line <= lineStarts.count, column >= 1 else { return nil }
            let offset = lineStarts[line - 1] + column - 1
            return offset < body.count ? offset : nil
        }

        /// The 1-based line that holds the byte at `offset`.
        func line(of offset: Int) -> Int {
            var low = 0, high = lineStarts.count - 1
            while low < high {
                let middle = (low + high + 1) / 2
                if lineStarts[middle] <= offset { low = middle } else { high = middle - 1 }
            }
            return low + 1
        }

        /// Whether `text` is written at `position`.
        func holds(_ text: String, at position: (line: Int, column: Int)?) -> Bool {
            guard let offset = offset(position), offset + text.utf8.count <= body.count else { return false }
            return body[offset..<(offset + text.utf8.count)].elementsEqual(text.utf8)
        }

        /// The first place on `line` where `text` is written as a whole address.
        func find(_ text: String, onLine line: Int) -> Int? {
            guard line >= 1, line <= lineStarts.count, let lead = text.utf8.first else { return nil }
            let start = lineStarts[line - 1], end = line < lineStarts.count ? lineStarts[line] : body.count
            let length = text.utf8.count
            var index = start
            while index + length <= end {
                if body[index] == lead && body[index..<(index + length)].elementsEqual(text.utf8)
                    && (index == start || !Self.isAddressByte(body[index - 1]) || "<(*_~\"'".utf8.contains(body[index - 1]))
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

    /// The offsets of the autolinks of `block`, read in one pass over its nodes. The line of each is
    /// that of the last node before it with a position, and one more for each line break after that.
    private static func read(_ block: OpaquePointer, _ source: Source) -> [OpaquePointer: Int] {
        var offsets: [OpaquePointer: Int] = [:]
        var line = max(1, Int(cmark_node_get_start_line(block)))
        let iterator = cmark_iter_new(block)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), node != block else { continue }
            let type = cmark_node_get_type(node)
            if type == CMARK_NODE_SOFTBREAK || type == CMARK_NODE_LINEBREAK {
                line += 1
            } else if let text = autolinkText(node), !source.holds("[", at: start(of: node)) {
                if let offset = locate(node, text: text, onLine: line, source) {
                    offsets[node] = offset
                    line = source.line(of: offset)
                }
            } else if type != CMARK_NODE_LINK, let start = start(of: node) {
                line = start.line
            }
        }
        return offsets
    }

    /// Where an autolink of `text` starts: after `<` at its text's position, before the node after
    /// it, after the text before it, or else where its text is written on `line`.
    private static func locate(_ link: OpaquePointer, text: String, onLine line: Int, _ source: Source) -> Int? {
        if let child = cmark_node_first_child(link), let inner = start(of: child), source.holds("<" + text, at: (inner.line, inner.column - 1)) {
            return source.offset((inner.line, inner.column - 1))
        }
        if let next = cmark_node_next(link), cmark_node_get_type(next) != CMARK_NODE_LINK, let after = start(of: next),
           source.holds(text, at: (after.line, after.column - text.utf8.count)) {
            return source.offset((after.line, after.column - text.utf8.count))
        }
        if let previous = cmark_node_previous(link), cmark_node_get_type(previous) == CMARK_NODE_TEXT, let before = start(of: previous),
           let literal = cmark_node_get_literal(previous), case let column = before.column + Int(strlen(literal)),
           source.holds(text, at: (before.line, column)) {
            return source.offset((before.line, column))
        }
        return source.find(text, onLine: line)
    }

    /// A node's own start, when cmark gives it one.
    private static func start(of node: OpaquePointer) -> (line: Int, column: Int)? {
        let line = Int(cmark_node_get_start_line(node))
        return line > 0 ? (line, Int(cmark_node_get_start_column(node))) : nil
    }

    /// The text of an autolink: its one text, which its address is (with `mailto:` or `http://` before
    /// it for an e-mail address or a `www.` one); nil for any other link.
    private static func autolinkText(_ link: OpaquePointer) -> String? {
        guard cmark_node_get_type(link) == CMARK_NODE_LINK, let child = cmark_node_first_child(link),
              cmark_node_get_type(child) == CMARK_NODE_TEXT, cmark_node_next(child) == nil,
              let literal = cmark_node_get_literal(child), let url = cmark_node_get_url(link) else { return nil }
        let text = String(cString: literal), address = String(cString: url)
        return !text.isEmpty && (address == text || address == "mailto:" + text || address == "http://" + text) ? text : nil
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
