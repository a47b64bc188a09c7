import CCmarkGFM
import Foundation

/// One pass over a parsed document: lifts share blocks out, gives headings ids, rewrites links
/// between content files, neutralizes raw HTML and unsafe URLs when raw HTML is off, and gathers plain text.
struct TreeWalk {
    let source: MarkdownSource
    let renderer: MarkdownRenderer
    let resolve: (String) -> LinkTarget

    var headings: [Heading] = []
    var shareBlocks: [ShareBlock] = []
    var diagnostics = Diagnostics()
    var plainText = ""
    var mediaReferences: [String] = []
    var resolutions: [String: LinkTarget] = [:]

    init(source: MarkdownSource, renderer: MarkdownRenderer, resolve: @escaping (String) -> LinkTarget) {
        self.source = source
        self.renderer = renderer
        self.resolve = resolve
    }

    mutating func run(_ document: OpaquePointer, renderOptions: Int32, extensions: UnsafeMutablePointer<cmark_llist>?,
                      headings giveIDs: Bool = true) {
        var headingNodes: [OpaquePointer] = [], shareNodes: [OpaquePointer] = []
        var linkNodes: [OpaquePointer] = [], htmlNodes: [OpaquePointer] = []
        var text = PlainText()
        let iterator = cmark_iter_new(document)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            switch cmark_node_get_type(node) {
            case CMARK_NODE_HEADING: headingNodes.append(node)
            case CMARK_NODE_CODE_BLOCK:
                if Self.isShareBlock(node) { shareNodes.append(node) } else { text.append(cmark_node_get_literal(node)) }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE: text.append(cmark_node_get_literal(node))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE: linkNodes.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: htmlNodes.append(node)
            default: break
            }
        }
        plainText = text.string

        for node in shareNodes {
            let info = String(cString: cmark_node_get_fence_info(node))
            var body = Self.literal(node)
            if body.hasSuffix("\n") { body.removeLast() }
            shareBlocks.append(ShareBlock(
                arguments: info.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().map(String.init),
                text: body, location: location(of: node)))
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        if !renderer.unsafeHTML {
            for node in htmlNodes {
                let block = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
                cmark_node_set_literal(node, block ? "<!-- raw HTML omitted -->\n" : "<!-- raw HTML omitted -->")
            }
        }
        for node in linkNodes { rewriteLink(node) }
        var usedIDs: [String: Int] = [:]
        for node in headingNodes where giveIDs {
            let text = Self.text(of: node)
            var id = Slug.make(text)
            if id.isEmpty { id = "afsnit" }
            if let count = usedIDs[id] {
                usedIDs[id] = count + 1
                var candidate = "\(id)-\(count)"
                while usedIDs[candidate] != nil { candidate += "-1" }
                usedIDs[candidate] = 1
                id = candidate
            } else {
                usedIDs[id] = 1
            }
            let level = Int(cmark_node_get_heading_level(node))
            headings.append(Heading(level: level, text: text, id: id))
            replaceHeading(node, level: level, id: id, options: renderOptions, extensions: extensions)
        }
    }

    /// Replaces a heading node by an HTML block holding the same heading with its `id`.
    private func replaceHeading(_ node: OpaquePointer, level: Int, id: String, options: Int32,
                                extensions: UnsafeMutablePointer<cmark_llist>?) {
        guard let rendered = cmark_render_html(node, options, extensions) else { return }
        var html = String(cString: rendered)
        free(rendered)
        let open = "<h\(level)"
        guard html.hasPrefix(open) else { return }
        html = open + " id=\"\(HTML.escape(id))\"" + html.dropFirst(open.count)
        let block = cmark_node_new(CMARK_NODE_HTML_BLOCK)!
        cmark_node_set_literal(block, html)
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    private mutating func rewriteLink(_ node: OpaquePointer) {
        guard let raw = cmark_node_get_url(node) else { return }
        let url = String(cString: raw)
        if LinkAuthority.hasBackslash(url) {
            diagnostics.error("the link '\(url)' has a backslash (\\) before its path: browsers would open another site than the one "
                + "it seems to name; remove the backslash", at: location(of: node))
            return
        }
        if !renderer.unsafeHTML && Self.isDangerous(url) {
            cmark_node_set_url(node, "")
            return
        }
        guard let link = InternalLink(url) else {
            if url.hasPrefix("/") && !url.hasPrefix("//") && !url.hasPrefix(renderer.baseURL) && renderer.baseURL.hasPrefix("/") {
                cmark_node_set_url(node, String(renderer.baseURL.dropLast()) + url)
            }
            return
        }
        guard let target = link.resolved(from: source.contentPath) else {
            diagnostics.error("the link '\(url)' leads outside the content folder", at: location(of: node))
            return
        }
        guard target.hasSuffix(".md") || target.hasPrefix("media/") else { return }
        if target.hasPrefix("media/") { mediaReferences.append(target) }
        let resolution = resolve(target)
        resolutions[target] = resolution
        switch resolution {
        case .page(let page):
            cmark_node_set_url(node, page + link.fragment)
        case .unpublished(let why):
            diagnostics.error("the link '\(url)' points at \(why); it would be a dead link in the site", at: location(of: node))
        case .missing:
            diagnostics.error("the link '\(url)' points at '\(target)', which does not exist", at: location(of: node))
        }
    }

    /// The location of a node in the file, from its own position or its nearest block's.
    private func location(of node: OpaquePointer) -> SourceLocation {
        var current: OpaquePointer? = node
        while let candidate = current {
            let line = Int(cmark_node_get_start_line(candidate))
            if line > 0 {
                return SourceLocation(file: source.displayPath, line: line + source.firstLine - 1,
                                      column: characterColumn(line: line, byteColumn: Int(cmark_node_get_start_column(candidate))))
            }
            current = cmark_node_parent(candidate)
        }
        return SourceLocation(file: source.displayPath, line: source.firstLine)
    }

    /// cmark counts columns in bytes; people count characters. Only a line with non-ASCII bytes
    /// before the column needs counting.
    private func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1 else { return max(1, byteColumn) }
        return source.text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            var start = 0, current = 1
            while current < line, let newline = bytes[start...].firstIndex(of: 10) {
                start = newline + 1
                current += 1
            }
            let end = min(bytes.count, start + byteColumn - 1)
            let prefix = UnsafeBufferPointer(rebasing: bytes[start..<end])
            guard prefix.contains(where: { $0 >= 0x80 }) else { return byteColumn }
            return String(decoding: prefix, as: UTF8.self).count + 1
        } ?? byteColumn
    }

    private static func isShareBlock(_ node: OpaquePointer) -> Bool {
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        guard cmark_node_get_fenced(node, &length, &offset, &character) != 0, let info = cmark_node_get_fence_info(node) else { return false }
        let text = String(cString: info)
        return text == "share" || text.hasPrefix("share ") || text.hasPrefix("share\t")
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// The text of a node's inline content.
    private static func text(of node: OpaquePointer) -> String {
        var parts: [String] = []
        let iterator = cmark_iter_new(node)
        defer { cmark_iter_free(iterator) }
        while true {
            let event = cmark_iter_next(iterator)
            if event == CMARK_EVENT_DONE { break }
            guard event == CMARK_EVENT_ENTER, let child = cmark_iter_get_node(iterator) else { continue }
            let type = cmark_node_get_type(child)
            if type == CMARK_NODE_TEXT || type == CMARK_NODE_CODE { parts.append(literal(child)) }
        }
        return parts.joined()
    }

    /// `javascript:`, `vbscript:`, `file:` and `data:` other than common images, as cmark's safe mode sees them.
    static func isDangerous(_ url: String) -> Bool {
        let bytes = url.utf8.drop { $0 == 32 || $0 == 9 }.prefix(16).map { $0 >= 65 && $0 <= 90 ? $0 + 32 : $0 }
        func starts(_ prefix: String) -> Bool { bytes.starts(with: prefix.utf8) }
        if starts("javascript:") || starts("vbscript:") || starts("file:") { return true }
        guard starts("data:") else { return false }
        return !["image/png", "image/gif", "image/jpeg", "image/webp"].contains { starts("data:" + $0) }
    }
}

/// The words of a document without markup: the literals of its text nodes, joined by single spaces,
/// with runs of white space made one space. Built from cmark's C strings without making a String per node.
struct PlainText {
    private var bytes: [UInt8] = []
    private var pendingSpace = false

    mutating func append(_ literal: UnsafePointer<CChar>?) {
        guard let literal else { return }
        pendingSpace = true
        var pointer = UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self)
        while pointer.pointee != 0 {
            let byte = pointer.pointee
            if byte == 32 || byte == 10 || byte == 9 || byte == 13 {
                pendingSpace = true
            } else {
                if pendingSpace && !bytes.isEmpty { bytes.append(32) }
                pendingSpace = false
                bytes.append(byte)
            }
            pointer += 1
        }
    }

    var string: String { String(decoding: bytes, as: UTF8.self) }
}
