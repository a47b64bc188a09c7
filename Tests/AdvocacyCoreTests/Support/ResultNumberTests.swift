import Testing
@testable import AdvocacyCore

@Suite struct ResultNumberTests {
    @Test func danishGroupsWithPointsAndWritesDecimalCommas() {
        #expect(ResultNumber.format(12400, unit: "", language: .da) == "12.400")
        #expect(ResultNumber.format(12.5, unit: "%", language: .da) == "12,5\u{A0}%")
        #expect(ResultNumber.format(1_234_567.25, unit: "", language: .da) == "1.234.567,25")
        #expect(ResultNumber.format(850, unit: "kr.", language: .da) == "850\u{A0}kr.")
    }

    @Test func englishGroupsWithCommasAndWritesDecimalPoints() {
        #expect(ResultNumber.format(12400, unit: "", language: .en) == "12,400")
        #expect(ResultNumber.format(12.5, unit: "%", language: .en) == "12.5%")
        #expect(ResultNumber.format(999, unit: "", language: .en) == "999")
        #expect(ResultNumber.format(1000, unit: "", language: .en) == "1,000")
    }

    @Test func roundsToTheDecimalsAskedFor() {
        #expect(ResultNumber.format(41.935, unit: "%", language: .en, decimals: 1) == "41.9%")
        #expect(ResultNumber.format(3.05, unit: "", language: .en) == "3.05")
        #expect(ResultNumber.format(3.10, unit: "", language: .da) == "3,1")
        #expect(ResultNumber.format(-300, unit: "", language: .en) == "\u{2212}300")
    }

    @Test func writesValuesAsTheCSVDoes() {
        #expect(ResultNumber.plain(12400) == "12400")
        #expect(ResultNumber.plain(12.5) == "12.5")
        #expect(ResultNumber.plain(-40) == "-40")
    }
}
