import Foundation
import Testing
@testable import AdvocacyBuild
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacyOutput
@testable import AdvocacyPublish
@testable import AdvocacySite
import AdvocacyTestSupport

/// The streamed build (#24): the build lets go of a body's HTML as soon as the page that shows it is
/// written, so not every body is held until the end. What is rendered after the pages (the feeds,
/// the search index, the digest) must not need what was let go of.
@Suite struct StreamedBuildTests {
    /// Every file written after the pages, by path.
    static func filesAfterThePages(_ pages: SitePages, _ theme: Theme) -> [String: [UInt8]] {
        let files = Locked<[String: [UInt8]]>([:])
        SiteRenderer.writeFeeds(pages, theme: theme) { file in files.withLock { $0[file.path] = file.bytes } }
        return files.withLock { $0 }
    }

    @Test func whatIsRenderedAfterThePagesIsTheSameOnceTheyLetGoOfTheirBodies() throws {
        let content = TestPaths.temporaryFolder("streamed")
        defer { TestPaths.remove(content) }
        try BenchmarkHub.write(items: 200, to: content + "/hub")
        var options = BuildOptions()
        options.content = content + "/hub"
        options.templates = TestPaths.theme
        options.now = BenchmarkHub.now
        let prepared = try Builder.prepare(options)
        let theme = try #require(prepared.theme)
        var pages = SitePages(prepared.site, words: theme.strings)
        let before = Self.filesAfterThePages(pages, theme)
        #expect(before.keys.contains("feed.xml") && before.keys.contains("search-index.json"))

        let inFeeds = pages.bodiesInFeeds
        pages.dropHTML(of: pages.entries, keeping: inFeeds)
        let after = Self.filesAfterThePages(pages, theme)
        let changed = Set(before.keys).union(after.keys).filter { before[$0] != after[$0] }.sorted()
        #expect(changed.isEmpty, "these files need a body whose page let go of it: \(changed)")
        let items = pages.site.activeItems.map(\.info.path)
        let letGo = items.filter { !inFeeds.contains($0) }
        #expect(!letGo.isEmpty, "the feeds show at most \(AtomFeed.limit) items each")
        #expect(letGo.allSatisfy { pages.site.bodies[$0]?.html.isEmpty == true }, "the HTML of a written page's body is let go of")
        #expect(inFeeds.allSatisfy { pages.site.bodies[$0]?.html.isEmpty == false }, "what the feeds show stays")
        #expect(pages.site.bodies.values.allSatisfy { !$0.searchWords.isEmpty }, "the search index's words stay")
    }

    /// The pages written in the step that renders their body (items, stories, guidelines, pages,
    /// evaluations, modelled from the site's outline) are byte for byte what the whole published site
    /// renders, and so is every other file: for the example hub with and without its drafts, the valid
    /// fixture and a generated hub of 200 items.
    @Test(arguments: [(TestPaths.exampleHub, false, "2026-12-10T09:00"), (TestPaths.exampleHub, true, "2026-12-10T09:00"),
                      (TestPaths.validHub, false, "2026-12-10T09:00"), ("benchmark", false, BenchmarkHub.now)])
    func thePagesWrittenWithTheirBodiesAreWhatTheWholeSiteRenders(hub: String, drafts: Bool, now: String) throws {
        let folder = TestPaths.temporaryFolder("early")
        defer { TestPaths.remove(folder) }
        var options = BuildOptions()
        options.content = hub
        if hub == "benchmark" {
            options.content = folder + "/hub"
            try BenchmarkHub.write(items: 200, to: options.content)
        }
        options.templates = TestPaths.theme
        options.output = folder + "/_site"
        options.now = now
        options.drafts = drafts
        let report = try Builder.build(options)
        #expect(!report.hasErrors, "\(report.diagnostics)")
        let prepared = try Builder.prepare(options)
        let theme = try #require(prepared.theme)
        let whole = SiteRenderer.render(prepared.site, theme: theme)
        let pages = SitePages(prepared.site, words: theme.strings)
        let early = pages.entries.filter { SitePages.showsOnlyItsOwnBody($0.kind) }
        #expect(early.count > 3, "the hub has pages written with their bodies")
        for file in whole {
            let written = FileManager.default.contents(atPath: options.output + "/" + file.path).map { [UInt8]($0) }
            #expect(written == file.bytes, "\(file.path) is not what the whole site renders")
        }
    }

    /// A build that writes pages with their bodies and finds an error in one of the documents (here a
    /// share text for a discipline the hub does not have) leaves the site it would replace as it was
    /// and nothing of its own beside it.
    @Test func aBuildThatFindsAnErrorAfterWritingPagesLeavesNothingBehind() throws {
        let folder = TestPaths.temporaryFolder("early-error")
        defer { TestPaths.remove(folder) }
        let content = folder + "/hub"
        try BenchmarkHub.write(items: 50, to: content)
        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.output = folder + "/out/_site"
        options.now = BenchmarkHub.now
        #expect(try !Builder.build(options).hasErrors)
        let before = TreeSnapshot(options.output)
        let last = try #require(try FileManager.default.contentsOfDirectory(atPath: content + "/share").sorted().last)
        let file = content + "/share/" + last
        let text = try String(contentsOfFile: file, encoding: .utf8)
        try (text + "\n```share ukendt-disciplin\nTekst.\n```\n").write(toFile: file, atomically: true, encoding: .utf8)
        let report = try Builder.build(options)
        #expect(report.hasErrors)
        #expect(TreeSnapshot(options.output) == before, "the site it would replace is as it was")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/out") == ["_site"], "nothing of the build is left beside it")
    }

    /// A build that reuses nothing, but saves one file again (a sentence added) right after loading
    /// it, as an author saving while the nightly build runs would.
    struct SavedWhileBuilding: BuildReuse {
        let path: String, folder: String
        func beginPreparing(_ folder: ContentFolder) {}
        func load(_ file: ContentLoader.MarkdownFile, _ load: () -> ContentLoader.LoadedFile) -> ContentLoader.LoadedFile {
            let loaded = load()
            if file.path == path {
                let handle = FileHandle(forWritingAtPath: folder + "/" + path)!
                handle.seekToEndOfFile()
                handle.write(Data("\nEn ny sætning.\n".utf8))
                try? handle.close()
            }
            return loaded
        }
        func body(of info: DocumentInfo, plan: Publisher.Plan, _ render: () -> RenderedMarkdown) -> RenderedMarkdown { render() }
        func findings(of path: String, embargoed: Bool, context: ContentChecks.Context, _ check: () -> Diagnostics) -> Diagnostics { check() }
        func endPreparing(_ prepared: PreparedParts) {}
        func siteToUpdate(_ output: OutputFolder) -> SiteManifest? { nil }
        func page(_ entry: SitePages.Entry, model: PageModel, shared: Int, _ render: () -> Void) -> Bool {
            render()
            return true
        }
        func copy(_ file: CopiedFile, _ copy: () -> Void) { copy() }
        func endWriting(_ manifest: SiteManifest?) {}
    }

    /// A file saved between loading its front matter and reading its body again is an error at the
    /// file, and the build writes nothing: its body never goes out with the other version's front matter.
    @Test func aFileSavedWhileTheHubIsBuiltIsAnErrorAndNothingIsWritten() throws {
        let folder = TestPaths.temporaryFolder("saved-while-building")
        defer { TestPaths.remove(folder) }
        let content = folder + "/hub"
        try FileManager.default.copyItem(atPath: TestPaths.validHub, toPath: content)
        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.output = folder + "/out/_site"
        options.now = "2026-12-10T09:00"
        let reuse = SavedWhileBuilding(path: "share/aarhus-kontor.md", folder: content)
        let report = try BuildPipeline(options: options, reuse: reuse).build()
        #expect(report.diagnostics.map(\.description).filter { $0.contains("changed while") }
                == ["\(content)/share/aarhus-kontor.md:1:1: error: the file changed while the hub was being built, so its text and its front matter may not belong together; build again once it is saved"],
                "\(report.diagnostics)")
        #expect(!FileManager.default.fileExists(atPath: folder + "/out/_site"))
        #expect((try? FileManager.default.contentsOfDirectory(atPath: folder + "/out")) ?? [] == [], "nothing of the build is left")
    }
}
