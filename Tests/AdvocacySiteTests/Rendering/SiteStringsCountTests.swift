import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacySite

/// A theme's words said with a number: the `-one` form for one thing.
@Suite struct SiteStringsCountTests {
    let words = SiteStrings(words: ["more": "{count} more items", "more-one": "{count} more item", "left": "{count} left"],
                            months: [], weekdays: [])

    @Test func oneThingTakesTheOneForm() {
        #expect(words.counted("more", 1) == "1 more item")
        #expect(words.counted("more", 0) == "0 more items")
        #expect(words.counted("more", 2) == "2 more items")
        #expect(words.counted("more", 21) == "21 more items", "English and Danish say one only for 1")
    }

    @Test func aWordWithoutAOneFormIsTheSameForEveryNumber() {
        #expect(words.counted("left", 1) == "1 left")
    }

    /// The shipped theme has a one form for every word it says with a number of things that may be 1.
    @Test(arguments: ["da", "en"])
    func theShippedThemeSaysOneItem(language: String) throws {
        var diagnostics = Diagnostics()
        let strings = SiteStrings.load(ContentFolder(TestPaths.theme), language: HubLanguage(rawValue: language)!, diagnostics: &diagnostics)
        #expect(diagnostics.all.isEmpty)
        #expect(strings.words["search-results-one"] != nil && strings.words["digest-more-one"] != nil)
        #expect(strings.counted("digest-more", 1) == (language == "da" ? "1 opslag mere i hubben" : "1 more item in the hub"))
    }
}
