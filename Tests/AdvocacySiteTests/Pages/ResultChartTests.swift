import Foundation
@testable import AdvocacySite
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing

@Suite struct ResultChartTests {
    /// The elements of an SVG document by name, with their attributes, as XMLParser reads them.
    final class Elements: NSObject, XMLParserDelegate {
        var found: [(name: String, attributes: [String: String])] = []
        var texts: [String: String] = [:]
        private var current = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            found.append((name, attributes))
            current = name
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { texts[current, default: ""] += string }

        func named(_ name: String, class className: String? = nil) -> [[String: String]] {
            found.filter { $0.name == name && (className == nil || $0.attributes["class"] == className) }.map(\.attributes)
        }
    }

    static func parse(_ svg: String) throws -> Elements {
        let parser = XMLParser(data: Data(svg.utf8))
        let elements = Elements()
        parser.delegate = elements
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
        return elements
    }

    let bars: [ResultChart.Bar] = [
        .init(label: "Q1 <2026>", value: 3400, target: nil, shown: "3,400"),
        .init(label: "Q2 & more", value: 6900, target: 6000, shown: "6,900"),
        .init(label: "Q3", value: 0, target: 8000, shown: "0"),
        .init(label: "Q4", value: 7400, target: 8000, shown: "7,400"),
    ]

    @Test func parsesAsXMLAndNamesItself() throws {
        let chart = ResultChart(id: "chart-site-visits", title: "Visits \"from\" links", description: "Bars <per> period", bars: bars)
        let svg = try Self.parse(chart.svg)
        let root = try #require(svg.named("svg").first)
        #expect(root["role"] == "img")
        #expect(root["aria-labelledby"] == "chart-site-visits-title chart-site-visits-desc")
        #expect(svg.named("title").first?["id"] == "chart-site-visits-title")
        #expect(svg.named("desc").first?["id"] == "chart-site-visits-desc")
        #expect(svg.texts["title"] == "Visits \"from\" links")
        #expect(svg.texts["desc"] == "Bars <per> period")
    }

    @Test func barHeightsAreTheValuesOnOneScale() throws {
        let svg = try Self.parse(ResultChart(id: "c", title: "t", description: "d", bars: bars).svg)
        let rects = svg.named("rect", class: "chart-bar")
        #expect(rects.count == bars.count)
        let heights = rects.compactMap { $0["height"].flatMap(Double.init) }
        let bottoms = rects.compactMap { rect in Double(rect["y"]!).map { $0 + Double(rect["height"]!)! } }
        // The tallest of values and targets (8000) fills the plot; every bar stands on the same baseline.
        let scale = ResultChart.plotHeight / 8000
        for (height, bar) in zip(heights, bars) {
            #expect(abs(height - bar.value * scale) < 0.01, "\(bar.label): \(height)")
        }
        #expect(Set(bottoms).count == 1)
    }

    @Test func targetsAreLinesAtTheirHeight() throws {
        let svg = try Self.parse(ResultChart(id: "c", title: "t", description: "d", bars: bars).svg)
        let baseline = ResultChart.height - ResultChart.bottom
        let lines = svg.named("line", class: "chart-target")
        #expect(lines.count == 3)
        let heights = lines.compactMap { $0["y1"].flatMap(Double.init) }.map { baseline - $0 }
        let expected = bars.compactMap(\.target).map { $0 * ResultChart.plotHeight / 8000 }
        #expect(zip(heights, expected).allSatisfy { abs($0 - $1) < 0.01 })
        #expect(lines.allSatisfy { $0["y1"] == $0["y2"] })
    }

    /// A value's text never crosses its target line: over the bar, or over a target just above it.
    @Test func aValueIsWrittenClearOfItsTargetLine() throws {
        let close: [ResultChart.Bar] = [.init(label: "Q1", value: 11.1, target: 12, shown: "11,1 %"),
                                        .init(label: "Q2", value: 15.7, target: 15, shown: "15,7 %"),
                                        .init(label: "Q3", value: 3.9, target: 16, shown: "3,9 %")]
        let svg = try Self.parse(ResultChart(id: "c", title: "t", description: "d", bars: close).svg)
        let baseline = ResultChart.height - ResultChart.bottom, scale = ResultChart.plotHeight / 16
        let values = svg.named("text", class: "chart-value").compactMap { $0["y"].flatMap(Double.init) }
        let targets = svg.named("line", class: "chart-target").compactMap { $0["y1"].flatMap(Double.init) }
        #expect(values.count == 3 && targets.count == 3)
        for (index, bar) in close.enumerated() {
            let textBottom = values[index], textTop = textBottom - ResultChart.valueHeight
            #expect(!(textTop...textBottom).contains(targets[index]), "\(bar.label): the text crosses the target line")
            #expect(textBottom <= baseline - bar.value * scale, "\(bar.label): the text stands over its bar")
        }
    }
}
