import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

@Suite struct ShareLinkTests {
    @Test func tagsTheLinkPerItemDisciplineAndPlatform() {
        #expect(ShareLink.tagged("https://www.example.dk/nyheder/aarhus", platform: .linkedin, medium: "employee-advocacy",
                                 campaign: "aarhus-kontor", discipline: "employer-branding")
            == "https://www.example.dk/nyheder/aarhus?utm_source=linkedin&utm_medium=employee-advocacy&utm_campaign=aarhus-kontor&utm_content=employer-branding")
    }

    @Test func keepsAnExistingQueryAndFragment() {
        #expect(ShareLink.tagged("https://example.dk/a?ref=hub#tilmeld", platform: .x, medium: "ea", campaign: "c", discipline: "d")
            == "https://example.dk/a?ref=hub&utm_source=x&utm_medium=ea&utm_campaign=c&utm_content=d#tilmeld")
    }

    @Test func joinsAQueryThatEndsOpenAndEncodesTheTags() {
        #expect(ShareLink.tagged("https://example.dk/a?", platform: .facebook, medium: "ea", campaign: "c", discipline: "d")
            == "https://example.dk/a?utm_source=facebook&utm_medium=ea&utm_campaign=c&utm_content=d")
        #expect(ShareLink.tagged("https://example.dk/a?ref=hub&", platform: .x, medium: "ea", campaign: "c", discipline: "d")
            == "https://example.dk/a?ref=hub&utm_source=x&utm_medium=ea&utm_campaign=c&utm_content=d")
        #expect(ShareLink.tagged("https://example.dk/#", platform: .linkedin, medium: "employee advocacy & co", campaign: "år-2026",
                                 discipline: "social_selling")
            == "https://example.dk/?utm_source=linkedin&utm_medium=employee%20advocacy%20%26%20co&utm_campaign=%C3%A5r-2026&utm_content=social_selling#")
        #expect(ShareLink.linkedInText("Hej", url: "https://example.dk") == "Hej\n\nhttps://example.dk")
        #expect(ShareLink.linkedInText("Hej", url: "") == "Hej")
        #expect(ShareLink.linkedInText("", url: nil) == "")
    }

    @Test func composersPerPlatform() {
        let url = "https://example.dk/a?utm_source=x"
        #expect(ShareLink.composer(.linkedin, text: "Hej", url: url)
            == "https://www.linkedin.com/feed/?shareActive=true&text=Hej%0A%0Ahttps%3A%2F%2Fexample.dk%2Fa%3Futm_source%3Dx")
        #expect(ShareLink.composer(.linkedin, text: "Hej, æ", url: nil) == "https://www.linkedin.com/feed/?shareActive=true&text=Hej%2C%20%C3%A6")
        #expect(ShareLink.composer(.x, text: "Hej & dav", url: url)
            == "https://x.com/intent/post?text=Hej%20%26%20dav&url=https%3A%2F%2Fexample.dk%2Fa%3Futm_source%3Dx")
        #expect(ShareLink.composer(.facebook, text: "Hej", url: url)?.hasPrefix("https://www.facebook.com/sharer/sharer.php?u=https%3A") == true)
        #expect(ShareLink.composer(.instagram, text: "Hej", url: url) == nil)
        // The page's links carry the link alone; the script adds the text.
        #expect(ShareLink.composer(.linkedin, text: "", url: url)
            == "https://www.linkedin.com/feed/?shareActive=true&text=https%3A%2F%2Fexample.dk%2Fa%3Futm_source%3Dx")
    }

    /// The tagged link read plainly: the bytes before the first `#`, a separator, the four tags
    /// percent-encoded by Foundation, and the rest.
    static func plainlyTagged(_ link: String, source: String, medium: String, campaign: String, discipline: String) -> String {
        let bytes = Array(link.utf8)
        let hash = bytes.firstIndex(of: UInt8(ascii: "#")) ?? bytes.count
        let base = Array(bytes[..<hash])
        let separator = !base.contains(UInt8(ascii: "?")) ? "?" : base.last == UInt8(ascii: "?") || base.last == UInt8(ascii: "&") ? "" : "&"
        func encoded(_ value: String) -> String { value.addingPercentEncoding(withAllowedCharacters: URLEncodingTests.unreserved)! }
        let tags = "utm_source=\(encoded(source))&utm_medium=\(encoded(medium))&utm_campaign=\(encoded(campaign))&utm_content=\(encoded(discipline))"
        return String(decoding: base + Array((separator + tags).utf8) + bytes[hash...], as: UTF8.self)
    }

    @Test func tagsAnyLinkAsThePlainReadingDoes() {
        var random = SeededRandom(seed: 2412)
        let pieces = ["https://", "example.dk", "/", "a", "?", "&", "#", "=", "æ", "\u{301}", "😀", " ", "%", "b=c", "~", "-"]
        func text(_ most: Int) -> String {
            (0..<Int.random(in: 0...most, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
        }
        for _ in 0..<500 {
            let link = text(12), medium = text(3), campaign = text(3), discipline = text(3)
            let platform = Platform.allCases.randomElement(using: &random)!
            #expect(ShareLink.tagged(link, platform: platform, medium: medium, campaign: campaign, discipline: discipline)
                == Self.plainlyTagged(link, source: platform.rawValue, medium: medium, campaign: campaign, discipline: discipline), "\(link)")
        }
    }
}
