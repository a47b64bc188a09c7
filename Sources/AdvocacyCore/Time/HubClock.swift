import Foundation

/// Reads and shows dates in the hub's time zone. A build uses one clock and one `now`.
public struct HubClock: Sendable {
    /// The hub's time zone.
    public let timeZone: TimeZone
    private let calendar: Calendar

    /// A clock for a time zone.
    public init(timeZone: TimeZone) {
        self.timeZone = timeZone
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        self.calendar = calendar
    }

    /// The parts of a written date: a day, optionally a time, optionally an offset from UTC.
    package struct Written: Equatable {
        package var year: Int, month: Int, day: Int
        var hour: Int?, minute: Int = 0, second: Int = 0
        var offsetSeconds: Int?
    }

    /// Why a written date is not taken.
    public enum DateProblem: Error, Equatable {
        /// Not one of SPEC's forms.
        case malformed
        /// A year before 1900 (four digits cannot go past 9999).
        case year(Int)
        /// A local time the clocks skip when they are put forward: on `day`, from `from` straight to `to`.
        case skipped(day: String, from: String, to: String)
    }

    /// Years a written date may have: dates before 1900 are typing mistakes, and every output format
    /// writes a year in four digits.
    package static let years = 1900...9999

    /// The last day a date can be written for, 9999-12-31, as days since 1970-01-01.
    package static let lastDay = days(year: years.upperBound, month: 12, day: 31)

    /// Parses the ISO 8601 forms of SPEC: `2026-12-01`, `2026-12-01T07:30`, `2026-12-01T07:30:00`,
    /// each optionally followed by `Z` or an offset such as `+01:00`. A space may stand for `T`.
    /// A local time without an offset that the clocks skip is refused.
    public func parse(_ text: String) throws(DateProblem) -> QueueDate {
        let (date, written) = try read(text)
        if case .instant(let instant) = date, written.offsetSeconds == nil, let hour = written.hour {
            let p = parts(instant)
            if (p.day, p.hour, p.minute) != (written.day, hour, written.minute) { throw skipped(around: instant) }
        }
        return date
    }

    /// Reads a written date; a local time the clocks skip becomes the instant after the gap.
    private func read(_ text: String) throws(DateProblem) -> (QueueDate, Written) {
        guard let written = Self.scan(text.first == " " || text.last == " " ? text.trimmingCharacters(in: .whitespaces) : text)
        else { throw .malformed }
        guard Self.years.contains(written.year) else { throw .year(written.year) }
        guard let hour = written.hour else {
            return (.day(year: written.year, month: written.month, day: written.day), written)
        }
        var components = DateComponents(year: written.year, month: written.month, day: written.day,
                                         hour: hour, minute: written.minute, second: written.second)
        var calendar = calendar
        if let offset = written.offsetSeconds {
            components.timeZone = TimeZone(secondsFromGMT: offset)
            calendar.timeZone = TimeZone(secondsFromGMT: 0)!
        }
        guard let instant = calendar.date(from: components) else { throw .malformed }
        return (.instant(instant), written)
    }

    /// The gap in local time around an instant that a skipped local time was moved to.
    private func skipped(around instant: Date) -> DateProblem {
        let change = timeZone.nextDaylightSavingTimeTransition(after: instant.addingTimeInterval(-86_400)) ?? instant
        let before = localTime(change.addingTimeInterval(-1)).seconds + 1, after = localTime(change)
        let (year, month, day) = Self.civil(after.day)
        func clock(_ seconds: Int) -> String { "\(DateDisplay.two(seconds / 3600 % 24)):\(DateDisplay.two(seconds % 3600 / 60))" }
        return .skipped(day: "\(year)-\(DateDisplay.two(month))-\(DateDisplay.two(day))", from: clock(before), to: clock(after.seconds))
    }

    /// The instant a queue date stands for: a day starts at its first instant (00:00 local time, or
    /// the end of the gap where the clocks skip midnight); with `endOfDay` it stands for the first
    /// instant of the next day, so an item expiring on a day stays through it.
    public func instant(_ date: QueueDate, endOfDay: Bool = false) -> Date {
        switch date {
        case .instant(let instant): return instant
        case .day(let year, let month, let day):
            return firstInstant(ofDay: Self.days(year: year, month: month, day: day) + (endOfDay ? 1 : 0))
        }
    }

    /// The first instant of a local day (days since 1970-01-01): its midnight, or, where the clocks
    /// skip midnight, the instant they change.
    package func firstInstant(ofDay day: Int) -> Date {
        let midnight = instant(day: day, minutes: 0)
        guard localTime(midnight) != (day, 0),
              let change = timeZone.nextDaylightSavingTimeTransition(after: midnight.addingTimeInterval(-86_400)),
              change <= midnight, localDay(change) == day
        else { return midnight }
        return change
    }

    /// Parses `--now`: any SPEC form; a bare day means its first instant. A date that is not one of
    /// those forms, or a local time the clocks skip, is a usage error that says what to write.
    public func now(_ text: String) throws(UsageError) -> Date {
        do {
            return instant(try parse(text))
        } catch .skipped(let day, let from, let to) {
            throw UsageError(.nowSkippedTime(text: text, zone: timeZone.identifier, day: day, from: from, to: to))
        } catch {
            throw UsageError(.nowNotADate(text: text))
        }
    }

    /// Year, month, day, hour, minute, second and weekday (1 = Sunday) of an instant in the hub's zone.
    package func parts(_ date: Date) -> DateComponents {
        calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
    }

    /// The local day an instant falls on, as days since 1970-01-01.
    package func localDay(_ date: Date) -> Int {
        localTime(date).day
    }

    /// The local day an instant falls on (days since 1970-01-01) and the seconds since its midnight.
    package func localTime(_ date: Date) -> (day: Int, seconds: Int) {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (day, local - day * 86_400)
    }

    /// The instant of a wall-clock time (minutes after midnight) on a local day; a time the clocks
    /// skip is the instant as far after the change as the time is after the gap's start, as in content.
    package func instant(day: Int, minutes: Int) -> Date {
        let local = day * 86_400 + minutes * 60
        let guess = local - timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
        let settled = Date(timeIntervalSince1970: TimeInterval(local - timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess)))))
        guard localTime(settled) != (day, minutes * 60) else { return settled }
        let before = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local - 86_400)))
        return Date(timeIntervalSince1970: TimeInterval(local - before))
    }

    /// The same wall-clock time `days` local days after `date` (before it when negative): seven days
    /// on the clock, also across a change to or from daylight saving time.
    package func sameTime(_ date: Date, days: Int) -> Date {
        let (day, seconds) = localTime(date)
        return instant(day: day + days, minutes: seconds / 60)
    }

    /// The wall-clock time `minutes` after midnight on the local day of `date`.
    package func sameDay(_ date: Date, minutes: Int) -> Date {
        instant(day: localDay(date), minutes: minutes)
    }

    /// The count of days since 1970-01-01 of a year, month and day (proleptic Gregorian calendar).
    package static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    /// Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian calendar).
    package static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    package static func scan(_ text: String) -> Written? {
        let b = Array(text.utf8)
        var i = 0
        func number(_ digits: Int) -> Int? {
            guard i + digits <= b.count else { return nil }
            var value = 0
            for k in i..<(i + digits) {
                guard b[k] >= 48 && b[k] <= 57 else { return nil }
                value = value * 10 + Int(b[k] - 48)
            }
            i += digits
            return value
        }
        func expect(_ c: UInt8) -> Bool {
            guard i < b.count, b[i] == c else { return false }
            i += 1
            return true
        }
        guard let year = number(4), expect(45), let month = number(2), expect(45), let day = number(2),
              (1...12).contains(month), (1...daysIn(month, year)).contains(day) else { return nil }
        var written = Written(year: year, month: month, day: day)
        if i == b.count { return written }
        guard expect(84) || expect(32) || expect(116), let hour = number(2), expect(58), let minute = number(2),
              hour < 24, minute < 60 else { return nil }
        written.hour = hour
        written.minute = minute
        if expect(58) {
            guard let second = number(2), second < 60 else { return nil }
            written.second = second
        }
        if i == b.count { return written }
        if expect(90) || expect(122) {
            written.offsetSeconds = 0
        } else if i < b.count, b[i] == 43 || b[i] == 45 {
            let sign = b[i] == 45 ? -1 : 1
            i += 1
            guard let oh = number(2) else { return nil }
            _ = expect(58)
            guard let om = number(2), oh < 24, om < 60 else { return nil }
            written.offsetSeconds = sign * (oh * 3600 + om * 60)
        }
        return i == b.count ? written : nil
    }

    private static func daysIn(_ month: Int, _ year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }
}
