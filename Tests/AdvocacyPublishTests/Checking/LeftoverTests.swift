import Testing
@testable import AdvocacyCore
@testable import AdvocacyPublish

/// What `init` and `new` leave to replace, named by `check` in either language.
@Suite struct LeftoverTests {
    @Test(arguments: [("https://www.example.dk/", "www.example.dk"), ("https://example.com", "example.com"),
                      ("http://intranet.EXAMPLE.org:8080/a", "intranet.EXAMPLE.org"), ("https://user@example.net/x", "example.net"),
                      ("https://example/", "example")])
    func exampleHostsAreNamed(address: String, host: String) {
        #expect(Starter.exampleHost(of: address) == host)
    }

    @Test(arguments: ["https://examples.com/", "https://myexample.com/", "https://www.holmvang.dk/example/", "https://www.nordvik.dk/?q=example.com",
                      "example.com", "/media/example.png", "https://www.nordvik.dk/#example.dk"])
    func otherAddressesAreNot(address: String) {
        #expect(Starter.exampleHost(of: address) == nil)
    }

    @Test func placeholdersAreFoundInEitherLanguage() throws {
        for language in HubLanguage.allCases {
            let at = SourceLocation(file: "stories/a.md", line: 2, column: 8)
            var info = DocumentInfo(path: "stories/a.md", displayPath: "stories/a.md", title: Located("A", at: at), summary: nil,
                                    summaryLocation: nil, slug: Located("a", at: at), draft: false, tags: [],
                                    body: "Tekst.\n\n" + Starter.Placeholder.story.text(in: language) + "\n", bodyLine: 4)
            var diagnostics = Diagnostics()
            UnfinishedText.checkPlaceholders(info, link: nil, found: placeholders(in: info), diagnostics: &diagnostics)
            #expect(diagnostics.all.map(\.message.id.name) == ["placeholderLeft"], "\(language)")
            info.draft = true
            diagnostics = Diagnostics()
            UnfinishedText.checkPlaceholders(info, link: nil, found: placeholders(in: info), diagnostics: &diagnostics)
            #expect(diagnostics.all.isEmpty, "a draft is work in progress")
        }
    }

    /// Every placeholder of either language, each where it is: as many as the body holds, in the order of
    /// the placeholders and languages, each occurrence where a search for that placeholder alone finds it.
    @Test func everyPlaceholderOfEitherLanguageIsReportedWhereItIs() {
        let texts = Starter.Placeholder.allCases.flatMap { placeholder in HubLanguage.allCases.map { placeholder.text(in: $0) } }
        let body = """
        Indledning med æøå: \(texts[7]) og \(texts[0])
        \(texts[3]) \(texts[3])

        > Citat: \(texts[5])xyz og "\(texts[2])" og \(texts[6].uppercased())
        Ikke en pladsholder: x\(texts[1])
        Slut: 😀 \(texts[4])
        """
        let at = SourceLocation(file: "stories/a.md", line: 2, column: 8)
        let info = DocumentInfo(path: "stories/a.md", displayPath: "content/stories/a.md", title: Located("A", at: at), summary: nil,
                                summaryLocation: nil, slug: Located("a", at: at), draft: false, tags: [], body: body, bodyLine: 4)
        var diagnostics = Diagnostics()
        UnfinishedText.checkPlaceholders(info, link: nil, found: placeholders(in: info), diagnostics: &diagnostics)
        let expected = texts.flatMap { text in
            TermSearch.matches(of: text, in: body).map { "content/stories/a.md:\(4 + $0.line):\($0.column) \(text)" }
        }
        #expect(expected.count == 7)
        let reported = diagnostics.all.map { diagnostic in
            guard case .placeholderLeft(let text, _) = diagnostic.message.id else { return "" }
            return "\(diagnostic.location.file):\(diagnostic.location.line):\(diagnostic.location.column) \(text)"
        }
        #expect(reported == expected)
    }

    /// The placeholders' matches in `info`'s body, as a search with no forbidden terms finds them.
    private func placeholders(in info: DocumentInfo) -> [Int: [(line: Int, column: Int)]] {
        SourceTerms(forbidden: []).matches(in: info.body).placeholders
    }

    @Test func initsExampleTitlesAreKnownInBothLanguages() {
        #expect(Starter.exampleTitles == ["Eksempel: Sådan deler du", "Eksempel: Vi har fået en ambassadørhub",
                                              "Eksempel: Den første kollega, der delte", "Example: How to share",
                                              "Example: We have an advocacy hub", "Example: The first colleague who shared"])
    }
}
