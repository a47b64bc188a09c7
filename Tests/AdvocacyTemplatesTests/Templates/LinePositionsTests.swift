import Testing
import AdvocacyTestSupport
@testable import AdvocacyTemplates

/// The line and column a template's names and mistakes are reported at (`LinePositions`), found from
/// where each line starts, are those of reading the text from its start.
@Suite struct LinePositionsTests {
    /// Lines counted at line feeds only, columns in Unicode scalars from 1.
    static func plain(_ offset: Int, _ bytes: [UInt8]) -> (line: Int, column: Int) {
        var line = 1, column = 1
        for byte in bytes[..<offset] {
            if byte == UInt8(ascii: "\n") { line += 1; column = 1 } else if byte & 0xC0 != 0x80 { column += 1 }
        }
        return (line, column)
    }

    @Test func theEdgesAreThoseOfAPlainReading() {
        for text in ["", "\n", "\n\n", "a", "{{x}}\n", "æ\nø\r\nå", "😀{{x}}", "\r\r\n", "ab\n\ncd\n"] {
            let bytes = Array(text.utf8), positions = LinePositions(bytes)
            for offset in 0...bytes.count {
                #expect(positions.position(offset) == Self.plain(offset, bytes), "\(text.debugDescription) at \(offset)")
            }
        }
    }

    @Test func randomTextsGiveThePositionsOfAPlainReading() {
        let pieces = ["a", " ", "\n", "\r\n", "\t", "æ", "€", "😀", "{{", "}}", "\n\n", "e\u{301}"]
        for seed in PropertyRun.seeds(default: 300) {
            var random = SeededRandom(seed: seed)
            let bytes = Array((0..<random.below(40)).map { _ in random.pick(pieces) }.joined().utf8)
            let positions = LinePositions(bytes)
            for offset in 0...bytes.count {
                #expect(positions.position(offset) == Self.plain(offset, bytes), "seed \(seed) at \(offset)")
            }
        }
    }

    /// A name's place is found in a long template as in a short one.
    @Test func namesAndMistakesAreReportedWhereTheyStand() throws {
        let source = String(repeating: "<p>Linje æøå</p>\n", count: 200) + "  😀 {{#list}}{{name}}\n{{/list}}"
        let template = try TemplateParser.parse(source)
        guard case .section(let name, let children, _) = template.nodes.last, case .variable(let inner, _) = children.first else {
            Issue.record("not a section around a variable")
            return
        }
        #expect((name.line, name.column) == (201, 8) && (inner.line, inner.column) == (201, 16))
        let error = try #require(throws: TemplateSyntaxError.self) {
            try TemplateParser.parse(String(repeating: "ø\n", count: 50) + "æ {{/x}}")
        }
        #expect((error.line, error.column) == (51, 6))
    }
}
