import AdvocacyCore

/// A Markdown body and what is needed to render it: where it sits in its file and in the content folder.
public struct MarkdownSource: Sendable {
    /// The Markdown.
    public var text: String {
        didSet { textHoldsNoUnsafeCharacters = false }
    }
    /// Whether `text` holds none of the characters no output may hold, as a body the loader read
    /// (`DocumentInfo.bodyHoldsNoUnsafeCharacters`); cleared by any change to `text`.
    package internal(set) var textHoldsNoUnsafeCharacters = false
    /// The file as shown in diagnostics.
    public var displayPath: String
    /// The file line the body starts on.
    public var firstLine: Int
    /// The file's path inside the content folder, which relative links start from.
    public var contentPath: String
    /// The address of the document's page below the site's root (`share/x/`), which relative links in
    /// raw HTML start from, as the browser follows them; nil when not known.
    public var page: String?

    /// Creates a source.
    public init(text: String, displayPath: String, firstLine: Int, contentPath: String) {
        self.text = text
        self.displayPath = displayPath
        self.firstLine = firstLine
        self.contentPath = contentPath
    }

    /// The source of a document's body.
    public init(_ info: DocumentInfo) {
        self.init(text: info.body, displayPath: info.displayPath, firstLine: info.bodyLine, contentPath: info.path)
        textHoldsNoUnsafeCharacters = info.bodyHoldsNoUnsafeCharacters
    }
}
