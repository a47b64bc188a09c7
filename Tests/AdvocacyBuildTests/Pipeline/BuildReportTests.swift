import Foundation
import Testing
@testable import AdvocacyBuild

/// The summary line a nightly job reads.
@Suite struct BuildReportTests {
    func report(drafts: Int) -> BuildReport {
        BuildReport(diagnostics: [], filesWritten: 59, pagesWritten: 42, active: 10, embargoed: 4, expired: 2,
                    draftsLeftOut: drafts, changes: [Date(timeIntervalSince1970: 1_797_229_800)], now: Date(timeIntervalSince1970: 0),
                    timeZone: TimeZone(identifier: "Europe/Copenhagen")!)
    }

    @Test func theSummaryCountsDraftsLeftOutOnlyWhenThereAreSome() {
        #expect(report(drafts: 0).summary
            == "built 42 pages (59 files): 10 active, 4 embargoed, 2 expired; next change 2026-12-14 07:30 Europe/Copenhagen")
        #expect(report(drafts: 1).summary
            == "built 42 pages (59 files): 10 active, 4 embargoed, 2 expired, 1 draft left out; next change 2026-12-14 07:30 Europe/Copenhagen")
        #expect(report(drafts: 2).summary
            == "built 42 pages (59 files): 10 active, 4 embargoed, 2 expired, 2 drafts left out; next change 2026-12-14 07:30 Europe/Copenhagen")
    }
}
