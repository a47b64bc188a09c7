/// A pre-written text for one discipline and platform, from a ```` ```share <discipline> [platform] ```` block.
public struct ShareText: Sendable {
    /// The discipline id the block names.
    public var discipline: Located<String>
    /// The platform the text is written for; LinkedIn unless the block names another.
    public var platform: Platform
    /// The text exactly as written, without the final line break.
    public var text: String
    /// Where the block's opening fence is.
    public var location: SourceLocation
    /// The text's length as its platform counts it, without the shared link.
    public var length: Int
    /// The personalisation prompts in the text, in order.
    public var prompts: [SharePrompt] = []

    /// Creates a value from its stored properties.
    package init(discipline: Located<String>, platform: Platform, text: String, location: SourceLocation, length: Int, prompts: [SharePrompt] = []) {
        self.discipline = discipline
        self.platform = platform
        self.text = text
        self.location = location
        self.length = length
        self.prompts = prompts
    }

    /// The length as the platform counts it with the shared link, where the platform appends it (X).
    public func length(withLink: Bool) -> Int {
        length + (platform == .x && withLink ? 1 + PostLength.xURLLength : 0)
    }
}
