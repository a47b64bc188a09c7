import Foundation
import Testing
import AdvocacyTestSupport

/// `advocacy plan --format markdown`: the weekly meeting's agenda of the example hub, through the
/// executable, and the copy of it in docs/meeting-agenda.md.
@Suite struct MeetingAgendaCommandTests {
    static let arguments = ["plan", "--content", TestPaths.exampleHub, "--now", "2026-12-10T09:00", "--format", "markdown"]
    /// What docs/meeting-agenda.md holds before the agenda: how it was made.
    static let preface = "<!-- advocacy plan --now 2026-12-10T09:00 --format markdown, on the example hub in content/. "
        + "MeetingAgendaCommandTests writes it: do not edit by hand. -->\n\n"

    @Test func theAgendaHasEverySectionInTheHubsLanguageAndWritesNothing() throws {
        let folder = TestPaths.temporaryFolder("agenda")
        defer { TestPaths.remove(folder) }
        let run = try CommandRun(Self.arguments, in: folder, language: nil)
        #expect(run.status == 0 && run.standardError.isEmpty, "\(run.standardError)")
        let text = run.standardOutput
        #expect(text.split(separator: "\n").filter { $0.hasPrefix("#") } == [
            "# Holmvang Ambassadørhub: ugemøde, uge 50", "## Huller i køen", "## Udløber inden for 7 dage",
            "## Egne og kuraterede opslag", "## Historier siden sidste uge", "## Seneste resultater",
        ])
        #expect(text.contains("\n- Uge 51 (14.–20. december 2026): intet nyt i Social selling, Thought leadership og synlige ledere\n"))
        #expect(text.contains("\n- Webinar 16. december: Digitale tvillinger i forsyningen: aktuel til og med onsdag 16. december 2026 kl. 11:59\n"))
        #expect(text.contains("\nKøen fra torsdag 10. december 2026 til onsdag 6. januar 2027 (fire uger) pr. disciplin:\n"))
        #expect(text.contains("\nIngen nye historier siden torsdag 3. december 2026.\n"))
        #expect(text.contains("\n- Besøg på hjemmesiden: 7.400 i 4. kvartal 2026, foreløbig til og med 30. november; mål 8.000, 600 til målet\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "plan writes nothing")
        let again = try CommandRun(Self.arguments, language: nil)
        #expect(again.standardOutput == text, "the same --now gives the same agenda")
    }

    @Test func theAgendaSpeaksEnglishWhenAsked() throws {
        let run = try CommandRun(Self.arguments)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("# Holmvang Ambassadørhub: weekly meeting, week 50\n\nAs of Thursday 10 December 2026, 09:00 (Europe/Copenhagen).\n"))
        #expect(run.standardOutput.contains("\n## Latest results\n\n- Colleagues taking part: 44 in Q4 2026, preliminary through 30 November\n"))
    }

    /// docs/meeting-agenda.md shows the example's agenda; when the agenda changes, the test says how to take the new one.
    @Test func theDocsShowTheExamplesAgenda() throws {
        let run = try CommandRun(Self.arguments, language: nil)
        #expect(run.status == 0, "\(run.standardError)")
        let expected = Self.preface + run.standardOutput
        let path = TestPaths.repository + "/docs/meeting-agenda.md"
        if (try? String(contentsOfFile: path, encoding: .utf8)) != expected {
            // Outside the test process's own temporary folder, which goes when the process ends.
            let fresh = NSTemporaryDirectory() + "advocacy-meeting-agenda.md"
            try expected.write(toFile: fresh, atomically: true, encoding: .utf8)
            Issue.record("docs/meeting-agenda.md is not the example's agenda; to take the new one: cp \(fresh) \(path)")
        }
    }
}
