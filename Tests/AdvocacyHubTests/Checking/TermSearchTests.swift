import Testing
@testable import AdvocacyHub
import AdvocacyTestSupport

@Suite struct TermSearchTests {
    @Test func findsWholeWordsIgnoringCaseIncludingDanishLetters() {
        #expect(TermSearch.contains("Projekt Nordlys", in: "Vi taler om PROJEKT NORDLYS i dag"))
        #expect(TermSearch.contains("Ærø", in: "Turen går til ærø."))
        #expect(TermSearch.contains("ærø", in: "ÆRØ"))
        #expect(!TermSearch.contains("Nordlys", in: "Nordlysene er smukke"), "part of a longer word")
        #expect(!TermSearch.contains("lys", in: "Nordlys"))
        #expect(!TermSearch.contains("Ærø", in: "Ærøskøbing"))
        #expect(TermSearch.contains("Nordlys", in: "(Nordlys)"))
        #expect(TermSearch.contains("Nordlys", in: "“Nordlys”"))
    }

    @Test func reportsLinesAndCharacterColumns() {
        let matches = TermSearch.matches(of: "nordlys", in: "første linje\nÆble og Nordlys, nordlys\n")
        #expect(matches.map(\.line) == [1, 1])
        #expect(matches.map(\.column) == [9, 18])
    }
}
