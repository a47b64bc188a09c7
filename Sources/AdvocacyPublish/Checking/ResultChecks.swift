import Foundation
import AdvocacyCore

/// The checks of the results that go beyond reading them: totals that cannot be totals (below 0, a
/// rate above 100), periods that have not begun at `now`, and groups too small to show.
package enum ResultChecks {
    /// The findings about `results` at `now`.
    package static func check(_ results: Results, config: HubConfig, now: Date) -> Diagnostics {
        var diagnostics = Diagnostics()
        let clock = HubClock(timeZone: config.timeZone)
        for row in results.rows {
            guard let metric = results.catalogue[row.metric] else { continue }
            checkTotal(row.value, at: row.valueLocation, metric: metric, &diagnostics)
            if let target = row.target, let location = row.targetLocation { checkTotal(target, at: location, metric: metric, &diagnostics) }
            checkBegun(row.period, at: row.location, clock: clock, now: now, &diagnostics)
        }
        for evaluation in results.evaluations {
            checkBegun(evaluation.period, at: SourceLocation(file: evaluation.info.displayPath), clock: clock, now: now, &diagnostics)
        }
        // Said while the period is being filled in and for a fortnight after: a closed period's small
        // group is settled, and the results page's note says it for good.
        let settled = clock.sameTime(now, days: -ResultChecks.smallGroupDays)
        for row in results.smallGroups(below: config.minGroup) where row.period.end(clock) > settled {
            diagnostics.warning(.smallGroup(count: ResultNumber.plain(row.value), period: "\(row.period)", min: config.minGroup),
                                at: row.valueLocation)
        }
        return diagnostics
    }

    /// How many days after its period ends a small group is still warned about.
    static let smallGroupDays = 14

    private static func checkTotal(_ value: Double, at location: SourceLocation, metric: Metric, _ diagnostics: inout Diagnostics) {
        if value < 0 {
            diagnostics.error(.resultNegative(value: ResultNumber.plain(value)), at: location)
        } else if metric.isRate && value > 100 {
            diagnostics.error(.rateOver100(value: ResultNumber.plain(value), metric: metric.id), at: location)
        }
    }

    private static func checkBegun(_ period: Period, at location: SourceLocation, clock: HubClock, now: Date,
                                   _ diagnostics: inout Diagnostics) {
        let start = period.start(clock)
        guard start > now else { return }
        diagnostics.error(.periodAfterNow(period: "\(period)", start: DateDisplay.isoDay(start, clock: clock)),
                          at: location)
    }
}
