import Testing
import AdvocacyCore
import AdvocacyTestSupport
@testable import AdvocacyLoad

/// A share block's lines and how far each is indented in its file, which place the errors found in
/// its text (an unclosed prompt, say) at the right column.
@Suite struct ShareBlockLinesTests {
    @Test(arguments: ["", "\n", "a", "a\nb", "a\nb\n", "\n\nx\n\n", "æ\nø\n\nå", "a\n\u{301}b", "a\r\nb\nc", "a\rb\n", "😀\n👍🏽\n"])
    func linesAreCutWhereCharactersAre(_ text: String) {
        #expect(TreeWalk.lines(text) == text.split(separator: "\n", omittingEmptySubsequences: false))
    }

    @Test(arguments: [
        ("Hej", "   Hej", 3), ("Hej", "> Hej", 2), ("Hej", "Hej", 0), ("", "  ", 2), ("", "", 0), ("x", "\tx", 1),
        ("Æble {x}", "  Æble {x}", 2), ("Hej 😀", "  Hej 😀", 2), ("x", "é x", 2), ("x", "e\u{301} x", 2),
        ("\u{301}x", " \u{301}x", 0), ("Åbenhed", "  Åbenhed", 2), ("é", " e\u{301}", 1), ("\u{200D}x", " \u{200D}x", 0),
        ("\u{1161}", "\u{1100}\u{1161}", 0), ("  x", "x", 0), ("y", "  x", 0), ("b", "\r b", 2),
    ] as [(String, String, Int)])
    func indentCountsTheCharactersBeforeTheLine(_ line: String, _ source: String, _ indent: Int) {
        #expect(TreeWalk.indent(of: line[...], in: source) == indent)
        #expect(TreeWalk.indent(of: line[...], in: source) == (source.hasSuffix(line) ? source.count - line.count : 0))
    }

    /// A share item's body rendered.
    private func render(_ text: String) -> RenderedMarkdown {
        MarkdownRenderer().render(MarkdownSource(text: text, displayPath: "content/share/a.md", firstLine: 1, contentPath: "share/a.md"))
    }

    /// Where the findings in a rendered body are, as `line:column`.
    private func places(_ rendered: RenderedMarkdown) -> [String] {
        rendered.diagnostics.all.map { "\($0.location.line):\($0.location.column)" }
    }

    @Test func blocksInListsAndQuotesKnowTheirIndentation() {
        let listed = render("- Punkt\n\n  ```share social-selling linkedin\n  Hej [[\n  Æble {x} [[\n\n  slut [[\n  ```\n")
        #expect(listed.shareTexts.map(\.text) == ["Hej [[\nÆble {x} [[\n\nslut [["])
        #expect(places(listed) == ["4:7", "5:12", "7:8"])
        let quoted = render("> ```share social-selling x\n> Hej [[\n>    indrykket [[\n> ```\n")
        #expect(quoted.shareTexts.map(\.text) == ["Hej [[\n   indrykket [["])
        #expect(places(quoted) == ["2:7", "3:16"])
    }

    /// Random info strings and source lines: the share block's words and indents by bytes are the
    /// words and indents by characters.
    @Test func wordsAndIndentsByBytesAreThoseByCharacters() {
        let pieces = ["share", " ", "\t", "social-selling", "x", "ø", "\u{301}", "🎉", ">", "\r", "Æble", "Åbenhed", "é", "e\u{301}",
                      "\u{200D}", "\u{0903}", "🇩🇰", "\u{1F1E9}", "\u{1100}", "\u{1161}", "\n"]
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let info = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            #expect(TreeWalk.words(ofInfo: info) == info.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().map(String.init),
                    "seed \(seed): \(info.debugDescription)")
            let line = (0..<random.below(4)).map { _ in random.pick(pieces) }.joined()
            let source = (0..<random.below(4)).map { _ in random.pick(pieces) }.joined() + (random.chance(0.7) ? line : "")
            #expect(TreeWalk.indent(of: line[...], in: source) == (source.hasSuffix(line) ? source.count - line.count : 0),
                    "seed \(seed): \(line.debugDescription) in \(source.debugDescription)")
        }
    }

    /// A share block's text is its literal without the last line break: found from the last two bytes,
    /// as `hasSuffix("\n")` finds it by characters.
    @Test func aLastLineBreakIsFoundAsByCharacters() {
        for text in ["", "\n", "a\n", "a\r\n", "\r\n", "a\r", "a", "\n\n", "æ\n", "\u{301}\n", "\r\n\n", "😀\r\n"] {
            #expect(TreeWalk.endsWithLineBreak(text) == text.hasSuffix("\n"), "\(text.debugDescription)")
        }
        let pieces = ["\n", "\r", "\r\n", "a", "ø", "\u{301}", "\u{200D}", "😀", " "]
        for seed in PropertyRun.seeds(default: 1_000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(6)).map { _ in random.pick(pieces) }.joined()
            #expect(TreeWalk.endsWithLineBreak(text) == text.hasSuffix("\n"), "seed \(seed): \(text.debugDescription)")
        }
    }

    /// Share blocks of several lines, with carriage returns and unclosed: the texts and the places of
    /// the mistakes in them.
    @Test func blocksOfSeveralLinesKeepTheirTextsAndPlaces() {
        let plain = render("```share social-selling linkedin\nÅbenhed [[\n\nø [[\n```\n")
        #expect(plain.shareTexts.map(\.text) == ["Åbenhed [[\n\nø [["])
        #expect(places(plain) == ["2:9", "4:3"])
        let returns = render("```share social-selling linkedin\r\nHej [[\r\nø\r\n```\r\n")
        // Loading turns "\r\n" into "\n"; a body given "\r\n" anyway has its block read as never closed.
        #expect(returns.shareTexts.isEmpty)
        #expect(places(returns) == ["1:1"])
        let unclosed = render("Tekst\n\n```share social-selling\nHej\n```share x\n")
        #expect(unclosed.shareTexts.isEmpty)
        #expect(places(unclosed) == ["3:1"])
    }
}
