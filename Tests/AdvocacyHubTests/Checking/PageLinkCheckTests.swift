import Testing
@testable import AdvocacyHub

@Suite("Links followed from a page's address")
struct PageLinkCheckTests {
    @Test("a link leads where a browser would take it", arguments: [
        ("kritik", "guidelines/politik/", "/", "guidelines/politik/kritik"),
        ("../kritik/", "guidelines/politik/", "/", "guidelines/kritik/"),
        ("../../media/a.svg#x", "guidelines/politik/", "/", "media/a.svg"),
        ("/guidelines/kritik/?a=1", "share/x/", "/", "guidelines/kritik/"),
        ("/hub/guidelines/kritik/", "share/x/", "/hub/", "guidelines/kritik/"),
        ("/guidelines/kritik/", "share/x/", "/hub/", "guidelines/kritik/"),
        ("..", "guidelines/politik/", "/", "guidelines/"),
        ("/", "share/x/", "/", ""),
        ("/sociale%20medier/", "", "/", "sociale medier/"),
    ])
    func target(url: String, page: String, base: String, expected: String) {
        #expect(SiteURLs(base: base).sitePath(of: url, from: page) == expected)
    }

    @Test func aLinkAboveTheRootLeadsNowhere() {
        #expect(SiteURLs(base: "/").sitePath(of: "../../../x/", from: "share/x/") == nil)
    }

    func messages(_ urls: [String], from contentPath: String = "guidelines/politik.md", page: String = "guidelines/politik/") -> [String] {
        let written = PageLinkCheck.Written(["", "guidelines/", "guidelines/politik/", "guidelines/kritik/", "media/a.svg", "feed.xml"])
        var diagnostics = Diagnostics()
        let links = urls.enumerated().map { PageLink(url: $1, location: SourceLocation(file: contentPath, line: $0 + 1, column: 1)) }
        PageLinkCheck.check(links, page: page, contentPath: contentPath, base: "/", written: written,
                            isDocument: { $0 == "guidelines/kritik.md" }, diagnostics: &diagnostics)
        return diagnostics.all.map { $0.message.text(in: .en) }
    }

    @Test func pagesAndFilesTheBuildWritesPass() {
        #expect(messages(["../kritik/", "/guidelines/kritik", "/guidelines/kritik/index.html", "/media/a.svg", "/feed.xml", "/", "..#top"]).isEmpty)
    }

    @Test func aLinkWithoutMdIsPointedAtTheFile() {
        #expect(messages(["kritik#svar"]) == [
            "the link 'kritik#svar' leads to '/guidelines/politik/kritik' in the site, and the site has no page or file there; "
                + "to link to the file, write its name with .md: 'kritik.md#svar'"])
    }

    @Test func aLinkAboveTheSiteIsNamed() {
        #expect(messages(["../../../x/"]) == [
            "the link '../../../x/' climbs above the site's first page with '..'; write the path from the site's root, such as /guidelines/"])
    }

    @Test func aMistypedPathGetsTheWrittenOneAsSuggestion() {
        #expect(messages(["/guidelines/kritk/", "/media/b.svg", "/nothing/like/it/"]) == [
            "the site has no page or file at '/guidelines/kritk/'; did you mean '/guidelines/kritik/'?",
            "the site has no page or file at '/media/b.svg'; did you mean '/media/a.svg'?",
            "the site has no page or file at '/nothing/like/it/'",
        ])
    }
}
