import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// `LinkAuthority.hasBackslash` and `InternalLink` look for `\`, `:`, `#`, `?` and `%` as bytes before
/// reading characters; these compare them with the plain readings that read characters always
/// (`hasBackslash(byCharacter:)` is that reading of a link).
@Suite struct LinkBytesTests {
    /// `InternalLink(_:)`'s path and fragment as it read every link.
    private static func plainInternalLink(_ url: String) -> (path: String, fragment: String)? {
        guard !url.isEmpty, !url.hasPrefix("/"), !url.hasPrefix("#"), !url.hasPrefix("?") else { return nil }
        if let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return nil }
        let hash = url.firstIndex(of: "#") ?? url.endIndex
        var path = String(url[..<hash])
        if let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        return (path.removingPercentEncoding ?? path, String(url[hash...]))
    }

    /// Random links of the pieces that matter, with characters that join the next (`#` and a
    /// combining accent are one character that is not `#`).
    @Test func randomLinksAreReadAsCharacterByCharacter() {
        let pieces = ["https:", "http:", "mailto:", "x:", "//", "/", "\\", ":", "#", "?", "%", "%2F", "%C3%A6", "%zz", "..", ".",
                      "a", "værdi", "g0.md", "media", "\u{301}", "\u{FE0F}", "\u{20E3}", "😀", "\r\n", " ", "@", "ø"]
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let url = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            #expect(LinkAuthority.hasBackslash(url) == LinkAuthority.hasBackslash(byCharacter: url), "seed \(seed): \(url.debugDescription)")
            let link = InternalLink(url), plain = Self.plainInternalLink(url)
            #expect(link?.path == plain?.path && link?.fragment == plain?.fragment, "seed \(seed): \(url.debugDescription)")
        }
    }

    /// Text without a `%` is its own percent-decoding, which `InternalLink` and `SiteURLs` skip.
    @Test func textWithoutPercentIsItsOwnDecoding() {
        let pieces = ["a", "/", "æ", "e\u{301}", "😀", "🇩🇰", " ", "+", "\u{0}", "\u{FFFD}", "#", "?", "\r\n", "Ω"]
        for seed in PropertyRun.seeds(default: 1_000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(10)).map { _ in random.pick(pieces) }.joined()
            #expect(text.removingPercentEncoding == text, "seed \(seed): \(text.debugDescription)")
        }
    }

    @Test func linksWithCharactersThatJoinTheirMarks() {
        #expect(InternalLink("a#\u{301}b.md")?.path == "a#\u{301}b.md")
        #expect(InternalLink("a#\u{301}b.md")?.fragment == "")
        #expect(InternalLink("a:\u{301}b.md")?.path == "a:\u{301}b.md")
        #expect(InternalLink("a%2Fb.md#x")?.path == "a/b.md")
        let joined = "https://evil.com\\" + "\u{301}@good.dk/"
        #expect(!LinkAuthority.hasBackslash(joined))
    }
}
