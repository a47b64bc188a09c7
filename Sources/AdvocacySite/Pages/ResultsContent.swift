import AdvocacyCore
import AdvocacyTemplates

/// The results page: every metric with its figures, chart and table, a word on the figures held
/// back for small groups, and the evaluations, newest first.
struct ResultsContent: PageContent {
    package let metrics: [MetricSummary]
    /// Such as `Ikke vist for uge 48, 2026: …`; empty when nothing is held back.
    package let withheld: String
    package let evaluations: [EvaluationLink]

    /// The page of `results`: metrics in the order `metrics.csv` first names them.
    package init(_ results: Results, minGroup: Int, words: SiteStrings, urls: SiteURLs, language: HubLanguage) {
        var order: [String] = []
        var rows: [String: [ResultRow]] = [:]
        for row in results.rows {
            if rows[row.metric] == nil { order.append(row.metric) }
            rows[row.metric, default: []].append(row)
        }
        metrics = order.compactMap { id in
            results.catalogue[id].map { MetricSummary($0, rows: rows[id]!.sorted { $0.period < $1.period }, words: words, language: language) }
        }
        withheld = results.withheld.isEmpty ? "" : Placeholders.fill(words["results-withheld"]) { name in
            switch name {
            case "periods": results.withheld.map { $0.label(in: language) }.joined(separator: ", ")
            case "min": "\(minGroup)"
            default: nil
            }
        }
        evaluations = results.evaluations.map { EvaluationLink($0, urls: urls, language: language) }
    }

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .metrics: .objects(metrics)
        case .hasMetrics: .bool(!metrics.isEmpty)
        case .withheld: .text(withheld)
        case .evaluations: .objects(evaluations)
        case .hasEvaluations: .bool(!evaluations.isEmpty)
        default: nil
        }
    }
}

/// An evaluation in a list: its title, summary, period and page.
struct EvaluationLink: TemplateObject, Hashable {
    package let title: String
    package let summary: String
    package let period: String
    package let url: String

    package init(_ evaluation: Evaluation, urls: SiteURLs, language: HubLanguage) {
        title = evaluation.info.title.value
        summary = evaluation.info.summary ?? ""
        period = evaluation.period.label(in: language)
        url = urls.evaluation(evaluation.period)
    }

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .title: .text(title)
        case .summary: .text(summary)
        case .period: .text(period)
        case .url: .text(url)
        default: nil
        }
    }
}

/// An evaluation's own page.
struct EvaluationContent: PageContent {
    package let evaluation: EvaluationLink
    package let body: BodyModel

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .evaluation: .object(evaluation)
        case .body: .object(body)
        default: nil
        }
    }
}
