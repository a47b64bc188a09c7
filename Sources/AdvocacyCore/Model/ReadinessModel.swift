/// The readiness self-assessment from `readiness.yml`: levels (columns) and phases of parameters (rows).
public struct ReadinessModel: Sendable {
    /// The levels of employee involvement, in order.
    public var levels: [String]
    /// The index of the first level of the strategic approach, if the model marks one.
    public var strategicFrom: Int?
    /// The phases, in order.
    public var phases: [ReadinessPhase]
    /// Every text of the model (levels, names, descriptions), where it is written: what the
    /// forbidden-terms check reads.
    public var texts: [Located<String>] = []

    /// Creates a value from its stored properties.
    package init(levels: [String], strategicFrom: Int? = nil, phases: [ReadinessPhase], texts: [Located<String>] = []) {
        self.levels = levels
        self.strategicFrom = strategicFrom
        self.phases = phases
        self.texts = texts
    }
}

/// A phase of the readiness model, such as Situationsanalyse.
public struct ReadinessPhase: Sendable {
    /// The phase's name.
    public var name: String
    /// An optional line about the phase.
    public var description: String?
    /// The parameters assessed in this phase.
    public var parameters: [ReadinessParameter]

    /// Creates a value from its stored properties.
    package init(name: String, description: String? = nil, parameters: [ReadinessParameter]) {
        self.name = name
        self.description = description
        self.parameters = parameters
    }
}

/// A row of the readiness model: one description per level.
public struct ReadinessParameter: Sendable {
    /// The parameter's name, such as Kommunikationspolitik.
    public var name: String
    /// One description per level, in the model's level order.
    public var levels: [String]
    /// Where the parameter is written.
    public var location: SourceLocation

    /// Creates a value from its stored properties.
    package init(name: String, levels: [String], location: SourceLocation) {
        self.name = name
        self.levels = levels
        self.location = location
    }
}
