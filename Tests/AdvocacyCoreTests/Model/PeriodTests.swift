import Foundation
import Testing
@testable import AdvocacyCore

@Suite struct PeriodTests {
    let clock = HubClock(timeZone: TimeZone(identifier: "Europe/Copenhagen")!)

    @Test func readsTheThreeFormsAndWritesThemBack() {
        for text in ["2026-Q4", "2026-11", "2026-W48", "2026-W01"] {
            #expect(Period(text)?.description == text)
        }
        #expect(Period("2026-q4")?.description == "2026-Q4")
        #expect(Period("2026-w48")?.description == "2026-W48")
    }

    @Test(arguments: ["2026-Q5", "2026-Q0", "2026-13", "2026-00", "2026-1", "2026-W54", "2025-W53", "26-Q4", "2026Q4",
                      "Q4-2026", "2026-W4", "", "2026-11-01", "1899-Q1"])
    func refusesWhatIsNotAPeriod(_ text: String) {
        #expect(Period(text) == nil)
    }

    @Test func week53ExistsOnlyInLongYears() {
        // 2026 begins on a Thursday and has 53 weeks; 2025 begins on a Wednesday and has 52.
        #expect(Period("2026-W53") != nil)
        #expect(Period("2025-W53") == nil)
        #expect(Period("2020-W53") != nil)
        #expect(Period("2027-W01")?.previous == Period("2026-W53"))
    }

    @Test func startsAndEndsAtLocalMidnight() throws {
        let quarter = try #require(Period("2026-Q4"))
        #expect(DateDisplay.iso(quarter.start(clock), clock: clock) == "2026-10-01 00:00")
        #expect(DateDisplay.iso(quarter.end(clock), clock: clock) == "2027-01-01 00:00")
        let month = try #require(Period("2026-02"))
        #expect(DateDisplay.iso(month.end(clock), clock: clock) == "2026-03-01 00:00")
        // ISO week 1 of 2026 starts on Monday 29 December 2025; week 48 on Monday 23 November 2026.
        #expect(DateDisplay.iso(try #require(Period("2026-W01")).start(clock), clock: clock) == "2025-12-29 00:00")
        let week = try #require(Period("2026-W48"))
        #expect(DateDisplay.iso(week.start(clock), clock: clock) == "2026-11-23 00:00")
        #expect(week.end(clock).timeIntervalSince(week.start(clock)) == 7 * 86_400)
        // The quarter with the change to summer time is an hour shorter than its days.
        let spring = try #require(Period("2026-Q1"))
        #expect(spring.end(clock).timeIntervalSince(spring.start(clock)) == 90 * 86_400 - 3600)
    }

    @Test func thePeriodBeforeCrossesYears() {
        #expect(Period("2026-Q1")?.previous == Period("2025-Q4"))
        #expect(Period("2026-01")?.previous == Period("2025-12"))
        #expect(Period("2026-W01")?.previous == Period("2025-W52"))
        #expect(Period("2021-W01")?.previous == Period("2020-W53"))
        #expect(Period("2026-W48")?.previous == Period("2026-W47"))
    }

    @Test func ordersByStartThenShorterFirst() throws {
        let periods = ["2026-Q4", "2026-W40", "2026-10", "2026-Q3", "2025-12"].compactMap(Period.init)
        #expect(periods.sorted().map(\.description) == ["2025-12", "2026-Q3", "2026-W40", "2026-10", "2026-Q4"])
    }

    @Test func isNamedInDanishAndEnglish() throws {
        let quarter = try #require(Period("2026-Q4")), month = try #require(Period("2026-11")), week = try #require(Period("2026-W48"))
        #expect(quarter.label(in: .da) == "4. kvartal 2026")
        #expect(quarter.label(in: .en) == "Q4 2026")
        #expect(month.label(in: .da) == "november 2026")
        #expect(month.label(in: .en) == "November 2026")
        #expect(week.label(in: .da) == "uge 48, 2026")
        #expect(week.label(in: .en) == "week 48, 2026")
    }
}
