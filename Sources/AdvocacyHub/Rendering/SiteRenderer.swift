import Foundation

/// Renders a published site into output files: every page of SPEC's Output section, the feeds,
/// the sitemap and the search index. Pages render in parallel.
public enum SiteRenderer {
    /// Items per queue page.
    public static let pageSize = 50

    private enum Job: Sendable {
        case home, queue(page: Int, pages: Int), archive, item(ShareItem, expired: Bool)
        case disciplines, discipline(Discipline), guidelines, guideline(Guideline)
        case stories, story(Story), page(Page), readiness, search, notFound
    }

    /// Renders every file of the site.
    public static func render(_ site: Site, theme: Theme) -> [OutputFile] {
        let pages = max(1, (site.activeItems.count + pageSize - 1) / pageSize)
        var jobs: [Job] = [.home, .archive, .disciplines, .guidelines, .stories, .search, .notFound]
        jobs += (1...pages).map { Job.queue(page: $0, pages: pages) }
        jobs += site.activeItems.map { Job.item($0, expired: false) }
        jobs += site.expiredItems.map { Job.item($0, expired: true) }
        jobs += site.disciplines.map(Job.discipline) + site.guidelines.map(Job.guideline)
        jobs += site.stories.map(Job.story) + site.pages.map(Job.page)
        if site.readiness != nil { jobs.append(.readiness) }

        let files = jobs.parallelMap { job -> OutputFile in
            let context = PageContext(site: site, theme: theme)
            let (template, url, values) = page(job, context)
            let path = url.hasSuffix(".html") ? String(url.dropFirst(site.urls.base.count)) : site.urls.file(for: url)
            return OutputFile(path: path, contents: theme.render(template, values))
        }
        let pageURLs = files.map(\.path).filter { $0.hasSuffix("index.html") }.sorted()
        return files + [
            OutputFile(path: "feed.xml", contents: AtomFeed.render(site)),
            OutputFile(path: "queue.ics", contents: CalendarFeed.render(site)),
            OutputFile(path: "sitemap.xml", contents: Sitemap.render(site, pages: pageURLs)),
            OutputFile(path: "search-index.json", contents: SearchIndex.render(site)),
        ]
    }

    private static func page(_ job: Job, _ c: PageContext) -> (String, String, [String: Any]) {
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
            return ("home", urls.home, values)

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
            return ("queue", url, values)

        case .archive:
            var values = c.page(title: words["archive-title"], summary: words["archive-intro"], section: "share", url: urls.archive)
            values["items"] = site.expiredItems.map(c.itemSummary)
            values["hasItems"] = !site.expiredItems.isEmpty
            return ("archive", urls.archive, values)

        case .item(let item, let expired):
            let url = urls.shareItem(item.info.slug.value)
            var values = c.page(title: item.info.title.value, summary: item.info.summary, section: "share", url: url,
                                trail: expired ? [(words["archive-title"], urls.archive)] : [])
            values["item"] = c.itemSummary(item)
            values["body"] = c.body(item.info)
            values["expired"] = expired
            values["link"] = item.link?.value ?? ""
            values["cards"] = c.cards(item, actions: !expired)
            return ("share-item", url, values)

        case .disciplines:
            var values = c.page(title: words["nav-disciplines"], summary: words["disciplines-intro"], section: "disciplines",
                                url: urls.disciplines)
            values["disciplines"] = site.disciplines.map(c.disciplineSummary)
            return ("disciplines", urls.disciplines, values)

        case .discipline(let discipline):
            let url = urls.discipline(discipline.id)
            var values = c.page(title: discipline.info.title.value, summary: discipline.info.summary,
                                section: "disciplines", url: url)
            values["discipline"] = c.disciplineSummary(discipline)
            values["body"] = c.body(discipline.info)
            let all = site.activeItems.filter { $0.disciplines.contains { $0.value == discipline.id } }
            let items = all.prefix(SiteRenderer.pageSize)
            values["moreItems"] = all.count > items.count
            values["queueURL"] = urls.queue + "?discipline=" + discipline.id
            values["items"] = items.map { item -> [String: Any] in
                var summary = c.itemSummary(item)
                summary["cards"] = c.cards(item, discipline: discipline.id, actions: true)
                return summary
            }
            values["hasItems"] = !items.isEmpty
            values["stories"] = site.stories.filter { $0.disciplines.contains { $0.value == discipline.id } }.map(c.storySummary)
            return ("discipline", url, values)

        case .guidelines:
            var values = c.page(title: words["nav-guidelines"], summary: words["guidelines-intro"], section: "guidelines",
                                url: urls.guidelines)
            values["guidelines"] = site.guidelines.map { c.documentLink($0.info, url: urls.guideline($0.info.slug.value)) }
            return ("guidelines", urls.guidelines, values)

        case .guideline(let guideline):
            let url = urls.guideline(guideline.info.slug.value)
            var values = c.page(title: guideline.info.title.value, summary: guideline.info.summary, section: "guidelines", url: url)
            values["body"] = c.body(guideline.info)
            return ("guideline", url, values)

        case .stories:
            var values = c.page(title: words["nav-stories"], summary: words["stories-intro"], section: "stories", url: urls.stories)
            values["stories"] = site.stories.map(c.storySummary)
            return ("stories", urls.stories, values)

        case .story(let story):
            let url = urls.story(story.info.slug.value)
            var values = c.page(title: story.info.title.value, summary: story.info.summary, section: "stories", url: url)
            values["story"] = c.storySummary(story)
            values["body"] = c.body(story.info)
            return ("story", url, values)

        case .page(let page):
            let url = urls.page(page.info.slug.value)
            var values = c.page(title: page.info.title.value, summary: page.info.summary, section: nil, url: url,
                                trail: [])
            values["body"] = c.body(page.info)
            return ("page", url, values)

        case .readiness:
            var values = c.page(title: words["readiness-title"], summary: words["readiness-intro"], section: "readiness",
                                url: urls.readiness)
            values["readiness"] = ReadinessContext.make(site.readiness!)
            return ("readiness", urls.readiness, values)

        case .search:
            let values = c.page(title: words["search-title"], summary: nil, section: "search", url: urls.search)
            return ("search", urls.search, values)

        case .notFound:
            let values = c.page(title: words["not-found-title"], summary: nil, section: nil, url: urls.base + "404.html")
            return ("not-found", urls.base + "404.html", values)
        }
    }
}
