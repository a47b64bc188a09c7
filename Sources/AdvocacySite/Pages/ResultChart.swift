import AdvocacyCore

/// A metric's figures over its periods as an inline SVG bar chart, drawn at build time: one bar per
/// period, the target as a line across the bar of each period that has one, the texts on top. Every text in it is
/// escaped; its title and description name it for screen readers, which read the numbers from the
/// table beside it.
struct ResultChart {
    /// One bar: the period's label, its value and its target, and how the value is written.
    struct Bar {
        package let label: String
        package let value: Double
        package let target: Double?
        package let shown: String
    }

    /// The drawing's size in SVG units; it scales to the width of the page.
    package static let width = 640.0, height = 260.0
    /// The room above the bars (for the values written over them) and below them (for the labels).
    package static let top = 28.0, bottom = 40.0
    /// How far a value's text stands above what it sits on, and how tall it is.
    static let valueGap = 8.0, valueHeight = 14.0
    /// The height of the tallest bar or target.
    static var plotHeight: Double { height - top - bottom }

    /// Unique on its page: the ids of the title and description start with it.
    package let id: String
    package let title: String
    package let description: String
    let bars: [Bar]

    /// The SVG element.
    package var svg: String {
        let largest = bars.map { max($0.value, $0.target ?? 0) }.max() ?? 0
        let scale = largest > 0 ? Self.plotHeight / largest : 0
        let slot = Self.width / Double(max(bars.count, 1))
        let barWidth = min(slot * 0.6, 90)
        let baseline = Self.height - Self.bottom
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(Self.height))\" role=\"img\""
            + " aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(id)-title\">\(HTML.escape(title))</title><desc id=\"\(id)-desc\">\(HTML.escape(description))</desc>"
            + "<line class=\"chart-axis\" x1=\"0\" y1=\"\(Self.number(baseline))\" x2=\"\(Self.number(Self.width))\" y2=\"\(Self.number(baseline))\"/>"
        var texts = ""
        for (index, bar) in bars.enumerated() {
            let middle = slot * (Double(index) + 0.5)
            let barHeight = bar.value * scale
            out += "<rect class=\"chart-bar\" x=\"\(Self.number(middle - barWidth / 2))\" y=\"\(Self.number(baseline - barHeight))\""
                + " width=\"\(Self.number(barWidth))\" height=\"\(Self.number(barHeight))\"/>"
            texts += "<text class=\"chart-value\" x=\"\(Self.number(middle))\" y=\"\(Self.number(baseline - Self.valueBase(bar, scale: scale)))\""
                + " text-anchor=\"middle\">\(HTML.escape(bar.shown))</text>"
            texts += "<text class=\"chart-label\" x=\"\(Self.number(middle))\" y=\"\(Self.number(baseline + 24))\""
                + " text-anchor=\"middle\">\(HTML.escape(bar.label))</text>"
            if let target = bar.target {
                let y = Self.number(baseline - target * scale)
                out += "<line class=\"chart-target\" x1=\"\(Self.number(middle - slot / 2 + 4))\" y1=\"\(y)\""
                    + " x2=\"\(Self.number(middle + slot / 2 - 4))\" y2=\"\(y)\"/>"
            }
        }
        return out + texts + "</svg>"
    }

    /// How high above the baseline a bar's value is written: over the bar, or over the target line
    /// when that runs just above the bar, where the text would cross it.
    static func valueBase(_ bar: Bar, scale: Double) -> Double {
        let barTop = bar.value * scale
        guard let target = bar.target.map({ $0 * scale }), target > barTop, target < barTop + valueGap + valueHeight else {
            return barTop + valueGap
        }
        return target + valueGap
    }

    /// A coordinate with at most two decimals, the same on every machine.
    package static func number(_ value: Double) -> String { ResultNumber.plain(value) }
}
