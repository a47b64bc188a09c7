import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// `DateDisplay.icalUTC` writes its digits in place: it must write what Foundation's calendar reads.
@Suite struct DateDisplayTests {
    /// Random instants from 1600 to past 9999 (Foundation switches to the Julian calendar before 1582):
    /// the UTC fields Foundation's Gregorian calendar gives, a year of four digits; past 9999, `latest`.
    @Test func iCalendarUTCMatchesTheCalendar() {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        func two(_ n: Int) -> String { n < 10 ? "0\(n)" : "\(n)" }
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let seconds = -11_676_096_000 + random.below(265_000_000_000) + (random.chance(0.5) ? 0 : random.below(1_000))
            let date = Date(timeIntervalSince1970: TimeInterval(seconds) + (random.chance(0.3) ? 0.75 : 0))
            let p = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: min(date, DateDisplay.latest))
            let expected = "\(p.year!)\(two(p.month!))\(two(p.day!))T\(two(p.hour!))\(two(p.minute!))\(two(p.second!))Z"
            #expect(DateDisplay.icalUTC(date) == expected, "seed \(seed): \(seconds)")
        }
        #expect(DateDisplay.icalUTC(Date(timeIntervalSince1970: 0)) == "19700101T000000Z")
        #expect(DateDisplay.icalUTC(DateDisplay.latest.addingTimeInterval(86_400 * 400)) == "99991231T235959Z")
    }

    /// Before the year 1000 the year has as many digits as it needs, as before.
    @Test func yearsBeforeAThousandKeepTheirDigits() {
        let days = HubClock.days(year: 999, month: 12, day: 31)
        #expect(DateDisplay.icalUTC(Date(timeIntervalSince1970: TimeInterval(days * 86_400 + 3_661))) == "9991231T010101Z")
    }
}
