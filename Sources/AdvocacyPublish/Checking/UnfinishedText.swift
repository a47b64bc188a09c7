import AdvocacyCore

/// What `advocacy new` leaves for the author to fill in, found in a file that is no longer a draft:
/// its placeholder texts and example link are errors, an empty summary, person or role a warning.
/// Drafts are not checked: they are work in progress.
enum UnfinishedText {
    /// The findings about what `document` still holds of `advocacy new`'s and `init`'s examples: in
    /// share items, stories, guidelines and evaluations, the kinds `new` writes and `init` gives examples of.
    /// `found` are the placeholders in its body (`SourceTerms`), read when `readsPlaceholders` says so.
    static func check(_ document: ContentChecks.Document, found: [Int: [(line: Int, column: Int)]], diagnostics: inout Diagnostics) {
        let info = document.info
        switch document.kind {
        case .share(let item):
            checkPlaceholders(info, link: item.link, found: found, diagnostics: &diagnostics)
            checkEmpty([.summary], info, diagnostics: &diagnostics)
        case .story(let story):
            for result in story.results { checkResult(result, info, diagnostics: &diagnostics) }
            checkPlaceholders(info, link: nil, found: found, diagnostics: &diagnostics)
            checkEmpty([.person, .role], info, diagnostics: &diagnostics)
        case .guideline, .evaluation:
            checkPlaceholders(info, link: nil, found: found, diagnostics: &diagnostics)
        case .other:
            break
        }
    }

    /// `check(_:found:diagnostics:)` where no forbidden terms are looked for: the body read for the placeholders alone.
    static func check(_ document: ContentChecks.Document, diagnostics: inout Diagnostics) {
        let found = readsPlaceholders(document) ? placeholdersAlone.matches(in: document.info.body).placeholders : [:]
        check(document, found: found, diagnostics: &diagnostics)
    }

    /// The placeholders without forbidden terms.
    private static let placeholdersAlone = SourceTerms(forbidden: [])

    /// Whether `check` reports the placeholders in `document`'s body: not in a draft, nor in a kind `new` does not write.
    static func readsPlaceholders(_ document: ContentChecks.Document) -> Bool {
        if case .other = document.kind { return false }
        return !document.info.draft
    }

    /// A front matter key the author should not leave empty, with what to write in it.
    enum Key: String {
        case summary, person, role

        /// What to write instead of nothing.
        package var advice: Message {
            switch self {
            case .summary: Message(.emptyKeyAdviceSummary)
            case .person: Message(.emptyKeyAdvicePerson)
            case .role: Message(.emptyKeyAdviceRole)
            }
        }
    }

    /// Reports the placeholders `advocacy new` wrote that are still in the body, in either language,
    /// and its example link; a link to another example address is a warning. A published document
    /// that is one of `advocacy init`'s examples is a warning too: the to-do list of a new hub.
    /// `found` are the placeholders' matches in the body, by their index in `placeholders` (`SourceTerms`).
    static func checkPlaceholders(_ info: DocumentInfo, link: Located<String>?, found: [Int: [(line: Int, column: Int)]],
                                  diagnostics: inout Diagnostics) {
        guard !info.draft else { return }
        for (term, (placeholder, text)) in placeholders.enumerated() {
            for (line, column) in found[term] ?? [] {
                diagnostics.error(.placeholderLeft(placeholder: text, advice: advice(placeholder)),
                                  at: SourceLocation(file: info.displayPath, line: info.bodyLine + line, column: column))
            }
        }
        if let link {
            if exampleLinks.contains(link.value) {
                diagnostics.error(.exampleLinkLeft(link: link.value), at: link.location)
            } else if let host = Starter.exampleHost(of: link.value) {
                diagnostics.warning(.exampleHostLeft(link: link.value, host: host), at: link.location)
            }
        }
        if Starter.exampleTitles.contains(info.title.value) {
            diagnostics.warning(.initExampleLeft(title: info.title.value), at: info.title.location)
        }
    }

    /// The example link `advocacy new` writes, in each language: made once, not for every item.
    static let exampleLinks = Set(HubLanguage.allCases.map(Starter.exampleLink(in:)))

    /// Every placeholder's words in each language, in the order they are reported.
    static let placeholders = Starter.Placeholder.allCases.flatMap { placeholder in
        HubLanguage.allCases.map { (placeholder, placeholder.text(in: $0)) }
    }

    /// Reports the example result `advocacy new` wrote in a story (its label, in either language, and
    /// the value 0) in a story that is no longer a draft.
    static func checkResult(_ result: StoryResult, _ info: DocumentInfo, diagnostics: inout Diagnostics) {
        guard !info.draft, result.value.trimmingCharacters(in: .whitespaces) == "0",
              HubLanguage.allCases.contains(where: { Starter.exampleResultLabel(in: $0) == result.label }) else { return }
        diagnostics.error(.resultPlaceholderLeft(label: result.label), at: result.location)
    }

    /// Warns at each of `keys` that is written with an empty value.
    static func checkEmpty(_ keys: [Key], _ info: DocumentInfo, diagnostics: inout Diagnostics) {
        guard !info.draft else { return }
        for key in keys {
            guard let written = info.emptyKeys.first(where: { $0.value == key.rawValue }) else { continue }
            diagnostics.warning(.emptyKey(key: key.rawValue, advice: key.advice), at: written.location)
        }
    }

    private static func advice(_ placeholder: Starter.Placeholder) -> Message {
        switch placeholder {
        case .shareText: Message(.placeholderAdviceShareText)
        case .background: Message(.placeholderAdviceBackground)
        case .story: Message(.placeholderAdviceStory)
        case .guideline: Message(.placeholderAdviceGuideline)
        }
    }
}
