import AdvocacyCore

/// What rendering one Markdown body gives: HTML, the words of its text for search, the
/// forbidden terms its text holds, headings, and the share texts read from its share blocks.
public struct RenderedMarkdown: Sendable {
    /// The body as HTML, share blocks removed; empty when rendered without HTML (an embargoed item,
    /// whose body is only checked). A character no output may hold that a character reference stands
    /// for is replaced in it (`TreeWalk`), as the loader replaces those written in the file; whatever
    /// prints it (templates, feeds) replaces any other, so it is not read for them once more here.
    public var html: String {
        get { String(decoding: htmlUTF8, as: UTF8.self) }
        set { htmlUTF8 = Array(newValue.utf8) }
    }
    /// `html` as cmark wrote it, UTF-8: what templates and feeds print, with no String made of it.
    public var htmlUTF8: [UInt8] {
        didSet { htmlHoldsNoUnsafeCharacters = false }
    }
    /// Whether `html` holds none of the characters no output may hold, as the renderer knows when
    /// the source held none: every text cmark decoded is read for them (`TreeWalk`), and the rest of
    /// the HTML is the source's text, markup, ids made of ASCII and percent-encoded addresses. Set only
    /// by the renderer, and cleared by any change to `html`, so a template prints it without reading
    /// it again (`CheckedText`).
    package internal(set) var htmlHoldsNoUnsafeCharacters = false
    /// Whether `html` was rendered.
    public var hasHTML = true
    /// A hash of `html`, made once by a session that compares page models between builds
    /// (`BuildSession`), so those models need not hash the body again; 0 in a one-shot build.
    public var digest = 0
    /// Every word of the body's text without markup and of its share texts, folded and sorted
    /// (`SearchText.words`): what the search index finds the page by. Kept instead of the text,
    /// which is several times larger.
    public var searchWords: [String]
    /// The forbidden terms of hub.yml that the whole plain text holds, so the checks need not keep
    /// the whole text.
    public var termsInText: Set<String> = []
    /// The forbidden terms in the addresses the body links to, each where its link is written.
    public var termsInAddresses: [AddressTerm] = []
    /// The headings, in order, with their `id`s.
    public var headings: [Heading]
    /// The share texts read from the body's ```` ```share ```` blocks, in order: a share item's; the
    /// blocks of another document are only warned about.
    public var shareTexts: [ShareText] = []
    /// False when share blocks could not be read (one is never closed, or there are too many): the
    /// texts that were read are not all the body holds, so no discipline is reported as lacking one.
    public var shareTextsAreComplete = true
    /// Broken or unsafe links, malformed share blocks and similar findings.
    public var diagnostics: Diagnostics
    /// The files under `media/` the body links to or shows, written in any form: relative to the file,
    /// from the site's root (with or without `base-url`), as a full address under `site-url`, and in
    /// raw HTML (`src`, `href`, `srcset`) when hub.yml lets it through. What the site copies.
    public var mediaReferences: [String] = []
    /// What every content path the body links to resolved to; the body is still right while they all
    /// resolve the same way.
    public var resolutions: [String: LinkTarget] = [:]
    /// The links the browser follows from the page's own address, checked once the site's pages are known.
    public var pageLinks: [PageLink] = []
    /// How many task-list items (`- [ ]`, `- [x]`) the body has: the site lets a reader tick them.
    public var tasks = 0

    /// A rendering without HTML yet, with the given words, headings and findings; the rest as a body
    /// without them has it.
    init(searchWords: [String], headings: [Heading], diagnostics: Diagnostics,
         mediaReferences: [String] = [], resolutions: [String: LinkTarget] = [:]) {
        htmlUTF8 = []
        self.searchWords = searchWords
        self.headings = headings
        self.diagnostics = diagnostics
        self.mediaReferences = mediaReferences
        self.resolutions = resolutions
    }
}

/// A heading of a rendered body.
public struct Heading: Sendable, Equatable {
    /// 1 to 6.
    public var level: Int
    /// The heading's text.
    public var text: String
    /// The de-duplicated `id` it got.
    public var id: String
}

/// A fenced block whose info string starts with `share`, as the tree walk lifts it out, before the
/// renderer reads it as a `ShareText`.
struct ShareBlock: Sendable, Equatable {
    /// The words after `share`: discipline and optional platform.
    var arguments: [String]
    /// The text, without its final line break.
    var text: String
    /// The opening fence.
    var location: SourceLocation
    /// For each line of the text, the characters before it on its line of the file (the indent
    /// of a block in a list or quote), so a place in the text can be told as a file column.
    var indents: [Int] = []
}
