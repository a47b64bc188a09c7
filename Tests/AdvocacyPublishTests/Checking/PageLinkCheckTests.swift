import Testing
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacyPublish

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

    func messages(_ urls: [String], from contentPath: String = "guidelines/politik.md", page: String = "guidelines/politik/",
                  site: SiteURLs = SiteURLs(base: "/")) -> [String] {
        let written = PageLinkCheck.Written(["", "guidelines/", "guidelines/politik/", "guidelines/kritik/", "media/a.svg", "feed.xml"])
        var diagnostics = Diagnostics()
        let links = urls.enumerated().map { PageLink(url: $1, location: SourceLocation(file: contentPath, line: $0 + 1, column: 1)) }
        PageLinkCheck.check(links, page: page, contentPath: contentPath, urls: site, written: written,
                            isDocument: { $0 == "guidelines/kritik.md" }, diagnostics: &diagnostics)
        return diagnostics.all.map { $0.message.text(in: .en) }
    }

    @Test func pagesAndFilesTheBuildWritesPass() {
        #expect(messages(["../kritik/", "/guidelines/kritik", "/guidelines/kritik/index.html", "/media/a.svg", "/feed.xml", "/", "..#top",
                          "/index.html", "../../index.html", "/guidelines/index.html"]).isEmpty)
    }

    /// A full address under `site-url` is followed into the site as a path from its root is: one to
    /// a page or file the build does not write is an error, with the path the site has.
    @Test func aFullAddressIntoTheSiteIsCheckedAsAPathFromItsRoot() {
        let site = SiteURLs(base: "/", site: "https://intranet.example.dk/hub/")
        #expect(messages(["https://intranet.example.dk/hub/guidelines/kritik/", "https://INTRANET.example.dk/hub/media/a.svg#x",
                          "//intranet.example.dk/hub/feed.xml", "https://intranet.example.dk/hub/", "https://intranet.example.dk/hub/index.html",
                          "https://intranet.example.dk/hub/guidelines/index.html"], site: site).isEmpty)
        #expect(messages(["https://intranet.example.dk/hub/hr/rejseregler/", "//intranet.example.dk/hub/nothing/like/it/"], site: site).isEmpty,
                "an address in no place of the hub may be another service's on the same host")
        #expect(!site.isFullAddressInSite("https://www.example.dk/nothing/") && !site.isFullAddressInSite("https://intranet.example.dk/other/")
                && !site.isFullAddressInSite("mailto:hub@example.dk") && !site.isFullAddressInSite("/hub/nothing/"),
                "another site, another path of the host, another scheme and a path from the root are no full addresses into the site")
        #expect(messages(["https://intranet.example.dk/hub/guidelines/kritk/", "https://intranet.example.dk/hub/media/b.svg?v=2",
                          "//intranet.example.dk/hub/guidelines/politk/"], site: site) == [
            "the link 'https://intranet.example.dk/hub/guidelines/kritk/' leads to '/guidelines/kritk/' in the site, and the site has "
                + "no page or file there; did you mean '/guidelines/kritik/'?",
            "the link 'https://intranet.example.dk/hub/media/b.svg?v=2' leads to '/media/b.svg' in the site, and the site has "
                + "no page or file there; did you mean '/media/a.svg'?",
            "the link '//intranet.example.dk/hub/guidelines/politk/' leads to '/guidelines/politk/' in the site, and the site has "
                + "no page or file there; did you mean '/guidelines/politik/'?",
        ])
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

    /// A story's `![](media/mette.png)` leads below the story's page; the file is in media/, so the
    /// message gives the link written from the story's file.
    @Test func aMediaLinkFromTheWrongFolderGetsTheWorkingLink() {
        let written = PageLinkCheck.Written(["", "stories/", "stories/mette/", "media/mette.png", "media/team/aarhus-kontor.png"])
        func message(_ url: String, from contentPath: String = "stories/mette.md", page: String = "stories/mette/") -> String? {
            var diagnostics = Diagnostics()
            PageLinkCheck.check([PageLink(url: url, location: SourceLocation(file: contentPath, line: 1, column: 1))], page: page,
                                contentPath: contentPath, urls: SiteURLs(base: "/"), written: written, isDocument: { _ in false }, diagnostics: &diagnostics)
            return diagnostics.all.first?.message.text(in: .en)
        }
        #expect(message("media/mette.png") == "the link 'media/mette.png' leads to '/stories/mette/media/mette.png' in the site, "
            + "and the site has no page or file there; did you mean '../media/mette.png'?")
        #expect(message("mette.png")?.hasSuffix("did you mean '../media/mette.png'?") == true)
        #expect(message("/media/team/aarhus-kontor.jpg") == "the site has no page or file at '/media/team/aarhus-kontor.jpg'; "
            + "did you mean '/media/team/aarhus-kontor.png'?", "the same name with the extension the file has")
        #expect(message("../../media/aarhus-kontor.png")?.hasSuffix("did you mean '../media/team/aarhus-kontor.png'?") == true,
                "a file of the same name in a folder below media/")
        #expect(message("media/nobody.png")?.contains("did you mean") == false)
    }

    @Test func anotherExtensionOfTheSameNameIsTheFileMeant() {
        let names = MediaNames(paths: ["media/aarhus-kontor.png", "media/a/aarhus-kontor.svg", "media/bro.svg"])
        #expect(names.otherExtension(of: "media/aarhus-kontor.jpg") == "media/aarhus-kontor.png")
        #expect(names.otherExtension(of: "media/aarhus-kontor") == "media/aarhus-kontor.png", "written without an extension")
        #expect(names.otherExtension(of: "media/b/aarhus-kontor.jpg") == nil, "another folder is another file")
        #expect(names.otherExtension(of: "media/bro.svg") == nil, "the file itself")
        #expect(names.otherExtension(of: "media/x.y/bro") == nil)
    }
}
