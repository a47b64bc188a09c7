import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyTemplates

/// What the theme relies on beyond the specification's required modules: layouts extended with
/// blocks, and syntax errors at the author's line and column.
@Suite struct TemplateLibraryTests {
    func library(_ templates: [String: String]) throws -> TemplateLibrary {
        var library = TemplateLibrary()
        for (name, source) in templates { try library.register(source, named: name) }
        return library
    }

    @Test func aLayoutIsExtendedWithBlocks() throws {
        let library = try library([
            "base": "<title>{{$title}}Hub{{/title}}</title>\n<main>\n{{$main}}{{/main}}\n</main>\n{{$scripts}}{{/scripts}}",
            "page": "{{<base}}\n{{$main}}\n<h1>{{heading}}</h1>\n{{/main}}\n{{$scripts}}<script src=\"x.js\"></script>{{/scripts}}\n{{/base}}\n",
        ])
        #expect(library.render("page", .object(TemplateDictionary(["heading": "Tak & hej"])))
            == "<title>Hub</title>\n<main>\n<h1>Tak &amp; hej</h1>\n</main>\n<script src=\"x.js\"></script>")
    }

    @Test func charactersNoPageMayHoldAreReplacedBySpaces() throws {
        let library = try library(["t": "{{a}}|{{{a}}}"])
        #expect(library.render("t", .object(TemplateDictionary(["a": "x\u{0B}y\u{FFFE}<"]))) == "x y &lt;|x y <")
    }

    @Test func aCharacterNoPageMayHoldIsReplacedWhereverItFallsInALongText() throws {
        let library = try library(["t": "{{a}}|{{{a}}}"])
        let words = "Del gerne «opslaget» med dit netværk & dine kolleger.\n"
        for unsafe in ["\u{0B}", "\u{FFFE}", "\u{85}"] {
            for offset in 0..<24 {
                let text = String(words.prefix(offset)) + unsafe + String(words.dropFirst(offset))
                let clean = String(words.prefix(offset)) + " " + String(words.dropFirst(offset))
                #expect(library.render("t", .object(TemplateDictionary(["a": .text(text)])))
                    == clean.replacingOccurrences(of: "&", with: "&amp;") + "|" + clean)
            }
        }
    }

    @Test func checkedTextIsPrintedAsTextIsInAndOutOfSectionsAndIndentedPartials() throws {
        let library = try library(["t": "{{a}}|{{{a}}}|{{#a}}x{{/a}}{{^a}}y{{/a}}\n  {{>p}}", "p": "{{{a}}}\n"])
        for value in ["Tak & <hej>\nigen", ""] {
            #expect(library.render("t", .object(TemplateDictionary(["a": .checkedText(CheckedText(known: value))])))
                == library.render("t", .object(TemplateDictionary(["a": .text(value)]))))
        }
    }

    @Test func namesAreResolvedToTheLibrarysFieldsWhenCompiled() throws {
        var library = TemplateLibrary(fields: ["title", "page"])
        try library.register("{{page.title}}{{#page}}{{t.nav-home}}{{/page}}{{.}}", named: "t")
        let nodes = try #require(library.template("t")?.nodes)
        guard case .variable(let name, _) = nodes[0], case .section(let section, let children, _) = nodes[1],
              case .variable(let word, _) = children[0], case .variable(let dot, _) = nodes[2] else {
            Issue.record("unexpected nodes: \(nodes)")
            return
        }
        #expect(name.keys == [TemplateKey(name: "page", field: 1), TemplateKey(name: "title", field: 0)])
        #expect(section.keys == [TemplateKey(name: "page", field: 1)])
        #expect(word.keys == [TemplateKey(name: "t", field: nil), TemplateKey(name: "nav-home", field: nil)])
        #expect(dot.keys.isEmpty)
    }

    /// A model answers by the field's number, which only the library's own list gives.
    @Test func aModelAnswersByFieldNumber() throws {
        struct Page: TemplateObject {
            func value(for key: TemplateKey) -> TemplateValue? {
                switch key.field {
                case 0: .text("Velkommen")
                case 1: .object(self)
                default: nil
                }
            }
        }
        var library = TemplateLibrary(fields: ["title", "page"])
        try library.register("<h1>{{page.page.title}}</h1>{{untitled}}", named: "t")
        #expect(library.render("t", .object(Page())) == "<h1>Velkommen</h1>")
    }

    @Test func theOutermostBlockWins() throws {
        let library = try library([
            "base": "[{{$a}}base{{/a}}]",
            "middle": "{{<base}}{{$a}}middle{{/a}}{{/base}}",
            "top": "{{<middle}}{{$a}}top{{/a}}{{/middle}}",
        ])
        #expect(library.render("middle", .none) == "[middle]")
        #expect(library.render("top", .none) == "[top]")
    }

    /// A name holds no tag character, blank or brace, wherever it stands; letters of any script do.
    @Test func namesHoldNoTagCharacters() throws {
        for bad in ["a(b", "x.y{z", "p>q", "a=b", "t.$x", "a&b", "a#", "a^b", "a/b", "a!b", "a}b", "a<b", "a)b", "a.b\tc", "a b", "æ.ø(å"] {
            let error = try #require(throws: TemplateSyntaxError.self, "\(bad)") { try TemplateParser.parse("x{{&" + bad + "}}") }
            #expect(error.message.text(in: .en).hasPrefix("'\(bad)' is not a name") && (error.line, error.column) == (1, 5), "\(bad)")
        }
        for good in ["a", "page.title", "t.card-fold", "æøå.e\u{301}", "x_y", "😀"] {
            let template = try TemplateParser.parse("{{" + good + "}}")
            guard case .variable(let name, _) = template.nodes.first else {
                Issue.record("\(good) is not a variable")
                continue
            }
            #expect(name.parts.joined(separator: ".") == good)
        }
    }

    @Test("syntax errors point at the tag", arguments: [
        ("a\n{{#x}}\n{{/y}}", 3, 4, "a section is closed with another name than it was opened with"),
        ("æøå {{#x}}", 1, 8, "a section is opened but never closed"),
        ("{{/x}}", 1, 4, "'x' is closed but was never opened"),
        ("ok\n  {{title", 2, 3, "a tag is not closed with }}"),
        ("{{= | =}}", 1, 1, "malformed set-delimiter tag; write it as {{=<% %>=}}"),
        ("{{count(cards)}}", 1, 3, "'count(cards)' is not a name; names are words joined by dots, such as page.title"),
    ])
    func syntaxErrors(_ source: String, _ line: Int, _ column: Int, _ message: String) {
        #expect(throws: TemplateSyntaxError.self) { try TemplateParser.parse(source) }
        do {
            _ = try TemplateParser.parse(source)
        } catch {
            #expect(error.message.text(in: .en) == message)
            #expect(error.line == line)
            #expect(error.column == column)
        }
    }
}
