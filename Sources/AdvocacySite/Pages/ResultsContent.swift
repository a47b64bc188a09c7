import AdvocacyCore
import AdvocacyTemplates

/// The results page: every metric with its figures, chart and table, a word on the figures held
/// back for small groups, the own and curated items published in each period, and the evaluations,
/// newest first.
struct ResultsContent: PageContent {
    /// One period's own and curated items, for the whole hub.
    struct MixRow: TemplateObject, Hashable {
        package let period: String
        package let own: String
        package let curated: String
        /// The per cent curated, such as `33 %`.
        package let share: String

        package func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .period: .text(period)
            case .own: .text(own)
            case .curated: .text(curated)
            case .share: .text(share)
            default: nil
            }
        }
    }

    package let metrics: [MetricSummary]
    /// Such as `Ikke vist for uge 48, 2026: …`; empty when nothing is held back.
    package let withheld: String
    /// The periods of `metrics.csv` in which items were published, oldest first, with their mix.
    package let mix: [MixRow]
    /// Such as `Målet er 30 % kuraterede.`: hub.yml's overall balance; empty without one.
    package let mixTarget: String
    package let evaluations: [EvaluationLink]

    /// The page of `results`: metrics in the order `metrics.csv` first names them; the mix of `items`
    /// (the published ones) in each of its periods, by their `publish` on `clock`.
    package init(_ results: Results, minGroup: Int, items: [ShareItem], balance: CuratedBalance?, clock: HubClock,
                 words: SiteStrings, urls: SiteURLs, language: HubLanguage) {
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
        let periods = Set(results.rows.map(\.period)).sorted()
        mix = periods.compactMap { period in
            let start = period.start(clock), end = period.end(clock)
            let counted = CuratedMix(items.filter { $0.publish.map { start <= $0.value && $0.value < end } ?? false }.map(\.source))
            guard let percent = counted.percentCurated else { return nil }
            return MixRow(period: period.label(in: language), own: ResultNumber.format(Double(counted.own), unit: "", language: language),
                          curated: ResultNumber.format(Double(counted.curated), unit: "", language: language),
                          share: ResultNumber.format(Double(percent), unit: "%", language: language))
        }
        mixTarget = balance?.curated.map { target in
            Placeholders.fill(words["results-mix-target"]) { $0 == "target" ? ResultNumber.format(Double(target.value), unit: "%", language: language) : nil }
        } ?? ""
    }

    package func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .metrics: .objects(metrics)
        case .hasMetrics: .bool(!metrics.isEmpty)
        case .withheld: .text(withheld)
        case .mix: .objects(mix)
        case .hasMix: .bool(!mix.isEmpty)
        case .mixTarget: .text(mixTarget)
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
