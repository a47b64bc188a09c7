/// What every Markdown file has: where it is, its common front matter and its body.
public struct DocumentInfo: Sendable {
    /// The file's path inside the content folder, with `/` separators, such as `share/aarhus.md`.
    public var path: String
    /// The path as shown in diagnostics.
    public var displayPath: String
    /// `title`, required.
    public var title: Located<String>
    /// `summary`, optional.
    public var summary: String?
    /// Where `summary` is written, if it is.
    public var summaryLocation: SourceLocation?
    /// The URL slug: `slug` from the front matter, or made from the file name.
    public var slug: Located<String>
    /// `draft: true` keeps the file out of the site unless the build asks for drafts.
    public var draft: Bool
    /// `tags`, optional.
    public var tags: [String]
    /// The Markdown after the front matter.
    public var body: String {
        didSet { bodyHoldsNoUnsafeCharacters = false }
    }
    /// Whether `body` holds none of the characters no output may hold (`UnsafeCharacters`): set by the
    /// loader, which replaced them in what it read, and cleared by any change to `body`, so rendering
    /// the body need not look for them in it again.
    package var bodyHoldsNoUnsafeCharacters = false
    /// The line of the file the body starts on.
    public var bodyLine: Int
    /// The hash of the file's text as it was read, before characters pages cannot hold were replaced:
    /// a build that lets go of the body after loading reads it again only from the same text
    /// (`DocumentLoader.body(of:)`). Keyed with the process's own random seed (`Hasher`), as a text of
    /// the same `ContentHash` is easily made.
    package var sourceHash: Int?
    /// Whether the text had characters pages cannot hold, so reading it again replaces them again.
    package var sourceHadUnsafeCharacters = false
    /// `params:`, the theme's own fields.
    public var params: ThemeParams = .none
    /// Every front matter text the site publishes (title, summary and those of the document's kind),
    /// where it is written: what the forbidden-terms check reads.
    public var texts: [Located<String>] = []
    /// False when the front matter is not valid YAML: its keys are unknown, so checks that need them are skipped
    /// rather than reporting every key as missing.
    public var frontMatterIsValid: Bool = true
    /// The keys of the front matter written without a value or with only spaces (`summary:`), each
    /// where it is first written: the checks warn at those an author should fill in.
    public var emptyKeys: [Located<String>] = []

    /// Creates a value from its stored properties.
    package init(path: String, displayPath: String, title: Located<String>, summary: String? = nil, summaryLocation: SourceLocation? = nil, slug: Located<String>, draft: Bool, tags: [String], body: String, bodyLine: Int, params: ThemeParams = .none, texts: [Located<String>] = [], frontMatterIsValid: Bool = true) {
        self.path = path
        self.displayPath = displayPath
        self.title = title
        self.summary = summary
        self.summaryLocation = summaryLocation
        self.slug = slug
        self.draft = draft
        self.tags = tags
        self.body = body
        self.bodyLine = bodyLine
        self.params = params
        self.texts = texts
        self.frontMatterIsValid = frontMatterIsValid
    }
}
