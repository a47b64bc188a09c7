import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

@Suite struct PostLengthTests {
    @Test func xCountsLatinAsOneAndURLsAs23() {
        #expect(PostLength.xWeighted("Hej verden") == 10)
        #expect(PostLength.xWeighted("Læs mere: https://www.example.dk/en/meget/lang/adresse?med=parametre") == 10 + 23)
        #expect(PostLength.xWeighted("se www.example.dk.") == 3 + 23 + 1)
        #expect(PostLength.xWeighted("Æblegrød på øen") == 15)
    }

    @Test func xCountsEmojiAndCJKAsTwo() {
        #expect(PostLength.xWeighted("🎉") == 2)
        #expect(PostLength.xWeighted("👍🏽") == 2, "an emoji with a skin tone is one emoji")
        #expect(PostLength.xWeighted("👨‍👩‍👧") == 2, "a family sequence is one emoji")
        #expect(PostLength.xWeighted("❤️") == 2)
        #expect(PostLength.xWeighted("日本") == 4)
        #expect(PostLength.xWeighted("Fest 🎉!") == 8)
    }

    @Test func xAppendsTheSharedLink() {
        #expect(PostLength.count("Hej", on: .x, link: "https://example.dk/x?utm_source=x") == 3 + 1 + 23)
        #expect(PostLength.count("Hej", on: .x, link: nil) == 3)
    }

    @Test func otherPlatformsCountCharactersWithoutTheLink() {
        #expect(PostLength.count("Hej 🎉", on: .linkedin, link: "https://example.dk") == 6)
        #expect(PostLength.count("Æ", on: .instagram, link: nil) == 1)
    }
}
