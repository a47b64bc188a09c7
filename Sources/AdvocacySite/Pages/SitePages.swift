import AdvocacyCore
import AdvocacyLoad
import AdvocacyPublish

/// Every page of a published site: where it lives, which layout shows it, and its typed model.
/// The one place that pages the queue and picks the items a discipline page shows.
package struct SitePages: Sendable {
    /// Items per queue page.
    static let pageSize = 50
    /// Items on the home page's "share now" list.
    static let homeItems = 6
    /// Stories on the home page.
    static let homeStories = 3

    /// A page of the site.
    package enum Kind: Hashable, Sendable {
        case home, queue(page: Int), archive, item(Int, expired: Bool), disciplines, discipline(Int)
        case guidelines, guideline(Int), stories, story(Int), page(Int), readiness, results, evaluation(Int), search, digest, notFound
    }

    /// A page: its kind, its address, its file in the output and its layout.
    package struct Entry: Sendable {
        package let kind: Kind
        package let url: String
        package let path: String
        package let layout: String
    }

    package private(set) var site: Site
    package let words: SiteStrings
    /// Every page, in the order they render.
    package let entries: [Entry]
    package let shared: PageFrame.Shared
    package let clock: HubClock
    private let disciplineTitles: [String: String]
    private let cardContext: CardSet.Context

    /// Every page of `site`.
    package init(_ site: Site, words: SiteStrings) {
        self.init(site, words: words, entries: Self.entries(site))
    }

    /// The pages of `site` that show the documents at `paths` (content paths) as their own: what
    /// `advocacy serve` renders first after an edit.
    package init(_ site: Site, words: SiteStrings, showing paths: Set<String>) {
        self.init(site, words: words, entries: Self.entries(site, showing: paths))
    }

    private init(_ site: Site, words: SiteStrings, entries: [Entry]) {
        self.site = site
        self.words = words
        clock = HubClock(timeZone: site.config.timeZone)
        disciplineTitles = Dictionary(uniqueKeysWithValues: site.disciplines.map { ($0.id, $0.info.title.value) })
        cardContext = CardSet.Context(config: site.config, words: words, disciplineTitles: disciplineTitles)
        let urls = site.urls
        let pages = site.pages.map {
            DocumentLink(title: $0.info.title.value, summary: $0.info.summary ?? "", url: urls.page($0.info.slug.value),
                         params: $0.info.params)
        }
        shared = PageFrame.Shared(
            site: SiteSummary(title: site.config.title, language: site.config.language.rawValue, urls: urls,
                              updated: words.day(site.now, clock: clock), pages: pages, params: site.config.params,
                              team: TeamMemberSummary.list(site.config.team, words: words)),
            words: words, urls: urls,
            sections: PageSection.allCases.filter { ($0 != .results || site.results != nil) && ($0 != .readiness || site.readiness != nil) },
            disclosureLabel: site.config.advertisingLabel)
        self.entries = entries
    }

    /// The pages of `site` whose own document is at one of `paths`.
    private static func entries(_ site: Site, showing paths: Set<String>) -> [Entry] {
        DocumentKind.allCases.flatMap { $0.site.pages(site) }
            .filter { ownDocument($0, site).map(paths.contains) ?? false }.map { entry($0, site) }
    }

    /// The entry of a page of `site`.
    private static func entry(_ kind: Kind, _ site: Site) -> Entry {
        let url = url(kind, site)
        return Entry(kind: kind, url: url, path: site.urls.file(for: url), layout: layout(kind))
    }

    /// Every page of `site`, in the order they render.
    /// The pages that list documents come before those that show one as their own, so a body's HTML
    /// can be let go of once its page is written (`dropHTML`).
    package static func entries(_ site: Site) -> [Entry] {
        var kinds: [Kind] = [.archive, .disciplines, .guidelines, .stories, .search, .digest, .notFound]
        kinds += (1...Self.queuePages(site)).map { Kind.queue(page: $0) }
        if site.readiness != nil { kinds.append(.readiness) }
        if site.results != nil { kinds.append(.results) }
        kinds += DocumentKind.allCases.flatMap { $0.site.pages(site) }
        return kinds.map { entry($0, site) }
    }

    /// The content path of the document a page of `kind` shows as its own: the one page that shows
    /// its body, the feeds aside.
    package func ownDocument(_ kind: Kind) -> String? { Self.ownDocument(kind, site) }

    private static func ownDocument(_ kind: Kind, _ site: Site) -> String? {
        switch kind {
        case .home: site.home?.path
        // Each list read where it is: an item taken out of a list whole (a value) would be copied.
        case .item(let index, let expired): expired ? site.expiredItems[index].item.info.path : site.activeItems[index].item.info.path
        case .discipline(let index): site.disciplines[index].info.path
        case .guideline(let index): site.guidelines[index].info.path
        case .story(let index): site.stories[index].info.path
        case .page(let index): site.pages[index].info.path
        case .evaluation(let index): site.results?.evaluations[index].info.path
        case .queue, .archive, .disciplines, .guidelines, .stories, .readiness, .results, .search, .digest, .notFound: nil
        }
    }

    /// The content paths of the items whose bodies the feeds show.
    package var bodiesInFeeds: Set<String> { AtomFeed.itemsShown(site) }

    /// Lets go of the HTML of the bodies `entries` show as their own, once those pages are written, but
    /// of those at `kept` (`bodiesInFeeds`): no other page shows it. The rest of each body stays (the
    /// search index reads its plain text). Only for pages that are not rendered again.
    package mutating func dropHTML(of entries: some Sequence<Entry>, keeping kept: Set<String>) {
        for entry in entries {
            guard let path = ownDocument(entry.kind), !kept.contains(path) else { continue }
            site.bodies[path]?.htmlUTF8 = []
        }
    }

    /// What every page shows the same, for telling whether all pages changed between two builds.
    package var sharedHash: Int {
        var hasher = Hasher()
        hasher.combine(shared)
        hasher.combine(cardContext)
        return hasher.finalize()
    }

    /// How many pages the queue has: at least one, which says the queue is empty.
    static func queuePages(_ site: Site) -> Int { max(1, (site.activeItems.count + pageSize - 1) / pageSize) }

    /// The active items on queue page `number`.
    static func queueSlice(_ site: Site, page number: Int) -> ArraySlice<PublishedItem> {
        site.activeItems.dropFirst((number - 1) * pageSize).prefix(pageSize)
    }

    /// Where a page lives.
    package static func url(_ kind: Kind, _ site: Site) -> String {
        let urls = site.urls
        return switch kind {
        case .home: urls.home
        case .queue(let number): urls.queuePage(number)
        case .archive: urls.archive
        case .item(let index, let expired):
            urls.shareItem(expired ? site.expiredItems[index].item.info.slug.value : site.activeItems[index].item.info.slug.value)
        case .disciplines: urls.disciplines
        case .discipline(let index): urls.discipline(site.disciplines[index].id)
        case .guidelines: urls.guidelines
        case .guideline(let index): urls.guideline(site.guidelines[index].info.slug.value)
        case .stories: urls.stories
        case .story(let index): urls.story(site.stories[index].info.slug.value)
        case .page(let index): urls.page(site.pages[index].info.slug.value)
        case .readiness: urls.readiness
        case .results: urls.results
        case .evaluation(let index): urls.evaluation(site.results!.evaluations[index].period)
        case .search: urls.search
        case .digest: urls.digest
        case .notFound: urls.base + "404.html"
        }
    }

    private static func layout(_ kind: Kind) -> String {
        switch kind {
        case .home: "home"
        case .queue: "queue"
        case .archive: "archive"
        case .item: "share-item"
        case .disciplines: "disciplines"
        case .discipline: "discipline"
        case .guidelines: "guidelines"
        case .guideline: "guideline"
        case .stories: "stories"
        case .story: "story"
        case .page: "page"
        case .readiness: "readiness"
        case .results: "results"
        case .evaluation: "evaluation"
        case .search: "search"
        case .digest: "digest"
        case .notFound: "not-found"
        }
    }

    /// Whether a page of `kind` shows no body and no share text but its own document's: what the build
    /// can render from the site's outline (`Publisher.outline`) as soon as that one body is rendered.
    package static func showsOnlyItsOwnBody(_ kind: Kind) -> Bool {
        switch kind {
        case .item, .story, .guideline, .page, .evaluation: true
        case .home, .queue, .archive, .disciplines, .discipline, .guidelines, .stories, .readiness, .results, .search,
             .digest, .notFound: false
        }
    }

    /// The model of a page.
    package func model(_ kind: Kind) -> PageModel {
        model(kind, body: ownDocument(kind).flatMap { site.bodies[$0] })
    }

    /// The model of a page of `kind`, showing `own` as its own document's body (and, for an item, the
    /// share texts of `own`). Given the body, a page that `showsOnlyItsOwnBody` needs of the site only
    /// what its outline holds.
    package func model(_ kind: Kind, body own: RenderedMarkdown?) -> PageModel {
        let urls = site.urls
        func frame(_ title: String, _ summary: String?, _ section: PageSection?, trail: [Breadcrumb] = [],
                   params: ThemeParams = .none) -> PageFrame {
            PageFrame(shared, title: title, summary: summary, section: section, url: Self.url(kind, site), trail: trail, params: params)
        }
        switch kind {
        case .home:
            let active = site.activeItems
            // An item new since yesterday is listed once, under what is new. By index, so the items
            // are read where they are, not copied.
            let older = active.indices.filter { !isNew(active[$0]) }
            let content = HomeContent(
                body: site.home.map { _ in BodyModel(own) },
                shareNow: older.prefix(Self.homeItems).map { summary(active[$0]) },
                moreToShare: older.count > Self.homeItems,
                whatsNew: active.indices.filter { isNew(active[$0]) }.map { summary(active[$0]) },
                stories: site.stories.prefix(Self.homeStories).map(storySummary),
                guidelines: site.guidelines.map { documentLink($0.info, url: urls.guideline($0.info.slug.value)) },
                disciplines: site.disciplines.map(disciplineSummary),
                activeCount: active.count,
                evaluation: site.results?.evaluations.first.map { EvaluationLink($0, urls: urls, language: site.config.language) })
            let title = site.home?.title.value ?? site.config.title
            return PageModel(frame: frame(title, site.home?.summary, nil, params: site.home?.params ?? .none), content: content)

        case .queue(let number):
            let pages = Self.queuePages(site)
            let items = Self.queueSlice(site, page: number).map { item in
                summary(item, cards: CardSet(item, actions: true, context: cardContext))
            }
            let pager = QueueContent.Pager(number: number, pages: pages,
                                           previous: number > 1 ? urls.queuePage(number - 1) : nil,
                                           next: number < pages ? urls.queuePage(number + 1) : nil)
            let content = QueueContent(items: items, filters: site.disciplines.map { disciplineLink($0.id) }, pager: pager,
                                       archiveURL: urls.archive)
            return PageModel(frame: frame(words["queue-title"], words["queue-intro"], .share), content: content)

        case .archive:
            return PageModel(frame: frame(words["archive-title"], words["archive-intro"], .share),
                             content: ArchiveContent(items: site.expiredItems.map { summary($0) }))

        case .item(let index, let expired):
            let item = PublishedItem(expired ? site.expiredItems[index].item : site.activeItems[index].item, body: own)
            let content = ItemContent(item: summary(item), body: BodyModel(own), expired: expired,
                                      link: item.link?.value ?? "", cards: CardSet(item, actions: !expired, context: cardContext))
            let trail = expired ? [Breadcrumb(label: words["archive-title"], url: urls.archive)] : []
            return PageModel(frame: frame(item.info.title.value, item.info.summary, .share, trail: trail, params: item.info.params),
                             content: content)

        case .disciplines:
            return PageModel(frame: frame(words["nav-disciplines"], words["disciplines-intro"], .disciplines),
                             content: DisciplinesContent(disciplines: site.disciplines.map(disciplineSummary)))

        case .discipline(let index):
            let discipline = site.disciplines[index]
            let items = site.newestActive(in: discipline.id, limit: Self.pageSize)
            let content = DisciplineContent(
                discipline: disciplineSummary(discipline), body: BodyModel(own),
                items: items.map { summary($0, cards: CardSet($0, discipline: discipline.id, actions: true, context: cardContext)) },
                moreItems: site.activeCount(in: discipline.id) > items.count,
                queueURL: urls.queue + "?discipline=" + discipline.id,
                feedURL: urls.disciplineFeed(discipline.id), calendarURL: urls.disciplineCalendar(discipline.id),
                stories: site.stories(in: discipline.id).map(storySummary))
            let title = discipline.info.title.value
            return PageModel(frame: frame(title, discipline.info.summary, .disciplines, params: discipline.info.params),
                             content: content)

        case .guidelines:
            let links = site.guidelines.map { documentLink($0.info, url: urls.guideline($0.info.slug.value)) }
            return PageModel(frame: frame(words["nav-guidelines"], words["guidelines-intro"], .guidelines),
                             content: GuidelinesContent(guidelines: links))

        case .guideline(let index):
            let guideline = site.guidelines[index], info = guideline.info
            return PageModel(frame: frame(info.title.value, info.summary, .guidelines, params: info.params),
                             content: DocumentContent(body: BodyModel(own), quiz: QuizModel(guideline.quiz)))

        case .stories:
            return PageModel(frame: frame(words["nav-stories"], words["stories-intro"], .stories),
                             content: StoriesContent(stories: site.stories.map(storySummary)))

        case .story(let index):
            let story = site.stories[index]
            return PageModel(frame: frame(story.info.title.value, story.info.summary, .stories, params: story.info.params),
                             content: StoryContent(story: storySummary(story), body: BodyModel(own)))

        case .page(let index):
            let info = site.pages[index].info
            return PageModel(frame: frame(info.title.value, info.summary, nil, params: info.params),
                             content: DocumentContent(body: BodyModel(own)))

        case .readiness:
            return PageModel(frame: frame(words["readiness-title"], words["readiness-intro"], .readiness),
                             content: ReadinessContent(readiness: ReadinessView(model: site.readiness ?? ReadinessModel(levels: [], phases: []))))

        case .results:
            let content = ResultsContent(site.results ?? Results(rows: [], evaluations: [], catalogue: MetricCatalogue(language: site.config.language)),
                                         minGroup: site.config.minGroup, items: (site.activeItems + site.expiredItems).map(\.item),
                                         balance: site.config.balance, clock: clock, words: words, urls: urls, language: site.config.language)
            return PageModel(frame: frame(words["results-title"], words["results-intro"], .results), content: content)

        case .evaluation(let index):
            let evaluation = site.results!.evaluations[index]
            let content = EvaluationContent(evaluation: EvaluationLink(evaluation, urls: urls, language: site.config.language),
                                            body: BodyModel(own))
            return PageModel(frame: frame(evaluation.info.title.value, evaluation.info.summary, .results, params: evaluation.info.params),
                             content: content)

        case .search:
            return PageModel(frame: frame(words["search-title"], nil, .search), content: FrameOnlyContent())

        case .digest:
            let digest = digest()
            return PageModel(frame: frame(digest.title, words["digest-intro"], nil), content: DigestContent(digest: digest))

        case .notFound:
            return PageModel(frame: frame(words["not-found-title"], nil, nil), content: FrameOnlyContent())
        }
    }

    /// Whether an active item entered the queue in the 24 hours before `now`.
    func isNew(_ item: PublishedItem) -> Bool {
        guard let publish = item.publish?.value else { return false }
        return publish <= site.now && site.now.timeIntervalSince(publish) < 86_400
    }

    private func disciplineLink(_ id: String) -> DisciplineLink {
        DisciplineLink(id: id, title: disciplineTitles[id] ?? id, url: site.urls.discipline(id))
    }

    /// When an item was published, as the site shows it.
    func publishedText(_ item: PublishedItem) -> String? {
        item.publish.map { item.publishIsDay ? words.day($0.value, clock: clock) : words.dateTime($0.value, clock: clock) }
    }

    /// The last day or minute an item is current, as the site shows it.
    func expiresText(_ item: PublishedItem) -> String? {
        let last = item.expires?.value.addingTimeInterval(-60)
        return last.map { item.expiresIsDay ? words.day($0, clock: clock) : words.dateTime($0, clock: clock) }
    }

    private func summary(_ published: PublishedItem, cards: CardSet? = nil) -> ItemSummary {
        // The loaded item read once, not through a key path (`published.info`) per field.
        let item = published.item, info = item.info
        let publish = item.publish?.value, url = site.urls.shareItem(info.slug.value)
        return ItemSummary(
            title: info.title.value, summary: info.summary ?? "", url: url,
            slug: info.slug.value, disciplines: item.disciplines.map { disciplineLink($0.value) },
            platforms: Array(Set(published.shareTexts.map(\.platform))).sorted().map(\.rawValue).joined(separator: " "),
            sponsored: item.sponsored, isNew: isNew(published),
            published: publishedText(published), publishedISO: publish.map(DateDisplay.rfc3339), expires: expiresText(published),
            bestTime: item.bestTime?.display, image: item.imagePath.map(site.urls.media), via: item.via?.value, cards: cards,
            texts: cards?.link(on: url), params: info.params)
    }

    private func storySummary(_ story: Story) -> StorySummary {
        StorySummary(title: story.info.title.value, summary: story.info.summary ?? "", url: site.urls.story(story.info.slug.value),
                     person: story.person ?? "", role: story.role ?? "", date: story.date.map { words.day($0.value, clock: clock) },
                     disciplines: story.disciplines.map { disciplineLink($0.value) },
                     results: story.results.map { StorySummary.Result(label: $0.label, value: $0.value) }, params: story.info.params)
    }

    private func disciplineSummary(_ discipline: Discipline) -> DisciplineSummary {
        DisciplineSummary(id: discipline.id, title: discipline.info.title.value, summary: discipline.info.summary ?? "",
                          url: site.urls.discipline(discipline.id), challenge: discipline.challenge ?? "",
                          colleagues: discipline.colleagues ?? "", content: discipline.content ?? "",
                          format: discipline.format ?? "", activeCount: site.activeCount(in: discipline.id), params: discipline.info.params)
    }

    private func documentLink(_ info: DocumentInfo, url: String) -> DocumentLink {
        DocumentLink(title: info.title.value, summary: info.summary ?? "", url: url, params: info.params)
    }
}
