import Foundation
import Testing
@testable import AdvocacyCore
@testable import AdvocacyLoad
import AdvocacyTestSupport

/// The results page's own and curated items per period: counted from the published items, for the
/// whole hub, in the periods of metrics.csv.
@Suite struct ResultsMixTests {
    static let now = "2026-12-10T09:00"

    /// The mix section of a results page and its rows: period, own, curated and share as shown.
    static func rows(_ page: String) -> [[String]] {
        guard let start = page.range(of: "<section class=\"mix\""),
              let end = page.range(of: "</section>", range: start.upperBound..<page.endIndex) else { return [] }
        let section = String(page[start.lowerBound..<end.upperBound])
        let pattern = try! NSRegularExpression(pattern: "<tr><th scope=\"row\">(.*?)</th><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>")
        return pattern.matches(in: section, range: NSRange(section.startIndex..., in: section)).map { match in
            (1...4).map { String(section[Range(match.range(at: $0), in: section)!]) }
        }
    }

    /// The example hub: every period of metrics.csv in which items were published, counted apart from the
    /// engine from the items' own files (drafts and items embargoed at `now` left out).
    @Test func theExampleHubCountsThePublishedItemsOfEachPeriod() throws {
        let site = try BuiltSite(content: TestPaths.exampleHub, now: Self.now)
        let (hub, _) = ContentLoader.load(TestPaths.exampleHub)
        let clock = HubClock(timeZone: hub.config.timeZone), now = try clock.now(Self.now)
        let periods = Set(try #require(hub.results).rows.map(\.period)).sorted()
        let expected = periods.compactMap { period -> [String]? in
            let items = hub.shareItems.filter { item in
                !item.info.draft && item.publish.map { $0.value <= now && period.start(clock) <= $0.value && $0.value < period.end(clock) } ?? false
            }
            guard !items.isEmpty else { return nil }
            let curated = items.filter { $0.source == .curated }.count
            return [period.label(in: .da), "\(items.count - curated)", "\(curated)",
                    ResultNumber.format(Double((200 * curated + items.count) / (2 * items.count)), unit: "%", language: .da)]
        }
        #expect(!expected.isEmpty)
        #expect(Self.rows(site.file("results/index.html")) == expected)
        #expect(site.file("results/index.html").contains("<h2 id=\"egne-og-kuraterede\">Egne og kuraterede opslag</h2>"))
    }

    @Test func curatedItemsAndTheTargetAreShownAndEmbargoedOnesAreNot() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent) }
        let settings = content + "/hub.yml"
        try (String(contentsOfFile: settings, encoding: .utf8).replacingOccurrences(of: "language: da", with: "language: en")
             + "balance: { curated: 30 }\n").write(toFile: settings, atomically: false, encoding: .utf8)
        for (slug, publish, curated) in [("own-1", "2026-10-05", false), ("cur-1", "2026-10-06", true), ("cur-2", "2026-11-02", true),
                                         ("later", "2026-12-20", true)] {
            try """
                ---
                title: Item \(slug)
                link: https://www.nordvik.dk/\(slug)
                disciplines: [social-selling]
                publish: \(publish)
                \(curated ? "source: curated\nvia: Dansk Industri" : "")
                ---
                Background.

                ```share social-selling
                Text.
                ```

                """.write(toFile: content + "/share/\(slug).md", atomically: false, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: content + "/results", withIntermediateDirectories: true)
        try "period,metric,value\n2026-Q3,reach,100\n2026-Q4,reach,200\n2026-10,reach,80\n"
            .write(toFile: content + "/results/metrics.csv", atomically: false, encoding: .utf8)
        let site = try BuiltSite(content: content, now: Self.now)
        #expect(!site.report.hasErrors, "\(site.report.diagnostics)")
        let page = site.file("results/index.html")
        // The valid hub's own items publish on 20 November and 1 December; "later" is embargoed on 10 December.
        #expect(Self.rows(page) == [["October 2026", "1", "1", "50%"], ["Q4 2026", "3", "2", "40%"]], "Q3 has no items: no row")
        #expect(page.contains("The items the hub published in each period, for the whole hub. The target is 30% curated."))
        #expect(!page.contains("Item later"))
    }
}
