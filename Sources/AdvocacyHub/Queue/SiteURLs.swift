/// Where every kind of page lives in the output, all under the hub's `base-url`.
public struct SiteURLs: Sendable, Hashable {
    /// `base-url`, starting and ending with `/`.
    public let base: String
    /// `site-url`: the absolute address of `base`, ending with `/`; nil when hub.yml has none.
    public let site: String?

    /// URLs under `base`, made absolute with `site`.
    public init(base: String, site: String? = nil) {
        self.base = base
        self.site = site
    }

    /// The absolute address of a URL under `base`: itself when `base-url` is absolute already, the
    /// same path under `site-url` otherwise; nil without `site-url`, where no absolute address is known.
    public func absolute(_ url: String) -> String? {
        if url.hasPrefix("https://") || url.hasPrefix("http://") { return url }
        guard let site, url.hasPrefix(base) else { return nil }
        return site + url.dropFirst(base.count)
    }

    public var home: String { base }
    public var queue: String { base + "share/" }
    public func queuePage(_ number: Int) -> String { number <= 1 ? queue : base + "share/page/\(number)/" }
    public var archive: String { base + "share/archive/" }
    public func shareItem(_ slug: String) -> String { base + "share/\(slug)/" }
    public var disciplines: String { base + "disciplines/" }
    public func discipline(_ id: String) -> String { base + "disciplines/\(id)/" }
    /// The Atom feed of one discipline's active items.
    public func disciplineFeed(_ id: String) -> String { discipline(id) + "feed.xml" }
    /// The calendar of one discipline's active items.
    public func disciplineCalendar(_ id: String) -> String { discipline(id) + "queue.ics" }
    public var guidelines: String { base + "guidelines/" }
    public func guideline(_ slug: String) -> String { base + "guidelines/\(slug)/" }
    public var stories: String { base + "stories/" }
    public func story(_ slug: String) -> String { base + "stories/\(slug)/" }
    public func page(_ slug: String) -> String { base + "\(slug)/" }
    public var readiness: String { base + "readiness/" }
    public var results: String { base + "results/" }
    public func evaluation(_ period: Period) -> String { base + "results/\(period)/" }
    public var search: String { base + "search/" }
    public var searchIndex: String { base + "search-index.json" }
    public var feed: String { base + "feed.xml" }
    public var calendar: String { base + "queue.ics" }
    public var digest: String { base + "digest/" }
    public func media(_ path: String) -> String { base + path }
    public func asset(_ path: String) -> String { base + "assets/" + path }

    /// The output file of a page URL: `share/x/` → `share/x/index.html`.
    public func file(for url: String) -> String {
        let path = String(url.dropFirst(base.count))
        return path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }

    /// Top-level names that pages may not take as their slug.
    static let reserved: Set<String> = ["share", "disciplines", "guidelines", "stories", "readiness", "results", "search", "digest",
                                        "assets", "media", "feed.xml", "queue.ics", "sitemap.xml", "search-index.json"]
}
