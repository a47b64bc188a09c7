import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild

/// An item's `image` may be written as links in its body are, relative to the item's file.
@Suite struct ImagePathTests {
    @Test(arguments: ["media/aarhus.svg", "/media/aarhus.svg", "./media/aarhus.svg", "../media/aarhus.svg"])
    func everyFormNamesTheSameFile(_ written: String) throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let file = content + "/share/aarhus-kontor.md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "image: media/aarhus.svg", with: "image: \(written)")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let site = try BuiltSite(content: content, now: "2026-12-10T09:00")
        #expect(!site.report.hasErrors, "\(site.report.diagnostics)")
        #expect(site.file("share/aarhus-kontor/index.html").contains("<img class=\"item-image\" src=\"/hub/media/aarhus.svg\""))
        #expect(site.exists("media/aarhus.svg"))
    }

    @Test func climbingOutOfTheContentFolderIsAnError() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let file = content + "/share/aarhus-kontor.md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try text.replacingOccurrences(of: "image: media/aarhus.svg", with: "image: ../../media/aarhus.svg")
            .write(toFile: file, atomically: true, encoding: .utf8)
        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.now = "2026-12-10T09:00"
        let report = try Builder.prepare(options).report
        #expect(report.diagnostics.map { $0.message.text(in: .en) }.contains("'../../media/aarhus.svg' leads outside the content folder"))
    }
}
