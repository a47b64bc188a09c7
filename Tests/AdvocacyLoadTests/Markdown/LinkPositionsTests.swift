import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// A finding about a link is told where the link is written: an autolink (`https://…` in text, which
/// cmark gives no position, or `<https://…>`, whose column it counts from its paragraph's first line),
/// and any link after a code span or inline HTML over a line break (which cmark does not count).
@Suite struct LinkPositionsTests {
    static let site = "https://hub.example.dk/"
    /// Addresses into the site, some the start of another, so that one may be found inside the other.
    static let addresses = ["a/", "b/", "a/b/", "media/x.svg", "a/b/c"].map { site + $0 }
    static let words = ["Se", "også", "æbler", "og", "København", "🎉", "her", "kort:"]

    /// Where each full address into the site a body links to is written, as the walk tells it.
    static func locations(_ text: String) -> [(url: String, line: Int, column: Int)] {
        let source = MarkdownSource(text: text, displayPath: "share/x.md", firstLine: 1, contentPath: "share/x.md")
        return MarkdownRenderer(siteURL: site).render(source).pageLinks.map { ($0.url, $0.location.line, $0.location.column) }
    }

    /// Random bodies of paragraphs, list items, quotes and headings whose lines hold words, character
    /// references, escapes, code spans (some over a line break), comments and links (bare, in pointy
    /// brackets, in bold, before a full stop, written with brackets), the same address written where it
    /// is no link: every link is told at the line and character column where it is written, in order.
    @Test func everyAutolinkIsToldWhereItIsWritten() {
        for seed in PropertyRun.seeds(default: 300) {
            var random = SeededRandom(seed: seed)
            var lines: [String] = [], expected: [(url: String, line: Int, column: Int)] = []
            for _ in 0...random.below(4) {
                let prefix = random.pick(["", "", "- ", "> ", "## ", "1. "])
                let count = prefix == "## " ? 1 : 1 + random.below(3)
                for index in 0..<count {
                    var line = index == 0 || prefix == "> " ? prefix : String(repeating: " ", count: prefix == "1. " ? 3 : prefix.count)
                    for _ in 0..<(1 + random.below(5)) {
                        let url = random.pick(Self.addresses)
                        switch random.below(10) {
                        case 0...2: line += random.pick(Self.words) + " "
                        // What moves cmark's columns, and the same address where it is no autolink.
                        // (An HTML comment starting a line starts an HTML block.)
                        case 3: line += random.pick(["&amp; ", "\\* ", "&mdash; ", "`kode` ", "`` <\(url)> `` "]
                                                    + (line.trimmingCharacters(in: CharacterSet(charactersIn: " >-0123456789.")).isEmpty ? [] : ["<!-- \(url) --> "]))
                        case 4:
                            expected.append((url, lines.count + 1, line.count + 1))
                            line += "[x](\(url)) "
                        case 5 where prefix != "## " && index + 1 < count:
                            // A code span over the line break (in a list item or a quote too).
                            line += "`ko"
                            lines.append(line)
                            line = (prefix == "> " ? "> " : String(repeating: " ", count: prefix == "1. " ? 3 : prefix.count)) + "de` "
                        default:
                            let form = random.below(4)
                            expected.append((url, lines.count + 1, line.count + (form == 2 ? 3 : 1)))
                            line += [url, "<" + url + ">", "**" + url + "**", url + "."][form] + " "
                        }
                    }
                    lines.append(line)
                }
                lines.append("")
            }
            let text = lines.joined(separator: "\n")
            let found = Self.locations(text)
            #expect(found.map(\.url) == expected.map(\.url), "seed \(seed):\n\(text)")
            #expect(found.map { [$0.line, $0.column] } == expected.map { [$0.line, $0.column] }, "seed \(seed):\n\(text)")
        }
    }

    /// The same address written before the link in a link's destination, a code span, an HTML comment
    /// or another table cell; signs cmark lets an address follow (`"`, `'`, `=`); a link written with
    /// brackets whose text is its address: each link is still told where it is written.
    @Test func anAddressWrittenBeforeTheLinkElsewhereIsNotTakenForIt() {
        let (a, b, c, d) = (Self.site + "a/", Self.site + "b/", Self.site + "a/b/", Self.site + "media/x.svg")
        let text = """
            See [docs](\(a)) or
            \(a).

            Code `` <\(b)> `` x
            and <\(b)> here.

            <!-- \(c) --> x
            y \(c)

            | \(d) | <\(d)> |
            |---|---|
            | x | y |

            Q "\(a)". and
            'æ \(b)' url=\(c)
            [\(Self.site)](\(Self.site)) then
            \(d)
            """
        let expected: [(String, Int, Int)] = [(a, 1, 5), (a, 2, 1), (b, 5, 5), (c, 8, 3), (d, 10, 3), (d, 10, 40),
                                              (a, 14, 4), (b, 15, 4), (c, 15, 35), (Self.site, 16, 1), (d, 17, 1)]
        let found = Self.locations(text)
        #expect(found.map(\.url) == expected.map(\.0))
        #expect(found.map { [$0.line, $0.column] } == expected.map { [$0.1, $0.2] })
    }

    /// Lines where cmark's columns are off (a lazy quote line, a footnote, after a hard line break or
    /// a code span over two lines), a character reference between two copies of one address, and `[`s
    /// where cmark's wrong column for a pointy link falls: each link is where it is written.
    @Test func linksAfterWhatMovesCmarksColumnsAreToldWhereTheyAreWritten() {
        let url = (1...8).map { Self.site + "a/\($0)" }
        let text = """
            > a
            <\(url[0])>

            Tekst[^1].

            [^1]: <\(url[1])>

            Læs [guiden](\(url[2])) &mdash; eller \(url[2])
            Se \(url[3]) &amp; \(url[3])

            a `kode
            span` &amp; \(url[4])

            a\\
            yy
            <\(url[5])> z

            - [[[[[[[[[[[[ <\(url[6])>
            """
        let line9 = "Læs [guiden](\(url[2])) &mdash; eller ", line10 = "Se \(url[3]) &amp; "
        // The footnote's link is last: cmark puts footnotes at the end of the document.
        let expected: [(String, Int, Int)] = [(url[0], 2, 1), (url[2], 8, 5), (url[2], 8, line9.count + 1), (url[3], 9, 4),
                                              (url[3], 9, line10.count + 1), (url[4], 12, 13), (url[5], 16, 1), (url[6], 18, 16), (url[1], 6, 7)]
        let found = Self.locations(text)
        #expect(found.map(\.url) == expected.map(\.0))
        #expect(found.map { [$0.line, $0.column] } == expected.map { [$0.1, $0.2] })
    }

    @Test func aLinkWrittenWithBracketsKeepsItsPositionThoughItsTextIsItsAddress() {
        let url = Self.site + "a/", before = "Se [\(url)](\(url)) og "
        #expect(Self.locations("Første linje.\n" + before + url).map { [$0.line, $0.column] } == [[2, 4], [2, before.count + 1]])
    }
}
