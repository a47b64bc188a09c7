import Foundation
import Testing
import CCmarkGFM
import CmarkArena
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// Parsers get a copy of cmark-gfm's table extension that hands the extension's code only a
/// paragraph's last line when it looks for a table's header row (`CmarkTables`), where the library
/// reads the whole paragraph again at every line that could be a delimiter row.
@Suite struct TableHeaderRowTests {
    /// Lines that make, nearly make or break tables, in paragraphs, lists and quotes.
    static let lines = [
        "a|b", "| a | b |", "a | b | c", "|a|", "a|", "|", " | ", "||", "a \\| b", "a \\\\| b", "a\\|b|c", "`a|b` | c", "`a\\|b`",
        "tekst", "tekst med ~~streg~~ og www.a.dk", "a\\", "\\", "&#124;|b", "*a|b*", "[a](b|c)", "[ref]: /u", "[ref] | x",
        "-|-", "-|-|-", "|-|", "|-|-|", "--|--", ":-:|--:", "| --- | :-: |", "|:--|", "- | -", "-|", "|-", "- |", "-|-|-|-",
        "---", "===", "- a|b", "- -|-", "- | a | b |", "> a|b", "> -|-", "> > -|-", "1. a|b", "1) -|-", "    -|-", "  -|-",
        "\t-|-", "   a|b", "# a|b", "## -|-", "```", "~~~", "<div>", "</div>", "    >|a|b", "- [ ] a|b", "[^1]: a|b", "",
    ]
    static let prefixes = ["", "", "", "", "> ", "- ", "  ", "    ", "1. ", "> - ", ">"]
    static let endings = ["\n", "\n", "\n", "\n", "\r\n", "\r"]

    /// Header, delimiter and body rows of one width, which open a table when nothing comes between.
    static let tables = [["a|b", "-|-", "1|2"], ["| a | b | c |", "|:-|:-:|-:|", "| 1 |"], ["a\\|b", "-|-"], ["|x|", "|-|", "y"]]

    static func body(_ random: inout SeededRandom) -> String {
        (0..<random.below(24)).map { _ in
            let prefix = random.pick(prefixes)
            let lines = random.chance(0.15) ? random.pick(tables) : [random.pick(Self.lines)]
            return lines.map { prefix + $0 + (random.chance(0.1) ? " " : "") + random.pick(endings) }.joined()
        }.joined()
    }

    /// The HTML and the tree (without positions) of `text` parsed with `extensions`.
    static func rendered(_ text: String, extensions: [UnsafeMutablePointer<cmark_syntax_extension>]) -> (html: String, tree: String) {
        let parser = cmark_parser_new(CMARK_OPT_FOOTNOTES)!
        defer { cmark_parser_free(parser) }
        for syntaxExtension in extensions { cmark_parser_attach_syntax_extension(parser, syntaxExtension) }
        cmark_parser_feed(parser, text, text.utf8.count)
        let document = cmark_parser_finish(parser)!
        defer { cmark_node_free(document) }
        let options = CMARK_OPT_FOOTNOTES | CMARK_OPT_UNSAFE
        let html = cmark_render_html(document, options, cmark_parser_get_syntax_extensions(parser))!
        let tree = cmark_render_xml(document, options)!
        defer { free(html); free(tree) }
        return (String(cString: html), String(cString: tree))
    }

    /// The library's own table extension, registered when the parsers' extensions are made.
    static var library: UnsafeMutablePointer<cmark_syntax_extension> {
        _ = GFMExtensions.all
        return cmark_find_syntax_extension("table")!
    }
    /// The extensions parsers get, with the library's own table extension in place of the copy.
    static var libraryExtensions: [UnsafeMutablePointer<cmark_syntax_extension>] {
        let library = Self.library
        return GFMExtensions.all.map { String(cString: $0.pointee.name) == "table" ? library : $0 }
    }

    @Test func randomBodiesParseAsWithTheLibrarysOwnTableExtension() {
        #expect(!GFMExtensions.all.contains(Self.library))
        var tables = 0, tablesAfterLines = 0
        for seed in PropertyRun.seeds(default: 3_000) {
            var random = SeededRandom(seed: seed)
            let text = Self.body(&random)
            let ours = Self.rendered(text, extensions: GFMExtensions.all)
            let theirs = Self.rendered(text, extensions: Self.libraryExtensions)
            #expect(ours.html == theirs.html, "seed \(seed): \(text.debugDescription)")
            #expect(ours.tree == theirs.tree, "seed \(seed): \(text.debugDescription)")
            tables += ours.html.contains("<table>") ? 1 : 0
            tablesAfterLines += ours.html.contains("</p>\n<table>") ? 1 : 0
        }
        // The bodies make tables, also under lines of a paragraph, often enough to tell.
        #expect(tables > 300 && tablesAfterLines > 100, "\(tables) bodies with tables, \(tablesAfterLines) after a paragraph")
    }

    @Test func theLinesAboveAHeaderRowBecomeAParagraphAsTheExtensionMakesThem() {
        // Pipes unescaped (`\\|` is then a backslash escape), spaces trimmed, in quotes and lists.
        for text in ["a \\\\| b\n`c\\|d` \\|\n  e  \nh|h\n-|-\n", "> x\\|y\n> z\n> h|h\n> -|-\n", "- x\\\\|y\n  h|h\n  -|-\n  1|2\n"] {
            let ours = Self.rendered(text, extensions: GFMExtensions.all)
            #expect(ours.html.contains("<table>"), "\(text.debugDescription)")
            #expect(ours.html == Self.rendered(text, extensions: Self.libraryExtensions).html, "\(text.debugDescription)")
        }
    }

    /// A paragraph of lines that each look like a delimiter row, of differing widths so that none
    /// opens a table: the library reads the whole paragraph at each (for these 2,000 lines it makes
    /// and drops about a gigabyte of cells and holds 9 MB past the arena's cap; 25 KB of them take 3
    /// seconds); the copy reads two lines at each, and what it holds grows with the lines (3 MB).
    @Test func delimiterRowsOfDifferingWidthsAreReadOnce() {
        let text = "x\n" + (1..<2_000).map { $0 % 2 == 1 ? "-|-" : "-|-|-" }.joined(separator: "\n") + "\n"
        advocacy_arena_begin()
        let rendered = ArenaTests.render(text)
        let held = advocacy_arena_used()
        advocacy_arena_end()
        #expect(held < 4 << 20, "\(held) bytes held")
        #expect(!rendered.html.contains("<table>"))
    }

    /// A link in a header row under lines of a paragraph is told at its own line and column: the
    /// library put the row on the paragraph's first line, and counted its columns from the
    /// paragraph's start (walking back over every line for the first cell).
    @Test func aFindingInAHeaderRowUnderAParagraphIsAtItsLineAndColumn() {
        let text = "Første linje\nanden linje med mere tekst\n| a | [x](mangler.md) |\n| - | - |\n"
        let rendered = MarkdownRenderer().render(MarkdownSource(text: text, displayPath: "content/share/a.md", firstLine: 5, contentPath: "share/a.md"))
        #expect(rendered.diagnostics.all.map { "\($0.location.line):\($0.location.column ?? 0)" } == ["7:7"])
    }
}
