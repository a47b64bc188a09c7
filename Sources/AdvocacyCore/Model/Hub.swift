/// Everything loaded from a content folder, before any date is looked at.
public struct Hub: Sendable {
    /// `hub.yml`.
    public var config: HubConfig
    /// `_index.md`: the home page's own text, if any.
    public var home: DocumentInfo?
    /// `disciplines/*.md`, in display order.
    public var disciplines: [Discipline]
    /// `share/*.md`.
    public var shareItems: [ShareItem]
    /// `stories/*.md`.
    public var stories: [Story]
    /// `guidelines/*.md`, in display order.
    public var guidelines: [Guideline]
    /// `pages/*.md`, in display order.
    public var pages: [Page]
    /// `readiness.yml`, if present.
    public var readiness: ReadinessModel?
    /// `results/`: totals and evaluations; nil when the hub has no such folder.
    public var results: Results?
    /// Everything under `media/`.
    public var media: [MediaFile]
    /// The Markdown files that exist but could not be read into a document; their own errors say why.
    public var unreadable: Set<String> = []

    /// Creates a value from its stored properties.
    package init(config: HubConfig, home: DocumentInfo? = nil, disciplines: [Discipline], shareItems: [ShareItem], stories: [Story], guidelines: [Guideline], pages: [Page], readiness: ReadinessModel? = nil, results: Results? = nil, media: [MediaFile], unreadable: Set<String> = []) {
        self.config = config
        self.home = home
        self.disciplines = disciplines
        self.shareItems = shareItems
        self.stories = stories
        self.guidelines = guidelines
        self.pages = pages
        self.readiness = readiness
        self.results = results
        self.media = media
        self.unreadable = unreadable
    }
}
