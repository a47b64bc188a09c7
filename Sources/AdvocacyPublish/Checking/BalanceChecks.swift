import Foundation
import AdvocacyCore

/// hub.yml's `balance` against the queue ahead: the own and curated items that publish in the four
/// weeks from `now`, per discipline, each set against its target (its own, else the overall one).
package enum BalanceChecks {
    /// How many days ahead `check` looks: four weeks.
    package static let days = 28

    /// The first instant after the four weeks from `now`, at the same time of day.
    package static func windowEnd(from now: Date, clock: HubClock) -> Date { clock.sameTime(now, days: days) }

    /// The mix of each discipline in `disciplines` over the items of `items` that publish from `now`
    /// to four weeks later; drafts are not counted.
    package static func queueMix(_ items: [ShareItem], disciplines: [String], now: Date, clock: HubClock) -> [String: CuratedMix] {
        let end = windowEnd(from: now, clock: clock)
        var mixes = Dictionary(uniqueKeysWithValues: disciplines.map { ($0, CuratedMix()) })
        for item in items where !item.info.draft {
            guard let publish = item.publish?.value, now <= publish, publish < end else { continue }
            for discipline in item.disciplines where mixes[discipline.value] != nil {
                mixes[discipline.value]!.add(item.source)
            }
        }
        return mixes
    }

    /// A warning at the target in hub.yml for each discipline whose queue of the next four weeks is
    /// more than `CuratedBalance.tolerance` points from it; a discipline with nothing in those weeks has
    /// no mix to warn about (it has gaps, which `plan` shows).
    package static func check(_ hub: Hub, now: Date) -> Diagnostics {
        var diagnostics = Diagnostics()
        guard let balance = hub.config.balance else { return diagnostics }
        let clock = HubClock(timeZone: hub.config.timeZone)
        let mixes = queueMix(hub.shareItems, disciplines: hub.disciplines.map(\.id), now: now, clock: clock)
        // The last day of the four weeks, as `plan` and the agenda name it.
        let last = clock.sameTime(windowEnd(from: now, clock: clock), days: -1)
        for discipline in hub.disciplines {
            guard let target = balance.target(for: discipline.id), let mix = mixes[discipline.id],
                  mix.isOff(target: target.value), let percent = mix.percentCurated else { continue }
            diagnostics.warning(.balanceOffTarget(discipline: discipline.id, percent: percent, curated: mix.curated, total: mix.total,
                                                  from: DateDisplay.isoDay(now, clock: clock), to: DateDisplay.isoDay(last, clock: clock),
                                                  target: target.value, tolerance: CuratedBalance.tolerance),
                                at: target.location)
        }
        return diagnostics
    }
}

extension CuratedMix {
    /// The mix in words: its counts, against `target` when there is one, marked when it is off it;
    /// nil for no items.
    package func message(target: Int?) -> Message? {
        guard let percent = percentCurated else { return nil }
        let counts = Message(.mixCounts(own: own, curated: curated, percent: percent))
        guard let target else { return counts }
        return Message(isOff(target: target) ? .mixOffTarget(mix: counts, target: target, tolerance: CuratedBalance.tolerance)
                                             : .mixAgainstTarget(mix: counts, target: target))
    }
}
