import CCmarkGFM

/// Where an autolink starts in its body. cmark gives one found in text (`https://…`, `www.…`, an
/// e-mail address: GFM's extension) no position of its own, so it would be told at the start of its
/// paragraph, and counts the column of one in pointy brackets (`<https://…>`) from the paragraph's
/// first line, whatever line it is on. Its text is looked for in the lines of its block instead: the
/// nth autolink of a text in a block is where that text is written the nth time there.
enum AutolinkPosition {
    /// The 1-based line and byte column in the body of `link`, or nil when it is no autolink (a link
    /// written `[…](…)`, whose position cmark gives right) or its text cannot be found. `body` is the
    /// body's UTF-8 and `lineStarts` the byte offset of each of its lines.
    static func of(_ link: OpaquePointer, in body: UnsafeBufferPointer<UInt8>, lineStarts: [Int]) -> (line: Int, column: Int)? {
        guard let text = autolinkText(link), !text.isEmpty, let block = block(of: link) else { return nil }
        let ownLine = Int(cmark_node_get_start_line(link))
        // A link written with brackets starts at the `[` cmark gives.
        if ownLine > 0, let at = offset(line: ownLine, column: Int(cmark_node_get_start_column(link)), lineStarts),
           at < body.count, body[at] == UInt8(ascii: "[") {
            return nil
        }
        let first = Int(cmark_node_get_start_line(block)), last = Int(cmark_node_get_end_line(block))
        guard first >= 1, last >= first, first <= lineStarts.count else { return nil }
        let start = lineStarts[first - 1], end = last < lineStarts.count ? lineStarts[last] : body.count
        var wanted = earlierAutolinks(of: text, before: link, in: block)
        let pattern = Array(text.utf8)
        var index = start
        while index + pattern.count <= end {
            if body[index] == pattern[0] && body[index..<(index + pattern.count)].elementsEqual(pattern)
                && startsALink(body, at: index, from: start) && endsALink(body, at: index + pattern.count, before: end) {
                if wanted == 0 {
                    let opening = index > start && body[index - 1] == UInt8(ascii: "<") ? index - 1 : index
                    let line = lineStarts.lastIndex { $0 <= opening }! + 1
                    return (line, opening - lineStarts[line - 1] + 1)
                }
                wanted -= 1
                index += pattern.count
            } else {
                index += 1
            }
        }
        return nil
    }

    /// The text of an autolink: its one text, which its address is (with `mailto:` or `http://` before
    /// it for an e-mail address or a `www.` one); nil for any other link.
    private static func autolinkText(_ link: OpaquePointer) -> String? {
        guard cmark_node_get_type(link) == CMARK_NODE_LINK, let child = cmark_node_first_child(link),
              cmark_node_get_type(child) == CMARK_NODE_TEXT, cmark_node_next(child) == nil,
              let literal = cmark_node_get_literal(child), let url = cmark_node_get_url(link) else { return nil }
        let text = String(cString: literal), address = String(cString: url)
        return address == text || address == "mailto:" + text || address == "http://" + text ? text : nil
    }

    /// The block that holds `node`: a paragraph, a heading, a table's cell.
    private static func block(of node: OpaquePointer) -> OpaquePointer? {
        var current = cmark_node_parent(node)
        while let candidate = current, cmark_node_get_type(candidate).rawValue & 0xC000 != 0x8000 {
            current = cmark_node_parent(candidate)
        }
        return current
    }

    /// How many autolinks of `text` come before `link` in `block`.
    private static func earlierAutolinks(of text: String, before link: OpaquePointer, in block: OpaquePointer) -> Int {
        let iterator = cmark_iter_new(block)
        defer { cmark_iter_free(iterator) }
        var count = 0
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            if node == link { break }
            if autolinkText(node) == text { count += 1 }
        }
        return count
    }

    /// The byte offset of a 1-based line and byte column; nil past the body's lines.
    private static func offset(line: Int, column: Int, _ lineStarts: [Int]) -> Int? {
        line >= 1 && line <= lineStarts.count && column >= 1 ? lineStarts[line - 1] + column - 1 : nil
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
