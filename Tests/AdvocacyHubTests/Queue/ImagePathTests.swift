import Foundation
import Testing
@testable import AdvocacyHub
import AdvocacyTestSupport

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

    @Test(arguments: [
        ("media/aarhus.svg", "media/aarhus.svg"), ("/media/aarhus.svg", "media/aarhus.svg"),
        ("./media/aarhus.svg", "media/aarhus.svg"), ("../media/aarhus.svg", "media/aarhus.svg"),
        ("media/%C3%A5%20b.png?v=2#x", "media/å b.png"), ("media/./a/../b.svg", nil), ("/media/../../a.svg", nil),
        ("../../media/aarhus.svg", nil), ("https://example.dk/a.png", nil),
    ] as [(String, String?)])
    func theItemKnowsItsImagesPathFromTheStart(_ written: String, _ path: String?) {
        let at = SourceLocation(file: "content/share/a.md", line: 2, column: 8)
        let info = DocumentInfo(path: "share/a.md", displayPath: "content/share/a.md", title: Located("A", at: at), summary: nil,
                                summaryLocation: nil, slug: Located("a", at: at), draft: false, tags: [], body: "", bodyLine: 4)
        let item = ShareItem(info: info, link: nil, image: Located(written, at: at), disciplines: [], publish: nil, expires: nil,
                             bestTime: nil, sponsored: false, shareTexts: [])
        #expect(item.imagePath == path)
        #expect(ShareItem(info: info, link: nil, image: nil, disciplines: [], publish: nil, expires: nil, bestTime: nil,
                          sponsored: false, shareTexts: []).imagePath == nil)
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
