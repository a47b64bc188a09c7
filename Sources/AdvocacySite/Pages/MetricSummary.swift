import AdvocacyCore
import AdvocacyTemplates

/// One metric as the results page shows it: its latest figure, the change from the period before,
/// its target and the distance to it, a chart over all its periods, and the same figures as a table.
struct MetricSummary: TemplateObject, Hashable {
    /// A row of the metric's table: one period as `metrics.csv` gives it.
    struct Row: TemplateObject, Hashable {
        package let period: String
        package let value: String
        package let target: String
        package let note: String

        package func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .period: .text(period)
            case .value: .text(value)
            case .target: .text(target)
            case .note: .text(note)
            default: nil
            }
        }
    }

    package let id: String
    package let label: String
    package let latest: String
    /// The latest period's name, with `foreløbig` when its figure is preliminary.
    let latestPeriod: String
    /// `up`, `down` or `same`; `preliminary` when the latest figure is, and is not compared; empty
    /// when the period before has no figure.
    package let direction: String
    /// Such as `Op 12,5 % fra 3. kvartal 2026`; for a preliminary figure, that it is compared with
    /// the period before once its period is over (a part of a period is never set against a whole
    /// one, and the part of the period before is not known); empty when the period before has no figure.
    package let change: String
    /// Whether some period has a target, and whether some period's figure is preliminary: what the
    /// chart's legend explains.
    let hasTargets: Bool
    let hasPreliminary: Bool
    package let target: String
    /// Such as `1.600 til målet` or `Målet er nået`; empty without a target.
    package let distance: String
    /// The chart's SVG, built from escaped values.
    package let chart: String
    package let rows: [Row]

    /// The summary of `metric` from its rows, oldest period first.
    package init(_ metric: Metric, rows: [ResultRow], words: SiteStrings, language: HubLanguage) {
        func shown(_ value: Double) -> String { ResultNumber.format(value, unit: metric.unit, language: language) }
        let latestRow = rows[rows.count - 1]
        id = metric.id
        label = metric.label
        latest = shown(latestRow.value)
        let preliminaryWord = words["results-preliminary"]
        func periodLabel(_ row: ResultRow) -> String {
            row.period.label(in: language) + (row.preliminary == nil ? "" : ", " + preliminaryWord)
        }
        latestPeriod = periodLabel(latestRow)
        let earlier = latestRow.period.previous.flatMap { before in rows.first { $0.period == before } }
        if let earlier, let day = latestRow.preliminary {
            let before = earlier.period
            direction = "preliminary"
            change = Placeholders.fill(words["results-change-preliminary"]) { name in
                switch name {
                case "day": MessageDates.dayAndMonth(day, in: language)
                case "period": before.label(in: language)
                default: nil
                }
            }
        } else if let earlier {
            let before = earlier.period
            let difference = latestRow.value - earlier.value
            direction = difference > 0 ? "up" : difference < 0 ? "down" : "same"
            let amount: String? = if metric.isRate {
                ResultNumber.format(abs(difference), unit: "", language: language, decimals: 1) + " " + words["results-points"]
            } else if earlier.value != 0 {
                ResultNumber.format(abs(difference / earlier.value * 100), unit: "%", language: language, decimals: 1)
            } else {
                nil
            }
            change = Placeholders.fill(words["results-change-\(direction)"]) { name in
                switch name {
                case "amount": amount ?? ""
                case "period": before.label(in: language)
                default: nil
                }
            }.trimmingCharacters(in: .whitespaces)
        } else {
            direction = ""
            change = ""
        }
        target = latestRow.target.map(shown) ?? ""
        distance = latestRow.target.map { goal in
            goal <= latestRow.value ? words["results-target-reached"]
                : Placeholders.fill(words["results-to-go"]) { $0 == "amount" ? shown(goal - latestRow.value) : nil }
        } ?? ""
        let first = rows[0].period.label(in: language)
        hasTargets = rows.contains { $0.target != nil }
        hasPreliminary = rows.contains { $0.preliminary != nil }
        let targetWords = hasTargets ? " " + words["results-chart-target"] : ""
        let preliminaryWords = hasPreliminary ? " " + words["results-chart-preliminary"] : ""
        let description = Placeholders.fill(words["results-chart-description"] + targetWords + preliminaryWords) { name in
            switch name {
            case "label": metric.label
            case "count": "\(rows.count)"
            case "first": first
            case "last": latestRow.period.label(in: language)
            default: nil
            }
        }
        chart = ResultChart(id: "chart-\(metric.id)", title: metric.label, description: description,
                            bars: rows.map { .init(label: $0.period.label(in: language), value: $0.value, target: $0.target,
                                                   shown: shown($0.value), preliminary: $0.preliminary == nil ? nil : preliminaryWord) }).svg
        self.rows = rows.map { Row(period: periodLabel($0), value: shown($0.value),
                                   target: $0.target.map(shown) ?? "", note: $0.note ?? "") }
    }

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .id: .text(id)
        case .label: .text(label)
        case .latest: .text(latest)
        case .latestPeriod: .text(latestPeriod)
        case .direction: .text(direction)
        case .change: .text(change)
        case .target: .text(target)
        case .distance: .text(distance)
        case .chart: .text(chart)
        case .hasTargets: .bool(hasTargets)
        case .hasPreliminary: .bool(hasPreliminary)
        case .rows: .objects(rows)
        default: nil
        }
    }
}
