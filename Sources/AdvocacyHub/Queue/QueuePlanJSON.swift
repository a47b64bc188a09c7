import Foundation

/// `advocacy plan --format json`: the plan for scripts, with instants in RFC 3339 (UTC) and weeks as
/// ISO week labels.
public struct QueuePlanJSON: Encodable {
    struct Entry: Encodable {
        let slug: String
        let title: String
        let disciplines: [String]
        let state: QueuePlan.Mark
        let publish: String?
        let expires: String?

        init(_ entry: QueuePlan.Entry) {
            slug = entry.slug
            title = entry.title
            disciplines = entry.disciplines
            state = entry.mark
            publish = entry.publish.map(DateDisplay.rfc3339)
            expires = entry.expires.map(DateDisplay.rfc3339)
        }
    }

    struct Cell: Encodable {
        let discipline: String
        let gap: Bool
        let items: [Entry]
    }

    struct Week: Encodable {
        let week: String
        let starts: String
        let disciplines: [Cell]
    }

    let now: String
    let timeZone: String
    let weeks: [Week]
    let expiring: [Entry]
    let nextChange: String?

    /// The JSON form of `plan`.
    public init(_ plan: QueuePlan) {
        now = DateDisplay.rfc3339(plan.now)
        timeZone = plan.clock.timeZone.identifier
        weeks = plan.weeks.map { week in
            Week(week: week.week.label, starts: DateDisplay.isoDay(week.starts, clock: plan.clock),
                 disciplines: plan.disciplines.map { discipline in
                     Cell(discipline: discipline.id, gap: week.isGap(discipline.id), items: (week.items[discipline.id] ?? []).map(Entry.init))
                 })
        }
        expiring = plan.expiring.map(Entry.init)
        nextChange = plan.nextChange.map(DateDisplay.rfc3339)
    }

    /// The JSON text, keys sorted, the same bytes for the same plan.
    public var text: String { JSON.encoded(self) }
}
