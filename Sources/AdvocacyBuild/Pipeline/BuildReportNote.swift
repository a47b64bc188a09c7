import Foundation
import AdvocacyCore
import AdvocacyPublish

extension BuildReport {
    /// The note a scheduled job prints after the summary when the queue changes before its next run,
    /// in `language` and the hub's time zone; nil when the next run brings every change in time.
    public func note(before run: ScheduledRun) -> String? {
        let clock = HubClock(timeZone: timeZone)
        guard let change = run.lateChange(in: changes, now: now, clock: clock) else { return nil }
        return Message(.changeBeforeNextRun(
            when: DateDisplay.iso(change, clock: clock), zone: timeZone.identifier,
            run: DateDisplay.iso(now.addingTimeInterval(run.interval), clock: clock)
        )).text(in: language)
    }
}
