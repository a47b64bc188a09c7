import Foundation

/// An ISO 8601 week, Monday to Sunday, in the hub's time zone: the week a digest is for and the rows
/// of the plan.
public struct ISOWeek: Sendable, Hashable {
    /// The ISO week-numbering year (the year of the week's Thursday).
    public let year: Int
    /// The week's number in its year, 1 to 53.
    public let number: Int
    /// The local day of its Monday, as days since 1970-01-01.
    package let monday: Int

    /// The week a local day (days since 1970-01-01) falls in.
    package init(day: Int) {
        monday = day - ((day + 3) % 7 + 7) % 7  // 1970-01-01 was a Thursday
        let thursday = monday + 3
        year = HubClock.civil(thursday).year
        number = (thursday - HubClock.days(year: year, month: 1, day: 1)) / 7 + 1
    }

    /// The week an instant falls in, on the hub's clock.
    package init(containing date: Date, clock: HubClock) {
        self.init(day: clock.localDay(date))
    }

    /// The week after this one.
    package var next: ISOWeek { ISOWeek(day: monday + 7) }

    /// Its first instant: Monday 00:00 local time.
    package func start(_ clock: HubClock) -> Date { clock.instant(day: monday, minutes: 0) }

    /// `2026-W50`.
    public var label: String { "\(year)-W\(DateDisplay.two(number))" }
}
