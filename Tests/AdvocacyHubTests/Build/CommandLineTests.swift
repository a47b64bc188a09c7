import Foundation
import Testing
@testable import AdvocacyHub

/// The `advocacy` executable as CI and the comms team run it.
@Suite struct CommandLineTests {
    let common = ["--content", TestPaths.validHub, "--templates", TestPaths.theme, "--now", "2026-12-10T09:00"]

    @Test func buildPrintsOneSummaryLineAndExitsZero() throws {
        let output = TestPaths.temporaryFolder("cli") + "/_site"
        let run = try CommandRun(["build"] + common + ["--output", output])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("built 17 pages ("))
        #expect(run.standardOutput.hasSuffix(" files): 1 active, 1 embargoed, 1 expired; next change 2026-12-22 00:00 Europe/Copenhagen\n"))
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    @Test func checkWritesNothingAndExitsZeroOnCleanContent() throws {
        let folder = TestPaths.temporaryFolder("cli")
        let run = try CommandRun(["check"] + common, in: folder)
        #expect(run.status == 0)
        #expect(run.standardError == "0 errors, 0 warnings\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    @Test func usageProblemsExitWithTwo() throws {
        #expect(try CommandRun(["build", "--no-such-flag"]).status == 2)
        #expect(try CommandRun(["build", "--content", "/no/such/folder"]).status == 2)
        #expect(try CommandRun(["check"] + common + ["--now", "next tuesday"]).status == 2)
        let blocked = TestPaths.temporaryFolder("cli") + "/file"
        #expect(FileManager.default.createFile(atPath: blocked, contents: Data("x".utf8)))
        #expect(try CommandRun(["build"] + common + ["--output", blocked]).status == 2, "the output is a file")
    }

    /// The writer kills its own process after a few files (a test hook); the old site stays intact and
    /// the next build writes into the leftover folder, keeping the site it replaces beside the output.
    @Test func aBuildKilledMidWriteLeavesTheOldSiteIntact() throws {
        let parent = TestPaths.temporaryFolder("kill")
        let output = parent + "/_site"
        try FileManager.default.createDirectory(atPath: output + "/old", withIntermediateDirectories: true)
        try "yesterday".write(toFile: output + "/old/index.html", atomically: true, encoding: .utf8)
        try "".write(toFile: output + "/" + OutputFolder.markerName, atomically: true, encoding: .utf8)
        let killed = try CommandRun(["build"] + common + ["--output", output], environment: ["ADVOCACY_TEST_KILL_AFTER_FILES": "5"])
        #expect(killed.status == 9 || killed.status == 137, "killed by SIGKILL, got \(killed.status)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: output).sorted() == [OutputFolder.markerName, "old"])
        #expect(try String(contentsOfFile: output + "/old/index.html", encoding: .utf8) == "yesterday")
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).contains { $0.hasPrefix("._site.tmp-") })
        let next = try CommandRun(["build"] + common + ["--output", output])
        #expect(next.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == ["._site.previous", "_site"])
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
        #expect(!FileManager.default.fileExists(atPath: output + "/old"))
        #expect(!FileManager.default.fileExists(atPath: parent + "/._site.previous/old"), "the kept site holds only the new site's names")
    }

    /// A build writes into the site kept from the build before the last: files and folders the new
    /// site does not have go, files it has are rewritten, and files linked into the current site are
    /// replaced rather than changed, also when the replaced site is emptied to be kept.
    @Test func aRecycledSiteHoldsExactlyTheNewSite() throws {
        let parent = TestPaths.temporaryFolder("recycle")
        let output = parent + "/_site", fresh = parent + "/fresh"
        #expect(try CommandRun(["build"] + common + ["--output", fresh]).status == 0)
        #expect(try CommandRun(["build"] + common + ["--output", output]).status == 0)
        #expect(try CommandRun(["build"] + common + ["--output", output]).status == 0)
        let kept = parent + "/._site.previous"
        let manager = FileManager.default
        try manager.createDirectory(atPath: kept + "/gone/deeper", withIntermediateDirectories: true)
        try "stale".write(toFile: kept + "/gone/deeper/index.html", atomically: false, encoding: .utf8)
        try manager.removeItem(atPath: kept + "/share")
        try "a file where a folder belongs".write(toFile: kept + "/share", atomically: false, encoding: .utf8)
        try manager.removeItem(atPath: kept + "/index.html")
        try manager.createDirectory(atPath: kept + "/index.html", withIntermediateDirectories: true)
        try manager.removeItem(atPath: kept + "/404.html")
        #expect(link(output + "/feed.xml", kept + "/404.html") == 0)
        let witness = TestPaths.temporaryFolder("witness") + "/feed.xml"
        #expect(link(output + "/feed.xml", witness) == 0)
        let current = try Data(contentsOf: URL(fileURLWithPath: output + "/feed.xml"))
        #expect(try CommandRun(["build"] + common + ["--output", output]).status == 0)
        #expect(try InvalidFixtureTests.snapshot(output) == InvalidFixtureTests.snapshot(fresh))
        #expect(try Data(contentsOf: URL(fileURLWithPath: witness)) == current, "the replaced site's files are never changed in place")
    }
}
