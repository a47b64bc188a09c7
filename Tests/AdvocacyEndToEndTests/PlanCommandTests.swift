import Foundation
import Testing
import AdvocacyTestSupport

/// `advocacy plan` on the example hub at the README's instant.
@Suite struct PlanCommandTests {
    let common = ["plan", "--content", TestPaths.exampleHub, "--now", "2026-12-10T09:00"]

    @Test func theTextShowsEachItemWithItsDayAGapAnExpiringItemAndTheMarks() throws {
        // Standard output is a pipe here, so without COLUMNS the plan is 100 columns wide.
        let run = try CommandRun(common, environment: ["COLUMNS": ""], language: nil)
        #expect(run.status == 0, "\(run.standardError)")
        let text = run.standardOutput
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines.allSatisfy { $0.count <= 100 }, "\(lines.filter { $0.count > 100 })")
        // The hub is Danish, so the plan is too.
        #expect(lines.first == "Holmvang Ambassadørhub: køen i 8 uger fra torsdag 10. december 2026 kl. 09:00 (Europe/Copenhagen)")
        #expect(text.contains("""
            Uge 51 · 14.–20. december 2026
              Social selling
                HUL: intet nyt
              Thought leadership og synlige ledere
                HUL: intet nyt
              Employer branding
                man 14. dec 07:30  Hackathon for studerende: Byg en skybrudsvarsling på 24 timer [embargo]

            """), "social selling gets nothing new in week 51; the item publishes on Monday at 07:30")
        #expect(text.contains("    ons 9. dec         Vores første klimaregnskab, også de tal, vi ikke er stolte af\n"),
                "a date-only publish has no time, and the titles line up")
        #expect(text.contains("Uge 53 · 28. december 2026 – 3. januar 2027\n"))
        #expect(text.contains("[kladde]"))
        #expect(text.contains("""
            Udløber inden for 7 dage:
              Webinar 16. december: Digitale tvillinger i forsyningen
                aktuel til og med onsdag 16. december 2026 kl. 11:59

            """), "the last minute it is current, as the site writes it")
        #expect(text.hasSuffix("Næste ændring: mandag 14. december 2026 kl. 07:30 (Europe/Copenhagen)\n"))
    }

    /// Titles are never cut: at any width the plan holds every word of every title, and no line is wider
    /// than the terminal (`COLUMNS`), down to 40 columns.
    @Test(arguments: [40, 57, 80, 132, 200])
    func theTextWrapsToTheTerminalsWidthAndCutsNothing(columns: Int) throws {
        let run = try CommandRun(common + ["--weeks", "12"], environment: ["COLUMNS": "\(columns)"])
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardOutput.split(separator: "\n")
        #expect(lines.allSatisfy { $0.count <= columns }, "\(lines.filter { $0.count > columns })")
        let words = Set(run.standardOutput.split(whereSeparator: \.isWhitespace))
        for title in ["Hackathon for studerende: Byg en skybrudsvarsling på 24 timer", "Det lærte vi i 2026",
                      "Vores første klimaregnskab, også de tal, vi ikke er stolte af"] {
            #expect(title.split(separator: " ").allSatisfy(words.contains), "\(title) at \(columns) columns")
        }
        #expect(lines.contains("  Employer branding"))
        if columns >= 100 {
            #expect(lines.contains("    Mon 14 Dec 07:30  Hackathon for studerende: Byg en skybrudsvarsling på 24 timer [embargo]"))
        }
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
        let run = try CommandRun(common + ["--weeks", "2"], environment: ["COLUMNS": ""])
        #expect(run.standardOutput.hasPrefix("Holmvang Ambassadørhub: the queue for 2 weeks from Thursday 10 December 2026, 09:00\n(Europe/Copenhagen)\n"),
                "104 characters, so wrapped at 100")
        #expect(run.standardOutput.contains("Week 51 · 14–20 December 2026\n"))
        #expect(run.standardOutput.contains("    current through Wednesday 16 December 2026, 11:59\n"))
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
