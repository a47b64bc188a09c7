import Foundation
import Testing
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// Parsing on all cores at once must find every strikethrough and autolink a serial parse finds.
/// Debian's cmark-gfm keeps the characters that start them (`~`, `w`, `:`) in one table for the
/// whole process; were a parser to take them out of it when it finishes, as the library's own
/// `cmark_parser_finish` does, the parsers still running would lose thousands of them here.
@Suite struct ParallelParseTests {
    /// Paragraphs of each document, each with one strikethrough and two autolinks.
    static let paragraphs = 100

    static func document(_ number: Int) -> String {
        (0..<paragraphs).map { paragraph in
            "Tekst \(number).\(paragraph) med ~~gammel pris~~ ny pris, se www.example.com/\(number)/\(paragraph) "
                + "eller https://example.com/\(number)/\(paragraph) i dag."
        }.joined(separator: "\n\n")
    }

    static func count(_ needle: String, in html: String) -> Int {
        html.components(separatedBy: needle).count - 1
    }

    /// The `<del>` tags and the two kinds of autolink in each document's HTML.
    static func counts(_ html: String) -> [Int] {
        [count("<del>", in: html), count("<a href=\"http://www.example.com/", in: html),
         count("<a href=\"https://example.com/", in: html)]
    }

    @Test func parallelParsesFindEveryStrikethroughAndAutolink() {
        let documents = (0..<160).map(Self.document)
        let render = { @Sendable (text: String) in
            MarkdownRenderer().render(MarkdownSource(text: text, displayPath: "x.md", firstLine: 1, contentPath: "x.md")).html
        }
        let serial = documents.map(render)
        #expect(serial.allSatisfy { Self.counts($0) == [Self.paragraphs, Self.paragraphs, Self.paragraphs] })
        // Several rounds, so that parses overlap on a machine of few cores however the threads fall.
        for _ in 0..<2 {
            let parallel = documents.parallelMap(render)
            let lost = zip(serial, parallel).map { zip(Self.counts($0), Self.counts($1)).map { $0 - $1 } }
                .reduce([0, 0, 0]) { zip($0, $1).map(+) }
            #expect(lost == [0, 0, 0], "strikethroughs, www. and https:// autolinks lost in parallel parses")
            let differing = zip(serial, parallel).filter { $0 != $1 }.count
            #expect(differing == 0, "documents parsed differently in parallel")
        }
    }
}
