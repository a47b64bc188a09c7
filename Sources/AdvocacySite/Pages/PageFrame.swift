import AdvocacyCore
import AdvocacyTemplates

/// What every page shows besides its own content: the site's settings and words, the main
/// navigation and the breadcrumbs. Templates see it as `site`, `t`, `page`, `isHome`, `nav`,
/// `breadcrumbs`, `hasBreadcrumbs` and `disclosureLabel`.
package struct PageFrame: TemplateObject, Hashable {
    /// The parts of the frame that are the same on every page of a build; not part of a frame's
    /// hash, as they are compared once per build.
    package struct Shared: Sendable, Hashable {
        package let site: SiteSummary
        package let words: SiteStrings
        package let urls: SiteURLs
        /// The sections of the main navigation this site has, in order.
        package let sections: [PageSection]
        /// hub.yml's `disclosure-label` or the language's word for advertising: every label on a
        /// sponsored item, in cards, item pages, lists and the digest, as `disclosureLabel`.
        package let disclosureLabel: String
        /// `site` and `t` as templates get them, made once per build: a page looks them up dozens of
        /// times, and each `.object` of a value this size would be a copy of it.
        fileprivate let siteValue: TemplateValue, wordsValue: TemplateValue

        package init(site: SiteSummary, words: SiteStrings, urls: SiteURLs, sections: [PageSection], disclosureLabel: String) {
            self.site = site
            self.words = words
            self.urls = urls
            self.sections = sections
            self.disclosureLabel = disclosureLabel
            siteValue = .object(site)
            wordsValue = .object(words)
        }

        package static func == (a: Shared, b: Shared) -> Bool {
            a.site == b.site && a.words == b.words && a.urls == b.urls && a.sections == b.sections && a.disclosureLabel == b.disclosureLabel
        }

        package func hash(into hasher: inout Hasher) {
            hasher.combine(site)
            hasher.combine(words)
            hasher.combine(urls)
            hasher.combine(sections)
            hasher.combine(disclosureLabel)
        }
    }

    package let shared: Shared
    package let title: String
    package let summary: String?
    package let url: String
    package let section: PageSection?
    let breadcrumbs: [Breadcrumb]
    /// The `params:` of the page's own file.
    package let params: ThemeParams
    /// `page` as templates get it, made once per page (it is looked up several times).
    private let pageValue: TemplateValue

    /// The frame of the page at `url`, in `section` of the main navigation, below the pages of `trail`.
    package init(_ shared: Shared, title: String, summary: String?, section: PageSection?, url: String, trail: [Breadcrumb] = [],
         params: ThemeParams = .none) {
        self.shared = shared
        self.params = params
        self.title = title
        self.summary = summary
        self.url = url
        self.section = section
        var crumbs: [Breadcrumb] = []
        if section != nil || !trail.isEmpty {
            crumbs.append(Breadcrumb(label: shared.words["nav-home"], url: shared.urls.home))
            if let section, url != section.url(shared.urls) {
                crumbs.append(Breadcrumb(label: shared.words["nav-\(section.rawValue)"], url: section.url(shared.urls)))
            }
            crumbs += trail
            crumbs.append(Breadcrumb(label: title, url: url, current: true))
        }
        breadcrumbs = crumbs
        pageValue = .object(DocumentLink(title: title, summary: summary ?? "", url: url, params: params))
    }

    package static func == (a: PageFrame, b: PageFrame) -> Bool {
        a.title == b.title && a.summary == b.summary && a.url == b.url && a.section == b.section && a.breadcrumbs == b.breadcrumbs
            && a.params == b.params
    }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(title)
        hasher.combine(summary)
        hasher.combine(url)
        hasher.combine(section)
        hasher.combine(breadcrumbs)
        hasher.combine(params)
    }

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .t: shared.wordsValue
        case .site: shared.siteValue
        case .page: pageValue
        case .isHome: .bool(url == shared.urls.home)
        case .nav:
            .list(shared.sections.map { section in
                let url = section.url(shared.urls)
                return .object(NavigationLink(label: shared.words["nav-\(section.rawValue)"], url: url, current: section == self.section,
                                              isPage: url == self.url))
            })
        case .breadcrumbs: .objects(breadcrumbs)
        case .hasBreadcrumbs: .bool(!breadcrumbs.isEmpty)
        case .disclosureLabel: .text(shared.disclosureLabel)
        default: nil
        }
    }
}

/// The sections of the main navigation, in their order.
package enum PageSection: String, CaseIterable, Sendable {
    case share, disciplines, guidelines, stories, readiness, results, search

    /// The section's own page.
    package func url(_ urls: SiteURLs) -> String {
        switch self {
        case .share: urls.queue
        case .disciplines: urls.disciplines
        case .guidelines: urls.guidelines
        case .stories: urls.stories
        case .readiness: urls.readiness
        case .results: urls.results
        case .search: urls.search
        }
    }
}

/// A link of the main navigation: `current` on the pages of its section, `isPage` on its own page.
struct NavigationLink: TemplateObject {
    let label: String
    let url: String
    let current: Bool
    let isPage: Bool

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .label: .text(label)
        case .url: .text(url)
        case .current: .bool(current)
        case .isPage: .bool(isPage)
        default: nil
        }
    }
}

/// A step of the breadcrumb trail.
package struct Breadcrumb: TemplateObject, Hashable {
    package let label: String
    package let url: String
    package var current = false

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .label: .text(label)
        case .url: .text(url)
        case .current: .bool(current)
        default: nil
        }
    }
}

/// The site's settings as every page shows them (`site.title`, `site.base`, …).
package struct SiteSummary: TemplateObject, Hashable {
    package let title: String
    package let language: String
    package let urls: SiteURLs
    /// The day the site was built, in the hub's words: a day, not a time, so that what every page
    /// shows changes once a day, not every minute.
    let updated: String
    /// The footer's links to the free pages.
    package let pages: [DocumentLink]
    /// hub.yml's `params:`.
    package var params: ThemeParams = .none
    /// hub.yml's `team:`, as `site.team`: a theme shows it where it likes (the default theme's
    /// `partials/team.mustache`, on a page whose front matter says `params: { team: true }`).
    package var team: [TeamMemberSummary] = []

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .title: .text(title)
        case .language: .text(language)
        case .base: .text(urls.base)
        case .assets: .text(urls.asset(""))
        case .feed: .text(urls.feed)
        case .calendar: .text(urls.calendar)
        case .digest: .text(urls.digest)
        case .search: .text(urls.search)
        case .searchIndex: .text(urls.searchIndex)
        case .queue: .text(urls.queue)
        case .stories: .text(urls.stories)
        case .results: .text(urls.results)
        case .updated: .text(updated)
        case .pages: .objects(pages)
        case .params: params.template
        case .team: .objects(team)
        case .hasTeam: .bool(!team.isEmpty)
        default: nil
        }
    }
}

extension SiteStrings: TemplateObject {
    /// A word as `t.<key>`; nothing for a key the strings file does not have.
    public func value(for key: TemplateKey) -> TemplateValue? { .optional(words[key.name]) }
}

/// What a page shows of its own, besides the frame.
package protocol PageContent: TemplateObject, Hashable {}

/// A page and its content: the content's names first, then the frame's. Two pages with equal
/// models render to the same bytes in one build.
package struct PageModel: TemplateObject, Hashable {
    let frame: PageFrame
    package let content: any PageContent

    package func value(for key: TemplateKey) -> TemplateValue? { content.value(for: key) ?? frame.value(for: key) }

    package static func == (a: PageModel, b: PageModel) -> Bool { a.frame == b.frame && AnyHashable(a.content) == AnyHashable(b.content) }

    package func hash(into hasher: inout Hasher) {
        hasher.combine(frame)
        hasher.combine(AnyHashable(content))
    }
}
