/// The evaluation of a period, from `results/<period>.md`: what worked, what did not, what changes.
/// Front matter `title` and optional `summary`; rendered at `results/<period>/`.
public struct Evaluation: Sendable {
    /// The period the file name names.
    public var period: Period
    /// Title, summary and text.
    public var info: DocumentInfo

    /// Creates a value from its stored properties.
    package init(period: Period, info: DocumentInfo) {
        self.period = period
        self.info = info
    }
}
