/// One result of a success story, such as "Kvalificerede ansøgere: +40 %".
public struct StoryResult: Sendable, Equatable {
    /// What was measured.
    public var label: String
    /// The figure.
    public var value: String
    /// Where the label is written.
    public var location: SourceLocation

    /// Creates a value from its stored properties.
    package init(label: String, value: String, location: SourceLocation) {
        self.label = label
        self.value = value
        self.location = location
    }
}
