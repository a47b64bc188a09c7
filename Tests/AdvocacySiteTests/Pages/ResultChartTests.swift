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
            let textTop = values[index] - ResultChart.valueSize, textBottom = values[index] + ResultChart.valueSize * 0.25
            #expect(!(textTop...textBottom).contains(targets[index]), "\(bar.label): the text crosses the target line")
            #expect(textBottom <= baseline - bar.value * scale, "\(bar.label): the text stands over its bar")
        }
    }

    /// The example's Q4: 7.400 against the 8.000 target was written on the line.
    @Test func theExamplesSevenThousandFourHundredStandsClearOfItsEightThousandLine() {
        let layout = ResultChart.layout(bars)
        let line = try! #require(layout.lines[3])
        #expect(layout.valueBoxes[3].bottom < line.y, "\(layout.valueBoxes[3]) against \(line)")
    }

    /// Property: for random figures, targets and widths of the written values, no value's box meets
    /// any target line (its own or a neighbour's), each stands over its bar, and all stay in the drawing.
    @Test func noValueLabelEverMeetsATargetLine() {
        var state: UInt64 = UInt64(ProcessInfo.processInfo.environment["ADVOCACY_PROPERTY_SEED"] ?? "") ?? 0x5EED_C4A7
        func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
        func uniform(_ range: ClosedRange<Double>) -> Double { range.lowerBound + Double(next() % 1_000_001) / 1_000_000 * (range.upperBound - range.lowerBound) }
        for run in 0..<2_000 {
            let seed = state
            let count = Int(next() % 8) + 1, top = uniform(1...20_000)
            let bars: [ResultChart.Bar] = (0..<count).map { index in
                let value = next() % 5 == 0 ? 0 : uniform(0...top)
                let target: Double? = next() % 3 == 0 ? nil : next() % 4 == 0 ? value + uniform(-top / 50...top / 50) : uniform(0...top)
                return .init(label: "P\(index)", value: value, target: target.map { max(0, $0) },
                             shown: String(repeating: "8", count: Int(next() % 9) + 1))
            }
            let layout = ResultChart.layout(bars)
            for (index, box) in layout.valueBoxes.enumerated() {
                for line in layout.lines.compactMap({ $0 }) {
                    #expect(!ResultChart.crosses(box, line), "run \(run), seed \(seed): value \(index) \(box) meets \(line) in \(bars.map { ($0.value, $0.target) })")
                }
                #expect(box.top >= 0, "run \(run), seed \(seed): value \(index) leaves the drawing")
                #expect(box.bottom <= layout.baseline - bars[index].value * layout.scale + 0.001, "run \(run), seed \(seed): value \(index) is not over its bar")
            }
        }
    }

    /// A preliminary period's bar is hatched by a pattern of the drawing's own and says so under its label.
    @Test func aPreliminaryBarIsHatchedAndLabelled() throws {
        var marked = bars
        marked[3].preliminary = "foreløbig"
        let source = ResultChart(id: "c", title: "t", description: "d", bars: marked).svg
        let svg = try Self.parse(source)
        #expect(svg.named("pattern").first?["id"] == "c-hatch")
        #expect(svg.named("rect", class: "chart-hatched").map { $0["fill"] } == ["url(#c-hatch)"])
        #expect(svg.named("rect", class: "chart-bar chart-bar-preliminary").count == 1)
        #expect(svg.named("rect").filter { $0["class"]?.hasPrefix("chart-bar") == true }.count == bars.count)
        #expect(svg.named("text", class: "chart-label chart-preliminary").count == 1)
        #expect(!source.contains("http:") || source.components(separatedBy: "http").count == 2, "no reference beyond the namespace")
        #expect(!ResultChart(id: "c", title: "t", description: "d", bars: bars).svg.contains("<pattern"))
    }
}
