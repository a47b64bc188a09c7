import Testing
import AdvocacyTestSupport
@testable import AdvocacyLoad

/// A body's plain text reaches the search words as cmark's bytes, never made a String: its words are
/// those of the String a String makes of the bytes, each byte that is not UTF-8 replaced, so a byte
/// cmark writes that is no UTF-8 separates words as the replacement character does, and is never
/// read past.
@Suite struct SearchTextBytesTests {
    static let pieces: [[UInt8]] = [
        Array("Projekt".utf8), Array("nordlys".utf8), Array(" ".utf8), Array("ærø".utf8), Array("é".utf8), Array("e\u{301}".utf8),
        Array("#reklame".utf8), Array("😀".utf8), Array("Ünïcödé".utf8), Array("aa".utf8), Array("12".utf8), Array("\n".utf8),
        [0xFE], [0xFF], [0x80], [0xBF], [0xC0, 0xAF], [0xC2], [0xE2, 0x82], [0xE0, 0x80, 0x80], [0xED, 0xA0, 0x80],
        [0xF0, 0x8F, 0xBF, 0xBF], [0xF4, 0x90, 0x80, 0x80], [0xF5, 0x80, 0x80, 0x80], [0xF0, 0x9F, 0x98], [0xEF, 0xBF, 0xBE],
    ]

    @Test func wordsOfBytesAreTheWordsOfTheirString() {
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let bytes = (0..<random.below(16)).flatMap { _ in random.pick(Self.pieces) }
            let parts = (0..<random.below(3)).map { _ in String(decoding: random.pick(Self.pieces), as: UTF8.self) }
            #expect(SearchText.words(ofUTF8: bytes, and: parts) == SearchText.words(of: [String(decoding: bytes, as: UTF8.self)] + parts),
                    "seed \(seed): \(bytes)")
        }
    }

    @Test func aByteThatIsNoUTF8SeparatesWords() {
        #expect(SearchText.words(ofUTF8: Array("kl".utf8) + [0xFE] + Array("ima".utf8), and: []) == ["ima", "kl"])
        #expect(SearchText.words(ofUTF8: Array("ærø".utf8) + [0xE2, 0x82], and: ["Sø"]) == ["aro", "so"])
    }
}
