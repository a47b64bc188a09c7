import Testing
@testable import AdvocacyCore
@testable import AdvocacyLoad

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

    /// What a Danish Excel saves as "CSV": semicolons between the cells (the byte order mark is gone
    /// before the text gets here), CRLF line ends, a decimal comma inside a cell.
    @Test func aFileWithSemicolonsAndNoCommaInItsFirstLineIsReadWithSemicolons() {
        var diagnostics = Diagnostics()
        let records = CSVRecords("period;metric;value;note\r\n2026-Q3;reach;12,5;\"a; b\"\r\n", file: "m.csv", diagnostics: &diagnostics).records
        #expect(diagnostics.all.isEmpty)
        #expect(records.map { $0.cells.map(\.value) } == [["period", "metric", "value", "note"], ["2026-Q3", "reach", "12,5", "a; b"]])
        #expect(records[1].cells.map(\.location.column) == [1, 9, 15, 20])
    }

    @Test func aCommaInTheFirstLineKeepsCommasAsTheSeparator() {
        var diagnostics = Diagnostics()
        let records = CSVRecords("period,metric,value,note\n2026-Q3,reach,1,a; b\n", file: "m.csv", diagnostics: &diagnostics).records
        #expect(records[1].cells.map(\.value) == ["2026-Q3", "reach", "1", "a; b"])
    }
}
