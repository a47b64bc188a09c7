import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild
import AdvocacySite

/// The search index's budget (#23): what one query loads on the generated hub of 1,000 items.
@Suite struct SearchBudgetTests {
    /// Ceilings for the 1,000-item generated hub: the manifest, the biggest term file (a query loads
    /// one per word) and the biggest documents file (one per eight documents shown, at most 50 hits).
    /// Measured at 253 bytes for the manifest, 17,975 for the biggest term file and 2,056 for the
    /// biggest documents file; the ceilings leave about a third for richer text. So a one-word query
    /// loads at most 1 + 24 + 50 × 2.8 = 165 KB here (the browser measured 104–108 KB for three
    /// typical queries, search.js included); a term file grows with the pages that hold its words.
    static let manifestCeiling = 1_000, termFileCeiling = 24_000, documentsFileCeiling = 2_800

    @Test func aQueryOnAThousandItemsLoadsFewSmallFiles() throws {
        try BenchmarkHub.withBuiltSite(items: 1000) { site in
            #expect(site.report.active == 1000, "every item is active")
            let size = site.size
            let index = try site.searchIndex()
            let counts = SearchIndex.fileCounts(documents: index.entries.count)
            let terms = (0..<counts.terms).map { size("search/terms/\($0).json") }
            let documents = (0..<counts.documents).map { size("search/docs/\($0).json") }
            #expect(index.entries.count > 1000 && counts.terms == (index.entries.count + 49) / 50, "\(index.entries.count) documents")
            #expect(size("search-index.json") <= Self.manifestCeiling, "the manifest is \(size("search-index.json")) bytes")
            #expect(terms.max()! <= Self.termFileCeiling, "the biggest term file is \(terms.max()!) bytes")
            #expect(documents.max()! <= Self.documentsFileCeiling, "the biggest documents file is \(documents.max()!) bytes")
            #expect(index.urls(holding: "medarbejder").count > 900, "a word of nearly every page finds them all")
        }
    }
}

extension BenchmarkHub {
    /// Writes the generated hub of `items` items into a temporary folder, builds it and hands the
    /// site to `body`; removes both folders after.
    static func withBuiltSite(items: Int, _ body: (BuiltSite) throws -> Void) throws {
        let root = TestPaths.temporaryFolder("benchmark-hub")
        defer { TestPaths.remove(root) }
        try write(items: items, to: root + "/hub")
        let site = try BuiltSite(content: root + "/hub", now: now)
        defer { TestPaths.remove((site.output as NSString).deletingLastPathComponent) }
        try body(site)
    }
}
