import Foundation
import AdvocacyCore
import AdvocacyLoad

/// Resolves a loaded hub at `now`: decides what is published, renders every Markdown body once,
/// gives each share item the texts of its body, and hands on only what is published.
public enum Publisher {
    /// The hub and its share items with their texts (for checks), and the published site.
    public struct Result: Sendable {
        /// Every document as loaded; drafts left out unless the build includes them.
        public var hub: Hub
        /// Every share item of `hub` with the texts of its body, embargoed ones included.
        public var items: [PublishedItem]
        /// What is published at `now`.
        public var site: Site
        /// Findings from Markdown: broken links, malformed share blocks.
        public var diagnostics: Diagnostics
        /// Every rendered body, embargoed ones included, by content path: for checks.
        public var bodies: [String: RenderedMarkdown]
        /// The media files only embargoed items use: copied when they are published, so their names
        /// are checked before.
        public var embargoedMedia: [MediaFile] = []
    }

    /// The order of elements whose date and slug are `keys`: by date, newest first (undated last), then
    /// by slug; positions in `keys`. Sorted by their keys only, so the large elements are moved once,
    /// and read where they are to make the keys (one passed whole to a key function would be copied).
    private static func newestFirst(_ keys: [(Date?, String)]) -> [Int] {
        let keys = keys.map { ($0.0 ?? .distantPast, $0.1) }
        return keys.indices.sorted { (keys[$0].0, keys[$1].1) > (keys[$1].0, keys[$0].1) }
    }

    /// Publishes `hub` at `now`: renders every body, then puts the site together.
    public static func publish(_ hub: Hub, now: Date, drafts: Bool) -> Result {
        let plan = Plan(hub, now: now, drafts: drafts)
        return publish(plan, bodies: plan.documents.parallelMap { plan.render($0) })
    }

    /// What a build publishes at `now` before any body is rendered: the one place that decides which
    /// documents are published (every document it renders but the embargoed items), and how a link
    /// from each of them resolves.
    package struct Plan: Sendable {
        /// The hub without the documents left out (drafts, unless the build includes them).
        package var hub: Hub
        package let now: Date
        package let urls: SiteURLs
        package let clock: HubClock
        /// The documents left out: drafts, unless the build includes them. Nothing of them is read again.
        package let left: [DocumentInfo]
        /// Every document whose body renders, in order: the published ones and the embargoed items.
        package private(set) var documents: [DocumentInfo]
        /// Embargoed items by path, with their publish instant: rendered to be checked, never published.
        let embargoes: [String: Date]
        private let targets: [String: LinkTarget]
        private let loaded: Set<String>
        private let unreadable: Set<String>
        private let mediaNames: MediaNames
        private let publishOf: [String: Date?]
        private let renderer: MarkdownRenderer
        /// hub.yml's forbidden terms, which the renderer finds in each body's plain text.
        package let terms: TermSearch
        /// The content paths links can lead to, indexed for "did you mean" on the first missing one.
        private let nearTargets = Locked<NearNames?>(nil)

        package init(_ hub: Hub, now: Date, drafts: Bool) {
            var hub = hub
            let all = hub.documents
            loaded = Set(all.map(\.path))
            unreadable = hub.unreadable
            urls = SiteURLs(base: hub.config.baseURL, site: hub.config.siteURL)
            clock = HubClock(timeZone: hub.config.timeZone)
            self.now = now
            let keep: (DocumentInfo) -> Bool = { drafts || !$0.draft }
            left = all.filter { !keep($0) }
            hub.keepDocuments(where: keep)

            // What every content path is in this build, for links between content files.
            var targets: [String: LinkTarget] = [:]
            mediaNames = MediaNames(hub.media)
            for media in hub.media { targets[media.path] = .page(urls.media(media.path)) }
            for kind in DocumentKind.allCases {
                for (path, url) in kind.publishing.pages(hub, urls) { targets[path] = .page(url) }
            }
            // Embargoed items by path with their publish instant: an embargoed item may link to another one
            // that publishes no later than itself.
            var embargoes: [String: Date] = [:]
            for item in hub.shareItems {
                if item.state(at: now) == .embargoed, let publish = item.publish?.value { embargoes[item.info.path] = publish }
            }
            self.targets = targets
            self.embargoes = embargoes
            publishOf = Dictionary(uniqueKeysWithValues: hub.shareItems.map { ($0.info.path, $0.publish?.value) })
            renderer = MarkdownRenderer(unsafeHTML: hub.config.unsafeHTML, baseURL: hub.config.baseURL, siteURL: hub.config.siteURL)
            terms = TermSearch(hub.config.forbiddenTerms.map(\.value))
            documents = hub.documents
            self.hub = hub
        }

        /// Where a link from `source` to a content path leads in this build.
        package func resolve(_ path: String, from source: DocumentInfo) -> LinkTarget {
            if let embargo = embargoes[path], (publishOf[source.path] ?? nil).map({ $0 < embargo }) ?? true {
                return .unpublished(Message(.unpublishedEmbargoed(date: DateDisplay.iso(embargo, clock: clock))))
            }
            if let target = targets[path] { return target }
            if loaded.contains(path) { return .unpublished(Message(.unpublishedDraft)) }
            if unreadable.contains(path) { return .unreadable }
            return mediaNames.otherCapitals(of: path).map(LinkTarget.otherCapitals) ?? .missing(suggestion: mediaNames.otherExtension(of: path) ?? nearest(to: path))
        }

        /// The content path of this build one typing slip away from `path`.
        private func nearest(to path: String) -> String? {
            let index = nearTargets.withLock { index in
                if index == nil { index = NearNames(targets.keys) }
                return index!
            }
            return index.suggestion(for: path)
        }

        /// The address of the page of the document at `path`, below the site's root (`guidelines/x/`).
        package func page(of path: String) -> String? {
            guard case .page(let url) = targets[path] else { return nil }
            return String(url.dropFirst(urls.base.count))
        }

        /// Whether a document of `documents` is published: all are but the embargoed items, whose
        /// bodies are only checked.
        package func isPublished(_ info: DocumentInfo) -> Bool { embargoes[info.path] == nil }

        /// Whether a body rendered for `info` in an earlier build would render the same now, given
        /// that the document's file did not change.
        package func canReuse(_ body: RenderedMarkdown, for info: DocumentInfo) -> Bool {
            (body.hasHTML || !isPublished(info)) && body.resolutions.allSatisfy { resolve($0.key, from: info) == $0.value }
        }

        /// Puts one document's file read again (`document`) in the plan, when that cannot change what
        /// the plan decides: the same kind of document at the same path, with the same slug, draft flag,
        /// `publish` and `expires`. Returns false and changes nothing otherwise, and for an evaluation
        /// (its results are read with the others'); then only a whole new plan tells. In place, so a
        /// plan nothing else holds is not copied.
        package mutating func replace(_ document: ContentLoader.LoadedDocument) -> Bool {
            let new = document.info
            /// Where the document at `new`'s path is among `documents`, if it keeps its slug and draft flag.
            func place<Document>(in documents: [Document], _ info: (Document) -> DocumentInfo) -> Int? {
                guard let index = documents.firstIndex(where: { info($0).path == new.path }),
                      info(documents[index]).slug.value == new.slug.value, info(documents[index]).draft == new.draft
                else { return nil }
                return index
            }
            guard let position = documents.firstIndex(where: { $0.path == new.path }) else { return false }
            switch document {
            case .share(let item):
                guard let index = place(in: hub.shareItems, { $0.info }),
                      hub.shareItems[index].publish?.value == item.publish?.value,
                      hub.shareItems[index].expires?.value == item.expires?.value else { return false }
                hub.shareItems[index] = item
            case .discipline(let discipline):
                guard let index = place(in: hub.disciplines, { $0.info }) else { return false }
                hub.disciplines[index] = discipline
            case .story(let story):
                guard let index = place(in: hub.stories, { $0.info }) else { return false }
                hub.stories[index] = story
            case .guideline(let guideline):
                guard let index = place(in: hub.guidelines, { $0.info }) else { return false }
                hub.guidelines[index] = guideline
            case .page(let page):
                guard let index = place(in: hub.pages, { $0.info }) else { return false }
                hub.pages[index] = page
            case .home(let home):
                guard place(in: [hub.home].compactMap { $0 }, { $0 }) != nil else { return false }
                hub.home = home
            case .evaluation:
                return false
            }
            documents[position] = new
            return true
        }

        /// Renders a document's body: HTML, the forbidden terms in its text, its share texts.
        package func render(_ info: DocumentInfo) -> RenderedMarkdown {
            var source = MarkdownSource(info)
            source.page = page(of: info.path)
            return renderer.render(source, html: isPublished(info), terms: terms, resolve: { resolve($0, from: info) })
        }
    }

    /// Puts the published site together from a plan and the rendered body of each of its documents.
    package static func publish(_ plan: Plan, bodies rendered: [RenderedMarkdown]) -> Result {
        var bodies: [String: RenderedMarkdown] = [:]
        for (info, body) in zip(plan.documents, rendered) { bodies[info.path] = body }
        return publish(plan, bodies: bodies)
    }

    /// The site as `plan` publishes it before any body is rendered: every page and where it lives,
    /// but no body, no share text and no media. What a page that shows only its own document's body
    /// needs besides that body, so the build can render and write it as soon as the body is rendered.
    package static func outline(_ plan: Plan) -> Site {
        publish(plan, bodies: [:]).site
    }

    private static func publish(_ plan: Plan, bodies: [String: RenderedMarkdown]) -> Result {
        var bodies = bodies
        let hub = plan.hub
        let now = plan.now, urls = plan.urls
        let documents = plan.documents
        let allBodies = bodies

        var diagnostics = Diagnostics()
        for info in documents { diagnostics.append(contentsOf: bodies[info.path]?.diagnostics ?? Diagnostics()) }
        let items = hub.shareItems.map { PublishedItem($0, body: bodies[$0.info.path]) }

        // Where the published items are in `items`: each is read there, and copied once, into its sorted list.
        var activeIndices: [Int] = [], expiredIndices: [Int] = []
        for index in items.indices where plan.isPublished(items[index].item.info) {
            if items[index].item.state(at: now) == .expired { expiredIndices.append(index) } else { activeIndices.append(index) }
        }
        for info in documents where !plan.isPublished(info) { bodies[info.path] = nil }
        let active = newestFirst(activeIndices.map { (items[$0].item.publish?.value, items[$0].item.info.slug.value) })
            .map { items[activeIndices[$0]] }
        let expired = newestFirst(expiredIndices.map { (items[$0].item.expires?.value, items[$0].item.info.slug.value) })
            .map { items[expiredIndices[$0]] }
        let stories = newestFirst(hub.stories.map { ($0.date?.value, $0.info.slug.value) }).map { hub.stories[$0] }

        // Only the media the published site uses are copied: its items' images and what its bodies
        // link to or show. A file nothing published uses stays out, so no name or byte of a draft's or
        // an embargoed item's media can reach the output.
        let used = Set((activeIndices + expiredIndices).compactMap { items[$0].item.imagePath })
            .union(bodies.values.flatMap(\.mediaReferences))
        let media = hub.media.filter { used.contains($0.path) }

        let site = Site(
            config: hub.config, now: now, urls: urls, home: hub.home, disciplines: hub.disciplines,
            activeItems: active, expiredItems: expired, stories: stories, guidelines: hub.guidelines,
            pages: hub.pages, readiness: hub.readiness,
            results: hub.results.map { $0.withholdingSmallGroups(below: hub.config.minGroup) }.flatMap { $0.isEmpty ? nil : $0 },
            media: media, bodies: bodies,
            embargoedCount: plan.embargoes.count, changes: hub.shareItems.changes(after: now))
        let embargoedUse = Set(items.filter { plan.embargoes[$0.item.info.path] != nil }.compactMap(\.item.imagePath)
            + plan.embargoes.keys.flatMap { allBodies[$0]?.mediaReferences ?? [] })
        return Result(hub: hub, items: items, site: site, diagnostics: diagnostics, bodies: allBodies,
                      embargoedMedia: hub.media.filter { embargoedUse.contains($0.path) && !used.contains($0.path) })
    }

    /// Puts the document at `path` in `site` (published from an earlier plan) as `plan` has it now,
    /// with its new `body`, in the place it had: what `publish(plan, …)` gives for that document. Only
    /// for a plan changed by `Plan.replace`, which keeps what is published and where. Lists keep their
    /// order and the site's media stay as they were: the next whole publication puts them right. Used to
    /// show an edited page first in `advocacy serve`; in place, so a site nothing else holds is not copied.
    package static func republish(_ site: inout Site, plan: Plan, path: String, body: RenderedMarkdown) {
        site.bodies[path] = body
        for kind in DocumentKind.allCases { kind.publishing.republish(&site, plan, path, body) }
    }
}
