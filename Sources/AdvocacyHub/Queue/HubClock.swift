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
    struct Written: Equatable {
        var year: Int, month: Int, day: Int
        var hour: Int?, minute: Int = 0, second: Int = 0
        var offsetSeconds: Int?
    }

    /// Parses the ISO 8601 forms of SPEC: `2026-12-01`, `2026-12-01T07:30`, `2026-12-01T07:30:00`,
    /// each optionally followed by `Z` or an offset such as `+01:00`. A space may stand for `T`.
    public func parse(_ text: String) -> QueueDate? {
        guard let written = Self.scan(text.first == " " || text.last == " " ? text.trimmingCharacters(in: .whitespaces) : text)
        else { return nil }
        guard let hour = written.hour else {
            return .day(year: written.year, month: written.month, day: written.day)
        }
        var components = DateComponents(year: written.year, month: written.month, day: written.day,
                                         hour: hour, minute: written.minute, second: written.second)
        if let offset = written.offsetSeconds {
            components.timeZone = TimeZone(secondsFromGMT: offset)
            var utc = Calendar(identifier: .gregorian)
            utc.timeZone = TimeZone(secondsFromGMT: 0)!
            return utc.date(from: components).map(QueueDate.instant)
        }
        return calendar.date(from: components).map(QueueDate.instant)
    }

    /// The instant a queue date stands for: a day starts at 00:00 local time; with `endOfDay` it
    /// stands for the first instant after that day, so an item expiring on a day stays through it.
    public func instant(_ date: QueueDate, endOfDay: Bool = false) -> Date {
        switch date {
        case .instant(let instant): return instant
        case .day(let year, let month, let day):
            let start = calendar.date(from: DateComponents(year: year, month: month, day: day))!
            return endOfDay ? calendar.date(byAdding: .day, value: 1, to: start)! : start
        }
    }

    /// Parses `--now`: any SPEC form; a bare day means its first instant.
    public func now(_ text: String) -> Date? {
        parse(text).map { instant($0) }
    }

    /// Year, month, day, hour, minute, second and weekday (1 = Sunday) of an instant in the hub's zone.
    func parts(_ date: Date) -> DateComponents {
        calendar.dateComponents([.year, .month, .day, .hour, .minute, .second, .weekday], from: date)
    }

    /// The local day an instant falls on, as days since 1970-01-01.
    func localDay(_ date: Date) -> Int {
        localTime(date).day
    }

    /// The local day an instant falls on (days since 1970-01-01) and the seconds since its midnight.
    func localTime(_ date: Date) -> (day: Int, seconds: Int) {
        let local = Int(date.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: date)
        let day = local >= 0 ? local / 86_400 : (local - 86_399) / 86_400
        return (day, local - day * 86_400)
    }

    /// The instant of a wall-clock time (minutes after midnight) on a local day.
    func instant(day: Int, minutes: Int) -> Date {
        let local = day * 86_400 + minutes * 60
        let guess = local - timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(local)))
        let settled = local - timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(guess)))
        return Date(timeIntervalSince1970: TimeInterval(settled))
    }

    /// The wall-clock time `minutes` after midnight on the local day of `date`.
    func sameDay(_ date: Date, minutes: Int) -> Date {
        instant(day: localDay(date), minutes: minutes)
    }

    /// Year, month and day of a count of days since 1970-01-01 (proleptic Gregorian calendar).
    static func civil(_ days: Int) -> (year: Int, month: Int, day: Int) {
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

    static func scan(_ text: String) -> Written? {
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
