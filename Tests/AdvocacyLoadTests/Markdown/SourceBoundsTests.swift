import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// Share fences, the bounds checked before parsing, and character references to characters no output may hold.
@Suite struct SourceBoundsTests {
    func render(_ text: String, path: String = "share/a.md") -> RenderedMarkdown {
        MarkdownRenderer().render(MarkdownSource(text: text, displayPath: path, firstLine: 5, contentPath: path))
    }

    func messages(_ rendered: RenderedMarkdown) -> [String] { rendered.diagnostics.all.map(\.description) }

    @Test func closedShareFencesAndOtherCodeBlocksAreRead() {
        let rendered = render("""
        Tekst.

        ```swift
        let x = 1
        ```

        ```share social-selling
        Første linje.

        Tredje linje med ``` midt i.
        ```   

        > ~~~share social-selling x
        > Citeret.
        > ~~~

        ````share social-selling
        ```
        ````

        ````markdown
        ```share social-selling
        Et eksempel.
        ````

        ```share social-selling
        Sidste blok uden linjeskift efter hegnet.
        ```
        """)
        #expect(messages(rendered).isEmpty)
        #expect(rendered.shareTextsAreComplete)
        #expect(rendered.shareTexts.map(\.text) == [
            "Første linje.\n\nTredje linje med ``` midt i.", "Citeret.", "```", "Sidste blok uden linjeskift efter hegnet."])
        #expect(rendered.html.contains("let x = 1"))
        #expect(rendered.html.contains("```share social-selling\nEt eksempel."))
    }

    @Test func aShareFenceNeverClosedIsAnErrorAtItsOpeningAndSwallowsNothing() {
        let rendered = render("Tekst.\n\n~~~~share social-selling\nTekst til deling.\n\n## Internt\n\nDel ikke nummeret.\n~~~\n")
        #expect(messages(rendered) == [
            "share/a.md:7:1: error: the share block opened on line 7 is never closed: add a line with ~~~~ after its text"])
        #expect(rendered.shareTexts.isEmpty)
        #expect(!rendered.shareTextsAreComplete)

        let empty = render("Tekst.\n\n```share social-selling")
        #expect(messages(empty) == [
            "share/a.md:7:1: error: the share block opened on line 7 is never closed: add a line with ``` after its text"])
    }

    @Test func aShareFenceHoldingAnotherOpeningFenceIsAnError() {
        let rendered = render("```share a\nEn.\n```share b\nTo.\n```\n\n```share c\nTre.\n```\n")
        #expect(messages(rendered) == [
            "share/a.md:5:1: error: the share block opened on line 5 is not closed before line 7 opens another block: add a line with ``` after its text"])
        #expect(rendered.shareTexts.map(\.text) == ["Tre."])
        #expect(!rendered.shareTextsAreComplete)
    }

    @Test func atMostAHundredShareBlocks() {
        let blocks = String(repeating: "```share a\nTekst.\n```\n\n", count: 100)
        #expect(render(blocks).shareTexts.count == 100)
        let rendered = render(blocks + "```share a\nEn for meget.\n```\n")
        #expect(messages(rendered) == [
            "share/a.md:405:1: error: the file has 101 share blocks; a file can have at most 100: spread the texts over several items"])
        #expect(rendered.shareTexts.isEmpty)
    }

    /// Tables are counted as cmark-gfm reads them: each row as many cells as its table has columns,
    /// a `|` alone on a line (which ends a table) none.
    @Test func tablesAreBoundedAsCmarkReadsThem() {
        let header = "|" + String(repeating: " k |", count: 100) + "\n|" + String(repeating: "---|", count: 100) + "\n"
        #expect(messages(render(header + String(repeating: "| x |\n", count: 2000))).isEmpty)
        #expect(messages(render(header + String(repeating: "|\n", count: 3000))).isEmpty)
        let tooMany = render("Tekst.\n\n" + header + String(repeating: "| x |\n", count: 1000) + "\nMere.\n\n" + header
                             + String(repeating: "| x |\n", count: 1001))
        #expect(messages(tooMany) == [
            "share/a.md:1012:1: error: the tables of this file have more than 200,000 cells (columns × rows); make them smaller or spread them over several files"])
        #expect(tooMany.html.isEmpty)
        let wide = "> | a |" + String(repeating: " b |", count: 100) + "\n> |---|" + String(repeating: "---|", count: 100) + "\n"
        #expect(messages(render(wide)) == [
            "share/a.md:5:1: error: the table has 101 columns; a table can have at most 100: split it into narrower tables"])
    }

    /// A scan of the source before the parse could be led past lines cmark reads as a table: a fence
    /// indented a space, which a fence in the first column closes (an attacker's review). Counted as
    /// cmark reads them, the rows after it are rows.
    @Test func noFenceHidesATableFromItsBounds() {
        let wide = "|a" + String(repeating: "|a", count: 999) + "|\n|-" + String(repeating: "|-", count: 999) + "|\n"
        for fence in [" ```\n```\n", "  ~~~\n```\n~~~\n", "- ~~~\n  ```\n  ~~~\n"] {
            #expect(messages(render(fence + wide + String(repeating: "x\n", count: 5000))).first?.hasSuffix(
                "error: the table has 1000 columns; a table can have at most 100: split it into narrower tables") == true, "\(fence.debugDescription)")
            let rows = render(fence + "| a | b |\n| - | - |\n" + String(repeating: "|", count: 300) + "\n")
            #expect(messages(rows).first?.hasSuffix("error: the table row has 300 '|'; a row can have at most 200: split the table into narrower ones, or write a '|' that is no column border as '&#124;'") == true,
                    "\(fence.debugDescription)")
        }
    }

    /// The extension keeps a row's cells in a list it walks to the end for each new one: a line it
    /// reads as a table's row (a header, the line above a delimiter row, a row of an open table)
    /// holds at most 200 `|`, escaped or not. Lines it never reads as rows hold any number.
    @Test func aTableRowHoldsAtMostTwoHundredBars() {
        let row = { (bars: Int) in String(repeating: "| a ", count: bars - 1) + "|" }
        #expect(messages(render("| a | b |\n| - | - |\n" + row(200) + "\n" + String(repeating: "\\|", count: 200) + "\n")).isEmpty)
        let message = "error: the table row has 201 '|'; a row can have at most 200: split the table into narrower ones, or write a '|' that is no column border as '&#124;'"
        for (text, line) in [("| a | b |\n| - | - |\n" + row(201) + "\n", 7), ("Tekst " + String(repeating: "\\|", count: 201) + "\n-|-\n", 5),
                             ("> - Tekst\n>   " + row(201) + "\n>   --|--\n", 6)] {
            let rendered = render(text)
            #expect(messages(rendered) == ["share/a.md:\(line):1: " + message], "\(text.prefix(40).debugDescription)")
            #expect(rendered.html.isEmpty)
        }
        for text in ["Tekst\n" + String(repeating: "a|", count: 201) + "\n", "> - " + row(201) + "\n" + row(250) + "\n",
                     "```\n" + row(1000) + "\n```\n", "1. Trin:\n\n   ```\n   " + row(300) + "\n   ```\n",
                     "Kode:\n\n    " + String(repeating: "x||", count: 201) + "\n",
                     "Indlejring:\n\n<script>" + String(repeating: "a=b||c;", count: 120) + "</script>\n",
                     "Tekst med `" + String(repeating: "a||", count: 101) + "` kode.\n"] {
            #expect(messages(render(text)).isEmpty, "\(text.prefix(40).debugDescription)")
        }
        // A table too wide is told as such, not also for its rows.
        #expect(messages(render("Tekst\n" + String(repeating: "-|", count: 201) + "\n" + row(250) + "\n")) == [
            "share/a.md:5:1: error: the table has 201 columns; a table can have at most 100: split it into narrower tables"])
    }

    @Test func tablesInCodeAreNotCountedAndTablesAfterAnHTMLCommentAre() {
        let wide = "| a |" + String(repeating: " b |", count: 100) + "\n|---|" + String(repeating: "---|", count: 100) + "\n"
        #expect(messages(render("```markdown\n" + wide + "```\n")).isEmpty)
        // cmark reads the fence line as part of the HTML comment, so the table below it is a table.
        #expect(messages(render("<!--\n\n```\n-->\n" + wide + "```\n")) == [
            "share/a.md:9:1: error: the table has 101 columns; a table can have at most 100: split it into narrower tables"])
    }

    /// A line goes on the open list items of the lines above it by its indentation: a list 8,000
    /// items deep, made 50 a line by indenting each line past the last, with blank lines under it
    /// (each goes on every item) took 111 seconds for a megabyte (an attacker's review). Each two
    /// columns of indentation count as an item a line may be in.
    @Test func indentationCountsTowardsHowDeepALineIsNested() {
        #expect(messages(render("- a\n  - b\n    - c\n\n      tekst\n\t\t\tkode\n")).isEmpty)
        #expect(messages(render(String(repeating: " ", count: 100) + "x\n")).isEmpty)
        let deeper = (0..<3).map { String(repeating: "\t", count: 25 * $0) + String(repeating: "- ", count: 50) + "x" }.joined(separator: "\n")
        #expect(messages(render(deeper + String(repeating: "\n", count: 1000) + "y\n")) == [
            "share/a.md:6:1: error: quotes and lists are nested 100 levels deep here; at most 50 are allowed: remove some of the '>', '-' or '1.' at the start of the line, or indent it less"])
        #expect(messages(render(String(repeating: " ", count: 96) + String(repeating: "> ", count: 3) + "x\n")) == [
            "share/a.md:5:1: error: quotes and lists are nested 51 levels deep here; at most 50 are allowed: remove some of the '>', '-' or '1.' at the start of the line, or indent it less"])
    }

    /// Each link cmark-gfm makes walks back over every `[` before it in its paragraph (CVE-2023-22486):
    /// at most 5,000 between two blank lines, code too.
    @Test func bracketsBetweenBlankLinesAreBounded() {
        #expect(messages(render(String(repeating: "![[]()", count: 2500) + "\n\n" + String(repeating: "[a](b) ", count: 5000) + "\n")).isEmpty)
        let message = "error: more than 5,000 '[' up to here without a blank line between them; put blank lines between paragraphs, or write '&#91;' for a '[' that opens no link"
        for (text, line) in [("Tekst\n" + String(repeating: "![[]()", count: 2501) + "\n", 6),
                             (String(repeating: "[a](b)\n", count: 5001), 5005),
                             ("```\n" + String(repeating: "[[", count: 1500) + "\n" + String(repeating: "[[", count: 1500) + "\n```\n", 7)] {
            let rendered = render(text)
            #expect(messages(rendered) == ["share/a.md:\(line):1: " + message], "\(text.prefix(30).debugDescription)")
            #expect(rendered.html.isEmpty)
        }
    }

    /// A footnote's definition holds blocks: it counts as a level, and the quotes and lists after it
    /// on its line count too (a third attacker's review: 8,000 list items after `[^a]:` with blank
    /// lines under them took 39 s for 216 KB).
    @Test func footnoteDefinitionsCountTowardsNesting() {
        #expect(messages(render("[^a]: Note med - og > i teksten.\n\n[^b]: - a\n    - b\n")).isEmpty)
        let message = "error: quotes and lists are nested 51 levels deep here; at most 50 are allowed: remove some of the '>', '-' or '1.' at the start of the line, or indent it less"
        #expect(messages(render("[^a]: " + String(repeating: "- ", count: 50) + "a\n")) == ["share/a.md:5:1: " + message])
        #expect(messages(render((0..<51).map { "[^f\($0)]: " }.joined() + "x\n")) == ["share/a.md:5:1: " + message])
    }

    /// Each `<` of `<?` or `<!A` looks for its end up to the paragraph's (CVE-2023-22483, 22484): at
    /// most 5,000 `<` between two blank lines, code too.
    @Test func angleBracketsBetweenBlankLinesAreBounded() {
        #expect(messages(render("a" + String(repeating: "<?", count: 5000) + "\n\n" + String(repeating: "<!A ", count: 5000) + "\n")).isEmpty)
        let message = "error: more than 5,000 '<' up to here without a blank line between them; put blank lines between paragraphs, or write '&lt;' for a '<' that starts no HTML"
        for (text, line) in [("a" + String(repeating: "<?", count: 5001) + "\n", 5), ("Tekst\n" + String(repeating: "a<!A\n", count: 5001), 5006),
                             ("> a" + String(repeating: "<?", count: 5001) + "\n", 5)] {
            let rendered = render(text)
            #expect(messages(rendered) == ["share/a.md:\(line):1: " + message], "\(text.prefix(30).debugDescription)")
            #expect(rendered.html.isEmpty)
        }
    }

    @Test func quoteAndListMarkersAreBounded() {
        #expect(messages(render(String(repeating: "> ", count: 50) + "x\n")).isEmpty)
        #expect(messages(render("Tekst.\n" + String(repeating: "- ", count: 30) + String(repeating: "1. ", count: 21) + "x\n")) == [
            "share/a.md:6:1: error: quotes and lists are nested 51 levels deep here; at most 50 are allowed: remove some of the '>', '-' or '1.' at the start of the line, or indent it less"])
        #expect(messages(render(String(repeating: "- a\n", count: 100_001))) == [
            "share/a.md:100005:1: error: the file has more than 100,000 quote and list markers ('>', '-' or '1.' at the start of a line) up to here; spread the text over several files"])
    }

    @Test func characterReferencesToUnsafeCharactersAreErrorsAndNeverReachTheHTML() {
        let rendered = render("Et&#11;to og [link](https://a.dk/&#x1F;) og `&#11;` og &#133; og &#xFFFE;.\n")
        #expect(messages(rendered) == [
            "share/a.md:5:3: error: the character reference '&#11;' stands for a vertical tab (U+000B), which web pages and feeds cannot hold; delete it",
            "share/a.md:5:34: error: the character reference '&#x1F;' stands for an invisible control character (U+001F), which web pages and feeds cannot hold; delete it",
            "share/a.md:5:56: error: the character reference '&#133;' stands for an invisible control character (U+0085), which web pages and feeds cannot hold; delete it",
            "share/a.md:5:66: error: the character reference '&#xFFFE;' stands for a noncharacter (U+FFFE), which web pages and feeds cannot hold; delete it",
        ])
        // Each is a space in the HTML: U+FFFE too, which cmark writes as the lone byte 0xFE.
        #expect(rendered.html.contains("og   og  ."))
        #expect(String(validating: rendered.htmlUTF8, as: UTF8.self) != nil)
        #expect(!UnsafeCharacters.contains(rendered.html))
        #expect(rendered.html.contains("<code>&amp;#11;</code>"))
        let many = render(String(repeating: "&#1;\n", count: 25))
        #expect(many.diagnostics.all.count == 21)
        #expect(many.diagnostics.all.last?.description
            == "share/a.md:25:1: error: more character references from here on stand for characters that web pages and feeds cannot hold; delete them")
    }
}
