import Testing
@testable import AdvocacyCore

@Suite struct PlaceholdersTests {
    static func fill(_ pattern: String) -> String {
        Placeholders.fill(pattern) { name in name == "length" ? "212" : name == "limit" ? "3.000" : name == "tom" ? "" : nil }
    }

    @Test func fillsTheNamesItKnowsAndLeavesEveryOtherBraceAsWritten() {
        #expect(Self.fill("{length} af {limit} tegn") == "212 af 3.000 tegn")
        #expect(Self.fill("ingen pladsholdere") == "ingen pladsholdere")
        #expect(Self.fill("{length}{limit}{tom}.") == "2123.000.")
        #expect(Self.fill("{ukendt} og {length}") == "{ukendt} og 212")
        #expect(Self.fill("{{length}}") == "{212}")
        #expect(Self.fill("åbent {length og {limit}") == "åbent {length og 3.000")
        #expect(Self.fill("slut {") == "slut {")
        #expect(Self.fill("} {} {length}}") == "} {} 212}")
        #expect(Self.fill("😀{length}æ{limit}ø") == "😀212æ3.000ø")
    }
}
