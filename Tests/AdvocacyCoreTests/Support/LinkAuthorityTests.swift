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
}
