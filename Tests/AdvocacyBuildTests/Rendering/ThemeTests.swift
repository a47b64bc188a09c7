import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild
@testable import AdvocacyCore
@testable import AdvocacySite

@Suite struct ThemeTests {
    /// Every template is loaded with a pragma in front of its first line; columns there stay the author's.
    @Test(arguments: [("{{#a}}x{{/b}}\n", 1), ("line one\n{{#a}}x{{/b}}\n", 2)])
    func syntaxErrorsPointAtTheAuthorsLineAndColumn(template: String, line: Int) throws {
        let theme = TestPaths.copy(TestPaths.theme)
        try template.write(toFile: theme + "/layouts/page.mustache", atomically: true, encoding: .utf8)
        let (loaded, diagnostics) = Theme.load(theme, language: .da)
        #expect(loaded == nil)
        #expect(diagnostics.all.map(\.description) == [
            "\(theme)/layouts/page.mustache:\(line):11: error: template syntax error: a section is closed with another name than it was opened with"])
    }

    /// The site writes `assets/card-tools.js` itself; a theme file of that name would replace it, and
    /// every item page would load the theme's file instead of the tools. Another name is the theme's.
    @Test func aThemeFileAtThePathOfTheCardToolsIsAnError() throws {
        let theme = TestPaths.copy(TestPaths.theme)
        defer { TestPaths.remove((theme as NSString).deletingLastPathComponent) }
        try "console.log(1)\n".write(toFile: theme + "/assets/card-tools.js", atomically: true, encoding: .utf8)
        let (loaded, diagnostics) = Theme.load(theme, language: .en)
        #expect(loaded == nil)
        #expect(diagnostics.all.map(\.description) == [
            "\(theme)/assets/card-tools.js:1:1: error: the site writes assets/card-tools.js itself (the share cards' tools, from partials/card-tools.mustache), so the theme's file of that name would replace it; rename the theme's file"])
        try FileManager.default.moveItem(atPath: theme + "/assets/card-tools.js", toPath: theme + "/assets/card-tools-extra.js")
        let (renamed, none) = Theme.load(theme, language: .en)
        #expect(renamed != nil && !none.hasErrors && renamed?.assets.contains("assets/card-tools-extra.js") == true)
    }

    /// Two theme files whose names Swift takes for one (é as one character, and as e and an accent)
    /// would be two files of the site and one line of its manifest, so the next build would refuse
    /// the output: the second is an error, as two such media files are.
    @Test func twoAssetsOfOneNameWrittenTwoWaysAreAnError() throws {
        let theme = TestPaths.copy(TestPaths.theme)
        defer { TestPaths.remove((theme as NSString).deletingLastPathComponent) }
        try "a{}\n".write(toFile: theme + "/assets/caf\u{E9}.css", atomically: false, encoding: .utf8)
        try "b{}\n".write(toFile: theme + "/assets/cafe\u{301}.css", atomically: false, encoding: .utf8)
        let (loaded, diagnostics) = Theme.load(theme, language: .en)
        #expect(loaded == nil)
        // Of the two, the one first by its bytes stays (e, 0x65, before é, 0xC3 0xA9). Strings hold
        // the two names equal, so the bytes of the line are compared.
        let message = Message(.mediaNameTwin(path: "assets/caf\u{E9}.css", other: "assets/cafe\u{301}.css")).text(in: .en)
        #expect(diagnostics.all.map { Array($0.description.utf8) } == [Array("\(theme)/assets/caf\u{E9}.css:1:1: error: \(message)".utf8)])
        #expect(try FileManager.default.contentsOfDirectory(atPath: theme + "/assets").count { $0.hasPrefix("caf") } == 2)
    }

    @Test func bothLanguagesHaveTheSameWords() throws {
        let danish = try #require(Theme.load(TestPaths.theme, language: .da).0)
        let english = try #require(Theme.load(TestPaths.theme, language: .en).0)
        #expect(Set(danish.strings.words.keys) == Set(english.strings.words.keys))
        #expect(danish.strings["nav-share"] == "Del nu" && english.strings["nav-share"] == "Share now")
    }

    /// A theme given in `BuildOptions` is used only when it is in the hub's language; the site is the
    /// one a build that loads the theme itself gives.
    @Test(arguments: [HubLanguage.da, .en]) func aGivenThemeRendersAsALoadedOne(given: HubLanguage) throws {
        var options = BuildOptions()
        options.content = TestPaths.validHub
        options.templates = TestPaths.theme
        options.now = "2026-12-10T09:00"
        let loaded = try Builder.prepare(options)
        let theme: Theme = try #require(Theme.load(TestPaths.theme, language: given).0)
        options.theme = theme
        let reused = try Builder.prepare(options)
        let files = SiteRenderer.render(loaded.site, theme: try #require(loaded.theme))
        let reusedFiles = SiteRenderer.render(reused.site, theme: try #require(reused.theme))
        #expect(reused.theme?.language == .da)
        #expect(reusedFiles.map(\.path) == files.map(\.path))
        #expect(reusedFiles.map(\.contents) == files.map(\.contents))
        #expect(reusedFiles.first { $0.path == "index.html" }?.contents.contains("Del nu") == true)
    }
}
