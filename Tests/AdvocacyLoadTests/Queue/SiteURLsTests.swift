import Testing
@testable import AdvocacyCore
@testable import AdvocacyLoad

@Suite struct SiteURLsTests {
    @Test func absoluteAddressesTakeThePathUnderSiteURL() {
        let urls = SiteURLs(base: "/hub/", site: "https://intranet.example.dk/advocacy/")
        #expect(urls.absolute(urls.shareItem("aarhus")) == "https://intranet.example.dk/advocacy/share/aarhus/")
        #expect(urls.absolute(urls.home) == "https://intranet.example.dk/advocacy/")
    }

    @Test func withoutSiteURLNoAbsoluteAddressIsMadeUp() {
        #expect(SiteURLs(base: "/").absolute("/share/x/") == nil)
        #expect(SiteURLs(base: "https://hub.example.dk/").absolute("https://hub.example.dk/x/") == "https://hub.example.dk/x/")
    }

    @Test func siteURLMustBeAnAbsoluteAddressEndingWithSlash() {
        #expect(HubConfigLoader.siteURL("https://intranet.example.dk/advocacy/") != nil)
        #expect(HubConfigLoader.siteURL("http://intranet/") != nil)
        #expect(HubConfigLoader.siteURL("https://intranet.example.dk/advocacy") == nil)
        #expect(HubConfigLoader.siteURL("/advocacy/") == nil)
        #expect(HubConfigLoader.siteURL("https:///") == nil)
        #expect(HubConfigLoader.siteURL("https://intranet.example.dk/a b/") == nil)
    }

    /// Every way a page can name a file of the site leads to the same path below the site's root.
    @Test("a link names a path below the site's root", arguments: [
        ("/media/secret-launch.svg", "share/x/", "media/secret-launch.svg"),
        ("/hub/media/secret-launch.svg", "share/x/", "media/secret-launch.svg"),
        ("https://intranet.example.dk/advocacy/media/secret-launch.svg", "share/x/", "media/secret-launch.svg"),
        ("HTTPS://Intranet.Example.DK/advocacy/media/a.svg?v=2#top", "", "media/a.svg"),
        ("//intranet.example.dk/advocacy/media/a.svg", "", "media/a.svg"),
        ("/media/secret%2Dlaunch.svg?x=1", "", "media/secret-launch.svg"),
        ("/media%2Fsub%2Fa.svg#x", "", "media/sub/a.svg"),
        ("../../media/a.svg", "share/x/", "media/a.svg"),
        ("media/a.svg", "", "media/a.svg"),
        ("media/a.svg", "share/x/", "share/x/media/a.svg"),
        ("/media/./sub/../a.svg", "", "media/a.svg"),
        ("/media/Secret.svg", "", "media/Secret.svg"),
    ])
    func sitePath(url: String, page: String, expected: String) {
        for base in ["/hub/", "/"] {
            let urls = SiteURLs(base: base, site: "https://intranet.example.dk/advocacy/")
            guard !url.hasPrefix("/hub/") || base == "/hub/" else { continue }
            #expect(urls.sitePath(of: url, from: page) == expected, "base \(base)")
        }
        #expect(SiteURLs(base: "https://cdn.example.dk/hub/").sitePath(of: "https://cdn.example.dk/hub/media/a.svg", from: "") == "media/a.svg")
    }

    @Test("another site's address, another scheme and a path above the root name nothing of the site", arguments: [
        "https://intranet.example.dk/other/media/a.svg", "https://evil.example/advocacy/media/a.svg",
        "http://intranet.example.dk/advocacy/media/a.svg", "https://intranet.example.dk.evil/advocacy/media/a.svg",
        "mailto:media/a.svg", "javascript:media/a.svg", "../../../media/a.svg",
    ])
    func notThisSite(url: String) {
        #expect(SiteURLs(base: "/hub/", site: "https://intranet.example.dk/advocacy/").sitePath(of: url, from: "share/x/") == nil)
    }
}
