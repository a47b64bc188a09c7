import Foundation
import Testing
import CmarkArena
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// A body is parsed, walked and rendered in the thread's arena (`CmarkArena`) when it is of the size
/// people write, and with cmark's own allocator when it is larger: both give the same HTML and the
/// same findings, the arena is emptied after each body, and what a body takes from it stays within
/// a bound of its size.
@Suite struct ArenaTests {
    static let pieces = [
        "Tekst med **fed** og _kursiv_ og ~~streg~~.", "[link](../guidelines/a.md#x \"titel\")", "www.example.com/sti",
        "https://a.dk/ærø", "![billede](media/a.png)", "`kode`", "\n```swift\nlet a = 1\n```\n", "\n# Overskrift\n",
        "\n## Overskrift igen\n", "\n| a | b |\n| - | - |\n| c | d |\n", "[^1]", "\n[^1]: note\n", "\n- [ ] opgave\n",
        "\n> citat\n", "\n1. et\n2. to\n", "&amp; &#11; &#xFFFE;", "<b>rå</b>", "\n~~~share social-selling\ntekst [[navn]]\n~~~\n",
        "ærø 😀", "\n\n", " ", "\\*", "*", "_", "[ref]\n\n[ref]: https://a.dk/", "<https://a.dk/x>",
    ]

    static func render(_ text: String) -> RenderedMarkdown {
        MarkdownRenderer().render(MarkdownSource(text: text, displayPath: "content/share/a.md", firstLine: 5, contentPath: "share/a.md"),
                                  resolve: { .page("/" + $0.dropLast(3) + "/") })
    }

    @Test func aBodyInTheArenaRendersAsWithCmarksOwnAllocator() {
        for seed in PropertyRun.seeds(default: 200) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(40)).map { _ in random.pick(Self.pieces) }.joined()
            // Blank lines at the end change nothing rendered, and take the body past the arena's limit.
            let large = text + String(repeating: "\n", count: MarkdownRenderer.arenaLimit + 1 - text.utf8.count)
            let inArena = Self.render(text), own = Self.render(large)
            #expect(advocacy_arena_used() == 0, "seed \(seed)")
            #expect(inArena.html == own.html, "seed \(seed): \(text.debugDescription)")
            #expect(inArena.diagnostics.all.map(\.description) == own.diagnostics.all.map(\.description), "seed \(seed): \(text.debugDescription)")
            #expect(inArena.headings == own.headings && inArena.shareTexts.map(\.text) == own.shareTexts.map(\.text), "seed \(seed)")
        }
    }

    /// Past 8 MB for one body, blocks are allocated alone and freed when cmark frees them: a parse
    /// that makes and drops memory over and over holds what it keeps, not all it ever made (here 64 MB
    /// made, 15 MB kept).
    @Test func blocksPastTheCapAreFreedWhenCmarkFreesThem() {
        advocacy_arena_begin()
        for round in 0..<64 {
            let block = advocacy_arena_calloc(1, 1 << 20)
            #expect(block != nil)
            if round % 8 != 0 { advocacy_arena_free(block) }
        }
        let held = advocacy_arena_used()
        advocacy_arena_end()
        #expect(held > 8 << 20 && held < 24 << 20, "\(held) bytes held")
        #expect(advocacy_arena_used() == 0)
    }

    /// The densest bodies of the arena's largest size, whose parse makes and drops the most memory
    /// (and moves blocks that grow from one chunk to the next), render as with cmark's own allocator,
    /// take at most 24 MB from the arena (two cores: 48 MB of the 200 MB a build may hold at its
    /// peak), and nothing stays after the body.
    @Test(arguments: ["*a* ", "[a](b)\n\n", "| a | b |\n", "&amp; ", "[^1]\n\n", "`a` ", "www.a.dk ", "<b>\n\n", "# a\n", "- a\n", "a  \n"])
    func whatABodyTakesFromTheArenaIsBounded(piece: String) {
        let text = String(repeating: piece, count: (MarkdownRenderer.arenaLimit - 16) / piece.utf8.count)
        advocacy_arena_begin()
        _ = Self.render(text)
        let used = advocacy_arena_used()
        advocacy_arena_end()
        let own = Self.render(text + String(repeating: "\n", count: MarkdownRenderer.arenaLimit + 1 - text.utf8.count))
        let same = Self.render(text).htmlUTF8 == own.htmlUTF8
        #expect(same, "\(piece.debugDescription)")
        #expect(used > 0)
        #expect(used < 24 << 20, "\(piece.debugDescription): \(used) bytes")
        #expect(advocacy_arena_used() == 0)
    }
}
