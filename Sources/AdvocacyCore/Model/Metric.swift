/// What a result measures: an id used in `metrics.csv`, a label people read, and a unit.
public struct Metric: Sendable, Hashable {
    /// The id in the `metric` column, such as `reach`.
    public var id: String
    /// The label on the results page, in the hub's language.
    public var label: String
    /// What the value counts: empty for a plain count, `%` for a rate, or a word such as `kr.`.
    public var unit: String

    /// Creates a metric.
    public init(id: String, label: String, unit: String) {
        self.id = id
        self.label = label
        self.unit = unit
    }

    /// Whether the value is a share of 100: it cannot be above 100.
    public var isRate: Bool { unit == "%" }

    /// Whether the figure tells how many people took part, or is derived from it, so that it is
    /// held back for a period with fewer people than `min-group`.
    public var isFromParticipants: Bool { MetricCatalogue.fromParticipants.contains(id) }
}
