import Foundation
import Mustache
import Testing
@testable import AdvocacyHub

/// Rendering share cards by shape gives the same bytes as rendering each card with Mustache.
@Suite struct TemplateShapesTests {
    @Test func everyExampleCardRendersTheSameByShape() throws {
        var options = BuildOptions()
        options.content = TestPaths.exampleHub
        options.templates = TestPaths.theme
        options.now = "2026-12-10T09:00"
        let prepared = try Builder.prepare(options)
        let theme = try #require(prepared.theme)
        let site = prepared.site
        var compared = 0
        for (items, actions) in [(site.activeItems, true), (site.expiredItems, false)] {
            for item in items {
                for (index, text) in item.shareTexts.enumerated() {
                    var card = ShareCard.context(text, index: index, item: item, site: site, words: theme.strings,
                                                 disciplineTitle: text.discipline.value, actions: actions)
                    card["t"] = theme.strings.context
                    #expect(theme.renderCard(card) == theme.render("share-card", card), "\(item.info.path) card \(index)")
                    compared += 1
                }
            }
        }
        #expect(compared > 40)
    }

    /// Shapes are used from their second context on, so the third rendering goes through shapes
    /// built by the second for every page whose shape repeats.
    @Test(arguments: [TestPaths.exampleHub, TestPaths.validHub])
    func everyPageRendersTheSameByShape(hub: String) throws {
        var options = BuildOptions()
        options.content = hub
        options.templates = TestPaths.theme
        options.now = "2026-12-10T09:00"
        let prepared = try Builder.prepare(options)
        let theme = try #require(prepared.theme)
        let direct = SiteRenderer.render(prepared.site, theme: theme, shapes: nil)
        let shapes = theme.pageShapes()
        for round in 1...3 {
            let byShape = SiteRenderer.render(prepared.site, theme: theme, shapes: shapes)
            #expect(byShape.map(\.path) == direct.map(\.path))
            for (shaped, plain) in zip(byShape, direct) where shaped.contents != plain.contents {
                Issue.record("round \(round): \(shaped.path) differs from its direct rendering")
            }
        }
        #expect(direct.count > 20)
    }

    @Test func transformedTextsAreRenderedDirectly() {
        let shapes = TemplateShapes()
        let direct = Self.direct("<p>{{uppercased(a)}} {{count(a)}} {{b}}</p>")
        for context: [String: Any] in [["a": "abc", "b": "x"], ["a": "dEf", "b": "y"], ["a": "ghij", "b": "z"], ["a": "kl", "b": "w"]] {
            #expect(shapes.render("t", context, direct: direct) == direct(context))
        }
    }

    @Test func valuesWithMarkupAreEscapedAsMustacheEscapesThem() {
        let shapes = TemplateShapes()
        let direct = Self.direct("<p title=\"{{a}}\">{{a}} {{{b}}}{{#c}} c{{/c}}</p>")
        let contexts: [[String: Any]] = [["a": "<&\"'>", "b": "<i>raw</i>", "c": true], ["a": "x", "b": "", "c": false],
                                         ["a": "é", "b": "&", "c": true], ["a": "line\n", "b": "<b>\n", "c": true]]
        for _ in 1...3 {
            for context in contexts {
                #expect(shapes.render("t", context, direct: direct) == direct(context))
            }
        }
    }

    /// Renders `template`, named `t`, with Mustache and the theme's escaping.
    private static func direct(_ template: String) -> ([String: Any]) -> String {
        _ = FastHTML.registered
        var library = Mustache.MustacheLibrary()
        try! library.register(FastHTML.pragma + template, named: "t")
        return { library.render($0, withTemplate: "t")! }
    }

    @Test func numbersAreMarkedUnlessATemplateComputesWithThem() {
        #expect(TemplateShapes.marksNumbers("<p>{{text}}</p>{{#over}}!{{/over}}{{count(items)}}"))
        #expect(!TemplateShapes.marksNumbers("<p>{{plusone(index)}}</p>"))
        let shapes = TemplateShapes(markNumbers: true)
        let direct = Self.direct("<p>{{n}} {{^empty(items)}}{{count(items)}}{{/empty(items)}}</p>")
        for n in 1...4 {
            let context: [String: Any] = ["n": n, "items": Array(repeating: ["x": "y"], count: 2)]
            #expect(shapes.render("t", context, direct: direct) == direct(context))
        }
    }
}
