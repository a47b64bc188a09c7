import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

@Suite struct HubClockTests {
    let clock = HubClock(timeZone: TimeZone(identifier: "Europe/Copenhagen")!)

    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func readsEverySpecForm() throws {
        #expect(try clock.parse("2026-12-01") == .day(year: 2026, month: 12, day: 1))
        #expect(try clock.parse("2026-12-01T07:30") == .instant(utc("2026-12-01T06:30:00Z")))
        #expect(try clock.parse("2026-12-01 07:30:15") == .instant(utc("2026-12-01T06:30:15Z")))
        #expect(try clock.parse("2026-12-01T07:30:00+01:00") == .instant(utc("2026-12-01T06:30:00Z")))
        #expect(try clock.parse("2026-12-01T07:30Z") == .instant(utc("2026-12-01T07:30:00Z")))
        #expect(try clock.parse("2026-07-01T07:30") == .instant(utc("2026-07-01T05:30:00Z")), "summer time")
    }

    @Test(arguments: ["2026-13-01", "2026-02-30", "2026-12-1", "1. december", "2026-12-01T25:00", "2026-12-01T07:30+0", ""])
    func refusesMalformedDates(_ text: String) {
        #expect(throws: HubClock.DateProblem.malformed) { try clock.parse(text) }
    }

    @Test(arguments: [("0000-01-01", 0), ("1899-12-31T23:59", 1899), ("0999-06-01T08:00+01:00", 999)])
    func refusesYearsBefore1900(_ text: String, year: Int) {
        #expect(throws: HubClock.DateProblem.year(year)) { try clock.parse(text) }
    }

    @Test func refusesALocalTimeTheClocksSkip() throws {
        #expect(throws: HubClock.DateProblem.skipped(day: "2027-03-28", from: "02:00", to: "03:00")) { try clock.parse("2027-03-28T02:30") }
        #expect(throws: HubClock.DateProblem.skipped(day: "2027-03-28", from: "02:00", to: "03:00")) { try clock.parse("2027-03-28T02:00") }
        #expect(try clock.parse("2027-03-28T03:00") == .instant(utc("2027-03-28T01:00:00Z")))
        #expect(try clock.parse("2027-03-28T01:59") == .instant(utc("2027-03-28T00:59:00Z")))
        #expect(try clock.parse("2027-03-28T02:30+01:00") == .instant(utc("2027-03-28T01:30:00Z")), "an offset says which instant")
        #expect(try clock.parse("2027-10-31T02:30") == .instant(utc("2027-10-31T00:30:00Z")), "a repeated hour is not a gap")
        let newYork = HubClock(timeZone: TimeZone(identifier: "America/New_York")!)
        #expect(throws: HubClock.DateProblem.skipped(day: "2027-03-14", from: "02:00", to: "03:00")) { try newYork.parse("2027-03-14T02:15") }
        #expect(throws: UsageError.self, "--now refuses it too") { try clock.now("2027-03-28T02:30") }
        #expect(try clock.now("2027-03-28T03:00") == utc("2027-03-28T01:00:00Z"))
    }

    @Test func aDayMeansItsStartOrTheStartOfTheNextDay() {
        let day = QueueDate.day(year: 2026, month: 12, day: 21)
        #expect(clock.instant(day) == utc("2026-12-20T23:00:00Z"))
        #expect(clock.instant(day, endOfDay: true) == utc("2026-12-21T23:00:00Z"))
    }
}

/// A date-only `publish` or `expires` stands for the first instant of its day, also where the clocks skip midnight.
@Suite struct FirstInstantTests {
    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    /// A zone, a day, the first instant of that day and of the next, in UTC.
    @Test(arguments: [
        ("America/Santiago", 2026, 9, 6, "2026-09-06T04:00:00Z", "2026-09-07T03:00:00Z"), // midnight skipped on the 6th
        ("America/Santiago", 2026, 9, 5, "2026-09-05T04:00:00Z", "2026-09-06T04:00:00Z"),
        ("America/Havana", 2026, 3, 8, "2026-03-08T05:00:00Z", "2026-03-09T04:00:00Z"),
        ("Asia/Beirut", 2026, 3, 29, "2026-03-28T22:00:00Z", "2026-03-29T21:00:00Z"),
        ("America/Sao_Paulo", 2018, 11, 4, "2018-11-04T03:00:00Z", "2018-11-05T02:00:00Z"),
        ("Europe/Copenhagen", 2026, 3, 29, "2026-03-28T23:00:00Z", "2026-03-29T22:00:00Z"), // the clocks change at 02:00
    ])
    func aDayStartsAtItsFirstInstant(_ zone: String, _ year: Int, _ month: Int, _ day: Int, _ start: String, _ end: String) {
        let clock = HubClock(timeZone: TimeZone(identifier: zone)!)
        let date = QueueDate.day(year: year, month: month, day: day)
        #expect(clock.instant(date) == utc(start))
        #expect(clock.instant(date, endOfDay: true) == utc(end), "an item expiring that day leaves the queue when the next day begins")
    }

    /// Every day of ten years in zones that change their clocks at midnight, at other hours, by
    /// half an hour or at a quarter past: the first instant is on the day, and the second before it is not.
    @Test(arguments: ["America/Santiago", "America/Havana", "Asia/Beirut", "America/Sao_Paulo", "America/Asuncion", "Asia/Tehran",
                      "Africa/Cairo", "Europe/Copenhagen", "America/New_York", "Australia/Lord_Howe", "Pacific/Chatham"])
    func everyDayStartsAtItsFirstInstant(_ zone: String) {
        let clock = HubClock(timeZone: TimeZone(identifier: zone)!)
        for day in HubClock.days(year: 2018, month: 1, day: 1)..<HubClock.days(year: 2028, month: 1, day: 1) {
            let first = clock.firstInstant(ofDay: day)
            #expect(clock.localDay(first) == day && clock.localDay(first.addingTimeInterval(-1)) == day - 1,
                    "\(zone) \(HubClock.civil(day)): \(first)")
        }
    }

    @Test func aSkippedWallTimeIsTheInstantAfterTheGapInEveryZone() {
        let newYork = HubClock(timeZone: TimeZone(identifier: "America/New_York")!)
        #expect(newYork.instant(day: HubClock.days(year: 2027, month: 3, day: 14), minutes: 150) == utc("2027-03-14T07:30:00Z"))
        let copenhagen = HubClock(timeZone: TimeZone(identifier: "Europe/Copenhagen")!)
        #expect(copenhagen.instant(day: HubClock.days(year: 2027, month: 3, day: 28), minutes: 150) == utc("2027-03-28T01:30:00Z"))
    }
}

@Suite struct HubClockArithmeticTests {
    let clock = HubClock(timeZone: TimeZone(identifier: "Europe/Copenhagen")!)

    @Test func civilDatesMatchTheCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        for days in stride(from: -135_000, through: 157_000, by: 97) { // 1600 to 2400: Foundation switches to the Julian calendar before 1582
            let parts = calendar.dateComponents([.year, .month, .day], from: Date(timeIntervalSince1970: TimeInterval(days) * 86_400))
            let civil = HubClock.civil(days)
            #expect(civil.year == parts.year && civil.month == parts.month && civil.day == parts.day, "\(days)")
        }
    }

    @Test func wallClockTimesHoldAcrossDaylightSavingChanges() {
        let iso = ISO8601DateFormatter()
        // 29 March 2026: clocks go from 02:00 to 03:00 in Copenhagen; 25 October 2026: from 03:00 back to 02:00.
        #expect(clock.sameDay(iso.date(from: "2026-03-29T12:00:00Z")!, minutes: 7 * 60 + 30) == iso.date(from: "2026-03-29T05:30:00Z"))
        #expect(clock.sameDay(iso.date(from: "2026-10-25T12:00:00Z")!, minutes: 7 * 60 + 30) == iso.date(from: "2026-10-25T06:30:00Z"))
        #expect(clock.sameDay(iso.date(from: "2026-12-01T22:59:00Z")!, minutes: 0) == iso.date(from: "2026-11-30T23:00:00Z"))
        #expect(clock.localDay(iso.date(from: "2026-12-01T23:00:00Z")!) == HubClockArithmeticTests.days(2026, 12, 2))
    }

    static func days(_ year: Int, _ month: Int, _ day: Int) -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        return Int(calendar.date(from: DateComponents(year: year, month: month, day: day))!.timeIntervalSince1970 / 86_400)
    }
}
