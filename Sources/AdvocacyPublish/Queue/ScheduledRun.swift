import Foundation
import AdvocacyCore

/// The next run of a scheduled build, `--next-run 24h`: which queue changes it would bring late.
public struct ScheduledRun: Sendable, Equatable {
    /// How long after the build's `now` the next run starts.
    public let interval: TimeInterval

    /// Reads a duration in hours and minutes: `24h`, `90m`, `1h30m`; anything else, or none at all,
    /// is a usage error that says what to write.
    public init(_ text: String) throws(UsageError) {
        var minutes = 0, number: Int?, units: Set<Character> = []
        for character in text {
            if let digit = character.wholeNumberValue, character.isASCII {
                let (times, over1) = (number ?? 0).multipliedReportingOverflow(by: 10)
                let (sum, over2) = times.addingReportingOverflow(digit)
                guard !over1, !over2, sum <= 1_000_000 else { throw UsageError(.nextRunNotADuration(text: text)) }
                number = sum
            } else if let value = number, character == "h" || character == "m", !units.contains(character),
                      character == "m" || units.isEmpty {
                minutes += character == "h" ? value * 60 : value
                units.insert(character)
                number = nil
            } else {
                throw UsageError(.nextRunNotADuration(text: text))
            }
        }
        guard number == nil, minutes > 0 else { throw UsageError(.nextRunNotADuration(text: text)) }
        interval = TimeInterval(minutes * 60)
    }

    /// The first change after `now` and before the next run that this run brings late: one at a time of
    /// day, or one at the start of a day before the run's own day. A change at the first instant of the
    /// run's day is on time when the run comes before `workdayStarts`, since an item dated that day is
    /// then there when people start work.
    public func lateChange(in changes: [Date], now: Date, clock: HubClock) -> Date? {
        let run = now.addingTimeInterval(interval)
        let (runDay, runSeconds) = clock.localTime(run)
        return changes.first { change in
            guard change > now, change < run else { return false }
            let day = clock.localDay(change)
            return !(day == runDay && runSeconds < Self.workdayStarts && clock.firstInstant(ofDay: day) == change)
        }
    }

    /// The local time, in seconds after midnight, by which a day's items must be there: 09:00.
    static let workdayStarts = 9 * 3600
}
