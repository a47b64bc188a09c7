import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild

/// One word for advertising everywhere: hub.yml's `disclosure-label` labels every sponsored item on
/// its cards, its page and in the lists, and no page says "Betalt samarbejde" or "sponsoreret".
@Suite struct DisclosureLabelPagesTests {
    @Test func theHubsLabelIsTheOnlyWordForAdvertising() throws {
        let content = TestPaths.temporaryFolder("disclosure-label-pages")
        defer { TestPaths.remove(content) }
        try BenchmarkHub.write(items: 20, to: content + "/hub")
        let hub = content + "/hub/hub.yml"
        try (String(contentsOfFile: hub, encoding: .utf8) + "disclosure-label: Annonce\n").write(toFile: hub, atomically: false, encoding: .utf8)
        let site = try BuiltSite(content: content + "/hub", now: BenchmarkHub.now)
        defer { TestPaths.remove((site.output as NSString).deletingLastPathComponent) }
        #expect(!site.report.hasErrors)
        let pages = site.files.filter { $0.hasSuffix(".html") }
        var labelled = Set<String>()
        for path in pages {
            let page = site.file(path)
            #expect(!page.contains("Betalt samarbejde") && !page.localizedCaseInsensitiveContains("sponsoreret"), "\(path)")
            #expect(!page.contains("<span class=\"badge\">Reklame</span>"), "\(path) labels advertising with another word")
            if page.contains("<span class=\"badge\">Annonce</span>") || page.contains("data-disclosure-label>Annonce</span>") {
                labelled.insert(path)
            }
        }
        let sponsored = pages.filter { $0.hasPrefix("share/") && site.file($0).contains("data-disclosure=\"#reklame\"") }
        #expect(!sponsored.isEmpty, "the generated hub has sponsored items")
        for path in sponsored {
            let page = site.file(path)
            #expect(page.contains("<li><span class=\"badge\">Annonce</span></li>"), "\(path): the item's tags name it")
            #expect(page.components(separatedBy: "data-disclosure-label>Annonce</span>").count
                    == page.components(separatedBy: "<section class=\"card\"").count, "\(path): every card names it")
        }
        #expect(labelled.contains("share/index.html"), "the queue labels sponsored items: \(labelled.sorted())")
    }
}
