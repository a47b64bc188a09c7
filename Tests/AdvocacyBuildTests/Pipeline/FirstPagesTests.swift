import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild
import AdvocacySite

/// `advocacy serve` writes the page of an edited document first (`BuildSession.buildFirst`), then
/// builds the rest: the first page is written alone, only when the edit cannot change what is
/// published, and the build after it gives the fresh build's bytes.
@Suite struct FirstPagesTests {
    let content = TestPaths.copy(TestPaths.validHub)
    let folder = TestPaths.temporaryFolder("first-pages")

    func options(output: String) -> BuildOptions {
        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.output = output
        options.now = "2026-12-10T09:00"
        return options
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        let file = content + "/" + path
        try change(try String(contentsOfFile: file, encoding: .utf8)).write(toFile: file, atomically: true, encoding: .utf8)
    }

    func page(_ path: String, in site: String = "site") throws -> String {
        try String(contentsOfFile: folder + "/" + site + "/" + path, encoding: .utf8)
    }

    /// Every file of the site a session wrote, compared with a fresh build's.
    func sessionSiteIsFresh() throws -> Bool {
        _ = try Builder.build(options(output: folder + "/fresh"))
        defer { try? FileManager.default.removeItem(atPath: folder + "/fresh") }
        let files = { (root: String) in (FileManager.default.enumerator(atPath: root)?.allObjects as? [String] ?? []).sorted() }
        return files(folder + "/site") == files(folder + "/fresh") && files(folder + "/site").allSatisfy {
            FileManager.default.contents(atPath: folder + "/site/" + $0) == FileManager.default.contents(atPath: folder + "/fresh/" + $0)
        }
    }

    @Test func anEditedItemsPageIsWrittenAloneFirstAndTheBuildFinishesTheSite() throws {
        let session = BuildSession(options(output: folder + "/site"))
        _ = try session.build()
        let queue = try page("share/index.html")
        try edit("share/aarhus-kontor.md") { $0.replacingOccurrences(of: "Baggrund for kolleger", with: "Baggrund til kolleger") }

        let first = session.buildFirst(["share/aarhus-kontor.md"])
        #expect(first == ["share/aarhus-kontor/index.html"])
        #expect(try page("share/aarhus-kontor/index.html").contains("Baggrund til kolleger"))
        #expect(try page("share/index.html") == queue)

        let report = try session.build()
        #expect(report.filesRendered == 14 + 2, "the item's page is not rendered again; the feeds, indexes (the search index's term and documents file besides its manifest), the card tools' script and the digest's files are")
        #expect(report.filesChanged == ["search-index.json", "search/terms/0.json", "feed.xml", "disciplines/social-selling/feed.xml",
                                        "disciplines/employer-branding/feed.xml"],
                "besides the page, only the search index (its manifest and the term file of the new word) and the item's feeds hold its body")
        #expect(try sessionSiteIsFresh())
    }

    @Test func aBuildWithNothingChangedChangesNoFile() throws {
        let session = BuildSession(options(output: folder + "/site"))
        #expect(try session.build().filesChanged == nil, "the first build makes a whole new site")
        #expect(try session.build().filesChanged == [])
    }

    /// What could change whether or where a document is published is left to the whole build.
    @Test(arguments: [
        ("share/aarhus-kontor.md", "publish: 2026-12-01T08:00", "publish: 2026-12-02T08:00"),
        ("share/aarhus-kontor.md", "publish: 2026-12-01T08:00", "publish: 2027-12-01T08:00"),
        ("share/aarhus-kontor.md", "expires: 2026-12-21", "expires: 2026-12-09"),
        ("share/aarhus-kontor.md", "sponsored: false", "sponsored: false\ndraft: true"),
        ("share/aarhus-kontor.md", "sponsored: false", "sponsored: false\nslug: nyt-kontor"),
        ("share/hemmelig-lancering.md", "ZEBRAFINK body.", "ZEBRAFINK body, rettet."),
        ("share/kladde.md", "---\n", "---\n# Rettet\n"),
        ("guidelines/kritik.md", "---\n", "---\n[brudt](findes-ikke.md)\n"),
    ])
    func anEditThatMayChangeWhatIsPublishedWritesNothingFirst(_ path: String, _ before: String, _ after: String) throws {
        let session = BuildSession(options(output: folder + "/site"))
        _ = try session.build()
        try edit(path) { text in
            guard let range = text.range(of: before, options: .backwards) else { return text + "\n" + after }
            return text.replacingCharacters(in: range, with: after)
        }
        let before = FileManager.default.enumerator(atPath: folder + "/site")?.allObjects.count
        #expect(session.buildFirst([path]).isEmpty)
        #expect(FileManager.default.enumerator(atPath: folder + "/site")?.allObjects.count == before)
        #expect(try !page("share/aarhus-kontor/index.html").contains("nyt-kontor"))
        #expect(try !String(contentsOfFile: folder + "/site/search-index.json", encoding: .utf8).contains("ZEBRAFINK"))
    }

    @Test func otherChangedFilesAreLeftToTheBuild() throws {
        let session = BuildSession(options(output: folder + "/site"))
        _ = try session.build()
        #expect(session.buildFirst(["share/.aarhus-kontor.md.swp", "share/4913", "media/aarhus.svg", "hub.yml"]).isEmpty)
        try edit("guidelines/kritik.md") { $0 + "\nEn ny sætning.\n" }
        #expect(session.buildFirst(["guidelines/4913", "guidelines/kritik.md", "media/aarhus.svg"]) == ["guidelines/kritik/index.html"])
    }

    /// hub.yml saved with an edit may change what is published (its time zone moves every `publish`)
    /// or allowed (its forbidden terms): nothing is written first. Here the item goes under embargo.
    @Test func anEditSavedWithHubYmlWritesNothingFirst() throws {
        var options = options(output: folder + "/site")
        options.now = "2026-12-01T08:30:00+01:00"
        let session = BuildSession(options)
        #expect(try !session.build().hasErrors)
        let good = try page("share/aarhus-kontor/index.html")
        try edit("share/aarhus-kontor.md") { $0.replacingOccurrences(of: "Baggrund for kolleger", with: "ZEBRAFINK for kolleger") }
        try edit("hub.yml") { $0.replacingOccurrences(of: "timezone: Europe/Copenhagen", with: "timezone: America/New_York") }

        #expect(session.buildFirst(["hub.yml", "share/aarhus-kontor.md"]).isEmpty)
        #expect(try page("share/aarhus-kontor/index.html") == good)
    }

    /// While the content has errors the last good site stays served: an edit elsewhere is not written
    /// first (the build after it would only put it back) until a build is good again.
    @Test func whileTheContentHasErrorsNothingIsWrittenFirst() throws {
        let session = BuildSession(options(output: folder + "/site"))
        _ = try session.build()
        let good = try page("share/aarhus-kontor/index.html")
        try edit("guidelines/kritik.md") { $0 + "\n[brudt](findes-ikke.md)\n" }
        #expect(try session.build().hasErrors)
        try edit("share/aarhus-kontor.md") { $0.replacingOccurrences(of: "Baggrund for kolleger", with: "Baggrund til kolleger") }
        #expect(session.buildFirst(["share/aarhus-kontor.md"]).isEmpty)
        #expect(try page("share/aarhus-kontor/index.html") == good)

        try edit("guidelines/kritik.md") { $0.replacingOccurrences(of: "\n[brudt](findes-ikke.md)\n", with: "\n") }
        #expect(try !session.build().hasErrors)
        try edit("share/aarhus-kontor.md") { $0.replacingOccurrences(of: "Baggrund til kolleger", with: "Baggrund hos kolleger") }
        #expect(session.buildFirst(["share/aarhus-kontor.md"]) == ["share/aarhus-kontor/index.html"], "a good build starts them again")
    }

    /// The build after the first page finds an error elsewhere: the site stays the last good one,
    /// the first page included, until the error is fixed.
    @Test func aBuildWithErrorsPutsTheFirstPageBack() throws {
        let session = BuildSession(options(output: folder + "/site"))
        _ = try session.build()
        let good = try page("share/aarhus-kontor/index.html")
        try edit("share/aarhus-kontor.md") { $0.replacingOccurrences(of: "Baggrund for kolleger", with: "Baggrund til kolleger") }
        try edit("guidelines/kritik.md") { $0 + "\n[brudt](findes-ikke.md)\n" }
        #expect(session.buildFirst(["share/aarhus-kontor.md"]) == ["share/aarhus-kontor/index.html"])

        let failed = try session.build()
        #expect(failed.hasErrors)
        #expect(failed.filesChanged == ["share/aarhus-kontor/index.html"])
        #expect(try page("share/aarhus-kontor/index.html") == good)

        try edit("guidelines/kritik.md") { $0.replacingOccurrences(of: "\n[brudt](findes-ikke.md)\n", with: "\n") }
        #expect(try !session.build().hasErrors)
        #expect(try page("share/aarhus-kontor/index.html").contains("Baggrund til kolleger"))
        #expect(try sessionSiteIsFresh())
    }

    /// Every Markdown file of the fixture is edited in turn: the pages written first are the fresh
    /// build's pages, byte for byte, and so is the whole site once the build after them is done.
    @Test func everyDocumentEditedInTurnGivesTheFreshBuildsPageFirst() throws {
        let session = BuildSession(options(output: folder + "/site"))
        _ = try session.build()
        let documents = (FileManager.default.enumerator(atPath: content)?.allObjects as? [String] ?? [])
            .filter { $0.hasSuffix(".md") }.sorted()
        #expect(documents.count >= 10)
        var written = 0
        for (round, path) in documents.enumerated() {
            try edit(path) { $0 + "\n\nÆndret i runde \(round).\n" }
            let first = session.buildFirst([path])
            written += first.count
            _ = try Builder.build(options(output: folder + "/fresh"))
            for file in first {
                #expect(FileManager.default.contents(atPath: folder + "/site/" + file)
                        == FileManager.default.contents(atPath: folder + "/fresh/" + file), "\(path): \(file)")
            }
            try FileManager.default.removeItem(atPath: folder + "/fresh")
            #expect(try !session.build().hasErrors)
            #expect(try sessionSiteIsFresh(), "after editing \(path)")
        }
        #expect(written >= documents.count - 3, "every published document's page but the draft's, the embargoed item's and the results'")
    }
}

/// Budgets for `serve`: what a one-file edit renders and writes on a hub made as the benchmark's, so
/// the figures cannot slip unnoticed (#24).
@Suite struct ServeBudgetTests {
    /// Pages rendered first; files rendered and changed by the build after them (the feeds, calendars,
    /// indexes and, since the slimmer item pages, the card tools' script render; the search index and
    /// the three feeds holding the body change), and the bytes changed (2,179,837 when set, nearly all
    /// of it the search index and the feeds). The search index is split (`SearchIndex`): all its files
    /// render, and besides its manifest only the term files of the edit's three new words ("en",
    /// "sætning", "mere") can change.
    static let firstPages = 1, rendered = 16, changed = 4, changedBytes = 2_290_000

    @Test func aOneFileEditStaysWithinItsBudgets() throws {
        let root = TestPaths.temporaryFolder("serve-budget")
        defer { TestPaths.remove(root) }
        try BenchmarkHub.write(items: 200, to: root + "/hub")
        var options = BuildOptions()
        options.content = root + "/hub"
        options.templates = TestPaths.theme
        options.output = root + "/site"
        options.now = BenchmarkHub.now
        let session = BuildSession(options)
        #expect(try !session.build().hasErrors)

        let file = root + "/hub/share/opslag-7.md"
        let text = try String(contentsOfFile: file, encoding: .utf8)
        let at = try #require(text.range(of: "```share"))
        try text.replacingCharacters(in: at.lowerBound..<at.lowerBound, with: "En sætning mere.\n\n")
            .write(toFile: file, atomically: true, encoding: .utf8)
        let first = session.buildFirst(["share/opslag-7.md"])
        #expect(first == ["share/opslag-7/index.html"] && first.count == Self.firstPages)
        let report = try session.build()
        let changed = report.filesChanged ?? []
        let bytes = changed.reduce(0) { total, path in
            total + (((try? FileManager.default.attributesOfItem(atPath: options.output + "/" + path))?[.size] as? Int) ?? 0)
        }
        let documents = try #require(try SiteSearchIndex(site: options.output).manifest["documents"] as? Int)
        let counts = SearchIndex.fileCounts(documents: documents), searchFiles = counts.terms + counts.documents
        #expect(report.filesRendered <= Self.rendered + searchFiles, "rendered \(report.filesRendered) files; the budget is \(Self.rendered) and the search index's \(searchFiles) term and documents files")
        #expect(changed.count <= Self.changed + 3, "changed \(changed.sorted()); the budget is \(Self.changed) files and three term files")
        #expect(bytes <= Self.changedBytes, "wrote \(bytes) bytes; the budget is \(Self.changedBytes)")
    }
}
