/// The metrics a hub knows: the built-in ones, labelled in the hub's language, and those hub.yml
/// declares under `metrics`, which may also relabel a built-in one.
public struct MetricCatalogue: Sendable, Hashable {
    /// Every known metric by id.
    public private(set) var metrics: [String: Metric]

    /// The built-in metrics in `language`, with `declared` added on top.
    public init(language: HubLanguage, declared: [Metric] = []) {
        var metrics: [String: Metric] = [:]
        for (id, danish, english, unit) in Self.builtIn {
            metrics[id] = Metric(id: id, label: language == .da ? danish : english, unit: unit)
        }
        for metric in declared { metrics[metric.id] = metric }
        self.metrics = metrics
    }

    /// The metric with an id, if known.
    public subscript(_ id: String) -> Metric? { metrics[id] }

    /// Every known id, sorted.
    public var ids: [String] { metrics.keys.sorted() }

    /// The ids whose figures tell or are derived from how many people took part.
    static let fromParticipants: Set<String> = ["participants", "participation-rate"]

    /// Id, Danish label, English label and unit of each built-in metric.
    private static let builtIn: [(String, String, String, String)] = [
        ("reach", "Rækkevidde", "Reach", ""),
        ("impressions", "Visninger", "Impressions", ""),
        ("clicks", "Klik", "Clicks", ""),
        ("shares", "Delinger", "Shares", ""),
        ("reactions", "Reaktioner", "Reactions", ""),
        ("participants", "Kolleger, der deltog", "Colleagues taking part", ""),
        ("participation-rate", "Andel af kolleger, der deltog", "Share of colleagues taking part", "%"),
        ("profile-views", "Profilvisninger", "Profile views", ""),
        ("applications", "Kvalificerede ansøgninger", "Qualified applications", ""),
        ("leads", "Leads", "Leads", ""),
        ("site-visits", "Besøg på hjemmesiden", "Visits to the website", ""),
    ]
}
