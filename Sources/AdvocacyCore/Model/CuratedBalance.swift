/// `balance:` in hub.yml: the per cent of the items published in a period that are curated, overall
/// and per discipline. The overall target is every discipline's unless `disciplines:` gives one its own.
public struct CuratedBalance: Sendable {
    /// One discipline's own target, `disciplines: { social-selling: { curated: 50 } }`.
    public struct DisciplineTarget: Sendable {
        /// The discipline's id, where it is written.
        public var id: Located<String>
        /// Its per cent curated, where it is written.
        public var curated: Located<Int>

        /// Creates a value from its stored properties.
        public init(id: Located<String>, curated: Located<Int>) {
            self.id = id
            self.curated = curated
        }
    }

    /// `curated:`: the per cent curated every discipline aims at unless it has its own; nil when not written.
    public var curated: Located<Int>?
    /// The disciplines with their own target, in the order written.
    public var disciplines: [DisciplineTarget]

    /// How many percentage points a period's mix may differ from its target before it is flagged.
    public static let tolerance = 15

    /// The targets from their parts.
    public init(curated: Located<Int>? = nil, disciplines: [DisciplineTarget] = []) {
        self.curated = curated
        self.disciplines = disciplines
    }

    /// The target of a discipline, where it is written: its own, else the overall one; nil when neither is set.
    public func target(for discipline: String) -> Located<Int>? {
        disciplines.first { $0.id.value == discipline }?.curated ?? curated
    }
}

/// How many of a set of items are the company's own and how many are curated.
public struct CuratedMix: Sendable, Hashable {
    /// The counts.
    public private(set) var own = 0, curated = 0

    /// An empty mix.
    public init() {}

    /// A mix of the given counts.
    public init(own: Int, curated: Int) {
        self.own = own
        self.curated = curated
    }

    /// The mix of `sources`.
    public init(_ sources: some Sequence<ShareSource>) {
        for source in sources { add(source) }
    }

    /// Counts one more item.
    public mutating func add(_ source: ShareSource) {
        switch source {
        case .own: own += 1
        case .curated: curated += 1
        }
    }

    /// How many items the mix counts.
    public var total: Int { own + curated }

    /// The per cent curated, rounded half up to a whole number; nil for no items.
    public var percentCurated: Int? {
        total == 0 ? nil : (200 * curated + total) / (2 * total)
    }

    /// Whether the share curated differs from `target` per cent by more than `CuratedBalance.tolerance`
    /// points, counted exactly (never rounded); never for no items, which are a gap rather than a mix.
    public func isOff(target: Int) -> Bool {
        total > 0 && abs(100 * curated - target * total) > CuratedBalance.tolerance * total
    }
}
