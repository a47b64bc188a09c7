/// The hub's results: the totals of `results/metrics.csv`, the metrics they may name, and the
/// evaluations of `results/*.md`. Totals only, by construction: a row has no column for a person.
public struct Results: Sendable {
    /// The rows of `metrics.csv` that could be read, in file order.
    public var rows: [ResultRow]
    /// The evaluations, newest period first.
    public var evaluations: [Evaluation]
    /// The metrics the rows may name.
    public var catalogue: MetricCatalogue
    /// The texts of the `note` column, where they are written: what the forbidden-terms check reads.
    public var texts: [Located<String>] = []
    /// The periods whose participant figures are held back, oldest first: set by `withholdingSmallGroups`.
    public var withheld: [Period] = []

    /// Creates a value from its stored properties.
    package init(rows: [ResultRow], evaluations: [Evaluation], catalogue: MetricCatalogue, texts: [Located<String>] = [], withheld: [Period] = []) {
        self.rows = rows
        self.evaluations = evaluations
        self.catalogue = catalogue
        self.texts = texts
        self.withheld = withheld
    }

    /// Whether there is anything to show.
    public var isEmpty: Bool { rows.isEmpty && evaluations.isEmpty }

    /// The `participants` rows of the periods with fewer than `minGroup` people: for those periods
    /// no figure derived from participants is shown.
    public func smallGroups(below minGroup: Int) -> [ResultRow] {
        rows.filter { $0.metric == "participants" && $0.value < Double(minGroup) }
    }

    /// The results without the figures derived from participants for the periods of `smallGroups`,
    /// which `withheld` lists.
    public func withholdingSmallGroups(below minGroup: Int) -> Results {
        let small = Set(smallGroups(below: minGroup).map(\.period))
        var results = self
        results.rows.removeAll { small.contains($0.period) && MetricCatalogue.fromParticipants.contains($0.metric) }
        results.withheld = small.sorted()
        return results
    }
}
