import Foundation
import Testing
@testable import AdvocacyBuild
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacyOutput
@testable import AdvocacyPublish
@testable import AdvocacySite
import AdvocacyTestSupport

/// A page written in the step that renders its body (`EarlyPages`) lands in the build's new folder
/// beside the output before the other documents are checked, and a build killed then leaves it there
/// until the next build. "The build writes nothing until it is gone" (docs/authoring.md, forbidden
/// terms): the page of a document with an error of its own is not written at all, and what is written
/// before the checks end (a page that shows a discipline's title with a forbidden term, found in the
/// discipline's own step) is in a folder no one but the build's user can read until the site is whole.
@Suite struct EarlyPagesWithErrorsTests {
    /// A build that reuses nothing and looks, each time a page is written, for `term` in every file
    /// under `folder` (the output's parent).
    final class Watch: BuildReuse, @unchecked Sendable {
        let folder: String, term: String
        let fresh = FreshBuild()
        let found = Locked(Set<String>())
        /// The folders beside the output that others could read while a page was written.
        let open = Locked(Set<String>())

        init(folder: String, term: String) {
            self.folder = folder
            self.term = term
        }

        func beginPreparing(_ folder: ContentFolder) { fresh.beginPreparing(folder) }
        func load(_ file: ContentLoader.MarkdownFile, _ load: () -> ContentLoader.LoadedFile) -> ContentLoader.LoadedFile {
            fresh.load(file, load)
        }
        func body(of info: DocumentInfo, plan: Publisher.Plan, _ render: () -> RenderedMarkdown) -> RenderedMarkdown {
            fresh.body(of: info, plan: plan, render)
        }
        func findings(of path: String, embargoed: Bool, context: ContentChecks.Context, _ check: () -> Diagnostics) -> Diagnostics {
            fresh.findings(of: path, embargoed: embargoed, context: context, check)
        }
        func endPreparing(_ prepared: PreparedParts) {}
        func siteToUpdate(_ output: OutputFolder) -> SiteManifest? { nil }
        func page(_ entry: SitePages.Entry, model: PageModel, shared: Int, _ render: () -> Void) -> Bool {
            render()
            let enumerator = FileManager.default.enumerator(atPath: folder)
            while let path = enumerator?.nextObject() as? String {
                guard let data = FileManager.default.contents(atPath: folder + "/" + path),
                      String(decoding: data, as: UTF8.self).localizedCaseInsensitiveContains(term) else { continue }
                found.withLock { _ = $0.insert(path) }
            }
            for entry in (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [] where entry.hasPrefix(".") {
                var info = stat()
                if lstat(folder + "/" + entry, &info) == 0 && info.st_mode & 0o077 != 0 { open.withLock { _ = $0.insert(entry) } }
            }
            return true
        }
        func copy(_ file: CopiedFile, _ copy: () -> Void) { copy() }
        func endWriting(_ manifest: SiteManifest?) {}
    }

    @Test(arguments: ["body", "share text", "title", "discipline title"])
    func aForbiddenTermReachesNoFolderOthersCanRead(place: String) throws {
        let folder = TestPaths.temporaryFolder("early-forbidden")
        defer { TestPaths.remove(folder) }
        let content = folder + "/hub"
        try BenchmarkHub.write(items: 20, to: content)
        let last = try #require(try FileManager.default.contentsOfDirectory(atPath: content + "/share").sorted().last)
        let file = content + "/share/" + last
        var text = try String(contentsOfFile: file, encoding: .utf8)
        switch place {
        case "body": text += "\nVi løfter sløret for Projekt Nordlys i morgen.\n"
        case "share text": text += "\n```share social-selling\nSnart: Projekt Nordlys.\n```\n"
        case "title": text = text.replacingOccurrences(of: "title: ", with: "title: Projekt Nordlys ")
        default:
            // Every item page names the disciplines of its cards.
            let discipline = content + "/disciplines/social-selling.md"
            let text = try String(contentsOfFile: discipline, encoding: .utf8)
            try text.replacingOccurrences(of: "title: social-selling", with: "title: Salg med Projekt Nordlys")
                .write(toFile: discipline, atomically: true, encoding: .utf8)
        }
        try text.write(toFile: file, atomically: true, encoding: .utf8)
        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.output = folder + "/out/_site"
        options.now = BenchmarkHub.now
        let watch = Watch(folder: folder + "/out", term: "Projekt Nordlys")
        let report = try BuildPipeline(options: options, reuse: watch).build(now: options.now)
        #expect(report.diagnostics.contains { $0.severity == .error && $0.message.text(in: .en).contains("Projekt Nordlys") },
                "\(report.diagnostics)")
        if place == "discipline title" {
            // Found in another document's step than the pages that show it: those written before are
            // in a folder only the build's user can read (who reads the content too), removed at once.
            #expect(!watch.found.withLock { $0 }.isEmpty, "the test writes pages before the discipline is checked")
        } else {
            #expect(watch.found.withLock { $0 }.isEmpty, "the forbidden term was written beside the output")
        }
        #expect(watch.open.withLock { $0 }.isEmpty, "others could read what the build wrote before its checks ended")
        #expect(!FileManager.default.fileExists(atPath: options.output))
    }
}
