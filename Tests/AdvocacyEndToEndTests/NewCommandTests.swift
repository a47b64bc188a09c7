import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyScaffold

/// `advocacy new` starts files that load and check clean.
@Suite struct NewCommandTests {
    @Test(arguments: ["share", "story", "guideline"])
    func aNewFileChecksCleanAndIsNotOverwritten(kind: String) throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let run = try CommandRun(["new", kind, "Nyt kontor i Ærøskøbing", "--content", content])
        #expect(run.status == 0, "\(run.standardError)")
        let folder = ["share": "share", "story": "stories", "guideline": "guidelines"][kind]!
        let path = content + "/\(folder)/nyt-kontor-i-aeroeskoebing.md"
        #expect(run.standardOutput == "wrote \(path), a draft. Next:\n"
            + "  1. write its texts in place of the placeholders, then delete the line draft: true\n"
            + "  2. advocacy check    # says what is still missing\n")
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

    /// The file is created in one step that fails when anything is at the name: a link that leads
    /// nowhere is neither replaced nor written through.
    @Test(arguments: [("en", "advocacy: error: '{path}' already exists; choose another title or edit that file\n"),
                      ("da", "advocacy: fejl: '{path}' findes allerede; vælg en anden titel, eller ret i den fil\n")])
    func aLinkAtTheNameIsNeitherReplacedNorFollowed(language: String, message: String) throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let path = content + "/share/nyt-kontor.md"
        let target = TestPaths.temporaryFolder("elsewhere") + "/written-through.md"
        try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: target)
        let run = try CommandRun(["new", "share", "Nyt kontor", "--content", content, "--lang", language])
        #expect(run.status == 2)
        #expect(run.standardError == message.replacingOccurrences(of: "{path}", with: path))
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: path) == target)
        #expect(!FileManager.default.fileExists(atPath: target))
    }

    @Test func whatNewLeavesToWriteIsReportedOnceTheDraftLineIsGone() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        for kind in ["share", "story", "guideline"] {
            let path = content + "/" + ["share": "share", "story": "stories", "guideline": "guidelines"][kind]! + "/nyt-kontor.md"
            #expect(try CommandRun(["new", kind, "Nyt kontor", "--content", content]).status == 0)
            let text = try String(contentsOfFile: String(path), encoding: .utf8)
            try text.replacingOccurrences(of: "draft: true\n", with: "").write(toFile: String(path), atomically: true, encoding: .utf8)
        }
        let check = try CommandRun(["check", "--content", content, "--templates", TestPaths.theme, "--now", "2026-12-10T09:00"])
        #expect(check.status == 1)
        let placeholder = "is the placeholder `advocacy new` wrote; "
        #expect(check.standardError.replacingOccurrences(of: content + "/", with: "") == """
            guidelines/nyt-kontor.md:6:1: error: 'Skriv retningslinjen her.' \(placeholder)write the guideline
            share/nyt-kontor.md:3:1: warning: 'summary' is empty; write a sentence or two on what the item is about (the queue shows it under the title)
            share/nyt-kontor.md:4:7: error: 'https://www.example.dk/' is the example link `advocacy new` wrote; write the address of the page colleagues share
            share/nyt-kontor.md:11:1: error: 'Baggrund for kolleger: hvorfor historien er vigtig, talepunkter, og hvem man kan spørge.' \(placeholder)write the background colleagues need: why the story matters, talking points and whom to ask
            share/nyt-kontor.md:14:1: error: 'Skriv teksten her.' \(placeholder)write the text colleagues can post
            share/nyt-kontor.md:18:1: error: 'Skriv teksten her.' \(placeholder)write the text colleagues can post
            stories/nyt-kontor.md:6:1: warning: 'person' is empty; write the name of the colleague the story is about
            stories/nyt-kontor.md:7:1: warning: 'role' is empty; write the colleague's role, such as Consultant
            stories/nyt-kontor.md:9:14: error: 'Visninger: 0' is the example result `advocacy new` wrote; write the story's real result, or remove the line
            stories/nyt-kontor.md:11:1: error: 'Fortæl historien her.' \(placeholder)tell the story
            7 errors, 3 warnings

            """)
    }

    @Test func theDateIsTodayInTheHubsTimeZone() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        // 23:30 UTC on 31 December is already 1 January in Copenhagen.
        let now = ISO8601DateFormatter().date(from: "2026-12-31T23:30:00Z")!
        let path = try Scaffold.create(.story, title: "Nytår", content: content, now: now)
        #expect(try String(contentsOfFile: path, encoding: .utf8).contains("date: 2027-01-01\n"))
    }
}
