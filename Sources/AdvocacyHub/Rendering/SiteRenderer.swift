import Foundation

/// Renders a published site into output files: every page of SPEC's Output section, the feeds,
/// the sitemap and the search index. Pages render in parallel.
public enum SiteRenderer {
    /// Items per queue page.
    public static let pageSize = 50

    private enum Job: Sendable {
        /// An item by its index in the site's active or expired items.
        case home, queue(page: Int, pages: Int), archive, item(Int, expired: Bool)
        case disciplines, discipline(Discipline), guidelines, guideline(Guideline)
        case stories, story(Story), page(Page), readiness, search, notFound
    }

    /// What the pages of one build were made from, so the next build of a session can skip pages
    /// whose inputs did not change.
    public struct Memo: Sendable {
        /// The signature of every page, by output path.
        var signatures: [String: String] = [:]
        /// The global inputs the memo's parts were made with.
        var global = ""
        /// Feed and search index entries by document path, with the signature they were made from.
        var entries: [String: (signature: String, text: String)] = [:]
        /// Creates an empty memo: everything renders.
        public init() {}
    }

    /// Renders every file of the site into memory.
    public static func render(_ site: Site, theme: Theme) -> [OutputFile] {
        render(site, theme: theme, shapes: theme.pageShapes())
    }

    /// Renders every file of the site into memory, by `shapes`, or directly with Mustache when nil.
    static func render(_ site: Site, theme: Theme, shapes: TemplateShapes?) -> [OutputFile] {
        var memo = Memo()
        let files = Locked([OutputFile]())
        render(site, theme: theme, revisions: [:], memo: &memo, shapes: shapes) { file in files.withLock { $0.append(file) } }
        return files.withLock { $0 }.sorted { $0.path < $1.path }
    }

    /// The pages of the site, in the order they render.
    /// Each queue page comes right after its items, so their share cards are rendered, used three
    /// times and let go close together.
    private static func jobs(_ site: Site) -> [Job] {
        let pages = max(1, (site.activeItems.count + pageSize - 1) / pageSize)
        var jobs: [Job] = [.home, .archive, .disciplines, .guidelines, .stories, .search, .notFound]
        jobs += site.disciplines.map(Job.discipline)
        for page in 1...pages {
            jobs += site.activeItems.indices.dropFirst((page - 1) * pageSize).prefix(pageSize).map { Job.item($0, expired: false) }
            jobs.append(.queue(page: page, pages: pages))
        }
        jobs += site.expiredItems.indices.map { Job.item($0, expired: true) }
        jobs += site.guidelines.map(Job.guideline)
        jobs += site.stories.map(Job.story) + site.pages.map(Job.page)
        if site.readiness != nil { jobs.append(.readiness) }
        return jobs
    }

    private static let feeds = ["feed.xml", "queue.ics", "sitemap.xml", "search-index.json"]

    /// How many pages show each item's cards: its own page, its queue page, and the discipline pages
    /// that list it among their newest.
    private static func cardUses(_ site: Site) -> [String: Int] {
        var uses: [String: Int] = [:]
        for item in site.activeItems { uses[CardCache.key(item, actions: true)] = 2 }
        for discipline in site.disciplines {
            for item in site.activeItems.lazy.filter({ $0.disciplines.contains { $0.value == discipline.id } }).prefix(pageSize) {
                uses[CardCache.key(item, actions: true), default: 0] += 1
            }
        }
        for item in site.expiredItems { uses[CardCache.key(item, actions: false)] = 1 }
        return uses
    }

    private static func path(_ job: Job, _ site: Site) -> String {
        let urls = site.urls
        let url = location(job, site)
        return url.hasSuffix(".html") ? String(url.dropFirst(urls.base.count)) : urls.file(for: url)
    }

    /// Every file the site will have, before anything renders, so the writer can make the folders.
    public static func paths(_ site: Site) -> [String] {
        jobs(site).map { path($0, site) } + feeds
    }

    /// Renders the site and hands every file to `write` as soon as it is rendered, on any thread.
    /// A page whose signature is the same as in `memo` is handed on without contents: the writer takes
    /// it from the previous output. `revisions` counts the changes of each document. Returns how many
    /// files were rendered.
    @discardableResult
    static func render(_ site: Site, theme: Theme, revisions: [String: Int], memo: inout Memo,
                       shapes: TemplateShapes?, into write: @Sendable (OutputFile) -> Void) -> Int {
        let jobs = jobs(site)
        let global = globalSignature(site, theme: theme)
        let previous = memo.global == global ? memo.signatures : [:]
        let cards = CardCache(uses: cardUses(site))
        let titles = Dictionary(uniqueKeysWithValues: site.disciplines.map { ($0.id, $0.info.title.value) })
        let results = jobs.parallelMap { job -> (path: String, signature: String?, rendered: Bool) in
            let context = PageContext(site: site, theme: theme, cards: cards, titles: titles)
            let path = path(job, site)
            let signature = Self.signature(job, context, revisions: revisions)
            if let signature, previous[path] == signature {
                write(OutputFile(path: path, contents: nil))
                return (path, signature, false)
            }
            let (template, values) = page(job, context)
            let contents = shapes.map { theme.render(template, values, shapes: $0) } ?? theme.render(template, values)
            write(OutputFile(path: path, contents: contents))
            return (path, signature, true)
        }
        memo.signatures = Dictionary(uniqueKeysWithValues: results.compactMap { result in result.signature.map { (result.path, $0) } })
        let pageURLs = results.map(\.path).filter { $0.hasSuffix("index.html") }.sorted()
        let entries = EntryCache(memo.global == global ? memo.entries : [:], revisions: revisions)
        let feeds: [@Sendable () -> OutputFile] = [
            { OutputFile(path: "feed.xml", contents: AtomFeed.render(site)) },
            { OutputFile(path: "queue.ics", contents: CalendarFeed.render(site, entries: entries)) },
            { OutputFile(path: "sitemap.xml", contents: Sitemap.render(site, pages: pageURLs)) },
            { OutputFile(path: "search-index.json", contents: SearchIndex.render(site, entries: entries)) },
        ]
        _ = Array(feeds.indices).parallelMap { write(feeds[$0]()) }
        memo.global = global
        memo.entries = entries.kept
        return results.filter(\.rendered).count + feeds.count
    }

    /// Where a page lives.
    private static func location(_ job: Job, _ site: Site) -> String {
        let urls = site.urls
        return switch job {
        case .home: urls.home
        case .queue(let number, _): urls.queuePage(number)
        case .archive: urls.archive
        case .item(let index, let expired): urls.shareItem(site.item(index, expired: expired).info.slug.value)
        case .disciplines: urls.disciplines
        case .discipline(let discipline): urls.discipline(discipline.id)
        case .guidelines: urls.guidelines
        case .guideline(let guideline): urls.guideline(guideline.info.slug.value)
        case .stories: urls.stories
        case .story(let story): urls.story(story.info.slug.value)
        case .page(let page): urls.page(page.info.slug.value)
        case .readiness: urls.readiness
        case .search: urls.search
        case .notFound: urls.base + "404.html"
        }
    }

    /// What every page shows besides its own content: settings, theme, navigation, footer, the clock's reading.
    private static func globalSignature(_ site: Site, theme: Theme) -> String {
        let clock = HubClock(timeZone: site.config.timeZone)
        return [theme.signature, site.config.title, site.config.language.rawValue, site.config.timeZone.identifier,
                site.config.baseURL, site.config.utmMedium, site.config.disclosure ?? "",
                Platform.allCases.map { "\(site.config.limit(for: $0))" }.joined(separator: ","),
                site.disciplines.map { $0.id + "=" + $0.info.title.value }.joined(separator: ","),
                site.pages.map { $0.info.slug.value + "=" + $0.info.title.value }.joined(separator: ","),
                theme.strings.dateTime(site.now, clock: clock)].joined(separator: "\u{1}")
    }

    /// What a page is made from besides the global inputs, or nil for pages that always render.
    private static func signature(_ job: Job, _ c: PageContext, revisions: [String: Int]) -> String? {
        func item(_ item: ShareItem) -> String { "\(revisions[item.info.path] ?? -1)\(c.isNew(item) ? "n" : "")" }
        switch job {
        case .home: return nil
        case .disciplines:
            return "disciplines:" + c.site.disciplines.map { discipline in
                let active = c.site.activeCount(in: discipline.id)
                return "\(revisions[discipline.info.path] ?? -1)=\(active)"
            }.joined(separator: ",")
        case .guidelines:
            return "guidelines:" + c.site.guidelines.map { "\(revisions[$0.info.path] ?? -1)" }.joined(separator: ",")
        case .stories:
            return "stories:" + c.site.stories.map { "\(revisions[$0.info.path] ?? -1)" }.joined(separator: ",")
        case .queue(let number, let pages):
            let slice = c.site.activeItems.dropFirst((number - 1) * SiteRenderer.pageSize).prefix(SiteRenderer.pageSize)
            return "queue \(number)/\(pages):" + slice.map(item).joined(separator: ",")
        case .archive:
            return "archive:" + c.site.expiredItems.map(item).joined(separator: ",")
        case .item(let index, let expired):
            return "item \(expired):" + item(c.site.item(index, expired: expired))
        case .discipline(let discipline):
            let newest = c.site.newestActive(in: discipline.id, limit: SiteRenderer.pageSize)
            let stories = c.site.stories.filter { $0.disciplines.contains { $0.value == discipline.id } }
            return "discipline \(revisions[discipline.info.path] ?? -1) \(c.site.activeCount(in: discipline.id)):"
                + newest.map(item).joined(separator: ",")
                + ":" + stories.map { "\(revisions[$0.info.path] ?? -1)" }.joined(separator: ",")
        case .guideline(let guideline): return "guideline \(revisions[guideline.info.path] ?? -1)"
        case .story(let story): return "story \(revisions[story.info.path] ?? -1)"
        case .page(let page): return "page \(revisions[page.info.path] ?? -1)"
        case .readiness: return "readiness"
        case .search: return "search"
        case .notFound: return "404"
        }
    }

    private static func page(_ job: Job, _ c: PageContext) -> (String, [String: Any]) {
        let site = c.site, urls = c.urls, words = c.words
        switch job {
        case .home:
            var values = c.page(title: site.home?.title.value ?? site.config.title, summary: site.home?.summary,
                                section: nil, url: urls.home)
            if let home = site.home { values["body"] = c.body(home) }
            values["shareNow"] = site.activeItems.prefix(6).map(c.itemSummary)
            values["hasShareNow"] = !site.activeItems.isEmpty
            values["moreToShare"] = site.activeItems.count > 6
            let fresh = site.activeItems.filter(c.isNew)
            values["whatsNew"] = fresh.map(c.itemSummary)
            values["hasWhatsNew"] = !fresh.isEmpty
            values["stories"] = site.stories.prefix(3).map(c.storySummary)
            values["guidelines"] = site.guidelines.map { c.documentLink($0.info, url: urls.guideline($0.info.slug.value)) }
            values["disciplines"] = site.disciplines.map(c.disciplineSummary)
            values["activeCount"] = site.activeItems.count
            return ("home", values)

        case .queue(let number, let pages):
            let url = urls.queuePage(number)
            var values = c.page(title: words["queue-title"], summary: words["queue-intro"], section: "share", url: url)
            let slice = site.activeItems.dropFirst((number - 1) * SiteRenderer.pageSize).prefix(SiteRenderer.pageSize)
            values["items"] = slice.map { item -> [String: Any] in
                var summary = c.itemSummary(item)
                summary["cards"] = c.cards(item, actions: true)
                return summary
            }
            values["hasItems"] = !slice.isEmpty
            values["filters"] = site.disciplines.map { ["id": $0.id, "title": $0.info.title.value, "url": urls.discipline($0.id)] }
            values["platforms"] = Platform.allCases.map { ["id": $0.rawValue, "title": $0.displayName] }
            var pager: [String: Any] = ["number": number, "pages": pages, "show": pages > 1]
            if number > 1 { pager["previous"] = urls.queuePage(number - 1) }
            if number < pages { pager["next"] = urls.queuePage(number + 1) }
            values["pager"] = pager
            values["archiveURL"] = urls.archive
            return ("queue", values)

        case .archive:
            var values = c.page(title: words["archive-title"], summary: words["archive-intro"], section: "share", url: urls.archive)
            values["items"] = site.expiredItems.map(c.itemSummary)
            values["hasItems"] = !site.expiredItems.isEmpty
            return ("archive", values)

        case .item(let index, let expired):
            let item = site.item(index, expired: expired)
            let url = urls.shareItem(item.info.slug.value)
            var values = c.page(title: item.info.title.value, summary: item.info.summary, section: "share", url: url,
                                trail: expired ? [(words["archive-title"], urls.archive)] : [])
            values["item"] = c.itemSummary(item)
            values["body"] = c.body(item.info)
            values["expired"] = expired
            values["link"] = item.link?.value ?? ""
            values["cards"] = c.cards(item, actions: !expired)
            return ("share-item", values)

        case .disciplines:
            var values = c.page(title: words["nav-disciplines"], summary: words["disciplines-intro"], section: "disciplines",
                                url: urls.disciplines)
            values["disciplines"] = site.disciplines.map(c.disciplineSummary)
            return ("disciplines", values)

        case .discipline(let discipline):
            let url = urls.discipline(discipline.id)
            var values = c.page(title: discipline.info.title.value, summary: discipline.info.summary,
                                section: "disciplines", url: url)
            values["discipline"] = c.disciplineSummary(discipline)
            values["body"] = c.body(discipline.info)
            let items = site.newestActive(in: discipline.id, limit: SiteRenderer.pageSize)
            values["moreItems"] = site.activeCount(in: discipline.id) > items.count
            values["queueURL"] = urls.queue + "?discipline=" + discipline.id
            values["items"] = items.map { item -> [String: Any] in
                var summary = c.itemSummary(item)
                summary["cards"] = c.cards(item, discipline: discipline.id, actions: true)
                return summary
            }
            values["hasItems"] = !items.isEmpty
            values["stories"] = site.stories.filter { $0.disciplines.contains { $0.value == discipline.id } }.map(c.storySummary)
            return ("discipline", values)

        case .guidelines:
            var values = c.page(title: words["nav-guidelines"], summary: words["guidelines-intro"], section: "guidelines",
                                url: urls.guidelines)
            values["guidelines"] = site.guidelines.map { c.documentLink($0.info, url: urls.guideline($0.info.slug.value)) }
            return ("guidelines", values)

        case .guideline(let guideline):
            let url = urls.guideline(guideline.info.slug.value)
            var values = c.page(title: guideline.info.title.value, summary: guideline.info.summary, section: "guidelines", url: url)
            values["body"] = c.body(guideline.info)
            return ("guideline", values)

        case .stories:
            var values = c.page(title: words["nav-stories"], summary: words["stories-intro"], section: "stories", url: urls.stories)
            values["stories"] = site.stories.map(c.storySummary)
            return ("stories", values)

        case .story(let story):
            let url = urls.story(story.info.slug.value)
            var values = c.page(title: story.info.title.value, summary: story.info.summary, section: "stories", url: url)
            values["story"] = c.storySummary(story)
            values["body"] = c.body(story.info)
            return ("story", values)

        case .page(let page):
            let url = urls.page(page.info.slug.value)
            var values = c.page(title: page.info.title.value, summary: page.info.summary, section: nil, url: url,
                                trail: [])
            values["body"] = c.body(page.info)
            return ("page", values)

        case .readiness:
            var values = c.page(title: words["readiness-title"], summary: words["readiness-intro"], section: "readiness",
                                url: urls.readiness)
            values["readiness"] = ReadinessContext.make(site.readiness!)
            return ("readiness", values)

        case .search:
            let values = c.page(title: words["search-title"], summary: nil, section: "search", url: urls.search)
            return ("search", values)

        case .notFound:
            let values = c.page(title: words["not-found-title"], summary: nil, section: nil, url: urls.base + "404.html")
            return ("not-found", values)
        }
    }
}
