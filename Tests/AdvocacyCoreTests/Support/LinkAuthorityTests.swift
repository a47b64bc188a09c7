import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// A backslash where a link names its site is read as `/` by browsers only.
@Suite struct LinkAuthorityTests {
    @Test(arguments: ["https://evil.com\\@good.dk/", "http://evil.com\\.good.dk", "HTTPS:\\\\evil.com", "https:/\\evil.com/",
                      "\\\\evil.com/x", "/\\evil.com", "//evil.com\\@good.dk"])
    func aBackslashInTheSitePartIsFound(_ url: String) {
        #expect(LinkAuthority.hasBackslash(url))
    }

    @Test(arguments: ["https://good.dk/a\\b", "https://good.dk/?q=\\", "https://good.dk/#\\", "../share/a\\b.md", "\\a.md",
                      "mailto:a\\b@good.dk", "/hub/a\\b", "https://user@good.dk/"])
    func aBackslashElsewhereIsNot(_ url: String) {
        #expect(!LinkAuthority.hasBackslash(url))
    }

    /// A link without a backslash byte is passed over unread: random links of schemes, slashes,
    /// backslashes and the characters that end the site part give what the reading by character
    /// gives, CR LF included.
    @Test func aLinkIsReadAsByCharacter() {
        let pieces = ["https:", "HTTP:", "ftp:", "mailto:", "a+b-c.d:", "1a:", ":", "/", "//", "\\", "evil.com", "@", "?", "#",
                      "\r\n", " ", ".", "x"]
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let url = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            #expect(LinkAuthority.hasBackslash(url) == LinkAuthority.hasBackslash(byCharacter: url), "seed \(seed): \(url.debugDescription)")
        }
    }
}
