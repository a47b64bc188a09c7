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

    /// Random texts of the pieces that decide how X counts (URLs, punctuation after them, white
    /// space of every kind, CR LF, letters, combining marks, emoji with joiners and variation
    /// selectors, a prepended Arabic number sign, CJK): counting by bytes where it can gives the
    /// count character by character.
    @Test func countingByBytesGivesTheCountByCharacters() {
        let pieces = ["Hej", "på", "ÆØÅ", "ǅ", "ʼ", " ", "  ", "\t", "\n", "\r\n", "\r", "\u{0B}", "\u{85}", "\u{A0}", "\u{2028}",
                      "https://x.dk/a", "HTTP://X.DK", "www.", "Www.holmvang.dk", ".", ")", "\"", "'", "!", "🎉", "👍🏽",
                      "👨\u{200D}👩", "❤️", "#\u{FE0F}\u{20E3}", "©", "®", "\u{301}", "\u{200D}", "\u{600}", "日本", "İ", "\u{212A}",
                      // Bounds of the byte path's ranges, other prepended marks, controls that are no white space,
                      // a long s that no lower-casing makes "s", and a wide space.
                      "\u{1C}", "\u{7F}", "\u{2FF}", "\u{5FF}", "\u{6DD}", "\u{110BD}", "ſ", "httpſ://x.dk", "WWW.X", "\u{3000}"]
        for seed in PropertyRun.seeds(default: 3_000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(16)).map { _ in random.pick(pieces) }.joined()
            #expect(PostLength.xWeighted(text) == PostLength.xWeightedByCharacters(text), "seed \(seed): \(text.debugDescription)")
        }
    }

    @Test func xAppendsTheSharedLink() {
        #expect(PostLength.count("Hej", on: .x, link: "https://example.dk/x?utm_source=x") == 3 + 1 + 23)
        #expect(PostLength.count("Hej", on: .x, link: nil) == 3)
    }

    @Test func otherPlatformsCountCharactersWithoutTheLink() {
        #expect(PostLength.count("Hej 🎉", on: .linkedin, link: "https://example.dk") == 6)
        #expect(PostLength.count("Æ", on: .instagram, link: nil) == 1)
    }

    /// The UTF-16 length from the bytes is Swift's `utf16.count` for any text: ASCII, two- and three-byte
    /// letters, scalars beyond U+FFFF (emoji, flags, joiners), combining marks and CR LF.
    @Test func theUTF16CountFromBytesIsSwifts() {
        let pieces = ["a", "Æ", "ø", "e\u{301}", "€", "中", "🎉", "👩‍💻", "🇩🇰", "\r\n", "\u{10FFFF}", "\u{FFFF}", "\u{7FF}", "\u{800}", " "]
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(30)).map { _ in random.pick(pieces) }.joined()
            #expect(PostLength.utf16Count(text) == text.utf16.count, "seed \(seed): \(text.debugDescription)")
        }
    }
}
