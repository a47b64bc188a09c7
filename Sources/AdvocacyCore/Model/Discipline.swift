/// One of the ways colleagues share (social selling, thought leadership, employer branding), from `disciplines/<id>.md`.
public struct Discipline: Sendable {
    /// The file name without `.md`: the id share texts name.
    public var id: String
    /// Title, summary and body (the discipline's guide).
    public var info: DocumentInfo
    /// The business challenge the discipline answers.
    public var challenge: String?
    /// Which colleagues take part.
    public var colleagues: String?
    /// What they talk about.
    public var content: String?
    /// In which format the effort runs.
    public var format: String?
    /// Position in lists; lower first.
    public var order: Int

    /// Creates a value from its stored properties.
    package init(id: String, info: DocumentInfo, challenge: String? = nil, colleagues: String? = nil, content: String? = nil, format: String? = nil, order: Int) {
        self.id = id
        self.info = info
        self.challenge = challenge
        self.colleagues = colleagues
        self.content = content
        self.format = format
        self.order = order
    }
}
