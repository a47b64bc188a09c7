import Testing
@testable import AdvocacyCore

@Suite("Names one typing slip away")
struct NearNamesTests {
    let names = NearNames(["kritik", "politik", "sociale-medier", "aarhus-kontor", "aalborg-kontor"])

    @Test("a letter left out, added, changed or two swapped", arguments: [
        ("kritk", "kritik"), ("kritiik", "kritik"), ("kretik", "kritik"), ("krtiik", "kritik"),
        ("sociale-meider", "sociale-medier"), ("aarhus-kontr", "aarhus-kontor"),
    ])
    func oneSlipIsFound(written: String, meant: String) {
        #expect(names.suggestion(for: written) == meant)
    }

    @Test func twoSlipsOrAnExactNameGiveNothing() {
        #expect(names.suggestion(for: "krtk") == nil)
        #expect(names.suggestion(for: "kritik") == nil)
        #expect(names.suggestion(for: "") == nil)
    }

    @Test func ofEquallyCloseNamesTheFirstInSortedOrderIsSuggested() {
        #expect(NearNames(["kontor-b", "kontor-a"]).suggestion(for: "kontor-c") == "kontor-a")
        #expect(NearNames(["kontor-a", "kontor-b"]).suggestion(for: "kontor-c") == "kontor-a")
    }

    @Test func manyNamesStillFindTheOne() {
        let many = NearNames((0..<20_000).map { "opslag-\($0)" } + ["vi-aabner-i-aarhus"])
        #expect(many.suggestion(for: "vi-abner-i-aarhus") == "vi-aabner-i-aarhus")
        #expect(many.suggestion(for: "opslag-19999x") == "opslag-19999")
    }
}
