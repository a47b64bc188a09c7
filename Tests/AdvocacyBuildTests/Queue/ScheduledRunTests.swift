import Foundation
import Testing
@testable import AdvocacyBuild
@testable import AdvocacyCore
@testable import AdvocacyPublish

/// `--next-run`: which queue changes the next scheduled build brings late.
@Suite struct ScheduledRunTests {
    let clock = HubClock(timeZone: TimeZone(identifier: "Europe/Copenhagen")!)

    func instant(_ text: String) throws -> Date { try clock.now(text) }

    @Test(arguments: [("24h", 86_400.0), ("90m", 5_400), ("1h30m", 5_400), ("0h5m", 300), ("168h", 604_800)])
    func readsHoursAndMinutes(text: String, seconds: TimeInterval) throws {
        #expect(try ScheduledRun(text).interval == seconds)
    }

    @Test(arguments: ["", "24", "h", "m", "24 h", "1m30h", "24h24h", "-1h", "0h", "0m", "1.5h", "24H", "２４h", "99999999999h", "24h "])
    func refusesWhatIsNotADuration(text: String) {
        #expect(throws: UsageError.self) { try ScheduledRun(text) }
    }

    @Test func aChangeAtATimeOfDayBeforeTheRunIsLate() throws {
        let now = try instant("2026-12-10T06:00"), run = try ScheduledRun("24h")
        let timed = try instant("2026-12-10T07:30")
        #expect(run.lateChange(in: [timed], now: now, clock: clock) == timed)
        #expect(run.lateChange(in: [try instant("2026-12-11T05:59")], now: now, clock: clock) != nil)
    }

    @Test func theStartOfTheRunsOwnDayIsOnTimeButADayEarlierIsNot() throws {
        let now = try instant("2026-12-10T06:00")
        let midnight = try instant("2026-12-11")
        #expect(try ScheduledRun("24h").lateChange(in: [midnight], now: now, clock: clock) == nil,
                "an item dated the 11th is there when the 06:00 run on the 11th has built it")
        let later = try instant("2026-12-12")
        #expect(try ScheduledRun("48h").lateChange(in: [midnight, later], now: now, clock: clock) == midnight,
                "with a run only on the 12th, the 11th's item comes a day late")
    }

    /// A run in the afternoon (a hub far east of the CI schedule's UTC hour) brings the day's items late.
    @Test func theStartOfTheRunsDayIsLateWhenTheRunComesAfterTheWorkdayStarts() throws {
        let midnight = try instant("2026-12-11")
        #expect(try ScheduledRun("24h").lateChange(in: [midnight], now: try instant("2026-12-10T08:59"), clock: clock) == nil)
        #expect(try ScheduledRun("24h").lateChange(in: [midnight], now: try instant("2026-12-10T09:00"), clock: clock) == midnight)
        #expect(try ScheduledRun("24h").lateChange(in: [midnight], now: try instant("2026-12-10T14:00"), clock: clock) == midnight)
    }

    @Test func changesAtNowOrAtTheRunItselfAreNotBetweenRuns() throws {
        let now = try instant("2026-12-10T06:00"), run = try ScheduledRun("24h")
        let atRun = try instant("2026-12-11T06:00")
        #expect(run.lateChange(in: [now, atRun, try instant("2026-12-11T06:01")], now: now, clock: clock) == nil)
        #expect(run.lateChange(in: [try instant("2026-12-10T05:00")], now: now, clock: clock) == nil, "already past")
    }

    @Test func theFirstLateChangeIsNamedNotTheFirstChange() throws {
        let now = try instant("2026-12-10T06:00"), run = try ScheduledRun("24h")
        let onTime = try instant("2026-12-11"), late = try instant("2026-12-11T03:00")
        #expect(run.lateChange(in: [onTime, late], now: now, clock: clock) == late)
    }

    @Test func theNoteSaysWhenInTheHubsLanguageAndZone() throws {
        var report = BuildReport(diagnostics: [], changes: [try instant("2026-12-14T07:30")], now: try instant("2026-12-14T06:00"),
                                 timeZone: clock.timeZone)
        report.language = .da
        #expect(report.note(before: try ScheduledRun("24h")) == "bemærk: køen ændrer sig 2026-12-14 07:30 Europe/Copenhagen, "
            + "før næste kørsel omkring 2026-12-15 06:00: kør også jobbet på det tidspunkt, ellers kommer ændringen for sent")
        report.language = .en
        #expect(report.note(before: try ScheduledRun("1h")) == nil)
        #expect(report.note(before: try ScheduledRun("2h"))?.hasPrefix("note: the queue changes 2026-12-14 07:30 Europe/Copenhagen, before the next run at about 2026-12-14 08:00:") == true)
    }
}
