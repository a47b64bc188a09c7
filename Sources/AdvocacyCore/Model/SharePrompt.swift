/// A personalisation prompt in a share text, `[[what you did on the project]]`: a gap the employee
/// fills in with their own words before sharing.
public struct SharePrompt: Sendable, Hashable {
    /// The words between the brackets, as written.
    public var hint: String
    /// Where the prompt is in its share text, brackets included.
    public var range: Range<String.Index>

    /// Creates a value from its stored properties.
    package init(hint: String, range: Range<String.Index>) {
        self.hint = hint
        self.range = range
    }
}
