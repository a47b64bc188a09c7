import Foundation

/// The stretch of time a result or an evaluation is about: a quarter (`2026-Q4`), a month
/// (`2026-11`) or an ISO week (`2026-W48`, Monday to Sunday).
public struct Period: Sendable, Hashable, Comparable, CustomStringConvertible {
    /// Quarter, month or ISO week.
    public enum Kind: Int, Sendable, Hashable {
        case week, month, quarter
    }

    /// Quarter, month or ISO week.
    public let kind: Kind
    /// The year; for a week, its ISO week-numbering year.
    public let year: Int
    /// The quarter (1–4), month (1–12) or week (1–53).
    public let number: Int

    /// A period, or nil when `number` does not exist in `year` (week 53 of a year with 52 weeks).
    public init?(_ kind: Kind, year: Int, number: Int) {
        guard HubClock.years.contains(year), number >= 1 else { return nil }
        switch kind {
        case .quarter: guard number <= 4 else { return nil }
        case .month: guard number <= 12 else { return nil }
        case .week: guard number <= Self.weeks(in: year) else { return nil }
        }
        self.kind = kind
        self.year = year
        self.number = number
    }

    /// Reads `2026-Q4`, `2026-11` or `2026-W48` (a lower-case `q` or `w` too); nil for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 2, parts[0].count == 4, parts[0].allSatisfy(\.isASCII), let year = Int(parts[0]) else { return nil }
        let rest = parts[1]
        let kind: Kind, digits: Substring
        switch rest.first {
        case "Q", "q": (kind, digits) = (.quarter, rest.dropFirst())
        case "W", "w": (kind, digits) = (.week, rest.dropFirst())
        default: (kind, digits) = (.month, rest)
        }
        let width = kind == .quarter ? 1 : 2
        guard digits.count == width, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let number = Int(digits) else { return nil }
        self.init(kind, year: year, number: number)
    }

    /// The canonical form: `2026-Q4`, `2026-11`, `2026-W48`.
    public var description: String {
        switch kind {
        case .quarter: "\(year)-Q\(number)"
        case .month: "\(year)-\(DateDisplay.two(number))"
        case .week: "\(year)-W\(DateDisplay.two(number))"
        }
    }

    /// The first day, as days since 1970-01-01.
    package var firstDay: Int {
        switch kind {
        case .quarter: HubClock.days(year: year, month: number * 3 - 2, day: 1)
        case .month: HubClock.days(year: year, month: number, day: 1)
        case .week: Self.firstMonday(of: year) + (number - 1) * 7
        }
    }

    /// The day after the last day, as days since 1970-01-01.
    package var dayAfter: Int {
        switch kind {
        case .quarter: number == 4 ? HubClock.days(year: year + 1, month: 1, day: 1)
            : HubClock.days(year: year, month: number * 3 + 1, day: 1)
        case .month: number == 12 ? HubClock.days(year: year + 1, month: 1, day: 1)
            : HubClock.days(year: year, month: number + 1, day: 1)
        case .week: firstDay + 7
        }
    }

    /// The first instant of the period in the hub's time zone.
    public func start(_ clock: HubClock) -> Date { clock.instant(day: firstDay, minutes: 0) }

    /// The first instant after the period in the hub's time zone.
    public func end(_ clock: HubClock) -> Date { clock.instant(day: dayAfter, minutes: 0) }

    /// The period of the same kind just before this one: `2026-Q3` for `2026-Q4`, `2025-W52` for `2026-W01`.
    public var previous: Period? {
        guard number == 1 else { return Period(kind, year: year, number: number - 1) }
        let last = switch kind {
        case .quarter: 4
        case .month: 12
        case .week: Self.weeks(in: year - 1)
        }
        return Period(kind, year: year - 1, number: last)
    }

    /// How the period is named for people: `4. kvartal 2026`, `november 2026`, `uge 48, 2026`
    /// in Danish; `Q4 2026`, `November 2026`, `week 48, 2026` in English.
    public func label(in language: HubLanguage) -> String {
        switch (kind, language) {
        case (.quarter, .da): "\(number). kvartal \(year)"
        case (.quarter, .en): "Q\(number) \(year)"
        case (.month, .da): "\(Self.danishMonths[number - 1]) \(year)"
        case (.month, .en): "\(Self.englishMonths[number - 1]) \(year)"
        case (.week, .da): "uge \(number), \(year)"
        case (.week, .en): "week \(number), \(year)"
        }
    }

    /// Earlier start first; of two periods that start on the same day, the shorter first.
    public static func < (lhs: Period, rhs: Period) -> Bool {
        (lhs.firstDay, lhs.kind.rawValue, lhs.year, lhs.number) < (rhs.firstDay, rhs.kind.rawValue, rhs.year, rhs.number)
    }

    /// The Monday of ISO week 1: the week with the year's first Thursday.
    private static func firstMonday(of year: Int) -> Int {
        let fourth = HubClock.days(year: year, month: 1, day: 4)
        return fourth - weekdayFromMonday(fourth)
    }

    /// 0 for Monday … 6 for Sunday; 1970-01-01 was a Thursday.
    private static func weekdayFromMonday(_ day: Int) -> Int { ((day % 7) + 10) % 7 }

    /// 52 or 53.
    private static func weeks(in year: Int) -> Int { (firstMonday(of: year + 1) - firstMonday(of: year)) / 7 }

    private static let danishMonths = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september",
                                       "oktober", "november", "december"]
    private static let englishMonths = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                                        "October", "November", "December"]
}
