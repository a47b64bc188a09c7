import Foundation
import AdvocacyCore
import AdvocacyLoad

/// The comms team's view ahead (`advocacy plan`): week by week and discipline by discipline, the items
/// that publish, embargoed and draft ones included; the weeks a discipline gets nothing new; what
/// expires within 7 days; and when the queue changes next. It is never part of the site.
public struct QueuePlan: Sendable {
    /// Where an item stands at `now`; a draft is a draft whatever its dates say.
    public enum Mark: String, Sendable, Encodable {
        /// In the queue now.
        case active
        /// Published later.
        case embargoed
        /// In the archive.
        case expired
        /// `draft: true`: never published while it says so.
        case draft
    }

    /// An item as the plan lists it.
    public struct Entry: Sendable {
        /// The item's slug and title.
        public let slug: String, title: String
        /// The discipline ids it lists.
        public let disciplines: [String]
        /// Where it stands at `now`.
        public let mark: Mark
        /// When it enters and leaves the queue; nil when not set.
        public let publish: Date?, expires: Date?
        /// Whether `publish` and `expires` were given as days, without a time.
        public let publishIsDay: Bool, expiresIsDay: Bool
        /// Whether it is the company's own content or curated.
        public let source: ShareSource
    }

    /// One week: the items that publish in it, by discipline id.
    public struct Week: Sendable {
        /// Which week.
        public let week: ISOWeek
        /// Its Monday, 00:00 local time.
        public let starts: Date
        /// The items that publish in the week, by discipline id, oldest first.
        public let items: [String: [Entry]]

        /// Whether a discipline gets nothing new this week.
        public func isGap(_ discipline: String) -> Bool { items[discipline]?.isEmpty ?? true }

        /// The own and curated items a discipline gets this week; drafts, which are not published
        /// while they say so, are not counted.
        public func mix(_ discipline: String) -> CuratedMix {
            CuratedMix((items[discipline] ?? []).filter { $0.mark != .draft }.map(\.source))
        }
    }

    /// The hub's name.
    public let title: String
    /// The instant the plan starts from.
    public let now: Date
    /// The hub's clock, for showing instants.
    public let clock: HubClock
    /// Discipline ids and titles, in display order.
    public let disciplines: [(id: String, title: String)]
    public let weeks: [Week]
    /// Items expiring within the 7 days after `now`, soonest first.
    public let expiring: [Entry]
    /// The next instant after `now` at which an item enters or leaves the queue; drafts never do.
    public let nextChange: Date?
    /// hub.yml's targets for the share of curated items; nil when it sets none.
    public let balance: CuratedBalance?

    /// The plan of `hub` (drafts loaded too) for `count` weeks from the week of `now`, within `QueuePlan.weeks`
    /// and the year 9999.
    public init(_ hub: Hub, now: Date, weeks count: Int) {
        let clock = HubClock(timeZone: hub.config.timeZone)
        let entries = hub.shareItems.map { item in
            Entry(slug: item.info.slug.value, title: item.info.title.value, disciplines: item.disciplines.map(\.value),
                  mark: item.info.draft ? .draft : Mark(rawValue: item.state(at: now).rawValue)!,
                  publish: item.publish?.value, expires: item.expires?.value,
                  publishIsDay: item.publishIsDay, expiresIsDay: item.expiresIsDay, source: item.source)
        }.sorted { ($0.publish ?? .distantPast, $0.slug) < ($1.publish ?? .distantPast, $1.slug) }
        var weeks: [Week] = []
        var week = ISOWeek(containing: now, clock: clock)
        for _ in 0..<min(max(count, Self.weeks.lowerBound), Self.weeks.upperBound) {
            let start = week.start(clock), end = week.next.start(clock)
            // No week starts after 9999-12-31: no format writes a fifth digit of the year.
            guard clock.localDay(start) <= HubClock.lastDay else { break }
            let publishing = entries.filter { $0.publish.map { start <= $0 && $0 < end } ?? false }
            var items: [String: [Entry]] = [:]
            for discipline in hub.disciplines {
                items[discipline.id] = publishing.filter { $0.disciplines.contains(discipline.id) }
            }
            weeks.append(Week(week: week, starts: start, items: items))
            week = week.next
        }
        let weekAhead = clock.sameTime(now, days: 7)
        title = hub.config.title
        self.now = now
        self.clock = clock
        disciplines = hub.disciplines.map { ($0.id, $0.info.title.value) }
        self.weeks = weeks
        expiring = entries.filter { $0.expires.map { now < $0 && $0 <= weekAhead } ?? false }
            .sorted { ($0.expires!, $0.slug) < ($1.expires!, $1.slug) }
        nextChange = hub.shareItems.filter { !$0.info.draft }.nextChange(after: now)
        balance = hub.config.balance
    }
}

extension QueuePlan {
    /// The errors that keep a plan from being made: files that did not load, and the examples of
    /// `new` and `init` left in them.
    public struct LoadErrors: Error {
        /// Every finding of the loading, sorted.
        public let diagnostics: [Diagnostic]
    }

    /// How many weeks a plan may show: ten years, more than any plan ahead needs, and few enough
    /// that the plan stays small.
    public static let weeks = 1...520

    /// Loads the content folder at `path` (drafts included) and plans from `now` (`--now`'s forms;
    /// the current time when nil) for `weeks` weeks (within `QueuePlan.weeks`).
    public static func load(_ path: String, now text: String?, weeks: Int) throws -> QueuePlan {
        let (hub, now) = try loadHub(path, now: text, weeks: weeks)
        return QueuePlan(hub, now: now, weeks: weeks)
    }

    /// The hub in the content folder at `path` (drafts included) and the instant `now` names, for a
    /// plan of `weeks` weeks: what `load` plans from, and the meeting's agenda too.
    static func loadHub(_ path: String, now text: String?, weeks: Int) throws -> (Hub, Date) {
        guard Self.weeks.contains(weeks) else {
            throw UsageError(.weeksOutOfRange(weeks: "\(weeks)", most: "\(Self.weeks.upperBound)"))
        }
        guard ContentFolder(path).exists else { throw ContentFolder.missing(path) }
        var (hub, diagnostics) = ContentLoader.load(path)
        // The examples `new` and `init` leave that `check` reports as errors keep a plan from being made too.
        for document in ContentChecks.documents(hub, items: hub.shareItems.map { PublishedItem($0, body: nil) }) {
            UnfinishedText.check(document, diagnostics: &diagnostics)
        }
        guard !diagnostics.hasErrors else { throw LoadErrors(diagnostics: diagnostics.sorted) }
        var now = Date()
        if let text {
            now = try HubClock(timeZone: hub.config.timeZone).now(text)
        }
        return (hub, now)
    }
}
