import AdvocacyCore

/// A metric's figures over its periods as an inline SVG bar chart, drawn at build time: one bar per
/// period, the target as a dashed line across the slot of each period that has one, the texts on top.
/// A preliminary period's bar is hatched (a pattern inside the SVG) and labelled as preliminary.
/// Every text in it is escaped; its title and description name it for screen readers, which read
/// the numbers from the table beside it.
///
/// The drawing is narrow (400 units) and its texts large (15 and 16 units), so that on a phone, where
/// it is about 330 px wide, they are still at least 12 px high; the stylesheet keeps it from growing
/// past 28rem on a wide screen.
struct ResultChart {
    /// One bar: the period's label, its value and its target, how the value is written, and the
    /// words under the label when the period's figure is preliminary.
    struct Bar {
        package let label: String
        package let value: Double
        package let target: Double?
        package let shown: String
        var preliminary: String? = nil
    }

    /// The drawing's size in SVG units; it scales to the width of the page.
    package static let width = 400.0, height = 248.0
    /// The font sizes of the values and of the labels under the bars, in SVG units (style.css says the same).
    static let valueSize = 16.0, labelSize = 15.0
    /// How far a value's text stands above what it sits on.
    static let valueGap = 6.0
    /// The room above the bars (for a value written over the highest bar or target line) and below
    /// them (for the labels, in up to three lines).
    package static let top = valueGap + valueSize + 4, bottom = 3 * (labelSize + 3) + 8
    /// The height of the tallest bar or target.
    static var plotHeight: Double { height - top - bottom }

    /// Unique on its page: the ids of the title, the description and the hatching start with it.
    package let id: String
    package let title: String
    package let description: String
    let bars: [Bar]

    /// A box a value's text takes, in SVG units, y growing downwards.
    struct Box: Equatable {
        let left: Double, right: Double, top: Double, bottom: Double
    }

    /// A target line: from `left` to `right` at height `y`.
    struct Line: Equatable {
        let left: Double, right: Double, y: Double
    }

    /// Where each bar, target line and value goes.
    struct Layout {
        let slot: Double, barWidth: Double, baseline: Double, scale: Double
        let lines: [Line?]
        /// The baseline of each value's text.
        let valueBaselines: [Double]
        let valueBoxes: [Box]
    }

    /// How wide a text of `count` characters is at most, at `size`: digits, points and spaces of the
    /// hub's font are narrower than 0.62 of its size.
    static func textWidth(_ count: Int, size: Double) -> Double { Double(count) * size * 0.62 }

    /// The value's box with its baseline at `y`: from the ascent of the figures above it to the descent below.
    static func box(middle: Double, width: Double, baseline y: Double) -> Box {
        Box(left: middle - width / 2, right: middle + width / 2, top: y - valueSize * 0.8, bottom: y + valueSize * 0.25)
    }

    static func crosses(_ box: Box, _ line: Line) -> Bool {
        line.left < box.right && box.left < line.right && box.top <= line.y && line.y <= box.bottom
    }

    /// Places the bars, the target lines and the values: a value stands `valueGap` over its bar, and
    /// is moved up over any target line its text would touch (its own, or a neighbour's when the text
    /// is wider than its slot), until it touches none. The room above the plot holds a value over
    /// the highest line, so none is pushed out of the drawing.
    static func layout(_ bars: [Bar]) -> Layout {
        let largest = bars.map { max($0.value, $0.target ?? 0) }.max() ?? 0
        let scale = largest > 0 ? plotHeight / largest : 0
        let slot = width / Double(max(bars.count, 1))
        let baseline = height - bottom
        let lines: [Line?] = bars.enumerated().map { index, bar in
            bar.target.map { target in
                let middle = slot * (Double(index) + 0.5)
                return Line(left: middle - slot / 2 + 4, right: middle + slot / 2 - 4, y: baseline - target * scale)
            }
        }
        var baselines: [Double] = [], boxes: [Box] = []
        for (index, bar) in bars.enumerated() {
            let middle = slot * (Double(index) + 0.5), textWidth = textWidth(bar.shown.count, size: valueSize)
            var y = baseline - bar.value * scale - valueGap - valueSize * 0.25
            var box = box(middle: middle, width: textWidth, baseline: y)
            while let line = lines.compactMap({ $0 }).filter({ crosses(box, $0) }).min(by: { $0.y < $1.y }) {
                y = line.y - valueGap - valueSize * 0.25
                box = Self.box(middle: middle, width: textWidth, baseline: y)
            }
            baselines.append(y)
            boxes.append(box)
        }
        return Layout(slot: slot, barWidth: min(slot * 0.6, 70), baseline: baseline, scale: scale, lines: lines,
                      valueBaselines: baselines, valueBoxes: boxes)
    }

    /// A period's label in two lines, cut at its last space (`4. kvartal` over `2026`), so that
    /// neighbours' labels do not run into each other on a narrow drawing.
    static func labelLines(_ label: String) -> [String] {
        guard let space = label.lastIndex(of: " ") else { return [label] }
        return [String(label[..<space]), String(label[label.index(after: space)...])]
    }

    /// The SVG element.
    package var svg: String {
        let layout = Self.layout(bars)
        let hatch = "\(id)-hatch"
        var out = "<svg class=\"chart\" viewBox=\"0 0 \(Self.number(Self.width)) \(Self.number(Self.height))\" role=\"img\""
            + " aria-labelledby=\"\(id)-title \(id)-desc\" xmlns=\"http://www.w3.org/2000/svg\">"
            + "<title id=\"\(id)-title\">\(HTML.escape(title))</title><desc id=\"\(id)-desc\">\(HTML.escape(description))</desc>"
        if bars.contains(where: { $0.preliminary != nil }) {
            out += "<defs><pattern id=\"\(hatch)\" width=\"8\" height=\"8\" patternUnits=\"userSpaceOnUse\" patternTransform=\"rotate(45)\">"
                + "<line class=\"chart-hatch\" x1=\"2\" y1=\"0\" x2=\"2\" y2=\"8\"/></pattern></defs>"
        }
        out += "<line class=\"chart-axis\" x1=\"0\" y1=\"\(Self.number(layout.baseline))\" x2=\"\(Self.number(Self.width))\" y2=\"\(Self.number(layout.baseline))\"/>"
        var texts = ""
        for (index, bar) in bars.enumerated() {
            let middle = layout.slot * (Double(index) + 0.5)
            let barHeight = bar.value * layout.scale
            let shape = "x=\"\(Self.number(middle - layout.barWidth / 2))\" y=\"\(Self.number(layout.baseline - barHeight))\""
                + " width=\"\(Self.number(layout.barWidth))\" height=\"\(Self.number(barHeight))\""
            if bar.preliminary != nil {
                out += "<rect class=\"chart-bar chart-bar-preliminary\" \(shape)/><rect class=\"chart-hatched\" fill=\"url(#\(hatch))\" \(shape)/>"
            } else {
                out += "<rect class=\"chart-bar\" \(shape)/>"
            }
            texts += "<text class=\"chart-value\" x=\"\(Self.number(middle))\" y=\"\(Self.number(layout.valueBaselines[index]))\""
                + " text-anchor=\"middle\">\(HTML.escape(bar.shown))</text>"
            let lines = Self.labelLines(bar.label) + (bar.preliminary.map { [$0] } ?? [])
            for (row, line) in lines.enumerated() {
                let last = bar.preliminary != nil && row == lines.count - 1
                texts += "<text class=\"chart-label\(last ? " chart-preliminary" : "")\" x=\"\(Self.number(middle))\""
                    + " y=\"\(Self.number(layout.baseline + Self.labelSize + 4 + Double(row) * (Self.labelSize + 3)))\""
                    + " text-anchor=\"middle\">\(HTML.escape(line))</text>"
            }
            if let line = layout.lines[index] {
                let y = Self.number(line.y)
                out += "<line class=\"chart-target\" x1=\"\(Self.number(line.left))\" y1=\"\(y)\" x2=\"\(Self.number(line.right))\" y2=\"\(y)\"/>"
            }
        }
        return out + texts + "</svg>"
    }

    /// A coordinate with at most two decimals, the same on every machine.
    package static func number(_ value: Double) -> String { ResultNumber.plain(value) }
}
