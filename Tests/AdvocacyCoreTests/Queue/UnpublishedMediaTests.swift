import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// Media that only drafts and embargoed items use are not copied: their names could tell what is coming.
@Suite struct UnpublishedMediaTests {
    /// The valid hub with media used by a draft item (its image and a link in its body), a draft page,
    /// the embargoed `hemmelig-lancering` (its image and a link in its body), and `delt.svg`, which a
    /// draft, the embargoed item and a published guideline all use.
    func hub() throws -> String {
        let content = TestPaths.copy(TestPaths.validHub)
        for name in ["kladde.svg", "kladde-bilag.pdf", "side.svg", "lancering-bilag.pdf", "delt.svg"] {
            try Data("<svg xmlns=\"http://www.w3.org/2000/svg\"/>\n".utf8).write(to: URL(fileURLWithPath: content + "/media/" + name))
        }
        func edit(_ file: String, _ change: (String) -> String) throws {
            let path = content + "/" + file
            try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
        }
        try edit("share/kladde.md") {
            $0.replacingOccurrences(of: "draft: true\n", with: "draft: true\nimage: /media/kladde.svg\n")
                + "\nSe [bilaget](../media/kladde-bilag.pdf) og ![delt](../media/delt.svg).\n"
        }
        try edit("share/hemmelig-lancering.md") { $0 + "\nSe [bilaget](../media/lancering-bilag.pdf) og ![delt](../media/delt.svg).\n" }
        try edit("guidelines/politik.md") { $0 + "\n![delt](../media/delt.svg)\n" }
        try "---\ntitle: Kladde til en side\ndraft: true\n---\n![side](../media/side.svg)\n"
            .write(toFile: content + "/pages/kladde-side.md", atomically: true, encoding: .utf8)
        return content
    }

    func media(_ site: BuiltSite) -> [String] { site.files.filter { $0.hasPrefix("media/") } }

    @Test func mediaOnlyDraftsAndEmbargoedItemsUseAreNotCopied() throws {
        let site = try BuiltSite(content: try hub(), now: "2026-12-10T09:00")
        #expect(!site.report.hasErrors, "\(site.report.diagnostics)")
        #expect(media(site) == ["media/aarhus.svg", "media/delt.svg", "media/logo.svg"])
        #expect(site.file("guidelines/politik/index.html").contains("src=\"/hub/media/delt.svg\""))
    }

    @Test func withDraftsTheDraftsMediaAreCopied() throws {
        let site = try BuiltSite(content: try hub(), now: "2026-12-10T09:00", drafts: true)
        #expect(!site.report.hasErrors, "\(site.report.diagnostics)")
        #expect(media(site) == ["media/aarhus.svg", "media/delt.svg", "media/kladde-bilag.pdf", "media/kladde.svg",
                                "media/logo.svg", "media/side.svg"])
        #expect(site.file("share/kladde/index.html").contains("src=\"/hub/media/kladde.svg\""))
    }

    @Test func anEmbargoedItemsMediaAreCopiedOnceItIsPublished() throws {
        let site = try BuiltSite(content: try hub(), now: "2027-01-15T08:00")
        #expect(!site.report.hasErrors, "\(site.report.diagnostics)")
        #expect(media(site) == ["media/aarhus.svg", "media/delt.svg", "media/lancering-bilag.pdf", "media/logo.svg",
                                "media/zebrafink.svg"])
    }
}
