import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyOutput

/// What is at the output is checked again when the new site is swapped in: a build takes seconds,
/// and the folder may change meanwhile.
@Suite struct SiteWriterTests {
    func writer(_ output: String) throws -> SiteWriter {
        let folder = try OutputFolder(output, content: TestPaths.validHub, templates: TestPaths.theme)
        let writer = try SiteWriter(output: folder, current: try folder.currentSite(), paths: ["index.html"], removing: .keepForNextBuild)
        writer.write(OutputFile(path: "index.html", contents: "ny"))
        return writer
    }

    /// A site as a build leaves it: the files and a manifest of them.
    static func makeSite(_ folder: String, files: [String: String]) throws {
        for (path, text) in files {
            try FileManager.default.createDirectory(atPath: ((folder + "/" + path) as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: folder + "/" + path, atomically: false, encoding: .utf8)
        }
        let manifest = SiteManifest(complete: files.mapValues { .init(size: $0.utf8.count, hash: ContentHash(Array($0.utf8))) })
        try manifest.text.write(toFile: folder + "/" + OutputFolder.markerName, atomically: false, encoding: .utf8)
    }

    @Test func filesPutIntoAnEmptyOutputDuringTheBuildAreKept() throws {
        let root = TestPaths.temporaryFolder("race")
        try FileManager.default.createDirectory(atPath: root + "/_site", withIntermediateDirectories: true)
        let writer = try writer(root + "/_site")
        try "mine".write(toFile: root + "/_site/notes.txt", atomically: false, encoding: .utf8)
        #expect(throws: SiteWriter.Failure.self) { try writer.commit() }
        #expect(try String(contentsOfFile: root + "/_site/notes.txt", encoding: .utf8) == "mine")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root) == ["_site"])
    }

    @Test func aLinkSwappedInForTheOutputIsNeitherFollowedNorReplaced() throws {
        let root = TestPaths.temporaryFolder("race")
        try Self.makeSite(root + "/_site", files: ["index.html": "gammel"])
        let writer = try writer(root + "/_site")
        let webroot = TestPaths.temporaryFolder("webroot")
        try "served".write(toFile: webroot + "/index.html", atomically: false, encoding: .utf8)
        #expect(rename(root + "/_site", root + "/moved") == 0)
        try FileManager.default.createSymbolicLink(atPath: root + "/_site", withDestinationPath: webroot)
        #expect(throws: SiteWriter.Failure.self) { try writer.commit() }
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: root + "/_site") == webroot)
        #expect(try String(contentsOfFile: webroot + "/index.html", encoding: .utf8) == "served")
        var info = stat()
        #expect(lstat(webroot, &info) == 0 && info.st_mode & 0o777 != 0o700)
    }

    @Test func theReplacedSiteIsKeptEmptyAndPrivate() throws {
        let root = TestPaths.temporaryFolder("race")
        try Self.makeSite(root + "/_site", files: ["index.html": "gammel", "gone/index.html": "væk"])
        try writer(root + "/_site").commit()
        #expect(try String(contentsOfFile: root + "/_site/index.html", encoding: .utf8) == "ny")
        #expect(try FileManager.default.contentsOfDirectory(atPath: root).sorted() == ["._site.previous", "_site"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/._site.previous").sorted()
            == [IdentityRecord.fileName, OutputFolder.markerName, "index.html"])
        #expect(try Data(contentsOf: URL(fileURLWithPath: root + "/._site.previous/index.html")).isEmpty)
        // The record names the new site's one file and none of its own (it kept no bytes), for its owner only.
        let output = try #require(IdentityRecord.read(.output, in: root + "/._site.previous"))
        let kept = try #require(IdentityRecord.read(.kept, in: root + "/._site.previous"))
        #expect(Array(output.files.keys) == ["index.html"] && kept.files.isEmpty)
        // Its time is the change time the file system gave the new site's manifest.
        var manifest = stat()
        #expect(lstat(root + "/_site/" + OutputFolder.markerName, &manifest) == 0)
        #expect(output.written.tv_sec == manifest.st_ctim.tv_sec && output.written.tv_nsec == manifest.st_ctim.tv_nsec)
        #expect(OutputFolder.mode(root + "/._site.previous/" + IdentityRecord.fileName) == 0o600)
    }

    /// A file that appears in a replaced site after its last check (a process working inside it) is
    /// neither emptied nor deleted: the folder stays where it is, with a warning.
    @Test func whatAppearsInAReplacedSiteAfterItsCheckIsLeft() throws {
        let root = TestPaths.temporaryFolder("late")
        try Self.makeSite(root + "/old", files: ["index.html": "gammel", "share/a.html": "a"])
        guard case .site(let site) = SiteCheck.check(root + "/old") else { Issue.record("not a site"); return }
        try "mine".write(toFile: root + "/old/share/late.txt", atomically: false, encoding: .utf8)
        let output = try OutputFolder(root + "/_site", content: TestPaths.validHub, templates: TestPaths.theme)
        #expect(output.keep(root + "/old", owned: site) != nil)
        #expect(try String(contentsOfFile: root + "/old/share/late.txt", encoding: .utf8) == "mine")
        #expect(!FileManager.default.fileExists(atPath: root + "/._site.previous"))
    }

    /// The kept files and folders the new site lacks are gone from the output, with what someone
    /// put in their way during the build: a link where a kept folder was is removed as a link, and
    /// what it leads to stays as it was.
    @Test func whatTheNewSiteLacksGoesFromTheKeptFolderAndALinkInItsWayIsNotFollowed() throws {
        let root = TestPaths.temporaryFolder("kept-stale")
        try Self.makeSite(root + "/_site", files: ["index.html": "gammel"])
        try Self.makeSite(root + "/._site.previous", files: ["index.html": "", "gone/index.html": "", "gone/deeper/page.html": "",
                                                            "left/index.html": "", "stays/a.html": "", "stays/old.html": ""])
        let outside = TestPaths.temporaryFolder("kept-stale-outside")
        try "hers".write(toFile: outside + "/page.html", atomically: false, encoding: .utf8)
        let output = try OutputFolder(root + "/_site", content: TestPaths.validHub, templates: TestPaths.theme)
        let writer = try SiteWriter(output: output, current: try output.currentSite(), paths: ["index.html", "stays/a.html"],
                                    removing: .keepForNextBuild)
        let building = try #require(try FileManager.default.contentsOfDirectory(atPath: root).first { $0.hasPrefix("._site.tmp-") })
        try FileManager.default.removeItem(atPath: root + "/" + building + "/gone/deeper")
        try FileManager.default.createSymbolicLink(atPath: root + "/" + building + "/gone/deeper", withDestinationPath: outside)
        writer.write(OutputFile(path: "index.html", contents: "ny"))
        writer.write(OutputFile(path: "stays/a.html", contents: "a"))
        try writer.commit()
        #expect(try String(contentsOfFile: outside + "/page.html", encoding: .utf8) == "hers")
        #expect(TreeSnapshot(root + "/_site").entries.keys.sorted() == [".", OutputFolder.markerName, "index.html", "stays", "stays/a.html"])
        guard case .site = SiteCheck.check(root + "/_site") else { Issue.record("the output is not the build's own"); return }
    }

    /// A link put in place of one of the folders being written, during the build, is never written
    /// through: what it leads to keeps its bytes and gains no file, and the output stays as it was.
    @Test func aLinkInPlaceOfAFolderBeingWrittenIsNotWrittenThrough() throws {
        let root = TestPaths.temporaryFolder("kept-linked")
        try Self.makeSite(root + "/_site", files: ["index.html": "gammel", "assets/style.css": "gammel"])
        try Self.makeSite(root + "/._site.previous", files: ["index.html": "", "assets/style.css": ""])
        let victim = TestPaths.temporaryFolder("kept-linked-victim")
        try "hers".write(toFile: victim + "/style.css", atomically: false, encoding: .utf8)
        let output = try OutputFolder(root + "/_site", content: TestPaths.validHub, templates: TestPaths.theme)
        let writer = try SiteWriter(output: output, current: try output.currentSite(), paths: ["index.html", "assets/style.css", "assets/new.js"],
                                    removing: .keepForNextBuild)
        let building = try #require(try FileManager.default.contentsOfDirectory(atPath: root).first { $0.hasPrefix("._site.tmp-") })
        try FileManager.default.removeItem(atPath: root + "/" + building + "/assets")
        try FileManager.default.createSymbolicLink(atPath: root + "/" + building + "/assets", withDestinationPath: victim)
        let before = TreeSnapshot(root + "/_site")
        writer.write(OutputFile(path: "index.html", contents: "ny"))
        writer.write(OutputFile(path: "assets/style.css", contents: "ny"))
        writer.write(OutputFile(path: "assets/new.js", contents: "ny"))
        #expect(throws: SiteWriter.Failure.self) { try writer.commit() }
        #expect(try FileManager.default.contentsOfDirectory(atPath: victim) == ["style.css"])
        #expect(try String(contentsOfFile: victim + "/style.css", encoding: .utf8) == "hers")
        #expect(TreeSnapshot(root + "/_site") == before)
    }

    /// A folder being written that is moved away and replaced by a link after the build first wrote
    /// into it: what followed went into the moved folder, so the site is not swapped in.
    @Test func aFolderMovedAwayDuringTheBuildKeepsTheSiteFromBeingSwappedIn() throws {
        let root = TestPaths.temporaryFolder("moved-folder")
        try Self.makeSite(root + "/_site", files: ["index.html": "gammel", "assets/a.css": "gammel"])
        let victim = TestPaths.temporaryFolder("moved-folder-victim")
        let output = try OutputFolder(root + "/_site", content: TestPaths.validHub, templates: TestPaths.theme)
        let writer = try SiteWriter(output: output, current: try output.currentSite(), paths: ["index.html", "assets/a.css", "assets/b.css"])
        writer.write(OutputFile(path: "assets/a.css", contents: "ny"))
        let building = try #require(try FileManager.default.contentsOfDirectory(atPath: root).first { $0.hasPrefix("._site.tmp-") })
        #expect(rename(root + "/" + building + "/assets", root + "/moved") == 0)
        try FileManager.default.createSymbolicLink(atPath: root + "/" + building + "/assets", withDestinationPath: victim)
        let before = TreeSnapshot(root + "/_site")
        writer.write(OutputFile(path: "index.html", contents: "ny"))
        writer.write(OutputFile(path: "assets/b.css", contents: "ny"))
        #expect(throws: SiteWriter.Failure.self) { try writer.commit() }
        #expect(TreeSnapshot(root + "/_site") == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: victim).isEmpty)
    }

    /// Two names Swift takes for one (é composed and decomposed) cannot both be the site's own.
    @Test func aLookAlikeNameIsSomeoneElses() throws {
        let root = TestPaths.temporaryFolder("lookalike")
        let decomposed = "cafe\u{301}.svg", composed = "caf\u{E9}.svg"
        try Self.makeSite(root + "/site", files: ["media/" + decomposed: "<svg/>"])
        try "<svg/>".write(toFile: root + "/site/media/" + composed, atomically: false, encoding: .utf8)
        #expect(try FileManager.default.contentsOfDirectory(atPath: root + "/site/media").count == 2)
        guard case .foreign = SiteCheck.check(root + "/site") else { Issue.record("the look-alike passed"); return }
    }

    /// A kept file that holds bytes where the new site's first pages need a folder, and a kept folder
    /// where they need a file, are out of the way before the pages are written.
    @Test func aKeptFileOrFolderIsNotInTheWayOfTheFirstPages() throws {
        let root = TestPaths.temporaryFolder("kept-way")
        try Self.makeSite(root + "/_site", files: ["index.html": "gammel"])
        try Self.makeSite(root + "/._site.previous", files: ["a": "fil", "b/index.html": "mappe"])
        let output = try OutputFolder(root + "/_site", content: TestPaths.validHub, templates: TestPaths.theme)
        let writer = try SiteWriter(output: output, current: try output.currentSite(), paths: ["a/index.html", "b"],
                                    removing: .keepForNextBuild)
        writer.write(OutputFile(path: "a/index.html", contents: "ny a"))
        writer.write(OutputFile(path: "b", contents: "ny b"))
        try writer.commit()
        #expect(try String(contentsOfFile: root + "/_site/a/index.html", encoding: .utf8) == "ny a")
        #expect(try String(contentsOfFile: root + "/_site/b", encoding: .utf8) == "ny b")
    }

    /// A kept file or folder whose name Swift takes for one of the new site's (é composed where the
    /// new site has it decomposed, as a file saved again on a Mac is) is not the site's: it is gone
    /// when the site is swapped in, so the output holds only what its manifest lists and the next
    /// build takes it for the build's own.
    @Test func aKeptLookAlikeOfANewNameIsRemoved() throws {
        let root = TestPaths.temporaryFolder("kept-lookalike")
        let composed = "caf\u{E9}", decomposed = "cafe\u{301}"
        try Self.makeSite(root + "/_site", files: ["index.html": "gammel"])
        try Self.makeSite(root + "/._site.previous", files: ["media/\(composed).svg": "<svg/>", "\(composed)/index.html": "gammel"])
        let output = try OutputFolder(root + "/_site", content: TestPaths.validHub, templates: TestPaths.theme)
        let writer = try SiteWriter(output: output, current: try output.currentSite(), paths: ["\(decomposed)/index.html"],
                                    removing: .keepForNextBuild)
        try writer.add(["media/\(decomposed).svg"])
        writer.write(OutputFile(path: "\(decomposed)/index.html", contents: "ny"))
        writer.write(OutputFile(path: "media/\(decomposed).svg", contents: "<svg/>"))
        try writer.commit()
        let names = { (folder: String) in try FileManager.default.contentsOfDirectory(atPath: root + "/_site" + folder).map { Array($0.utf8) } }
        #expect(try names("/media") == [Array("\(decomposed).svg".utf8)])
        #expect(try names("").filter { $0.first != UInt8(ascii: ".") }.sorted { $0.lexicographicallyPrecedes($1) } == [Array(decomposed.utf8), Array("media".utf8)])
        guard case .site = SiteCheck.check(root + "/_site") else { Issue.record("the output is not the build's own"); return }
    }
}
