import Foundation
import Testing
import AdvocacyTestSupport

/// The `preliminary` column of results/metrics.csv: the last day a figure of a period that is not
/// over covers, or empty; anything else is named at its line and column, in both languages.
@Suite struct PreliminaryResultsTests {
    let check = ExcelCSVTests().check

    @Test func aDayOfThePeriodBeforeItsLastIsTaken() throws {
        let csv = "period,metric,value,preliminary\n2026-Q3,site-visits,5200,\n2026-Q4,site-visits,7400,2026-11-30\n2026-11,site-visits,900, 2026-11-01 \n"
        #expect(try check(Array(csv.utf8), "en") == ["0 errors, 0 warnings"])
    }

    @Test func somethingThatIsNotADayIsNamedWhereItIsWritten() throws {
        let csv = "period,metric,value,target,note,preliminary\n2026-Q4,site-visits,7400,8000,,30-11-2026\n2026-Q4,participants,44,,,2026-11-31\n"
        #expect(try check(Array(csv.utf8), "en") == [
            "results/metrics.csv:2:32: error: '30-11-2026' is not a day; write the last day the preliminary figure covers, such as 2026-11-30, or leave the cell empty when the figure is for the whole period",
            "results/metrics.csv:3:27: error: '2026-11-31' is not a day; write the last day the preliminary figure covers, such as 2026-11-30, or leave the cell empty when the figure is for the whole period",
            "2 errors, 0 warnings"])
        #expect(try check(Array(csv.utf8), "da").first
            == "results/metrics.csv:2:32: fejl: '30-11-2026' er ikke en dag; skriv den sidste dag, det foreløbige tal dækker, fx 2026-11-30, eller lad feltet stå tomt, når tallet er for hele perioden")
    }

    /// A figure up to the period's last day is the whole period's; a day outside the period is a slip.
    @Test func aDayOutsideThePeriodOrItsLastDayIsRefused() throws {
        let csv = "period;metric;value;preliminary\r\n2026-Q4;site-visits;7400;2026-12-31\r\n2026-Q4;participants;44;2026-09-30\r\n2026-W48;reach;10;2026-11-25\r\n"
        #expect(try check(Array(csv.utf8), "en") == [
            "results/metrics.csv:2:26: error: 2026-12-31 is not a day of 2026-Q4 before its last; a preliminary figure covers part of its period: write a day from 2026-10-01 to 2026-12-30, or leave the cell empty when the figure is for the whole period",
            "results/metrics.csv:3:25: error: 2026-09-30 is not a day of 2026-Q4 before its last; a preliminary figure covers part of its period: write a day from 2026-10-01 to 2026-12-30, or leave the cell empty when the figure is for the whole period",
            "2 errors, 0 warnings"])
        #expect(try check(Array(csv.utf8), "da").first
            == "results/metrics.csv:2:26: fejl: 2026-12-31 er ikke en dag i 2026-Q4 før periodens sidste; et foreløbigt tal dækker en del af perioden: skriv en dag fra 2026-10-01 til 2026-12-30, eller lad feltet stå tomt, når tallet er for hele perioden")
    }
}
