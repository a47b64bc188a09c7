/// What `advocacy new` leaves for the author to fill in, found in a file that is no longer a draft:
/// its placeholder texts and example link are errors, an empty summary, person or role a warning.
/// Drafts are not checked: they are work in progress.
enum UnfinishedText {
    /// A front matter key the author should not leave empty, with what to write in it.
    enum Key: String {
        case summary, person, role

        /// What to write instead of nothing.
        var advice: String {
            switch self {
            case .summary: "write a sentence or two on what the item is about (the queue shows it under the title)"
            case .person: "write the name of the colleague the story is about"
            case .role: "write the colleague's role, such as Konsulent"
            }
        }
    }

    /// Reports the placeholders `advocacy new` wrote that are still in the body, and its example link.
    static func checkPlaceholders(_ info: DocumentInfo, link: Located<String>?, diagnostics: inout Diagnostics) {
        guard !info.draft else { return }
        for placeholder in Scaffold.Placeholder.allCases {
            for (line, column) in TermSearch.matches(of: placeholder.rawValue, in: info.body) {
                diagnostics.error("'\(placeholder.rawValue)' is the placeholder `advocacy new` wrote; \(advice(placeholder))",
                                  at: SourceLocation(file: info.displayPath, line: info.bodyLine + line, column: column))
            }
        }
        if let link, link.value == Scaffold.exampleLink {
            diagnostics.error("'\(link.value)' is the example link `advocacy new` wrote; write the address of the page colleagues share",
                              at: link.location)
        }
    }

    /// Warns at each of `keys` that is written with an empty value.
    static func checkEmpty(_ keys: [Key], in fields: YAMLFields, _ info: DocumentInfo, diagnostics: inout Diagnostics) {
        guard !info.draft else { return }
        for key in keys {
            guard let location = fields.keyLocation(key.rawValue) else { continue }
            let node = fields.node(key.rawValue)
            guard node == nil || node?.scalar?.string.allSatisfy(\.isWhitespace) == true else { continue }
            diagnostics.warning("'\(key.rawValue)' is empty; \(key.advice)", at: location)
        }
    }

    private static func advice(_ placeholder: Scaffold.Placeholder) -> String {
        switch placeholder {
        case .shareText: "write the text colleagues can post"
        case .background: "write the background colleagues need: why the story matters, talking points and whom to ask"
        case .story: "tell the story"
        case .guideline: "write the guideline"
        }
    }
}
