import Foundation
import Testing
import AdvocacyTestSupport
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

    /// Random addresses, of ASCII and of other characters (a mark on a `:` or `/` among them), lead where
    /// the plain reading, character by character, says they do.
    @Test func randomAddressesLeadWhereThePlainReadingSays() {
        let pieces = ["https:", "http:", "HTTPS:", "//", "/", ":", "intranet.example.dk", "Intranet.Example.DK", "evil.example",
                      "advocacy", "hub", "media", "a.svg", "..", ".", "?", "#", "%2F", "%2D", "x", "æ", "\u{301}", "\u{338}", "\r\n", "mailto:"]
        let urlsToTry = [SiteURLs(base: "/hub/", site: "https://intranet.example.dk/advocacy/"), SiteURLs(base: "/"),
                         SiteURLs(base: "https://cdn.example.dk/hub/"), SiteURLs(base: "/hub/", site: "//intranet.example.dk/")]
        for seed in PropertyRun.seeds(default: 3_000) {
            var random = SeededRandom(seed: seed)
            let url = (0..<random.below(10)).map { _ in random.pick(pieces) }.joined()
            let page = random.pick(["", "share/x/", "guidelines/kritik/"])
            for urls in urlsToTry {
                #expect(urls.sitePath(of: url, from: page) == Self.plainSitePath(urls, of: url, from: page), "seed \(seed): \(url.debugDescription)")
            }
        }
    }

    /// `SiteURLs.sitePath` read character by character throughout.
    static func plainSitePath(_ urls: SiteURLs, of url: String, from page: String) -> String? {
        func authority(of url: some StringProtocol) -> (authority: Substring, path: Substring)? {
            let text = Substring(url)
            var rest = text
            if let colon = text.firstIndex(of: ":"), !text[..<colon].contains("/") { rest = text[text.index(after: colon)...] }
            guard rest.hasPrefix("//") else { return nil }
            let host = rest.dropFirst(2).prefix { $0 != "/" }
            return (text[..<host.endIndex], text[host.endIndex...])
        }
        func sameHost(_ a: Substring, _ b: Substring) -> Bool {
            let hostOf = { (authority: Substring) in authority.hasPrefix("//") ? authority : authority.drop { $0 != "/" } }
            return a.hasPrefix("//") || b.hasPrefix("//") ? hostOf(a).lowercased() == hostOf(b).lowercased() : a.lowercased() == b.lowercased()
        }
        func decoded(_ text: some StringProtocol) -> String {
            text.utf8.contains(UInt8(ascii: "%")) ? String(text).removingPercentEncoding ?? String(text) : String(text)
        }
        let written = url.prefix { $0 != "#" && $0 != "?" }
        var parts: [Substring] = [], path: String
        if let (found, rest) = authority(of: written) {
            let rest = decoded(rest)
            guard let root = [urls.site, urls.base].compactMap({ $0.flatMap { authority(of: $0) } })
                .filter({ sameHost($0.authority, found) }).map({ decoded($0.path) })
                .first(where: { rest.hasPrefix($0) }) else { return nil }
            path = String(rest.dropFirst(root.count))
        } else if written.hasPrefix("/") {
            path = decoded(written)
            if urls.base != "/", path.hasPrefix(urls.base) { path = "/" + path.dropFirst(urls.base.count) }
        } else if written.contains(where: { $0 == ":" }) && !written.prefix(while: { $0 != ":" }).contains("/") {
            return nil
        } else {
            path = decoded(written)
            parts = page.split(separator: "/")
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        for segment in segments {
            switch segment {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(segment)
            }
        }
        let joined = parts.joined(separator: "/")
        let isFolder = path.hasSuffix("/") || segments.last == "." || segments.last == ".."
        return joined.isEmpty || !isFolder ? joined : joined + "/"
    }
}
