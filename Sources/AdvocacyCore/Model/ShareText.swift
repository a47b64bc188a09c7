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
    /// For each line of the text, the characters before it on its line of the file (a block in a list
    /// item or a quote is indented there): a place in the text is told as a file column with it. Empty
    /// when no line is indented.
    package var indents: [Int] = []

    /// The file column of `column` (1-based, in characters) on line `line` (0-based) of the text.
    package func fileColumn(_ column: Int, onLine line: Int) -> Int {
        (line < indents.count ? indents[line] : 0) + column
    }

    /// Creates a value from its stored properties.
    package init(discipline: Located<String>, platform: Platform, text: String, location: SourceLocation, length: Int, prompts: [SharePrompt] = []) {
        self.discipline = discipline
        self.platform = platform
        self.text = text
        self.location = location
        self.length = length
        self.prompts = prompts
    }

    /// The length of the post the text is shared in with `link`, its tagged link, as the platform
    /// counts it: LinkedIn's post is the text, a blank line and the link (what the copy button and
    /// the composer give it); X counts the link it appends as 23; the others take the link apart.
    public func length(sharedWith link: String?) -> Int {
        guard let link else { return length }
        switch platform {
        case .linkedin: return PostLength.utf16Count(ShareLink.linkedInText(text, url: link))
        case .x: return length + 1 + PostLength.xURLLength
        default: return length
        }
    }
}
