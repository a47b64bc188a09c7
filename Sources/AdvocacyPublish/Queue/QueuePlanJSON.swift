import Foundation
import AdvocacyCore

/// `advocacy plan --format json`: the plan for scripts, with instants in RFC 3339 (UTC) and weeks as
/// ISO week labels.
public struct QueuePlanJSON: Encodable {
    package struct Entry: Encodable {
        package let slug: String
        package let title: String
        package let disciplines: [String]
        package let state: QueuePlan.Mark
        /// `own` or `curated`.
        package let source: String
        package let publish: String?
        package let expires: String?

        package init(_ entry: QueuePlan.Entry) {
            slug = entry.slug
            title = entry.title
            disciplines = entry.disciplines
            state = entry.mark
            source = entry.source.rawValue
            publish = entry.publish.map(DateDisplay.rfc3339)
            expires = entry.expires.map(DateDisplay.rfc3339)
        }
    }

    package struct Cell: Encodable {
        package let discipline: String
        package let gap: Bool
        package let items: [Entry]
        /// The week's own and curated items, drafts not counted, against the discipline's target.
        package let mix: Mix
    }

    /// A discipline's mix in a week: the counts, the target (absent without one) and whether the
    /// counts are more than `CuratedBalance.tolerance` points from it.
    package struct Mix: Encodable {
        package let own: Int
        package let curated: Int
        package let target: Int?
        package let offTarget: Bool

        package init(_ mix: CuratedMix, target: Int?) {
            own = mix.own
            curated = mix.curated
            self.target = target
            offTarget = target.map(mix.isOff) ?? false
        }
    }

    package struct Week: Encodable {
        package let week: String
        package let starts: String
        package let disciplines: [Cell]
    }

    package let now: String
    package let timeZone: String
    package let weeks: [Week]
    package let expiring: [Entry]
    package let nextChange: String?

    /// The JSON form of `plan`.
    public init(_ plan: QueuePlan) {
        now = DateDisplay.rfc3339(plan.now)
        timeZone = plan.clock.timeZone.identifier
        weeks = plan.weeks.map { week in
            Week(week: week.week.label, starts: DateDisplay.isoDay(week.starts, clock: plan.clock),
                 disciplines: plan.disciplines.map { discipline in
                     Cell(discipline: discipline.id, gap: week.isGap(discipline.id), items: (week.items[discipline.id] ?? []).map(Entry.init),
                          mix: Mix(week.mix(discipline.id), target: plan.balance?.target(for: discipline.id)?.value))
                 })
        }
        expiring = plan.expiring.map(Entry.init)
        nextChange = plan.nextChange.map(DateDisplay.rfc3339)
    }

    /// The JSON text, keys sorted, the same bytes for the same plan.
    public var text: String { JSON.encoded(self) }
}
