import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// The walk over a body's tree reads its texts for characters no output may hold only when the body
/// holds one itself or an `&` (a character reference cmark may decode to one), and marks the HTML of
/// a body that holds none as needing no second look when a template prints it. Random bodies with
/// such characters, raw and as references, placed anywhere in text, links, titles, code, info
/// strings, footnotes, tables, headings and raw HTML: rendered as they are, they give the same
/// HTML (and, where the walk passes over the texts, the same findings) as with a paragraph `&amp;`
/// before them, which makes the walk read every text; and a marked HTML holds none.
@Suite struct UnsafeBodyPropertyTests {
    static let unsafe = ["\u{0B}", "\u{0C}", "\u{1F}", "\u{7F}", "\u{85}", "\u{9F}", String(Unicode.Scalar(0xFDD0)!), "\u{FFFE}", "\u{1FFFF}", "\r", "\0"]
    static let references = ["&#11;", "&#x0B;", "&#133;", "&#x85;", "&#xFFFE;", "&#xFFFF;", "&#65535;", "&#0;", "&#127;", "&#x1F;", "&amp;", "&copy;", "&#9;", "&#10;"]
    static let words = ["Projekt", "Nordlys", "ærø", "tekst", " ", " ", "\n", "\n\n", "*", "_", "`", "-", "1.", "> ", "#", "|", "~~", "[^1]", "<b>", "\\"]
    static let blocks = [
        "[link](https://a.dk/%@ \"titel %@\")", "![billede](media/a%@.png \"%@\")", "<https://a.dk/%@>", "www.a%@.dk",
        "`kode %@`", "\n```%@ info\nkode %@\n```\n", "\n~~~share social-selling\ntekst %@\n~~~\n", "\n# Overskrift %@\n",
        "\n| a | b%@ |\n| - | - |\n| c%@ | d |\n", "[^1]: note %@\n", "\n<div title=\"%@\">%@</div>\n", "<span>%@</span>",
        "\n- [ ] opgave %@\n", "[ref]: https://a.dk/%@ \"%@\"\n[ref]\n", "\n    indrykket %@\n",
    ]

    static func piece(_ random: inout SeededRandom, references: Bool) -> String {
        switch random.below(6) {
        case 0: random.pick(unsafe)
        case 1 where references: random.pick(Self.references)
        case 2:
            random.pick(blocks).replacingOccurrences(of: "%@", with: random.chance(0.5) || !references ? random.pick(unsafe) : random.pick(Self.references))
        case 3: random.pick(blocks).replacingOccurrences(of: "%@", with: random.pick(words))
        default: random.pick(words)
        }
    }

    static func render(_ text: String, firstLine: Int, unsafeHTML: Bool) -> RenderedMarkdown {
        MarkdownRenderer(unsafeHTML: unsafeHTML).render(
            MarkdownSource(text: text, displayPath: "content/share/a.md", firstLine: firstLine, contentPath: "share/a.md"),
            resolve: { .page("/" + $0.dropLast(3) + "/") })
    }

    @Test func bodiesRenderAsWhenEveryTextIsRead() {
        for seed in PropertyRun.seeds(default: 300) {
            var random = SeededRandom(seed: seed)
            let references = random.chance(0.5)
            var text = (0..<random.below(40)).map { _ in Self.piece(&random, references: references) }.joined()
            // Most bodies are as the loader hands them over: their own unsafe characters replaced.
            if random.chance(0.7) {
                var ignored = Diagnostics()
                text = CharacterScan.clean(text, file: "content/share/a.md", diagnostics: &ignored)
            }
            let unsafeHTML = random.chance(0.3)
            let plain = Self.render(text, firstLine: 1, unsafeHTML: unsafeHTML)
            let everyText = Self.render("&amp;\n\n" + text, firstLine: -1, unsafeHTML: unsafeHTML)
            let context = "seed \(seed): \(text.debugDescription)"
            // Where the walk passes over the texts: a body as the loader hands it over, without an `&`.
            // (Elsewhere both read them, and a finding at no node's line is at the first line of each.)
            if !UnsafeCharacters.contains(text) && !text.contains("&") {
                #expect(plain.diagnostics.all.map(\.description) == everyText.diagnostics.all.map(\.description), "\(context)")
            }
            #expect("<p>&amp;</p>\n" + plain.html == everyText.html, "\(context)")
            #expect(String(validating: plain.htmlUTF8, as: UTF8.self) != nil, "\(context)")
            #expect(plain.htmlHoldsNoUnsafeCharacters == !UnsafeCharacters.contains(text), "\(context)")
            if plain.htmlHoldsNoUnsafeCharacters { #expect(!UnsafeCharacters.contains(plain.html), "\(context)") }
            // A clean body as the loader hands it over, known to be clean without reading it again.
            if !UnsafeCharacters.contains(text) {
                var info = DocumentInfo(path: "share/a.md", displayPath: "content/share/a.md", title: Located("T", at: SourceLocation(file: "a")),
                                        slug: Located("a", at: SourceLocation(file: "a")), draft: false, tags: [], body: text, bodyLine: 1)
                info.bodyHoldsNoUnsafeCharacters = true
                let loaded = MarkdownRenderer(unsafeHTML: unsafeHTML).render(MarkdownSource(info), resolve: { .page("/" + $0.dropLast(3) + "/") })
                #expect(loaded.html == plain.html && loaded.htmlHoldsNoUnsafeCharacters, "\(context)")
                #expect(loaded.diagnostics.all.map(\.description) == plain.diagnostics.all.map(\.description), "\(context)")
            }
        }
    }

    @Test func aChangedHTMLIsNoLongerMarked() {
        var rendered = Self.render("Tekst.\n", firstLine: 1, unsafeHTML: false)
        #expect(rendered.htmlHoldsNoUnsafeCharacters)
        rendered.html = "<p>\u{0B}</p>"
        #expect(!rendered.htmlHoldsNoUnsafeCharacters)
    }

    /// cmark writes the U+FFFE and U+FFFF a character reference stands for as the lone bytes 0xFE and
    /// 0xFF, which are no UTF-8: in a text, a heading, a table, a link, its title and an info string,
    /// each is found as the reference to a noncharacter it is, and the HTML stays UTF-8 without it.
    @Test(arguments: ["&#xFFFE;", "&#xFFFF;", "&#65534;", "&#xffff;"])
    func referencesCmarkWritesAsLoneBytesAreFound(reference: String) {
        let bodies = ["Et %@ to\n", "# Overskrift %@\n", "| a | b%@ |\n| - | - |\n", "[link](https://a.dk/%@)\n",
                      "[link](https://a.dk/ \"titel %@\")\n", "```kode%@ info\nkode\n```\n"]
        for body in bodies {
            let text = body.replacingOccurrences(of: "%@", with: reference)
            let rendered = Self.render(text, firstLine: 1, unsafeHTML: false)
            let errors = rendered.diagnostics.all.filter { $0.severity == .error }.map(\.description)
            #expect(errors.count == 1 && errors[0].contains("'\(reference)'"), "\(text.debugDescription): \(errors)")
            #expect(String(validating: rendered.htmlUTF8, as: UTF8.self) != nil, "\(text.debugDescription)")
            #expect(!UnsafeCharacters.contains(rendered.html), "\(text.debugDescription)")
        }
    }

    @Test func aBodyWithARawUnsafeCharacterIsNotMarked() {
        let rendered = Self.render("Et\u{0B}to\n", firstLine: 1, unsafeHTML: false)
        #expect(!rendered.htmlHoldsNoUnsafeCharacters)
        #expect(!rendered.html.contains("\u{0B}"))
        #expect(rendered.diagnostics.hasErrors)
    }
}
