import Foundation

/// Dates written out for people and for feeds, without Foundation's slow formatters.
package enum DateDisplay {
    /// `2026-12-01 08:00` in the hub's zone. Past the year 9999 (the end of a date-only `expires:
    /// 9999-12-31`), `9999-12-31 24:00`, as no format has a fifth digit for the year.
    package static func iso(_ date: Date, clock: HubClock) -> String {
        let p = clock.parts(date)
        guard p.year! <= HubClock.years.upperBound else { return "\(HubClock.years.upperBound)-12-31 24:00" }
        return "\(p.year!)-\(two(p.month!))-\(two(p.day!)) \(two(p.hour!)):\(two(p.minute!))"
    }

    /// `2026-12-01` in the hub's zone.
    package static func isoDay(_ date: Date, clock: HubClock) -> String {
        let p = clock.parts(date)
        return "\(p.year!)-\(two(p.month!))-\(two(p.day!))"
    }

    /// RFC 3339 in UTC: `2026-12-01T07:00:00Z`.
    package static func rfc3339(_ date: Date) -> String {
        let p = utc(date)
        return "\(p.year)-\(two(p.month))-\(two(p.day))T\(two(p.hour)):\(two(p.minute)):\(two(p.second))Z"
    }

    /// iCalendar UTC form: `20261201T070000Z`.
    package static func icalUTC(_ date: Date) -> String {
        let p = utc(date)
        guard p.year >= 1000 else {
            return "\(p.year)\(two(p.month))\(two(p.day))T\(two(p.hour))\(two(p.minute))\(two(p.second))Z"
        }
        // A year of four digits (`utc` stops at 9999) and two for each other field, written in place.
        return String(unsafeUninitializedCapacity: 16) { out in
            var at = 0
            func put(_ value: Int, digits: Int) {
                var divisor = digits == 4 ? 1000 : 10
                while divisor > 0 {
                    out[at] = UInt8(ascii: "0") + UInt8(value / divisor % 10)
                    at += 1
                    divisor /= 10
                }
            }
            put(p.year, digits: 4); put(p.month, digits: 2); put(p.day, digits: 2)
            out[at] = UInt8(ascii: "T")
            at += 1
            put(p.hour, digits: 2); put(p.minute, digits: 2); put(p.second, digits: 2)
            out[at] = UInt8(ascii: "Z")
            return at + 1
        }
    }

    /// A day counted from 1970-01-01 as written in content: `2026-12-01`.
    package static func isoDay(_ days: Int) -> String {
        let d = HubClock.civil(days)
        return "\(d.year)-\(two(d.month))-\(two(d.day))"
    }

    /// iCalendar date form of a local day: `20261201`.
    package static func icalDay(_ days: Int) -> String {
        let d = HubClock.civil(days)
        return "\(d.year)\(two(d.month))\(two(d.day))"
    }

    /// The last instant RFC 3339 and iCalendar can write in UTC: 9999-12-31T23:59:59Z.
    package static let latest = Date(timeIntervalSince1970: TimeInterval(HubClock.lastDay * 86_400 + 86_399))

    /// The UTC fields of an instant, by arithmetic rather than through a calendar; an instant after
    /// `latest` (in the year 10000 in UTC) has the fields of `latest`.
    private static func utc(_ date: Date) -> (year: Int, month: Int, day: Int, hour: Int, minute: Int, second: Int) {
        let seconds = Int(min(date, latest).timeIntervalSince1970.rounded(.down))
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        let rest = seconds - days * 86_400
        let d = HubClock.civil(days)
        return (d.year, d.month, d.day, rest / 3600, rest / 60 % 60, rest % 60)
    }

    package static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
