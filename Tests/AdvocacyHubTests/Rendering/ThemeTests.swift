import Foundation
import Testing
@testable import AdvocacyHub
import AdvocacyTestSupport

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

    @Test func bothLanguagesHaveTheSameWords() throws {
        let danish = try #require(Theme.load(TestPaths.theme, language: .da).0)
        let english = try #require(Theme.load(TestPaths.theme, language: .en).0)
        #expect(Set(danish.strings.words.keys) == Set(english.strings.words.keys))
        #expect(danish.strings["nav-share"] == "Del nu" && english.strings["nav-share"] == "Share now")
    }
}
