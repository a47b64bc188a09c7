import Testing
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
}
