/// One line of `results/metrics.csv`: a total of one metric for one period.
public struct ResultRow: Sendable, Hashable {
    /// The period the total is for.
    public var period: Period
    /// The metric's id.
    public var metric: String
    /// The total.
    public var value: Double
    /// What the team aimed for, if written.
    public var target: Double?
    /// A short remark shown with the figure, if written.
    public var note: String?
    /// The last day a preliminary total covers (days since 1970-01-01), a day of its period before
    /// the last; nil when the total is for the whole period.
    public var preliminary: Int?
    /// Where the row starts: its `period` cell.
    public var location: SourceLocation
    /// Where the row's `value` is written.
    public var valueLocation: SourceLocation
    /// Where the row's `target` is written, if it is.
    public var targetLocation: SourceLocation?

    /// Creates a value from its stored properties.
    package init(period: Period, metric: String, value: Double, target: Double? = nil, note: String? = nil, location: SourceLocation, valueLocation: SourceLocation, targetLocation: SourceLocation? = nil, preliminary: Int? = nil) {
        self.period = period
        self.metric = metric
        self.value = value
        self.target = target
        self.note = note
        self.location = location
        self.valueLocation = valueLocation
        self.targetLocation = targetLocation
        self.preliminary = preliminary
    }
}
