import Testing
@testable import AdvocacyHub

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
}
