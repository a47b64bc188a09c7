import Foundation
import Testing
@testable import AdvocacyHub

@Suite struct HubClockTests {
    let clock = HubClock(timeZone: TimeZone(identifier: "Europe/Copenhagen")!)

    func utc(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func readsEverySpecForm() {
        #expect(clock.parse("2026-12-01") == .day(year: 2026, month: 12, day: 1))
        #expect(clock.parse("2026-12-01T07:30") == .instant(utc("2026-12-01T06:30:00Z")))
        #expect(clock.parse("2026-12-01 07:30:15") == .instant(utc("2026-12-01T06:30:15Z")))
        #expect(clock.parse("2026-12-01T07:30:00+01:00") == .instant(utc("2026-12-01T06:30:00Z")))
        #expect(clock.parse("2026-12-01T07:30Z") == .instant(utc("2026-12-01T07:30:00Z")))
        #expect(clock.parse("2026-07-01T07:30") == .instant(utc("2026-07-01T05:30:00Z")), "summer time")
    }

    @Test(arguments: ["2026-13-01", "2026-02-30", "2026-12-1", "1. december", "2026-12-01T25:00", "2026-12-01T07:30+0", ""])
    func refusesMalformedDates(_ text: String) {
        #expect(clock.parse(text) == nil)
    }

    @Test func aDayMeansItsStartOrTheStartOfTheNextDay() {
        let day = QueueDate.day(year: 2026, month: 12, day: 21)
        #expect(clock.instant(day) == utc("2026-12-20T23:00:00Z"))
        #expect(clock.instant(day, endOfDay: true) == utc("2026-12-21T23:00:00Z"))
    }
}
