import Foundation
import Testing
@testable import AdvocacyHub

/// Forbidden terms wherever the site publishes text, and early warnings for embargoed items.
@Suite struct ForbiddenTermsTests {
    func messages(after change: (String) throws -> Void) throws -> [String] {
        let content = TestPaths.copy(TestPaths.validHub)
        try change(content)
        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.now = "2026-12-10T09:00"
        return try Builder.prepare(options).report.diagnostics.map { $0.description.replacingOccurrences(of: content + "/", with: "") }
    }

    func append(_ text: String, to file: String, in content: String) throws {
        let path = content + "/" + file
        try (String(contentsOfFile: path, encoding: .utf8) + text).write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func aTermSplitByALineBreakOrFormattingIsFound() throws {
        let found = try messages { try self.append("\nVi taler om **Projekt**\nNordlys.\n", to: "guidelines/kritik.md", in: $0) }
        #expect(found == ["guidelines/kritik.md:5:1: error: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8) in the text (split across lines or by formatting); remove it from published text"])
    }

    @Test func aTermInAStorysFrontMatterIsFound() throws {
        let found = try messages { content in
            let path = content + "/stories/første-kunde.md"
            let text = try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "role: Konsulent", with: "role: Leder af projekt nordlys")
            try text.write(toFile: path, atomically: true, encoding: .utf8)
        }
        #expect(found == ["stories/første-kunde.md:2:8: error: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8) in the front matter; remove it from published text"])
    }

    @Test func anEmbargoedItemGetsAWarningBeforeItPublishes() throws {
        let found = try messages { try self.append("\nSnart: Projekt Nordlys.\n", to: "share/hemmelig-lancering.md", in: $0) }
        #expect(found == ["share/hemmelig-lancering.md:15:8: warning: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8); the build will fail when this item is published"])
    }

    @Test func anEmbargoedItemMayLinkToOneThatPublishesFirst() throws {
        let found = try messages { content in
            try """
            ---
            title: Efterfølger
            disciplines: [social-selling]
            publish: 2027-02-01
            ---
            Se [lanceringen](hemmelig-lancering.md).

            ```share social-selling
            Tekst.
            ```
            """.write(toFile: content + "/share/efterfoelger.md", atomically: true, encoding: .utf8)
            try self.append("\nSe [efterfølgeren](efterfoelger.md).\n", to: "share/hemmelig-lancering.md", in: content)
        }
        #expect(found == ["share/hemmelig-lancering.md:15:4: error: the link 'efterfoelger.md' points at an item embargoed until 2027-02-01 00:00; it would be a dead link in the site"])
    }
}
