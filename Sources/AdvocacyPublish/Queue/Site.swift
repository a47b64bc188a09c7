import Foundation
import AdvocacyCore
import AdvocacyLoad

/// The hub as it is published at one `now`: drafts and embargoed items are gone, every body is rendered.
/// Nothing after this stage can see what is not published.
public struct Site: Sendable {
    /// `hub.yml`.
    public var config: HubConfig
    /// The build's one clock reading.
    public var now: Date
    /// Where pages live.
    public var urls: SiteURLs
    /// The home page's own text.
    public var home: DocumentInfo?
    /// Disciplines in display order.
    public var disciplines: [Discipline]
    /// Active share items, newest `publish` first.
    public var activeItems: [PublishedItem]
    /// Expired share items, newest `expires` first.
    public var expiredItems: [PublishedItem]
    /// Stories, newest first.
    public var stories: [Story]
    /// Guidelines in display order.
    public var guidelines: [Guideline]
    /// Pages in display order.
    public var pages: [Page]
    /// The readiness model.
    public var readiness: ReadinessModel?
    /// The results, without the participant figures of periods below `min-group`; nil when the hub has none.
    public var results: Results?
    /// Files under `media/`.
    public var media: [MediaFile]
    /// The rendered body of every published document, by its content path.
    public var bodies: [String: RenderedMarkdown]
    /// How many items are embargoed at `now` (a count only; their content is not here).
    public var embargoedCount: Int
    /// Every instant after `now` at which an item enters or leaves the queue, in order.
    public var changes: [Date]

    /// The next instant after `now` at which an item enters or leaves the queue.
    public var nextChange: Date? { changes.first }

    /// The rendered body of a document.
    public func body(_ info: DocumentInfo) -> RenderedMarkdown? { bodies[info.path] }

    /// Where the active items of a discipline are in `activeItems`, newest first: what its page, its
    /// count, its feed and its calendar show. Indices, so the items are read where they are, not copied.
    package func active(in discipline: String) -> some Collection<Int> {
        activeItems.indices.lazy.filter { activeItems[$0].item.disciplines.contains { $0.value == discipline } }
    }

    /// How many active items are in a discipline.
    package func activeCount(in discipline: String) -> Int { active(in: discipline).count }

    /// The newest active items of a discipline, at most `limit`.
    package func newestActive(in discipline: String, limit: Int) -> [PublishedItem] {
        active(in: discipline).prefix(limit).map { activeItems[$0] }
    }

    /// The stories of a discipline, newest first.
    package func stories(in discipline: String) -> [Story] {
        stories.filter { $0.disciplines.contains { $0.value == discipline } }
    }

    /// The active or expired item whose file is at `path`.
    package func shareItem(at path: String) -> PublishedItem? {
        activeItems.first { $0.item.info.path == path } ?? expiredItems.first { $0.item.info.path == path }
    }
}
