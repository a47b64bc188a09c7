import Foundation

/// Dates written out for people and for feeds, without Foundation's slow formatters.
enum DateDisplay {
    /// `2026-12-01 08:00` in the hub's zone.
    static func iso(_ date: Date, clock: HubClock) -> String {
        let p = clock.parts(date)
        return "\(p.year!)-\(two(p.month!))-\(two(p.day!)) \(two(p.hour!)):\(two(p.minute!))"
    }

    /// `2026-12-01` in the hub's zone.
    static func isoDay(_ date: Date, clock: HubClock) -> String {
        let p = clock.parts(date)
        return "\(p.year!)-\(two(p.month!))-\(two(p.day!))"
    }

    /// RFC 3339 in UTC: `2026-12-01T07:00:00Z`.
    static func rfc3339(_ date: Date) -> String {
        let p = utc.parts(date)
        return "\(p.year!)-\(two(p.month!))-\(two(p.day!))T\(two(p.hour!)):\(two(p.minute!)):\(two(p.second!))Z"
    }

    /// iCalendar UTC form: `20261201T070000Z`.
    static func icalUTC(_ date: Date) -> String {
        let p = utc.parts(date)
        return "\(p.year!)\(two(p.month!))\(two(p.day!))T\(two(p.hour!))\(two(p.minute!))\(two(p.second!))Z"
    }

    static let utc = HubClock(timeZone: TimeZone(identifier: "UTC")!)

    static func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
}
