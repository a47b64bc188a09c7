import Testing
@testable import AdvocacyCore
@testable import AdvocacyLoad

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
            UnfinishedText.checkPlaceholders(info, link: nil, diagnostics: &diagnostics)
            #expect(diagnostics.all.map(\.message.id.name) == ["placeholderLeft"], "\(language)")
            info.draft = true
            diagnostics = Diagnostics()
            UnfinishedText.checkPlaceholders(info, link: nil, diagnostics: &diagnostics)
            #expect(diagnostics.all.isEmpty, "a draft is work in progress")
        }
    }

    @Test func initsExampleTitlesAreKnownInBothLanguages() {
        #expect(Starter.exampleTitles == ["Eksempel: Sådan deler du", "Eksempel: Vi har fået en ambassadørhub",
                                              "Eksempel: Den første kollega, der delte", "Example: How to share",
                                              "Example: We have an advocacy hub", "Example: The first colleague who shared"])
    }
}
