import Foundation
import Testing
import AdvocacyTestSupport

/// `advocacy plan` on the example hub at the README's instant.
@Suite struct PlanCommandTests {
    let common = ["plan", "--content", TestPaths.exampleHub, "--now", "2026-12-10T09:00"]

    @Test func theTextShowsAGapAnExpiringItemAndTheMarksWithinHundredColumns() throws {
        let run = try CommandRun(common, language: nil)
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines.filter { $0.count > 100 })")
        // The hub is Danish, so the plan is too.
        #expect(lines.first == "Holmvang Ambassadørhub: køen i 8 uger fra 2026-12-10 09:00 (Europe/Copenhagen)")
        let week51 = try #require(lines.first { $0.hasPrefix("uge 51 ") })
        #expect(week51.hasPrefix("uge 51         | HUL: intet nyt "), "social selling gets nothing new in week 51")
        #expect(run.standardOutput.contains("[embargo]") && run.standardOutput.contains("[kladde]"))
        #expect(run.standardOutput.contains("Udløber inden for 7 dage:\n  2026-12-16 12:00  Webinar 16. december: Digitale tvillinger"))
        #expect(run.standardOutput.hasSuffix("Næste ændring: 2026-12-14 07:30 Europe/Copenhagen\n"))
    }

    @Test func theJSONNamesTheGapAndTheExpiringItemAndWritesNothing() throws {
        let folder = TestPaths.temporaryFolder("plan")
        let run = try CommandRun(common + ["--format", "json", "--weeks", "3"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        struct Plan: Decodable {
            struct Entry: Decodable { let slug: String; let state: String }
            struct Cell: Decodable { let discipline: String; let gap: Bool; let items: [Entry] }
            struct Week: Decodable { let week: String; let starts: String; let disciplines: [Cell] }
            let weeks: [Week]
            let expiring: [Entry]
            let nextChange: String?
        }
        let plan = try JSONDecoder().decode(Plan.self, from: Data(run.standardOutput.utf8))
        #expect(plan.weeks.map(\.week) == ["2026-W50", "2026-W51", "2026-W52"])
        #expect(plan.weeks[1].starts == "2026-12-14")
        #expect(plan.weeks[1].disciplines.first { $0.discipline == "social-selling" }?.gap == true)
        #expect(plan.weeks[1].disciplines.first { $0.discipline == "employer-branding" }?.items.first?.state == "embargoed")
        #expect(plan.expiring.map(\.slug) == ["webinar-digitale-tvillinger"])
        #expect(plan.nextChange == "2026-12-14T06:30:00Z")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "plan writes nothing")
    }

    @Test func theTextSpeaksEnglishWhenAsked() throws {
        let run = try CommandRun(common + ["--weeks", "2"])
        #expect(run.standardOutput.contains("the queue for 2 weeks from 2026-12-10 09:00"))
        #expect(run.standardOutput.contains("GAP: nothing new") && run.standardOutput.contains("Expiring within 7 days:"))
    }

    /// `--weeks 100000000` grew to 4.6 GB; a plan has at most 520 weeks (ten years), and at least one.
    @Test("--weeks out of range is a usage error", arguments: ["100000000", "521", "0", "-3"])
    func tooManyWeeksIsAUsageError(_ weeks: String) throws {
        let english = try CommandRun(common + ["--weeks=\(weeks)"])
        #expect(english.status == 2)
        #expect(english.standardOutput.isEmpty)
        #expect(english.standardError == "advocacy: error: --weeks \(weeks) is out of range; write a number of weeks from 1 to 520\n")
        let danish = try CommandRun(common + ["--weeks=\(weeks)"], language: "da")
        #expect(danish.status == 2)
        #expect(danish.standardError == "advocacy: fejl: --weeks \(weeks) kan ikke bruges; skriv et antal uger fra 1 til 520\n")
    }

    @Test func theLongestPlanHas520Weeks() throws {
        let run = try CommandRun(common + ["--weeks", "520", "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        struct Plan: Decodable { struct Week: Decodable { let week: String }; let weeks: [Week] }
        let plan = try JSONDecoder().decode(Plan.self, from: Data(run.standardOutput.utf8))
        #expect(plan.weeks.count == 520)
        #expect(plan.weeks.last?.week == "2036-W47")
    }

    @Test func thePlanEndsWithTheLastWeekThatStartsIn9999() throws {
        let run = try CommandRun(["plan", "--content", TestPaths.validHub, "--now", "9999-12-20", "--weeks", "4", "--format", "json"])
        #expect(run.status == 0, "\(run.standardError)")
        struct Plan: Decodable { struct Week: Decodable { let week: String; let starts: String }; let weeks: [Week] }
        let plan = try JSONDecoder().decode(Plan.self, from: Data(run.standardOutput.utf8))
        #expect(plan.weeks.map(\.week) == ["9999-W51", "9999-W52"])
        #expect(plan.weeks.map(\.starts) == ["9999-12-20", "9999-12-27"])
    }
}
