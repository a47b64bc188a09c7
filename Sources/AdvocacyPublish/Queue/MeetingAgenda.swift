import Foundation
import AdvocacyCore

/// What the weekly meeting goes through (`advocacy plan --format markdown`): the plan's gaps and
/// expiring items, the own and curated mix of the four weeks ahead against hub.yml's balance, the
/// stories of the last 7 days and the latest result of each metric against its target.
public struct MeetingAgenda: Sendable {
    /// The latest total of a metric.
    public struct LatestResult: Sendable {
        /// The metric, with its label and unit.
        public let metric: Metric
        /// Its row of the latest period that has one.
        public let row: ResultRow
    }

    /// A story dated in the last 7 days.
    public struct RecentStory: Sendable {
        public let title: String
        public let date: Date
    }

    /// The plan of the weeks ahead: gaps, weekly mixes, expiring items.
    public let plan: QueuePlan
    /// Each discipline's mix of the items that publish in the four weeks from `plan.now`, drafts not counted.
    public let queueMix: [String: CuratedMix]
    /// The last day of those four weeks.
    public let queueLastDay: Date
    /// The first day stories are listed from: 7 days before `plan.now`.
    public let storiesSince: Date
    /// The stories dated from `storiesSince` to `plan.now`'s day, newest first.
    public let stories: [RecentStory]
    /// The latest total of each metric, in the order `metrics.csv` first names them; figures held back
    /// for small groups left out.
    public let results: [LatestResult]
    /// hub.yml's `metrics`: with the built-in ones, the labels of the metrics in any language.
    public let declaredMetrics: [Metric]

    /// The agenda of `hub` at `now`, with a plan of `weeks` weeks.
    public init(_ hub: Hub, now: Date, weeks: Int) {
        plan = QueuePlan(hub, now: now, weeks: weeks)
        let clock = plan.clock
        queueMix = BalanceChecks.queueMix(hub.shareItems, disciplines: hub.disciplines.map(\.id), now: now, clock: clock)
        queueLastDay = clock.sameTime(BalanceChecks.windowEnd(from: now, clock: clock), days: -1)
        storiesSince = clock.sameTime(now, days: -7)
        let today = clock.localDay(now), first = clock.localDay(storiesSince)
        stories = hub.stories.compactMap { story -> (RecentStory, String)? in
            guard let date = story.date?.value, (first...today).contains(clock.localDay(date)) else { return nil }
            return (RecentStory(title: story.info.title.value, date: date), story.info.slug.value)
        }.sorted { ($0.0.date, $1.1) > ($1.0.date, $0.1) }.map(\.0)
        var results: [LatestResult] = []
        if let all = hub.results?.withholdingSmallGroups(below: hub.config.minGroup) {
            var latest: [String: ResultRow] = [:], order: [String] = []
            for row in all.rows {
                if latest[row.metric] == nil { order.append(row.metric) }
                if latest[row.metric].map({ $0.period < row.period }) ?? true { latest[row.metric] = row }
            }
            results = order.compactMap { id in all.catalogue[id].map { LatestResult(metric: $0, row: latest[id]!) } }
        }
        self.results = results
        declaredMetrics = hub.config.metrics
    }

    /// Loads the content folder at `path` (drafts included) and makes the agenda at `now` (`--now`'s
    /// forms; the current time when nil) with a plan of `weeks` weeks.
    public static func load(_ path: String, now text: String?, weeks: Int) throws -> MeetingAgenda {
        let (hub, now) = try QueuePlan.loadHub(path, now: text, weeks: weeks)
        return MeetingAgenda(hub, now: now, weeks: weeks)
    }
}
