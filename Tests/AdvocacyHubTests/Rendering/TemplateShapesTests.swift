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
        #expect(theme.cardShapes != nil)
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

    @Test func valuesWithMarkupAreEscapedAsMustacheEscapesThem() {
        let shapes = TemplateShapes()
        _ = FastHTML.registered
        var library = Mustache.MustacheLibrary()
        try! library.register(FastHTML.pragma + "<p title=\"{{a}}\">{{a}} {{{b}}}{{#c}} c{{/c}}</p>", named: "t")
        let direct: ([String: Any]) -> String = { library.render($0, withTemplate: "t")! }
        for context: [String: Any] in [["a": "<&\"'>", "b": "<i>raw</i>", "c": true], ["a": "x", "b": "", "c": false], ["a": "é", "b": "&", "c": true]] {
            #expect(shapes.render(context, direct: direct) == direct(context))
        }
    }

    @Test func templatesWithTransformsAreNotRenderedByShape() {
        #expect(TemplateShapes.allowed("<p>{{text}}</p>{{#over}}!{{/over}}"))
        #expect(!TemplateShapes.allowed("<p>{{uppercased(text)}}</p>"))
    }
}

