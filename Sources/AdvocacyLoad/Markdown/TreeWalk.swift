import CCmarkGFM
import Foundation
import AdvocacyCore

/// One pass over a parsed document: lifts share blocks out, gives headings ids, rewrites links
/// between content files, neutralizes raw HTML and unsafe URLs when raw HTML is off, and gathers plain text.
struct TreeWalk {
    package let source: MarkdownSource
    package let renderer: MarkdownRenderer
    package let resolve: (String) -> LinkTarget
    /// hub.yml's forbidden terms, looked for in every address the body links to.
    private let terms: TermSearch
    /// Where the site's pages and files live (`renderer.urls`, made once for the walk).
    private let urls: SiteURLs
    /// The allocator of the tree (`MarkdownRenderer`'s arena or cmark's own).
    private let memory: UnsafeMutablePointer<cmark_mem>

    package var headings: [Heading] = []
    var shareBlocks: [ShareBlock] = []
    package var diagnostics = Diagnostics()
    /// The plain text (`PlainText`) as UTF-8: cmark's literals of valid UTF-8, read by the term and
    /// word searches as bytes, so no String is made of it.
    package var plainText: [UInt8] = []
    package var mediaReferences: [String] = []
    package var resolutions: [String: LinkTarget] = [:]
    package var pageLinks: [PageLink] = []
    /// The forbidden terms in the addresses of the links, images and (when let through) raw HTML.
    package var termsInAddresses: [AddressTerm] = []
    /// How many task-list items (`- [ ]`, `- [x]`) the body has.
    package var tasks = 0
    /// False when a share block was left out: never closed, or one too many.
    var shareBlocksAreComplete = true
    /// Where the search for the next character reference that stands for an unsafe character goes on.
    private var referenceCursor = 0
    /// How many such references were found; only the first `CharacterScan.listLimit` are listed.
    private var unsafeReferences = 0
    /// The byte offset each line of the body starts at.
    private let lineStarts: [Int]
    /// The last character column worked out.
    private let columns = ColumnMemo()
    /// Where the links of the block asked about last are written.
    private let links = LinkPositions()
    /// Whether the body holds none of the characters no output may hold, as a body the loader read
    /// never does (`MarkdownSource.textHoldsNoUnsafeCharacters`; another is read for them). Then the
    /// texts of its tree hold none either but for those cmark decoded from a character reference, and
    /// nor does its HTML once they are replaced.
    let sourceIsClean: Bool
    /// Whether a text of the tree may hold one: the body holds one itself, or an `&`, which may start
    /// a character reference cmark decodes to one. When not, the texts are not read for them.
    private let textsMayHoldUnsafe: Bool

    /// Share blocks one body may hold.
    static let maxShareBlocks = 100

    /// The walk of a tree `memory` made, which makes and lets go of the walk's nodes and HTML too.
    package init(source: MarkdownSource, renderer: MarkdownRenderer, memory: UnsafeMutablePointer<cmark_mem>,
                 terms: TermSearch, resolve: @escaping (String) -> LinkTarget) {
        self.memory = memory
        self.terms = terms
        urls = renderer.urls
        self.source = source
        self.renderer = renderer
        self.resolve = resolve
        lineStarts = Self.lineStarts(source.text)
        var text = source.text
        (sourceIsClean, textsMayHoldUnsafe) = text.withUTF8 { bytes in
            let clean = source.textHoldsNoUnsafeCharacters || UnsafeCharacters.firstOffset(in: bytes) == nil
            return (clean, !clean || bytes.baseAddress.map { memchr($0, Int32(UInt8(ascii: "&")), bytes.count) != nil } ?? false)
        }
    }

    /// The byte offset each line of a text starts at: 0 and the offset after every "\n", found by `memchr`.
    static func lineStarts(_ text: String) -> [Int] {
        var starts = [0], text = text
        text.withUTF8 { bytes in
            guard let base = bytes.baseAddress else { return }
            var offset = 0
            while offset < bytes.count, let found = memchr(base + offset, 10, bytes.count - offset) {
                offset = UnsafeRawPointer(found) - UnsafeRawPointer(base) + 1
                starts.append(offset)
            }
        }
        return starts
    }

    package mutating func run(_ document: OpaquePointer, renderOptions: Int32, extensions: UnsafeMutablePointer<cmark_llist>?,
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
                removeDecodedUnsafe(node, cmark_node_get_fence_info(node), cmark_node_set_fence_info)
                if Self.isShareBlock(node) { shareNodes.append(node) } else { text.append(cmark_node_get_literal(node)) }
            case CMARK_NODE_TEXT, CMARK_NODE_CODE:
                removeDecodedUnsafe(node, cmark_node_get_literal(node), cmark_node_set_literal)
                text.append(cmark_node_get_literal(node))
            case CMARK_NODE_LINK, CMARK_NODE_IMAGE:
                removeDecodedUnsafe(node, cmark_node_get_url(node), cmark_node_set_url)
                removeDecodedUnsafe(node, cmark_node_get_title(node), cmark_node_set_title)
                linkNodes.append(node)
            case CMARK_NODE_HTML_BLOCK, CMARK_NODE_HTML_INLINE: htmlNodes.append(node)
            // The tasklist extension marks a list item it read `[ ]` or `[x]` in.
            case CMARK_NODE_ITEM where cmark_node_get_syntax_extension(node) != nil:
                tasks += 1
                if Self.isEmptyTask(node) { diagnostics.error(.taskWithoutText, at: location(of: node)) }
            default: break
            }
        }
        plainText = text.bytes

        let tooMany = shareNodes.count > Self.maxShareBlocks
        if tooMany {
            diagnostics.error(.tooManyShareBlocks(count: "\(shareNodes.count)", limit: "\(Self.maxShareBlocks)"),
                              at: location(of: shareNodes[Self.maxShareBlocks]))
            shareBlocksAreComplete = false
        }
        for node in shareNodes where !tooMany {
            let literal = Self.literal(node), lines = Self.lines(literal)
            if !isClosed(node, lines: lines) {
                shareBlocksAreComplete = false
            } else {
                let info = String(cString: cmark_node_get_fence_info(node))
                // The text is the literal without its last line break, and its lines all but the empty one after that.
                let endsWithBreak = Self.endsWithLineBreak(literal)
                let body = endsWithBreak ? String(decoding: literal.utf8.dropLast(), as: UTF8.self) : literal
                let first = Int(cmark_node_get_start_line(node)) + 1
                let indents = lines.dropLast(endsWithBreak ? 1 : 0).enumerated().map { index, line in
                    Self.indent(of: line, in: sourceLine(first + index))
                }
                shareBlocks.append(ShareBlock(
                    arguments: Self.words(ofInfo: info),
                    text: body, location: location(of: node), indents: indents))
            }
        }
        for node in shareNodes {
            cmark_node_unlink(node)
            cmark_node_free(node)
        }
        // Links first: a link is placed by the nodes around it, raw HTML's literal among them.
        for node in linkNodes { rewriteLink(node) }
        if renderer.unsafeHTML {
            for node in htmlNodes {
                for url in RawHTMLLinks.urls(in: Self.literal(node)) {
                    noteMedia(pageURL: url)
                    // Raw HTML's links are not checked against the site's pages: each address is read whole.
                    noteTerms(in: url, of: node, intoSite: false)
                }
            }
        } else {
            for node in htmlNodes {
                let block = cmark_node_get_type(node) == CMARK_NODE_HTML_BLOCK
                cmark_node_set_literal(node, block ? "<!-- raw HTML omitted -->\n" : "<!-- raw HTML omitted -->")
            }
        }
        var usedIDs = Self.themeIDCounts
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

    /// Replaces a heading node by an HTML block holding the same heading with its `id`. The block's
    /// literal is put together from cmark's bytes as they are, with no String made of them: cmark
    /// follows `<hN` with `>` or a space, so the bytes start with it as the text does.
    private func replaceHeading(_ node: OpaquePointer, level: Int, id: String, options: Int32,
                                extensions: UnsafeMutablePointer<cmark_llist>?) {
        guard let rendered = cmark_render_html(node, options, extensions) else { return }
        defer { memory.pointee.free(rendered) }
        let html = UnsafeRawBufferPointer(start: rendered, count: strlen(rendered))
        let open = Array("<h\(level)".utf8)
        guard html.starts(with: open) else { return }
        var literal = open
        literal.reserveCapacity(html.count + id.utf8.count + 8)
        literal += " id=\"\(HTML.escape(id))\"".utf8
        literal += html[open.count...]
        literal.append(0)
        let block = cmark_node_new_with_mem(CMARK_NODE_HTML_BLOCK, memory)!
        _ = literal.withUnsafeBytes { cmark_node_set_literal(block, $0.baseAddress!.assumingMemoryBound(to: CChar.self)) }
        cmark_node_replace(node, block)
        cmark_node_free(node)
    }

    private mutating func rewriteLink(_ node: OpaquePointer) {
        guard let raw = cmark_node_get_url(node) else { return }
        let url = String(cString: raw)
        if LinkAuthority.hasBackslash(url) {
            diagnostics.error(.linkHasBackslash(url: url), at: location(of: node))
            return
        }
        if !renderer.unsafeHTML && Self.isDangerous(url) {
            cmark_node_set_url(node, "")
            return
        }
        guard let link = InternalLink(url) else {
            let path = noteMedia(pageURL: url)
            // A path from the site's root, or a full address into the site (`SiteURLs.isFullAddressInSite`):
            // both are checked against what the build writes (`PageLinkCheck`).
            let fromRoot = url.hasPrefix("/") && !url.hasPrefix("//")
            let fullIntoSite = path != nil && SiteURLs.namesHost(url)
            // A full address names no content file, whose own name would be checked: it is read whole.
            noteTerms(in: url, of: node, intoSite: fromRoot)
            if fromRoot {
                pageLinks.append(PageLink(url: url, location: location(of: node)))
                if !url.hasPrefix(renderer.baseURL) && renderer.baseURL.hasPrefix("/") {
                    cmark_node_set_url(node, String(renderer.baseURL.dropLast()) + url)
                }
            } else if fullIntoSite {
                pageLinks.append(PageLink(url: url, location: location(of: node)))
            }
            return
        }
        noteTerms(in: url, of: node, intoSite: true)
        guard let target = link.resolved(from: source.contentPath) else {
            diagnostics.error(.linkLeadsOutside(url: url), at: location(of: node))
            return
        }
        guard target.hasSuffix(".md") || target.hasPrefix("media/") else {
            pageLinks.append(PageLink(url: url, location: location(of: node)))
            return
        }
        if target.hasPrefix("media/") { mediaReferences.append(target) }
        let resolution = resolve(target)
        resolutions[target] = resolution
        switch resolution {
        case .page(let page):
            cmark_node_set_url(node, page + link.fragment)
        case .unpublished(let what):
            diagnostics.error(.linkToUnpublished(url: url, reason: what), at: location(of: node))
        case .unreadable:
            break
        case .otherCapitals(let actual):
            diagnostics.error(.linkOtherCapitals(url: url, target: target,
                                                 advice: MediaNames.advice(written: target, actual: actual)),
                              at: location(of: node))
        case .missing(let suggestion):
            let written = suggestion.map { InternalLink.relative(from: source.contentPath, to: $0) + link.fragment }
            diagnostics.error(.linkMissing(url: url, target: target, suggestion: written.map { Message(.didYouMean(name: $0)) }),
                              at: location(of: node))
        }
    }

    /// Notes the forbidden terms in the address of `node` (a link, an image or raw HTML), percent-escapes
    /// decoded, as a front matter's `link` is read. Of an address into the site only the `?` or `#` part
    /// is read (`intoSite`): the page or file it names is published under its own name, which is checked there.
    private mutating func noteTerms(in url: String, of node: OpaquePointer, intoSite: Bool) {
        guard !terms.terms.isEmpty else { return }
        let read = intoSite ? String(url[(url.firstIndex { $0 == "#" || $0 == "?" } ?? url.endIndex)...]) : url
        guard !read.isEmpty else { return }
        var found = terms.foundAsAddress(in: read)
        guard !found.isEmpty else { return }
        // A term written as words in the address is found in the body's source, and told there, when
        // the lines of the link hold the address as it reads (not through a character reference).
        if linesHold(read, of: node) { found.subtract(terms.found(in: read)) }
        guard !found.isEmpty else { return }
        let at = location(of: node)
        for index in found.sorted() { termsInAddresses.append(AddressTerm(term: terms.terms[index], url: url, location: at)) }
    }

    /// Whether the lines `node` is written on, as cmark gives them, hold `text` as it is.
    private func linesHold(_ text: String, of node: OpaquePointer) -> Bool {
        let first = Int(cmark_node_get_start_line(node)), last = Int(cmark_node_get_end_line(node))
        guard first >= 1, last >= first, first <= lineStarts.count, !text.isEmpty else { return false }
        let start = lineStarts[first - 1], end = last < lineStarts.count ? lineStarts[last] : source.text.utf8.count
        return source.text.utf8.withContiguousStorageIfAvailable { bytes in
            let lines = UnsafeBufferPointer(rebasing: bytes[start..<min(end, bytes.count)])
            let pattern = Array(text.utf8)
            guard pattern.count <= lines.count else { return false }
            return (0...(lines.count - pattern.count)).contains { offset in
                lines[offset] == pattern[0] && lines[offset..<(offset + pattern.count)].elementsEqual(pattern)
            }
        } ?? false
    }

    /// Notes the media file named by a link the browser follows from the page's address: from the
    /// site's root, a full address under `site-url`, or (in raw HTML) relative to the page. Returns
    /// the path below the site's root the link leads to, nil for one that leads out of the site.
    @discardableResult
    private mutating func noteMedia(pageURL url: String) -> String? {
        let path = urls.sitePath(of: url, from: source.page ?? "")
        if let path, path.hasPrefix("media/") { mediaReferences.append(path) }
        return path
    }

    /// Whether a share block ends with its closing fence before any line that opens another fence;
    /// when not, an error at its opening fence says where the closing fence goes, and it is left out.
    /// `lines` are the lines of its literal.
    private mutating func isClosed(_ node: OpaquePointer, lines: [Substring]) -> Bool {
        var length: Int32 = 0, offset: Int32 = 0
        var character: CChar = 0
        cmark_node_get_fenced(node, &length, &offset, &character)
        let fence = UInt8(bitPattern: character)
        var fenceText: String { String(repeating: Character(Unicode.Scalar(fence)), count: Int(length)) }
        for (index, line) in lines.enumerated() where Self.opensFence(line.utf8) {
            let start = location(of: node)
            diagnostics.error(.shareBlockNotClosedBefore(line: "\(start.line)", next: "\(start.line + 1 + index)", fence: fenceText),
                              at: start)
            return false
        }
        let first = Int(cmark_node_get_start_line(node)), last = Int(cmark_node_get_end_line(node))
        var closing = Substring(sourceLine(last)).utf8.drop { $0 == 32 || $0 == 9 }
        if Self.isInBlockQuote(node) { closing = closing.drop { $0 == 32 || $0 == 9 || $0 == 62 } }
        let run = closing.prefix { $0 == fence }.count
        guard last > first, run >= length, closing.dropFirst(run).allSatisfy({ $0 == 32 || $0 == 9 }) else {
            let start = location(of: node)
            diagnostics.error(.shareBlockNeverClosed(line: "\(start.line)", fence: fenceText), at: start)
            return false
        }
        return true
    }

    /// Whether a text's last character is a line feed (`hasSuffix("\n")`), read from its last two bytes:
    /// a line feed is a character of its own unless a carriage return comes before it.
    static func endsWithLineBreak(_ text: String) -> Bool {
        text.utf8.last == 10 && text.utf8.dropLast().last != 13
    }

    /// The words of a fence's info string after its first (`share`), cut at spaces and tabs as
    /// characters: by bytes when the info is ASCII, where every byte is a character, in the String's own
    /// buffer (cutting its UTF-8 view costs several times more).
    static func words(ofInfo info: String) -> [String] {
        let separated: (Character) -> Bool = { $0 == " " || $0 == "\t" }
        var text = info
        let ascii = text.withUTF8 { bytes -> [String]? in
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return bytes.split(whereSeparator: { $0 == 32 || $0 == 9 }).dropFirst().map { String(decoding: UnsafeBufferPointer(rebasing: $0), as: UTF8.self) }
        }
        return ascii ?? info.split(whereSeparator: separated).dropFirst().map(String.init)
    }

    /// `themeIDs`, each counted once: the ids a body's headings start from, made once rather than for every body.
    private static let themeIDCounts = Dictionary(uniqueKeysWithValues: themeIDs.map { ($0, 1) })

    /// The ids the default theme gives its own elements (`<main id="indhold">`, the team's and the
    /// home page's headings, …), which a heading of a body on the same page must not take: a heading
    /// "Team" gets `team-1`, as a second "Team" would. Every literal `id="…"` in site-templates is here
    /// (MarkdownRendererTests reads them); ids made from a value (`card-…`, `q-…`, `quiz_1`) are not.
    package static let themeIDs: Set<String> = [
        "aktuelle-tekster", "announcer", "card-tools", "del-nu", "digest-expiring", "digest-new", "digest-staying",
        "digest-story", "discipliner", "egne-og-kuraterede", "evaluering", "evalueringer", "filter-discipline",
        "filter-platform", "forside-titel", "historier", "indhold", "ny-fane", "nyt", "q", "quiz_title", "resultat",
        "retningslinjer", "search-hint", "search-results", "search-status", "team", "tekster",
    ]

    /// The lines of a text, cut at every "\n" as `split(separator: "\n", omittingEmptySubsequences: false)`
    /// cuts them, but by bytes; a text with a "\r" is cut by characters, as "\r\n" is one character there.
    static func lines(_ text: String) -> [Substring] {
        var copy = text
        return copy.withUTF8 { bytes in
            if bytes.contains(13) { return text.split(separator: "\n", omittingEmptySubsequences: false) }
            let utf8 = text.utf8
            var lines: [Substring] = [], start = 0
            for offset in bytes.indices where bytes[offset] == 10 {
                lines.append(text[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: offset)])
                start = offset + 1
            }
            lines.append(text[utf8.index(utf8.startIndex, offsetBy: start)...])
            return lines
        }
    }

    /// How many characters come before a share block's line in the source line it was read from (the
    /// indentation and any `>` cmark took off): the difference of their characters when the source line
    /// ends with the line, 0 when not. Counted by bytes when the source line ends with the line's bytes
    /// after ASCII only (no "\r") and a character starts where the line does (always when the line starts
    /// with an ASCII character, not when with a combining accent), as then every byte before it is one
    /// character; by characters otherwise.
    static func indent(of line: Substring, in source: String) -> Int {
        var whole = source, tail = line
        let byBytes: (cut: Int, ascii: Bool)? = whole.withUTF8 { whole in
            tail.withUTF8 { tail in
                guard tail.count <= whole.count else { return nil }
                let cut = whole.count - tail.count
                guard whole[..<cut].allSatisfy({ $0 < 0x80 && $0 != 13 }),
                      tail.isEmpty || memcmp(whole.baseAddress! + cut, tail.baseAddress!, tail.count) == 0 else { return nil }
                return (cut, tail.first.map { $0 < 0x80 } ?? true)
            }
        }
        if let byBytes, byBytes.ascii || String.Index(source.utf8.index(source.startIndex, offsetBy: byBytes.cut), within: source) != nil {
            return byBytes.cut
        }
        return source.hasSuffix(line) ? source.count - line.count : 0
    }

    /// Whether a line opens a fence: up to three spaces, three or more backticks or tildes, then a word.
    private static func opensFence<Line: Collection<UInt8>>(_ line: Line) -> Bool {
        let rest = line.drop { $0 == 32 }
        guard line.count - rest.count <= 3, let first = rest.first, first == 96 || first == 126 else { return false }
        let run = rest.prefix { $0 == first }.count
        return run >= 3 && rest.dropFirst(run).contains { $0 != 32 && $0 != 9 }
    }

    private static func isInBlockQuote(_ node: OpaquePointer) -> Bool {
        var parent = cmark_node_parent(node)
        while let current = parent {
            if cmark_node_get_type(current) == CMARK_NODE_BLOCK_QUOTE { return true }
            parent = cmark_node_parent(current)
        }
        return false
    }

    /// A line of the body, 1-based, without its line break; empty past the end.
    private func sourceLine(_ line: Int) -> String {
        guard line >= 1 && line <= lineStarts.count else { return "" }
        let utf8 = source.text.utf8
        let start = utf8.index(utf8.startIndex, offsetBy: lineStarts[line - 1])
        let end = line < lineStarts.count ? utf8.index(utf8.startIndex, offsetBy: lineStarts[line] - 1) : utf8.endIndex
        return String(source.text[start..<end])
    }

    /// Replaces, in a text cmark decoded from character references such as `&#11;`, the characters no
    /// output may hold, with an error at the node. Raw ones are gone before parsing (`CharacterScan`).
    private mutating func removeDecodedUnsafe(_ node: OpaquePointer, _ value: UnsafePointer<CChar>?,
                                              _ set: (OpaquePointer?, UnsafePointer<CChar>?) -> Int32) {
        guard textsMayHoldUnsafe, let value else { return }
        let bytes = UnsafeBufferPointer(start: UnsafeRawPointer(value).assumingMemoryBound(to: UInt8.self), count: strlen(value))
        guard UnsafeCharacters.firstOffset(in: bytes) != nil else { return }
        let text = Self.decodedText(bytes)
        // Every one of the text's, in order: one text may hold several references.
        for unsafe in text.unicodeScalars where UnsafeCharacters.isUnsafe(unsafe) {
            unsafeReferences += 1
            if unsafeReferences <= CharacterScan.listLimit {
                reportUnsafeReference(unsafe, in: node)
            } else if unsafeReferences == CharacterScan.listLimit + 1 {
                diagnostics.error(.moreUnsafeCharacterReferences, at: location(of: node))
            }
        }
        _ = set(node, UnsafeCharacters.replaced(text))
    }

    /// cmark's decoded bytes as text. cmark's encoder writes U+FFFE and U+FFFF, which a character
    /// reference may stand for, as the lone bytes 0xFE and 0xFF (no UTF-8); they are read as the
    /// characters they stand for, so they are found and replaced like every other one.
    static func decodedText(_ bytes: UnsafeBufferPointer<UInt8>) -> String {
        guard bytes.contains(where: { $0 >= 0xFE }) else { return String(decoding: bytes, as: UTF8.self) }
        var utf8: [UInt8] = []
        utf8.reserveCapacity(bytes.count + 4)
        for byte in bytes {
            if byte >= 0xFE { utf8 += [0xEF, 0xBF, byte == 0xFE ? 0xBE : 0xBF] } else { utf8.append(byte) }
        }
        return String(decoding: utf8, as: UTF8.self)
    }

    private mutating func reportUnsafeReference(_ unsafe: Unicode.Scalar, in node: OpaquePointer) {
        let start = location(of: node)
        let from = max(referenceCursor, lineStarts[min(lineStarts.count, max(1, start.line - source.firstLine + 1)) - 1])
        let character = UnsafeCharacters.name(of: unsafe)
        guard let reference = nextReference(to: unsafe, from: from) else {
            diagnostics.error(.unsafeCharacterReferenceHere(character: character), at: start)
            return
        }
        referenceCursor = reference.offset + reference.text.utf8.count
        diagnostics.error(.unsafeCharacterReference(reference: reference.text, character: character),
                          at: location(atOffset: reference.offset))
    }

    /// The next numeric character reference (`&#11;`, `&#x0B;`) to `scalar` at or after a byte offset of the body.
    private func nextReference(to scalar: Unicode.Scalar, from offset: Int) -> (offset: Int, text: String)? {
        source.text.utf8.withContiguousStorageIfAvailable { nextReference(to: scalar, in: $0, from: offset) }
            ?? Array(source.text.utf8).withUnsafeBufferPointer { nextReference(to: scalar, in: $0, from: offset) }
    }

    private func nextReference(to wanted: Unicode.Scalar, in bytes: UnsafeBufferPointer<UInt8>, from offset: Int) -> (offset: Int, text: String)? {
        var index = offset
        while index + 3 < bytes.count {
            defer { index += 1 }
            guard bytes[index] == 38, bytes[index + 1] == 35 else { continue }
            let hex = bytes[index + 2] == 120 || bytes[index + 2] == 88
            let digits = bytes[(index + (hex ? 3 : 2))...].prefix { hex ? $0.isHexDigit : ($0 >= 48 && $0 <= 57) }
            guard !digits.isEmpty, digits.count <= (hex ? 6 : 7), digits.endIndex < bytes.count, bytes[digits.endIndex] == 59,
                  let value = UInt32(String(decoding: digits, as: UTF8.self), radix: hex ? 16 : 10),
                  value == wanted.value else { continue }
            return (index, String(decoding: bytes[index...digits.endIndex], as: UTF8.self))
        }
        return nil
    }

    /// The location of a byte offset of the body.
    private func location(atOffset offset: Int) -> SourceLocation {
        let line = LinkPositions.line(of: offset, lineStarts: lineStarts)
        return SourceLocation(file: source.displayPath, line: line + source.firstLine - 1,
                              column: characterColumn(line: line, byteColumn: offset - lineStarts[line - 1] + 1))
    }

    /// The location of a node in the file, from its own position or its nearest block's. (The lines
    /// above a table's header row become a paragraph with a position of its own: `CmarkTables`.)
    private func location(of node: OpaquePointer) -> SourceLocation {
        let type = cmark_node_get_type(node)
        if type == CMARK_NODE_LINK || type == CMARK_NODE_IMAGE, let offset = source.text.utf8.withContiguousStorageIfAvailable({
            links.offset(of: node, in: $0, lineStarts: lineStarts)
        }) ?? nil {
            return location(atOffset: offset)
        }
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
    /// before the column needs counting, and a column further along the line than the last one
    /// asked for is counted on from there, so many findings on one long line cost no more than the line.
    private func characterColumn(line: Int, byteColumn: Int) -> Int {
        guard byteColumn > 1, line >= 1 && line <= lineStarts.count else { return max(1, byteColumn) }
        return source.text.utf8.withContiguousStorageIfAvailable { bytes -> Int in
            let start = lineStarts[line - 1]
            let end = min(bytes.count, start + byteColumn - 1)
            let resume: (byte: Int, column: Int) = columns.line == line && columns.byte <= end ? (columns.byte, columns.column) : (start, 1)
            let part = UnsafeBufferPointer(rebasing: bytes[resume.byte..<end])
            let column = resume.column + (part.contains { $0 >= 0x80 } ? String(decoding: part, as: UTF8.self).count : part.count)
            columns.remember(line: line, byte: end, column: column)
            return column
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
    /// Whether a task-list item has no text of its own (`- [ ]` and nothing, or only a list under it):
    /// its box would have no name for a screen reader or for the site's script to keep it by.
    private static func isEmptyTask(_ item: OpaquePointer) -> Bool {
        guard let first = cmark_node_first_child(item), cmark_node_get_type(first) == CMARK_NODE_PARAGRAPH else { return true }
        return text(of: first).allSatisfy(\.isWhitespace)
    }

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
    private(set) var bytes: [UInt8] = []
    private var pendingSpace = false

    package mutating func append(_ literal: UnsafePointer<CChar>?) {
        guard let literal else { return }
        pendingSpace = true
        let text = UnsafeBufferPointer(start: UnsafeRawPointer(literal).assumingMemoryBound(to: UInt8.self), count: strlen(literal))
        func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 10 || byte == 9 || byte == 13 }
        var index = 0
        while index < text.count {
            guard !isSpace(text[index]) else {
                pendingSpace = true
                index += 1
                continue
            }
            // Words with single spaces between them, which stay as they are, copied whole.
            var end = index + 1
            while end < text.count {
                if !isSpace(text[end]) {
                    end += 1
                } else if text[end] == 32, end + 1 < text.count, !isSpace(text[end + 1]) {
                    end += 2
                } else {
                    break
                }
            }
            if pendingSpace && !bytes.isEmpty { bytes.append(32) }
            pendingSpace = false
            bytes.append(contentsOf: UnsafeBufferPointer(rebasing: text[index..<end]))
            index = end
        }
    }

}

private extension UInt8 {
    /// `0-9`, `a-f`, `A-F`.
    var isHexDigit: Bool { (48...57).contains(self) || (97...102).contains(self) || (65...70).contains(self) }
}

/// The last character column worked out by a walk: its line, the byte offset it stands for, and the column.
private final class ColumnMemo {
    private(set) var line = 0, byte = 0, column = 1

    func remember(line: Int, byte: Int, column: Int) {
        self.line = line
        self.byte = byte
        self.column = column
    }
}
