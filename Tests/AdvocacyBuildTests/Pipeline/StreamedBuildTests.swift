import Foundation
import Testing
@testable import AdvocacyBuild
@testable import AdvocacyCore
@testable import AdvocacySite
import AdvocacyTestSupport

/// The streamed build (#24): the build lets go of a body's HTML as soon as the page that shows it is
/// written, so not every body is held until the end. What is rendered after the pages (the feeds,
/// the search index, the digest) must not need what was let go of.
@Suite struct StreamedBuildTests {
    /// Every file written after the pages, by path.
    static func filesAfterThePages(_ pages: SitePages, _ theme: Theme) -> [String: [UInt8]] {
        let files = Locked<[String: [UInt8]]>([:])
        SiteRenderer.writeFeeds(pages, theme: theme) { file in files.withLock { $0[file.path] = file.bytes } }
        return files.withLock { $0 }
    }

    @Test func whatIsRenderedAfterThePagesIsTheSameOnceTheyLetGoOfTheirBodies() throws {
        let content = TestPaths.temporaryFolder("streamed")
        defer { TestPaths.remove(content) }
        try BenchmarkHub.write(items: 200, to: content + "/hub")
        var options = BuildOptions()
        options.content = content + "/hub"
        options.templates = TestPaths.theme
        options.now = BenchmarkHub.now
        let prepared = try Builder.prepare(options)
        let theme = try #require(prepared.theme)
        var pages = SitePages(prepared.site, words: theme.strings)
        let before = Self.filesAfterThePages(pages, theme)
        #expect(before.keys.contains("feed.xml") && before.keys.contains("search-index.json"))

        let inFeeds = pages.bodiesInFeeds
        pages.dropHTML(of: pages.entries, keeping: inFeeds)
        let after = Self.filesAfterThePages(pages, theme)
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
        #expect(changed.isEmpty, "these files need a body whose page let go of it: \(changed)")
        let items = pages.site.activeItems.map(\.info.path)
        let letGo = items.filter { !inFeeds.contains($0) }
        #expect(!letGo.isEmpty, "the feeds show at most \(AtomFeed.limit) items each")
        #expect(letGo.allSatisfy { pages.site.bodies[$0]?.html.isEmpty == true }, "the HTML of a written page's body is let go of")
        #expect(inFeeds.allSatisfy { pages.site.bodies[$0]?.html.isEmpty == false }, "what the feeds show stays")
        #expect(pages.site.bodies.values.allSatisfy { !$0.searchWords.isEmpty }, "the search index's words stay")
    }
}
