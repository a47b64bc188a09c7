import Foundation
import Testing
import AdvocacyTestSupport
import AdvocacyCore
@testable import AdvocacyBuild

/// A session's second build redoes only what a change touches, and gives the same bytes as a fresh build.
@Suite struct IncrementalBuildTests {
    func options(_ content: String, output: String) -> BuildOptions {
        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.output = output
        options.now = "2026-12-10T09:00"
        return options
    }

    /// Every file of two trees, compared byte for byte.
    func identical(_ a: String, _ b: String) -> Bool {
        let left = (FileManager.default.enumerator(atPath: a)?.allObjects as? [String] ?? []).sorted()
        let right = (FileManager.default.enumerator(atPath: b)?.allObjects as? [String] ?? []).sorted()
        guard left == right else { return false }
        return left.allSatisfy { FileManager.default.contents(atPath: a + "/" + $0) == FileManager.default.contents(atPath: b + "/" + $0) }
    }

    /// Whether the session's site in `folder/site` equals a fresh build of `content`, byte for byte.
    func sessionSiteIsFresh(_ content: String, in folder: String) throws -> Bool {
        _ = try Builder.build(options(content, output: folder + "/fresh"))
        return identical(folder + "/site", folder + "/fresh")
    }

    func edit(_ path: String, _ change: (String) -> String) throws {
        try change(try String(contentsOfFile: path, encoding: .utf8)).write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// The valid hub's search index renders as its manifest (counted among the indexes below) and
    /// these files: one term file and one documents file (`SearchIndex`).
    static let searchFiles = 2

    @Test func aChangedItemRerendersOnlyWhatShowsIt() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let folder = TestPaths.temporaryFolder("incremental")
        let session = BuildSession(options(content, output: folder + "/site"))
        let first = try session.build()
        #expect(first.filesRendered == first.pagesWritten + 14 + Self.searchFiles,
                "a first build renders every page, the four feeds and indexes, the card tools' script, the two disciplines' feeds and calendars and the digest's five files (the week among them)")

        let unchanged = try session.build()
        #expect(unchanged.filesRendered == 14 + Self.searchFiles, "only the feeds, the calendars, the sitemap, the search index, the card tools' script and the digest's files")

        try edit(content + "/share/aarhus-kontor.md") { $0.replacingOccurrences(of: "Baggrund for kolleger", with: "Baggrund til kolleger") }
        let changed = try session.build()
        #expect(changed.filesRendered == 15 + Self.searchFiles, "the item's page, the one page that shows its body, the four feeds and indexes, the card tools' script and the digest's files")

        try edit(content + "/share/aarhus-kontor.md") { $0.replacingOccurrences(of: "title: Vi åbner kontor i Aarhus", with: "title: Nyt kontor i Aarhus") }
        let retitled = try session.build()
        // Its page, the queue page, its two discipline pages, the home page and the digest page show the title.
        #expect(retitled.filesRendered == 20 + Self.searchFiles)
        #expect(try String(contentsOfFile: folder + "/site/share/aarhus-kontor/index.html", encoding: .utf8).contains("Baggrund til kolleger"))

        let fresh = try Builder.build(options(content, output: folder + "/fresh"))
        #expect(fresh.filesRendered == first.filesRendered)
        #expect(identical(folder + "/site", folder + "/fresh"))
    }

    /// The clock enters a page only through what it changes: minutes later on the same day, with no
    /// item entering or leaving the queue, no page renders again.
    /// A page whose folder is one letter long (`pages/q.md` → `q/index.html`) is written, kept and
    /// removed like any other, by `build` and by `serve`'s session.
    @Test func aPageInAOneLetterFolderComesAndGoes() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let folder = TestPaths.temporaryFolder("incremental")
        try "---\ntitle: Q\n---\nKort side.\n".write(toFile: content + "/pages/q.md", atomically: true, encoding: .utf8)
        let session = BuildSession(options(content, output: folder + "/site"))
        #expect(try !session.build().hasErrors)
        #expect(FileManager.default.fileExists(atPath: folder + "/site/q/index.html"))
        #expect(try sessionSiteIsFresh(content, in: folder))
        try FileManager.default.removeItem(atPath: content + "/pages/q.md")
        #expect(try !session.build().hasErrors)
        #expect(!FileManager.default.fileExists(atPath: folder + "/site/q"), "the emptied folder goes with its page")
        #expect(try sessionSiteIsFresh(content, in: folder))
    }

    @Test func minutesLaterNoPageRendersAgain() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let session = BuildSession(options(content, output: TestPaths.temporaryFolder("incremental") + "/site"))
        _ = try session.build(now: "2026-12-10T09:00")
        #expect(try session.build(now: "2026-12-10T09:07").filesRendered == 14 + Self.searchFiles, "only the feeds, calendars, indexes, the card tools' script and the digest's files")
    }

    /// Settings the cards show but no other part of a page (UTM medium, platform limits) still
    /// render the cards' pages again.
    @Test(arguments: [("medium: employee-advocacy", "medium: ambassadoer"), ("x: { limit: 280 }", "x: { limit: 270 }")])
    func aSettingOnlyCardsShowRerendersThem(_ before: String, _ after: String) throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let folder = TestPaths.temporaryFolder("incremental")
        let session = BuildSession(options(content, output: folder + "/site"))
        _ = try session.build()
        try edit(content + "/hub.yml") { $0.replacingOccurrences(of: before, with: after) }
        #expect(try !session.build().hasErrors)
        #expect(try sessionSiteIsFresh(content, in: folder))
    }

    @Test func aRenamedTargetRerendersThePagesLinkingToIt() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let folder = TestPaths.temporaryFolder("incremental")
        let session = BuildSession(options(content, output: folder + "/site"))
        _ = try session.build()
        try edit(content + "/guidelines/kritik.md") { $0.replacingOccurrences(of: "title: Kritik", with: "title: Kritik\nslug: svar-paa-kritik") }
        let report = try session.build()
        #expect(!report.hasErrors)
        let politik = try String(contentsOfFile: folder + "/site/guidelines/politik/index.html", encoding: .utf8)
        #expect(politik.contains("href=\"/hub/guidelines/svar-paa-kritik/#hvem-svarer\""))
        #expect(try sessionSiteIsFresh(content, in: folder))
    }

    @Test func anItemLeavingItsEmbargoBetweenTwoBuildsIsRenderedWhole() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let folder = TestPaths.temporaryFolder("incremental")
        let session = BuildSession(options(content, output: folder + "/site"))
        _ = try session.build(now: "2027-01-15T07:59")
        #expect(!FileManager.default.fileExists(atPath: folder + "/site/share/hemmelig-lancering/index.html"))
        _ = try session.build(now: "2027-01-15T08:00")
        let page = try String(contentsOfFile: folder + "/site/share/hemmelig-lancering/index.html", encoding: .utf8)
        #expect(page.contains("<p>ZEBRAFINK body.</p>"))
        var fresh = options(content, output: folder + "/fresh")
        fresh.now = "2027-01-15T08:00"
        _ = try Builder.build(fresh)
        #expect(identical(folder + "/site", folder + "/fresh"))
    }

    @Test func aFailedBuildInTheSessionKeepsTheSiteAndTheNextOneRecovers() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let folder = TestPaths.temporaryFolder("incremental")
        let session = BuildSession(options(content, output: folder + "/site"))
        _ = try session.build()
        let before = try String(contentsOfFile: folder + "/site/guidelines/kritik/index.html", encoding: .utf8)
        try edit(content + "/guidelines/kritik.md") { $0 + "\n[brudt](findes-ikke.md)\n" }
        #expect(try session.build().hasErrors)
        #expect(try String(contentsOfFile: folder + "/site/guidelines/kritik/index.html", encoding: .utf8) == before)
        try edit(content + "/guidelines/kritik.md") { $0.replacingOccurrences(of: "\n[brudt](findes-ikke.md)\n", with: "\nRettet.\n") }
        #expect(!(try session.build().hasErrors))
        #expect(try sessionSiteIsFresh(content, in: folder))
    }

    @Test func aFileDeletedFromTheSessionsSiteIsWrittenAgain() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let folder = TestPaths.temporaryFolder("incremental")
        let session = BuildSession(options(content, output: folder + "/site"))
        _ = try session.build()
        try FileManager.default.removeItem(atPath: folder + "/site/guidelines/index.html")
        try FileManager.default.removeItem(atPath: folder + "/site/assets/style.css")
        let again = try session.build()
        #expect(again.filesRendered == 15 + Self.searchFiles, "the page deleted, and the feeds, calendars, indexes, the card tools' script and the digest's files")
        #expect(try sessionSiteIsFresh(content, in: folder))
    }

    /// What `advocacy new` leaves to fill in is found by the checks: a session keeps the findings of
    /// a file that did not change, and drops them once the file is fixed, as a fresh check says.
    @Test func leftoverPlaceholdersAreFoundInTheSessionAsInAFreshCheck() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let folder = TestPaths.temporaryFolder("incremental")
        let session = BuildSession(options(content, output: folder + "/site"))
        let fresh = { try Builder.prepare(self.options(content, output: folder + "/fresh")).report.diagnostics }
        #expect(try session.prepare().report.diagnostics.isEmpty)
        try edit(content + "/guidelines/kritik.md") { $0 + "\nSkriv retningslinjen her.\n" }
        let found = try session.prepare().report.diagnostics
        #expect(found.map(\.message.id.name) == ["placeholderLeft"])
        #expect(try found == fresh())
        try edit(content + "/share/webinar.md") { $0 + "\n\nÆndret.\n" }
        #expect(try session.prepare().report.diagnostics == found)
        try edit(content + "/guidelines/kritik.md") { $0.replacingOccurrences(of: "\nSkriv retningslinjen her.\n", with: "\nRettet.\n") }
        #expect(try session.prepare().report.diagnostics.isEmpty)
        #expect(try fresh().isEmpty)
    }

    /// Changes a file so that what it shows changes, keeping it valid.
    static func change(_ path: String, round: Int) throws {
        var text = try String(contentsOfFile: path, encoding: .utf8)
        let name = (path as NSString).lastPathComponent
        switch (path as NSString).pathExtension {
        case "md": text += "\n\nÆndret i runde \(round).\n"
        case "mustache": text += "<!-- runde \(round) -->\n"
        case "css", "js": text += "/* runde \(round) */\n"
        case "svg": text += "<!-- runde \(round) -->\n"
        case "yml" where name == "hub.yml":
            text = text.replacingOccurrences(of: "\ntitle: ", with: "\ntitle: Runde \(round) ")
            if !text.contains("Runde \(round)") { text = text.replacingOccurrences(of: "title: ", with: "title: Runde \(round) ") }
        case "yml" where name == "readiness.yml":
            text = text.replacingOccurrences(of: "levels: [a1,", with: "levels: [a1 runde \(round),")
        default:
            text = text.replacingOccurrences(of: "\nnav-home: ", with: "\nnav-home: Runde \(round) ")
        }
        try text.write(toFile: path, atomically: true, encoding: .utf8)
    }

    /// Every file of the valid fixture and the theme is changed in turn; after each change the
    /// session's site equals a fresh build byte for byte.
    @Test func everyFileChangedInTurnGivesTheFreshBuild() throws {
        let root = TestPaths.temporaryFolder("every-file")
        let content = root + "/content", templates = root + "/site-templates"
        try FileManager.default.copyItem(atPath: TestPaths.validHub, toPath: content)
        try FileManager.default.copyItem(atPath: TestPaths.theme, toPath: templates)
        var base = options(content, output: root + "/site")
        base.templates = templates
        let session = BuildSession(base)
        #expect(try !session.build().hasErrors)
        let files = [content, templates].flatMap { folder in
            (FileManager.default.enumerator(atPath: folder)?.allObjects as? [String] ?? [])
                .map { folder + "/" + $0 }.filter { !isFolder($0) }.sorted()
        }
        #expect(files.count > 40)
        for (round, file) in files.enumerated() {
            let before = try String(contentsOfFile: file, encoding: .utf8)
            try Self.change(file, round: round)
            #expect(try String(contentsOfFile: file, encoding: .utf8) != before, "\(file) is changed")
            let report = try session.build()
            #expect(!report.hasErrors, "\(file): \(report.diagnostics)")
            var fresh = base
            fresh.output = root + "/fresh-\(round)"
            _ = try Builder.build(fresh)
            #expect(identical(root + "/site", fresh.output), "after changing \(file)")
            try FileManager.default.removeItem(atPath: fresh.output)
        }
    }

    func isFolder(_ path: String) -> Bool {
        var flag: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &flag) && flag.boolValue
    }
}
