import CCmarkGFM

/// Where the autolinks of a body start. cmark gives one found in text (`https://…`, `www.…`, an
/// e-mail address: GFM's extension) no position of its own, so it would be told at the start of its
/// paragraph, and counts the column of one in pointy brackets (`<https://…>`) from the paragraph's
/// first line, whatever line it is on. Their texts are looked for in the lines of their block instead,
/// in order, each after the one before: one reading of a block finds them all, and is kept for the
/// next link asked about (a walk asks about links in the order they are written).
final class AutolinkPositions {
    /// The block read last, and the byte offset of each autolink found in it.
    private var block: OpaquePointer?
    private var offsets: [OpaquePointer: Int] = [:]

    /// The byte offset in the body where `link` starts, or nil when it is no autolink (a link written
    /// `[…](…)`, whose position cmark gives right) or its text was not found. `body` is the body's
    /// UTF-8 and `lineStarts` the byte offset of each of its lines.
    func offset(of link: OpaquePointer, in body: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) -> Int? {
        guard Self.autolinkText(link) != nil, !Self.isWrittenWithBrackets(link, body, lineStarts),
              let block = Self.block(of: link) else { return nil }
        if block != self.block {
            self.block = block
            offsets = Self.read(block, body, lineStarts)
        }
        return offsets[link]
    }

    /// The offsets of the autolinks of `block`: each link whose text is its address (a link written
    /// with brackets too, as its text is written there as well) is looked for after the one before.
    private static func read(_ block: OpaquePointer, _ body: UnsafeBufferPointer<UInt8>, _ lineStarts: [Int]) -> [OpaquePointer: Int] {
        let first = Int(cmark_node_get_start_line(block)), last = Int(cmark_node_get_end_line(block))
        guard first >= 1, last >= first, first <= lineStarts.count else { return [:] }
        let start = lineStarts[first - 1], end = last < lineStarts.count ? lineStarts[last] : body.count
        var offsets: [OpaquePointer: Int] = [:]
        var cursor = start
        let iterator = cmark_iter_new(block)
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator), let text = autolinkText(node) else { continue }
            // A text not written as it reads (a character reference in it) ends the reading: the rest of
            // the block is not read again for each link after it.
            guard let found = find(Array(text.utf8), in: body, from: cursor, blockStart: start, end: end) else { break }
            offsets[node] = found > start && body[found - 1] == UInt8(ascii: "<") ? found - 1 : found
            cursor = found + text.utf8.count
        }
        return offsets
    }

    /// The first place from `cursor` on, before `end`, where `pattern` is written as a whole address.
    private static func find(_ pattern: [UInt8], in body: UnsafeBufferPointer<UInt8>, from cursor: Int, blockStart: Int, end: Int) -> Int? {
        guard let lead = pattern.first else { return nil }
        var index = cursor
        while index + pattern.count <= end {
            if body[index] == lead && body[index..<(index + pattern.count)].elementsEqual(pattern)
                && startsALink(body, at: index, from: blockStart) && endsALink(body, at: index + pattern.count, before: end) {
                return index
            }
            index += 1
        }
        return nil
    }

    /// Whether cmark's own position of `link` is the `[` of a link written with brackets.
    private static func isWrittenWithBrackets(_ link: OpaquePointer, _ body: UnsafeBufferPointer<UInt8>, _ lineStarts: [Int]) -> Bool {
        let line = Int(cmark_node_get_start_line(link)), column = Int(cmark_node_get_start_column(link))
        guard line >= 1, line <= lineStarts.count, column >= 1 else { return false }
        let at = lineStarts[line - 1] + column - 1
        return at < body.count && body[at] == UInt8(ascii: "[")
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

    /// Whether an address may start at `index`: at the block's start, or after a byte that is no part
    /// of one (white space, `<`, `(`, or a sign of emphasis), not inside a longer address.
    private static func startsALink(_ body: UnsafeBufferPointer<UInt8>, at index: Int, from start: Int) -> Bool {
        guard index > start else { return true }
        return !isAddressByte(body[index - 1]) || "<(*_~".utf8.contains(body[index - 1])
    }

    /// Whether an address may end at `index`: at the block's end, or before a byte that does not go on
    /// with it (white space, `>`, or a sign GFM leaves out at an address's end).
    private static func endsALink(_ body: UnsafeBufferPointer<UInt8>, at index: Int, before end: Int) -> Bool {
        guard index < end else { return true }
        return !isAddressByte(body[index]) || ".,:;?!*_~)'\"".utf8.contains(body[index])
    }

    /// A byte an address may hold: anything but white space, control characters and `<` or `>`.
    private static func isAddressByte(_ byte: UInt8) -> Bool {
        byte > 32 && byte != 127 && byte != UInt8(ascii: "<") && byte != UInt8(ascii: ">")
    }
}
