import Foundation
import Testing
import AdvocacyTestSupport

/// Search finds every word of every kind of published page, however far into the page it stands,
/// and no word of an unpublished one.
@Suite struct SearchEveryWordTests {
    @Test func aWordFarIntoAnyPageFindsThatPage() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        defer { TestPaths.remove(content.parentPath) }
        let filler = String(repeating: "Her står noget mere tekst om hubben og dens retningslinjer. ", count: 60)
        #expect(filler.count > 3_000)
        let pages = [("guidelines/politik.md", "/hub/guidelines/politik/"), ("guidelines/kritik.md", "/hub/guidelines/kritik/"),
                     ("stories/første-kunde.md", "/hub/stories/foerste-kunde/"), ("pages/om-hubben.md", "/hub/om-hubben/"),
                     ("disciplines/social-selling.md", "/hub/disciplines/social-selling/"),
                     ("share/aarhus-kontor.md", "/hub/share/aarhus-kontor/"), ("share/hemmelig-lancering.md", nil)]
        for (number, (file, _)) in pages.enumerated() {
            try ValidHubCopy.append("\n\n" + filler + "xylofon\(number)kvartet\n", to: file, in: content)
        }
        try ValidHubCopy.append("\n```share social-selling x\nKom til xylofonkoncerten\n```\n", to: "share/aarhus-kontor.md", in: content)
        let index = try BuiltSite(content: content, now: "2026-12-10T09:00").searchIndex()
        for (number, (file, url)) in pages.enumerated() {
            #expect(index.urls(holding: "xylofon\(number)kvartet") == (url.map { [$0] } ?? []), "\(file)")
        }
        #expect(index.urls(holding: "xylofonkoncerten") == ["/hub/share/aarhus-kontor/"], "a share text is searched too")
    }
}
