import Testing
@testable import AdvocacyHub

@Suite struct CSVRecordsTests {
    @Test func everyCellIsWhereItStartsEvenAfterAQuotedLineBreak() {
        var diagnostics = Diagnostics()
        let text = "period,metric,value,note\n2026-Q3,reach,12400,\"Two lines,\nwith \"\"quotes\"\"\"\n2026-Q4,clicks,300,\n"
        let records = CSVRecords(text, file: "m.csv", diagnostics: &diagnostics).records
        #expect(diagnostics.all.isEmpty)
        #expect(records.count == 3)
        #expect(records[1].cells.map(\.value) == ["2026-Q3", "reach", "12400", "Two lines,\nwith \"quotes\""])
        #expect(records[1].cells.map(\.location.column) == [1, 9, 15, 21])
        #expect(records[2].line == 4)
        #expect(records[2].cells[2].location.description == "m.csv:4:16")
    }

    @Test func aStrayQuoteStopsReadingAtItsCell() {
        var diagnostics = Diagnostics()
        let records = CSVRecords("a,b\n\"x\"y,2\nc,d\n", file: "m.csv", diagnostics: &diagnostics).records
        #expect(records.count == 1)
        #expect(diagnostics.all.map(\.description) == [
            "m.csv:2:1: error: a double quote inside a quoted text must be written twice (\"\"), and the text must end with a quote; metrics.csv is not read past this cell"])
    }
}
