import Foundation
@testable import AdvocacyCore
@testable import AdvocacyLoad
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import AdvocacyTestSupport

/// The results page of a built site: the example hub's figures as written in metrics.csv, the
/// min-group rule, and no page at all for a hub without results.
@Suite struct ResultsPageTests {
    static let now = "2026-12-10T09:00"

    /// The section of the results page about one metric.
    static func section(_ page: String, metric: String) -> String {
        guard let start = page.range(of: "<section class=\"metric\" aria-labelledby=\"maal-\(metric)\">"),
              let end = page.range(of: "</section>", range: start.upperBound..<page.endIndex) else { return "" }
        return String(page[start.lowerBound..<end.upperBound])
    }

    /// The rows of a metric's table: period, value, target and note as the page shows them.
    static func tableRows(_ section: String) -> [[String]] {
        let pattern = try! NSRegularExpression(pattern: "<tr><th scope=\"row\">(.*?)</th><td>(.*?)</td><td>(.*?)</td><td>(.*?)</td></tr>")
        return pattern.matches(in: section, range: NSRange(section.startIndex..., in: section)).map { match in
            (1...4).map { String(section[Range(match.range(at: $0), in: section)!]) }
        }
    }

    @Test func theExampleHubsTablesHoldExactlyTheFiguresOfMetricsCSV() throws {
        let site = try BuiltSite(content: TestPaths.exampleHub, now: Self.now)
        let page = site.file("results/index.html")
        let (hub, _) = ContentLoader.load(TestPaths.exampleHub)
        let catalogue = try #require(hub.results).catalogue
        // Read apart from the engine: the example's file has no quoted cells.
        let csv = try String(contentsOfFile: TestPaths.exampleHub + "/results/metrics.csv", encoding: .utf8)
        var expected: [String: [(Period, [String])]] = [:]
        for line in csv.split(separator: "\n").dropFirst() {
            let cells = line.split(separator: ",", omittingEmptySubsequences: false).map(String.init)
            let period = try #require(Period(cells[0])), unit = try #require(catalogue[cells[1]]).unit
            let shown = { (text: String) in text.isEmpty ? "" : ResultNumber.format(Double(text)!, unit: unit, language: .da) }
            // A preliminary figure (the last column names the day it runs to) says so beside its period.
            let label = period.label(in: .da) + (cells[5].isEmpty ? "" : ", foreløbig")
            expected[cells[1], default: []].append((period, [label, shown(cells[2]), shown(cells[3]), cells[4]]))
        }
        #expect(expected.count >= 5)
        for (metric, rows) in expected {
            let section = Self.section(page, metric: metric)
            #expect(Self.tableRows(section) == rows.sorted { $0.0 < $1.0 }.map(\.1), "\(metric)")
            let svg = try #require(section.range(of: "<svg").flatMap { start in
                section.range(of: "</svg>").map { String(section[start.lowerBound..<$0.upperBound]) } })
            let parser = XMLParser(data: Data(svg.utf8))
            #expect(parser.parse(), "\(metric): the chart is not well-formed XML")
            #expect(svg.components(separatedBy: "<rect class=\"chart-bar").count - 1 == rows.count, "\(metric)")
            #expect(svg.components(separatedBy: "class=\"chart-bar chart-bar-preliminary\"").count - 1
                    == rows.filter { $0.1[0].hasSuffix("foreløbig") }.count, "\(metric): preliminary bars are hatched")
        }
    }

    @Test func theExampleHubShowsChangeTargetAndTheLatestEvaluation() throws {
        let site = try BuiltSite(content: TestPaths.exampleHub, now: Self.now)
        let visits = Self.section(site.file("results/index.html"), metric: "site-visits")
        #expect(visits.contains("<dd class=\"metric-latest\">7.400</dd>"))
        // Q4 is preliminary (up to 30 November): never set against the whole of Q3 in the headline.
        #expect(visits.contains("<dd class=\"metric-change preliminary\">Foreløbigt tal pr. 30. november; det sammenlignes med 3. kvartal 2026, når perioden er slut</dd>"))
        #expect(visits.contains("<dt>Senest (4. kvartal 2026, foreløbig)</dt>"))
        #expect(visits.contains("8.000 <span class=\"metric-distance\">(600 til målet)</span>"))
        #expect(visits.contains("<figcaption class=\"chart-legend\">"))
        let page = site.file("results/index.html")
        #expect(!page.contains("metric-change down") && !page.contains("Ned 12,5"), "applications' preliminary 21 against Q3's 24")
        let rate = Self.section(page, metric: "participation-rate")
        #expect(!rate.contains("procentpoint fra"))
        #expect(rate.contains("(Målet er nået)"))
        // A final figure is compared as before.
        let signups = Self.section(page, metric: "tilmeldinger")
        #expect(signups.contains("Op 222,7\u{A0}% fra 3. kvartal 2026"))
        #expect(site.exists("results/2026-Q3/index.html") && site.exists("results/2026-Q2/index.html"))
        let home = site.file("index.html")
        #expect(home.contains("<a href=\"/results/2026-Q3/\">3. kvartal: Vi ramte ved siden af, og det har vi lært af</a>"))
        let list = site.file("results/index.html")
        let newest = try #require(list.range(of: "/results/2026-Q3/")), older = try #require(list.range(of: "/results/2026-Q2/"))
        #expect(newest.lowerBound < older.lowerBound)
    }

    @Test func aGroupBelowMinGroupShowsNoParticipantFigureAndIsWarnedAbout() throws {
        let hub = TestPaths.copy(TestPaths.validHub)
        try FileManager.default.createDirectory(atPath: hub + "/results", withIntermediateDirectories: true)
        try Data("""
            period,metric,value
            2026-W47,participants,12
            2026-W47,participation-rate,4.3
            2026-W48,participants,3
            2026-W48,participation-rate,1.1
            2026-W48,reach,800

            """.utf8).write(to: URL(fileURLWithPath: hub + "/results/metrics.csv"))
        let site = try BuiltSite(content: hub, now: Self.now)
        #expect(site.report.diagnostics.map(\.description).contains { $0.contains("warning: only 3 took part in 2026-W48") })
        let page = site.file("results/index.html")
        for metric in ["participants", "participation-rate"] {
            let periods = Self.tableRows(Self.section(page, metric: metric)).map { $0[0] }
            #expect(periods.count == 1 && !periods.contains { $0.contains("48") }, "\(metric): \(periods)")
        }
        #expect(Self.tableRows(Self.section(page, metric: "reach")).map { $0[1] } == ["800"])
        #expect(!page.contains(">3<") && !page.contains("1,1"))
        #expect(page.contains("<p class=\"withheld\">"))
    }

    @Test func aHubWithoutResultsHasNoResultsPageAndNoLinkToOne() throws {
        let site = try BuiltSite(content: TestPaths.validHub, now: Self.now)
        #expect(!site.exists("results/index.html"))
        #expect(!site.file("index.html").contains("/results/"))
    }
}
