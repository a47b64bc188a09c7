import Foundation
import Testing
@testable import AdvocacyHub
import AdvocacyTestSupport

/// `advocacy new` starts files that load and check clean.
@Suite struct NewCommandTests {
    @Test(arguments: ["share", "story", "guideline"])
    func aNewFileChecksCleanAndIsNotOverwritten(kind: String) throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let run = try CommandRun(["new", kind, "Nyt kontor i Ærøskøbing", "--content", content])
        #expect(run.status == 0, "\(run.standardError)")
        let folder = ["share": "share", "story": "stories", "guideline": "guidelines"][kind]!
        let path = content + "/\(folder)/nyt-kontor-i-aeroeskoebing.md"
        #expect(run.standardOutput == path + "\n")
        let text = try String(contentsOfFile: path, encoding: .utf8)
        #expect(text.hasPrefix("---\ntitle: \"Nyt kontor i Ærøskøbing\"\n"))
        if kind == "share" {
            #expect(text.contains("disciplines: [employer-branding, social-selling]"))
            #expect(text.contains("```share employer-branding linkedin") && text.contains("```share social-selling linkedin"))
        }

        let check = try CommandRun(["check", "--content", content, "--templates", TestPaths.theme, "--drafts",
                                    "--now", "2026-12-10T09:00"])
        #expect(check.status == 0)
        #expect(check.standardError == "0 errors, 0 warnings\n")

        let again = try CommandRun(["new", kind, "Nyt kontor i Ærøskøbing", "--content", content])
        #expect(again.status == 2)
        #expect(again.standardError.contains("already exists"))
        #expect(try String(contentsOfFile: path, encoding: .utf8) == text)
    }

    @Test func theDateIsTodayInTheHubsTimeZone() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        // 23:30 UTC on 31 December is already 1 January in Copenhagen.
        let now = ISO8601DateFormatter().date(from: "2026-12-31T23:30:00Z")!
        let path = try Scaffold.create(.story, title: "Nytår", content: content, now: now)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("date: 2027-01-01\n"))
    }
}
