import CCmarkGFM
import CmarkArena
import CmarkTables
import Foundation
import AdvocacyCore

/// Renders Markdown to HTML through cmark-gfm with the GFM extensions and footnotes. Parsing, walking
/// the tree and rendering HTML all run in parallel (see `GFMExtensions` for what makes parsing safe).
public struct MarkdownRenderer: Sendable {
    /// Whether raw HTML passes through. Off, it is replaced by a comment, as cmark's safe mode does.
    public var unsafeHTML: Bool
    /// The base URL that root-relative links and media get.
    public var baseURL: String
    /// `site-url`, under which a full address names a file of the site; nil when hub.yml has none.
    public var siteURL: String?

    /// Creates a renderer.
    public init(unsafeHTML: Bool = false, baseURL: String = "/", siteURL: String? = nil) {
        self.unsafeHTML = unsafeHTML
        self.baseURL = baseURL
        self.siteURL = siteURL
    }

    /// Where the site's pages and files live, for what a link names.
    package var urls: SiteURLs { SiteURLs(base: baseURL, site: siteURL) }

    /// Renders one body. `resolve` maps a content-relative path (`guidelines/policy.md`, `media/a.svg`)
    /// to what it is in this build.
    /// Without `html`, only what checks need is produced: share texts, links, forbidden terms.
    /// Share blocks are read into share texts in a share item (`share/`); elsewhere each is a warning.
    /// A body over `MarkdownBounds` (huge tables, deep nesting) is not rendered: only the errors are returned.
    public func render(_ source: MarkdownSource, html: Bool = true, resolve: (String) -> LinkTarget = { _ in .missing(suggestion: nil) }) -> RenderedMarkdown {
        render(source, html: html, terms: Self.noTerms, resolve: resolve)
    }

    /// A search for no terms at all.
    private static let noTerms = TermSearch([])

    /// Renders one body as `render(_:html:resolve:)` does, finding hub.yml's forbidden `terms` in its
    /// whole plain text.
    package func render(_ source: MarkdownSource, html: Bool, terms: TermSearch, resolve: (String) -> LinkTarget) -> RenderedMarkdown {
        func refused(_ errors: Diagnostics) -> RenderedMarkdown {
            var result = RenderedMarkdown(searchWords: [], headings: [], diagnostics: errors)
            result.hasHTML = html
            result.shareTextsAreComplete = false
            return result
        }
        let bounds = MarkdownBounds.check(source)
        guard !bounds.hasErrors else { return refused(bounds) }
        let options = CMARK_OPT_FOOTNOTES
        // A body of the size people write is parsed in the thread's arena and let go of at once;
        // a larger one (whose parse makes and drops more memory than an arena should hold) block by block.
        let inArena = source.text.utf8.count <= Self.arenaLimit
        let memory = inArena ? Self.arena : cmark_get_default_mem_allocator()!
        if inArena { advocacy_arena_begin() }
        MarkdownBounds.beginTables()
        let (parser, document) = Self.parse(source.text, options: options, memory: memory)
        let tables = MarkdownBounds.endTables(source)
        defer {
            if inArena {
                advocacy_arena_end()
            } else {
                cmark_node_free(document)
                cmark_parser_free(parser)
            }
        }
        guard !tables.hasErrors else { return refused(tables) }
        var sourceIsClean = false
        var result = withoutActuallyEscaping(resolve) { resolve in
            var walk = TreeWalk(source: source, renderer: self, memory: memory, terms: terms, resolve: resolve)
            sourceIsClean = walk.sourceIsClean
            walk.run(document, renderOptions: options | CMARK_OPT_UNSAFE, extensions: cmark_parser_get_syntax_extensions(parser),
                     headings: html)
            var result = RenderedMarkdown(searchWords: [], headings: walk.headings,
                                          diagnostics: walk.diagnostics, mediaReferences: walk.mediaReferences,
                                          resolutions: walk.resolutions)
            result.termsInText = Set(walk.plainText.withUnsafeBufferPointer { terms.found(inUTF8: $0) }.map { terms.terms[$0] })
            if source.contentPath.hasPrefix("share/") {
                result.shareTexts = walk.shareBlocks.compactMap { $0.read(diagnostics: &result.diagnostics) }
            } else {
                for block in walk.shareBlocks {
                    result.diagnostics.warning(.shareBlockOutsideShareItem, at: block.location)
                }
            }
            result.shareTextsAreComplete = walk.shareBlocksAreComplete
            result.searchWords = SearchText.words(ofUTF8: walk.plainText, and: result.shareTexts.map(\.text))
            result.pageLinks = walk.pageLinks
            result.termsInAddresses = walk.termsInAddresses
            result.tasks = walk.tasks
            return result
        }
        result.hasHTML = html
        if html, let rendered = cmark_render_html(document, options | CMARK_OPT_UNSAFE, cmark_parser_get_syntax_extensions(parser)) {
            result.htmlUTF8 = Array(UnsafeRawBufferPointer(start: rendered, count: strlen(rendered)))
            result.htmlHoldsNoUnsafeCharacters = sourceIsClean
            memory.pointee.free(rendered)
        }
        return result
    }

    /// The largest body, in bytes, parsed in the arena: four times the longest pages people write
    /// (15 KB). The densest body of this size (every few bytes an emphasis, a link or a heading) takes
    /// about 20 MB from it, as nothing is let go of before the body is done.
    static let arenaLimit = 64 * 1024

    /// cmark's allocator that takes from the calling thread's arena (`CmarkArena`).
    nonisolated(unsafe) private static let arena: UnsafeMutablePointer<cmark_mem> = {
        let memory = UnsafeMutablePointer<cmark_mem>.allocate(capacity: 1)
        memory.initialize(to: cmark_mem(calloc: advocacy_arena_calloc, realloc: advocacy_arena_realloc, free: advocacy_arena_free))
        return memory
    }()

    private static func parse(_ text: String, options: Int32, memory: UnsafeMutablePointer<cmark_mem>) -> (OpaquePointer, OpaquePointer) {
        let parser = cmark_parser_new_with_mem(options, memory)!
        for syntaxExtension in GFMExtensions.all {
            cmark_parser_attach_syntax_extension(parser, syntaxExtension)
        }
        var text = text
        text.withUTF8 { bytes in
            bytes.withMemoryRebound(to: CChar.self) { chars in
                cmark_parser_feed(parser, chars.baseAddress, chars.count)
            }
        }
        return (parser, cmark_parser_finish(parser)!)
    }
}
