import Foundation

/// Builds the template contexts of a site's pages. Everything a template prints with `{{…}}` is
/// escaped by Mustache; only rendered Markdown (`{{{html}}}`) is not.
struct PageContext {
    let site: Site
    let theme: Theme
    let clock: HubClock
    let disciplineTitles: [String: String]
    let cardCache: CardCache

    init(site: Site, theme: Theme, cards: CardCache = CardCache(), titles: [String: String]? = nil) {
        self.site = site
        self.theme = theme
        self.cardCache = cards
        self.clock = HubClock(timeZone: site.config.timeZone)
        self.disciplineTitles = titles ?? Dictionary(uniqueKeysWithValues: site.disciplines.map { ($0.id, $0.info.title.value) })
    }

    var urls: SiteURLs { site.urls }
    var words: SiteStrings { theme.strings }

    /// The sections of the main navigation.
    static let sections = ["share", "disciplines", "guidelines", "stories", "readiness", "search"]

    /// What every page has: the site, the words, the navigation and breadcrumbs.
    func page(title: String, summary: String?, section: String?, url: String, trail: [(String, String)] = []) -> [String: Any] {
        let sectionURLs = ["share": urls.queue, "disciplines": urls.disciplines, "guidelines": urls.guidelines,
                           "stories": urls.stories, "readiness": urls.readiness, "search": urls.search]
        var breadcrumbs: [[String: Any]] = []
        if section != nil || !trail.isEmpty {
            breadcrumbs.append(["label": words["nav-home"], "url": urls.home])
            if let section, url != sectionURLs[section] {
                breadcrumbs.append(["label": words["nav-\(section)"], "url": sectionURLs[section]!])
            }
            for (label, link) in trail { breadcrumbs.append(["label": label, "url": link]) }
            breadcrumbs.append(["label": title, "url": url, "current": true])
        }
        return [
            "t": words.context,
            "site": [
                "title": site.config.title,
                "language": site.config.language.rawValue,
                "base": urls.base,
                "assets": urls.asset(""),
                "feed": urls.feed,
                "calendar": urls.calendar,
                "search": urls.search,
                "searchIndex": urls.searchIndex,
                "updated": words.dateTime(site.now, clock: clock),
                "pages": site.pages.map { ["title": $0.info.title.value, "url": urls.page($0.info.slug.value)] as [String: Any] },
            ] as [String: Any],
            "page": ["title": title, "summary": summary ?? "", "url": url] as [String: Any],
            "isHome": url == urls.home,
            "nav": Self.sections.map { key -> [String: Any] in
                ["label": words["nav-\(key)"], "url": sectionURLs[key]!, "current": key == section, "isPage": sectionURLs[key]! == url]
            },
            "breadcrumbs": breadcrumbs,
            "hasBreadcrumbs": !breadcrumbs.isEmpty,
        ]
    }

    func disciplineLinks(_ ids: [String]) -> [[String: Any]] {
        ids.map { ["id": $0, "title": disciplineTitles[$0] ?? $0, "url": urls.discipline($0)] }
    }

    /// An item in a list: title, dates, disciplines, and whether it is new since the day before.
    func itemSummary(_ item: ShareItem) -> [String: Any] {
        var context: [String: Any] = [
            "title": item.info.title.value,
            "summary": item.info.summary ?? "",
            "url": urls.shareItem(item.info.slug.value),
            "slug": item.info.slug.value,
            "disciplines": disciplineLinks(item.disciplines.map(\.value)),
            "disciplineIDs": item.disciplines.map(\.value).joined(separator: " "),
            "platforms": Array(Set(item.shareTexts.map(\.platform))).sorted().map(\.rawValue).joined(separator: " "),
            "sponsored": item.sponsored,
            "isNew": isNew(item),
        ]
        if let publish = item.publish?.value {
            context["published"] = item.publishIsDay ? words.day(publish, clock: clock) : words.dateTime(publish, clock: clock)
            context["publishedISO"] = DateDisplay.rfc3339(publish)
        }
        if let expires = item.expires?.value {
            let last = expires.addingTimeInterval(-60)
            context["expires"] = item.expiresIsDay ? words.day(last, clock: clock) : words.dateTime(last, clock: clock)
        }
        if let best = item.bestTime { context["bestTime"] = best.display }
        if let image = item.imagePath { context["image"] = urls.media(image) }
        return context
    }

    /// Whether an active item entered the queue in the 24 hours before `now`.
    func isNew(_ item: ShareItem) -> Bool {
        guard let publish = item.publish?.value else { return false }
        return publish <= site.now && site.now.timeIntervalSince(publish) < 86_400
    }

    /// The share cards of an item, optionally only those of one discipline. Each card carries its
    /// HTML (`html`, rendered once per item with the `share-card` template) and its discipline and platform.
    func cards(_ item: ShareItem, discipline: String? = nil, actions: Bool) -> [[String: Any]] {
        let html = cardCache.html(for: CardCache.key(item, actions: actions)) {
            item.shareTexts.enumerated().map { index, text in
                var card = ShareCard.context(text, index: index, item: item, site: site, words: words,
                                             disciplineTitle: disciplineTitles[text.discipline.value] ?? text.discipline.value,
                                             actions: actions)
                card["t"] = words.context
                return theme.renderCard(card)
            }
        }
        return item.shareTexts.indices.compactMap { index in
            let text = item.shareTexts[index]
            if let discipline, text.discipline.value != discipline { return nil }
            return ["html": html[index], "discipline": text.discipline.value, "platform": text.platform.rawValue]
        }
    }

    func body(_ info: DocumentInfo) -> [String: Any] {
        guard let body = site.body(info) else { return ["html": ""] }
        return ["html": body.html,
                "toc": body.headings.filter { $0.level == 2 }.map { ["text": $0.text, "id": $0.id] },
                "hasToc": body.headings.filter { $0.level == 2 }.count >= 3]
    }

    func storySummary(_ story: Story) -> [String: Any] {
        var context: [String: Any] = [
            "title": story.info.title.value, "summary": story.info.summary ?? "",
            "url": urls.story(story.info.slug.value),
            "person": story.person ?? "", "role": story.role ?? "",
            "disciplines": disciplineLinks(story.disciplines.map(\.value)),
            "results": story.results.map { ["label": $0.label, "value": $0.value] },
        ]
        if let date = story.date?.value { context["date"] = words.day(date, clock: clock) }
        return context
    }

    func disciplineSummary(_ discipline: Discipline) -> [String: Any] {
        [
            "id": discipline.id, "title": discipline.info.title.value, "summary": discipline.info.summary ?? "",
            "url": urls.discipline(discipline.id),
            "challenge": discipline.challenge ?? "", "colleagues": discipline.colleagues ?? "",
            "content": discipline.content ?? "", "format": discipline.format ?? "",
            "activeCount": site.activeCount(in: discipline.id),
        ]
    }

    func documentLink(_ info: DocumentInfo, url: String) -> [String: Any] {
        ["title": info.title.value, "summary": info.summary ?? "", "url": url]
    }
}
