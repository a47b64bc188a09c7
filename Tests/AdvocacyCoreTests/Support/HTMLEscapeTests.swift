import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// Escaping for HTML and XML keeps the characters no page or feed may hold out of what it prints: a
/// rendered body's HTML reaches a feed only through it, and is not cleaned before.
@Suite struct HTMLEscapeTests {
    @Test(arguments: [0x0B, 0x01, 0x7F, 0x85, 0xFDD0, 0xFFFE, 0x10FFFF] as [UInt32])
    func charactersNoPageMayHoldAreReplacedBySpaces(scalar: UInt32) {
        let unsafe = String(Unicode.Scalar(scalar)!)
        // With and without a character to escape: the two ways through.
        #expect(HTML.escape("<p>a" + unsafe + "b &amp;</p>") == "&lt;p&gt;a b &amp;amp;&lt;/p&gt;")
        #expect(HTML.escape("a" + unsafe + "b") == "a b")
        #expect(HTML.escape(unsafe + unsafe) == "  ")
    }

    /// Random texts appended to random output: the bytes of the output, then each byte of the text
    /// as it is or as its entity, read one by one.
    @Test func escapedTextIsEachByteOrItsEntity() {
        let pieces = ["a", " ", "&", "<", ">", "\"", "'", "&amp;", "ø", "😀", "\n", "<p class=\"x\">", "Æble's"]
        let entities: [UInt8: String] = [38: "&amp;", 60: "&lt;", 62: "&gt;", 34: "&quot;", 39: "&#39;"]
        for seed in PropertyRun.seeds(default: 1_000) {
            var random = SeededRandom(seed: seed)
            var text = (0..<random.below(20)).map { _ in random.pick(pieces) }.joined()
            let before = Array((0..<random.below(3)).map { _ in random.pick(pieces) }.joined().utf8)
            var output = before
            text.withUTF8 { HTML.appendEscaped($0, to: &output) }
            let plain = before + text.utf8.flatMap { entities[$0].map { Array($0.utf8) } ?? [$0] }
            #expect(output == plain, "seed \(seed): \(text.debugDescription)")
        }
    }
}
