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
}
