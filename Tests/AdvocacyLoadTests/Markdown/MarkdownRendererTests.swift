import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

@Suite struct MarkdownRendererTests {
    let renderer = MarkdownRenderer()

    func html(_ markdown: String, unsafe: Bool = false) -> String {
        MarkdownRenderer(unsafeHTML: unsafe).render(source(markdown)).html
    }

    func source(_ text: String, path: String = "guidelines/a.md") -> MarkdownSource {
        MarkdownSource(text: text, displayPath: "content/" + path, firstLine: 5, contentPath: path)
    }

    @Test func rendersGFMExtensions() {
        let out = html("""
        | a | b |
        | --- | --- |
        | 1 | 2 |

        ~~gone~~ and www.example.dk and https://example.dk/x

        - [x] done
        - [ ] open

        Note[^n].

        [^n]: The note.
        """)
        #expect(out.contains("<table>"))
        #expect(out.contains("<td>1</td>"))
        #expect(out.contains("<del>gone</del>"))
        #expect(out.contains("<a href=\"http://www.example.dk\">www.example.dk</a>"))
        #expect(out.contains("<a href=\"https://example.dk/x\">"))
        #expect(out.contains("type=\"checkbox\" checked=\"\" disabled=\"\""))
        #expect(out.contains("class=\"footnotes\""))
        #expect(out.contains("href=\"#fn-n\""))
    }

    @Test func headingsGetStableDeduplicatedIDs() {
        let rendered = renderer.render(source("## Hvorfor vi er her\n\n## Hvorfor vi er her\n\n### Åben *dør* & `kode`\n"))
        #expect(rendered.headings.map(\.id) == ["hvorfor-vi-er-her", "hvorfor-vi-er-her-1", "aaben-doer-kode"])
        #expect(rendered.html.contains("<h2 id=\"hvorfor-vi-er-her\">Hvorfor vi er her</h2>"))
        #expect(rendered.html.contains("<h2 id=\"hvorfor-vi-er-her-1\">"))
        #expect(rendered.html.contains("<h3 id=\"aaben-doer-kode\">Åben <em>dør</em> &amp; <code>kode</code></h3>"))
    }

    /// A heading named as an element of the theme ("Indhold", the skip link's target; "Team", the team's
    /// heading on Om hubben) gets the next id, so no page holds an id twice and no link lands on the wrong one.
    @Test func headingsLeaveTheThemesIDsToTheTheme() {
        let rendered = renderer.render(source("## Indhold\n\n## Team\n\n## Team\n\n## Nyt\n\n## Holdet\n"))
        #expect(rendered.headings.map(\.id) == ["indhold-1", "team-1", "team-2", "nyt-1", "holdet"])
    }

    /// Every id the theme's templates write as it is (not made from a value) is one a heading leaves alone.
    @Test func everyLiteralIDOfTheThemeIsLeftToIt() throws {
        var found: Set<String> = []
        for folder in ["layouts", "partials"] {
            let path = TestPaths.theme + "/" + folder
            for name in try FileManager.default.contentsOfDirectory(atPath: path) where name.hasSuffix(".mustache") {
                let text = try String(contentsOfFile: path + "/" + name, encoding: .utf8)
                let ids = try Regex(#"\bid="([^"{]*)""#)
                for match in text.matches(of: ids) { found.insert(String(match.output[1].substring!)) }
            }
        }
        #expect(found.contains("indhold") && found.contains("team"))
        #expect(found.subtracting(TreeWalk.themeIDs).isEmpty, "\(found.subtracting(TreeWalk.themeIDs).sorted())")
    }

    /// A task without text (alone, with spaces after it, or with only a list under it) would be a box
    /// without a name: an error at its line, in both languages; a task with text, even in code, is fine.
    @Test func aTaskWithoutTextIsAnErrorAtItsLine() {
        let rendered = renderer.render(source("- [ ] \n- [x] Klar\n- [ ]    \n- [ ] `kode`\n- [X] \n  - [ ] Under\n"))
        #expect(rendered.diagnostics.all.map(\.description) == [
            "content/guidelines/a.md:5:1: error: the task has no text, so its box has no name to read out or tick by; write what to do after '[ ]', such as '- [ ] Read the guideline on customers', or delete the line",
            "content/guidelines/a.md:7:1: error: the task has no text, so its box has no name to read out or tick by; write what to do after '[ ]', such as '- [ ] Read the guideline on customers', or delete the line",
            "content/guidelines/a.md:9:1: error: the task has no text, so its box has no name to read out or tick by; write what to do after '[ ]', such as '- [ ] Read the guideline on customers', or delete the line",
        ], "\(rendered.diagnostics.all.map(\.description))")
        #expect(rendered.diagnostics.all.first?.message.text(in: .da).hasPrefix("opgaven har ingen tekst") == true)
        let fine = renderer.render(source("- [ ] Læs\n- [x] **Fed** tekst\n"))
        #expect(fine.diagnostics.all.isEmpty, "\(fine.diagnostics.all)")
    }

    @Test func rawHTMLIsOmittedByDefaultAndPassedWhenUnsafe() {
        let markdown = "<div class=\"x\">hej</div>\n\ntext <span>inline</span>\n\n<script>alert(1)</script>\n"
        let safe = html(markdown)
        #expect(!safe.contains("<div class"))
        #expect(!safe.contains("<span>"))
        #expect(!safe.contains("<script"))
        #expect(safe.contains("<!-- raw HTML omitted -->"))
        let unsafe = html(markdown, unsafe: true)
        #expect(unsafe.contains("<div class=\"x\">hej</div>"))
        #expect(unsafe.contains("<span>inline</span>"))
        #expect(unsafe.contains("&lt;script>"), "tagfilter stays on with raw HTML")
    }

    @Test(arguments: [("javascript:alert(1)", true), ("  JavaScript:x", true), ("VBSCRIPT:x", true), ("file:///etc/passwd", true),
                      ("data:text/html;base64,x", true), ("data:image/png;base64,x", false), ("DATA:IMAGE/WEBP;x", false),
                      ("https://example.dk", false), ("/hub/x", false), ("javascript", false)])
    func dangerousURLs(url: String, dangerous: Bool) {
        #expect(TreeWalk.isDangerous(url) == dangerous)
    }

    @Test func dangerousLinksAreEmptiedUnlessUnsafe() {
        #expect(html("[x](javascript:alert(1))").contains("<a href=\"\">x</a>"))
        #expect(html("[x](https://example.dk)").contains("<a href=\"https://example.dk\">x</a>"))
    }

    @Test func shareBlocksAreLiftedOutWithTheirPosition() {
        let rendered = renderer.render(source("Intro\n\n```share social-selling x\nHej <verden> & co\n#tag\n```\n\n```swift\nlet a = 1\n```\n",
                                              path: "share/a.md"))
        let location = SourceLocation(file: "content/share/a.md", line: 7, column: 1)
        #expect(rendered.shareTexts.map(\.discipline) == [Located("social-selling", at: location)])
        #expect(rendered.shareTexts.map(\.platform) == [.x])
        #expect(rendered.shareTexts.map(\.text) == ["Hej <verden> & co\n#tag"])
        #expect(rendered.shareTexts.map(\.location) == [location])
        #expect(rendered.diagnostics.all.isEmpty)
        #expect(!rendered.html.contains("Hej"))
        #expect(rendered.html.contains("<code class=\"language-swift\">let a = 1"))
    }

    @Test func shareBlocksOutsideAShareItemAreLiftedOutAndWarnedAbout() {
        let rendered = renderer.render(source("Intro\n\n```share social-selling x\nHej\n```\n"))
        #expect(rendered.shareTexts.isEmpty)
        #expect(rendered.diagnostics.all.map(\.description) == [
            "content/guidelines/a.md:7:1: warning: share blocks only work in share items (share/*.md); this one is shown nowhere"])
        #expect(!rendered.html.contains("Hej"))
    }

    @Test func linksBetweenContentFilesAreRewritten() {
        let rendered = renderer.render(source("[p](politik.md#kritik) [s](../share/a%20b.md) [m](../media/x.svg) [gone](nope.md) [d](../share/draft.md)")) { path in
            switch path {
            case "guidelines/politik.md": .page("/hub/guidelines/politik/")
            case "share/a b.md": .page("/hub/share/a-b/")
            case "media/x.svg": .page("/hub/media/x.svg")
            case "share/draft.md": .unpublished(Message(.unpublishedDraft))
            default: .missing(suggestion: nil)
            }
        }
        #expect(rendered.html.contains("href=\"/hub/guidelines/politik/#kritik\""))
        #expect(rendered.html.contains("href=\"/hub/share/a-b/\""))
        #expect(rendered.html.contains("href=\"/hub/media/x.svg\""))
        #expect(rendered.diagnostics.all.map(\.description) == [
            "content/guidelines/a.md:5:67: error: the link 'nope.md' points at 'guidelines/nope.md', which does not exist",
            "content/guidelines/a.md:5:83: error: the link '../share/draft.md' points at a draft; it would be a dead link in the site",
        ])
    }

    @Test func columnsCountCharactersNotBytes() {
        let rendered = renderer.render(source("Første linje\n\nLæs på ø: [x](nope.md)"))
        #expect(rendered.diagnostics.all.first?.location == SourceLocation(file: "content/guidelines/a.md", line: 7, column: 11))
    }

    /// The lines of a paragraph before a table the table extension took out of it have no position
    /// of their own in cmark-gfm: a link on them is found where the paragraph began.
    @Test func aLinkRightBeforeATableIsAtItsOwnLine() {
        for text in ["Første linje\n\n www.a\\.dk\n| a | b |\n| - | - |\n| c | d |\n",
                     "Første linje\n\nwww.a\\.dk og [b](https://x\\.dk)\n| a |\n| - |\n"] {
            let rendered = renderer.render(source(text))
            #expect(rendered.diagnostics.all.map(\.location.line) == Array(repeating: 7, count: rendered.diagnostics.all.count), "\(text)")
            #expect(!rendered.diagnostics.all.isEmpty)
        }
    }

    /// The lines above a table's header row become a paragraph of their own, placed in the file's
    /// lines (the table extension gave it no position, and its inlines positions in its own lines):
    /// a finding in its third line is told there, not at the paragraph's first or the body's third.
    @Test func aLinkInTheLinesOfAParagraphBeforeATableIsAtItsOwnLine() {
        let text = "Første linje\n\n | d |\n~~[ref]: https://a.dk/_\nwww.a\\.dk\n| a | b |\n| - | - |\n"
        let rendered = renderer.render(source(text))
        #expect(rendered.diagnostics.all.map { "\($0.location.line):\($0.location.column ?? 0)" } == ["9:1"])
    }

    @Test func linksLeavingTheContentFolderAreRefused() {
        let rendered = renderer.render(source("[x](../../../etc/passwd.md)"))
        #expect(rendered.diagnostics.all.first?.message.text(in: .en) == "the link '../../../etc/passwd.md' leads outside the content folder")
    }

    @Test func rootRelativeLinksGetTheBaseURL() {
        let out = MarkdownRenderer(baseURL: "/hub/").render(source("[x](/share/) [y](/hub/stories/)")).html
        #expect(out.contains("href=\"/hub/share/\""))
        #expect(out.contains("href=\"/hub/stories/\""))
    }

    @Test func forbiddenTermsAndSearchWordsComeFromTheWholeText() {
        let words = String(repeating: "ord ", count: 400)
        let terms = TermSearch(["Projekt Nordlys", "Lakrids", "Tavshed"])
        let rendered = renderer.render(source("Om **lakrids**.\n\n" + words + "\n\nTil sidst projekt Nordlys."), html: true,
                                       terms: terms, resolve: { _ in .missing(suggestion: nil) })
        #expect(rendered.termsInText == ["Lakrids", "Projekt Nordlys"])
        #expect(rendered.searchWords == ["lakrids", "nordlys", "om", "ord", "projekt", "sidst", "til"], "past the first 1,000 characters too")
    }

    @Test func searchWordsLeaveMarkupAndStrayShareBlocksOut() {
        let rendered = renderer.render(source("# Titel\n\nEn **fed** sætning.\n\n```share x\nhemmelig\n```\n"))
        #expect(rendered.searchWords == ["en", "fed", "satning", "titel"])
    }

    /// A share item's share texts are shown on its page, so their words are found too.
    @Test func searchWordsHoldAShareItemsTexts() {
        let text = "Brødtekst.\n\n```share sales linkedin\nDel om skybrud #reklame\n```\n"
        let rendered = renderer.render(source(text, path: "share/x.md"))
        #expect(rendered.searchWords == ["#reklame", "brodtekst", "del", "om", "reklame", "skybrud"])
    }

    /// cmark-gfm's inline parser flips a global table: parsing must stay under one lock, or parallel
    /// renders silently drop strikethrough and autolinks.
    @Test func concurrentRendersEqualSerialRenders() {
        let documents: [String] = (0..<400).map { i in
            """
            # Dokument \(i)

            Tekst med ~~streg \(i)~~ og www.example\(i).dk og https://example.dk/\(i) og *kursiv*.

            | a | b |
            | - | - |
            | \(i) | ~~x~~ |

            - [ ] punkt \(i)
            """
        }
        let serial = documents.map { html($0) }
        let parallel = documents.parallelMap { MarkdownRenderer().render(MarkdownSource(text: $0, displayPath: "x", firstLine: 1, contentPath: "x.md")).html }
        #expect(serial == parallel)
        #expect(serial.allSatisfy { $0.contains("<del>streg") && $0.contains("href=\"http://www.example") })
    }
}
