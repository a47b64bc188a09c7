import Foundation
import Testing
import AdvocacyCore
import AdvocacyTestSupport
@testable import AdvocacyLoad

/// The `advocacy` executable as CI and the comms team run it.
@Suite struct CommandLineTests {
    let common = ["--content", TestPaths.validHub, "--templates", TestPaths.theme, "--now", "2026-12-10T09:00"]

    @Test func buildPrintsOneSummaryLineAndExitsZero() throws {
        let output = TestPaths.temporaryFolder("cli") + "/_site"
        let run = try CommandRun(["build"] + common + ["--output", output])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("built 18 pages ("))
        #expect(run.standardOutput.hasSuffix(
            " files): 1 active, 1 embargoed, 1 expired, 1 draft left out; next change 2026-12-22 00:00 Europe/Copenhagen\n"))
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    @Test func versionNamesTheReleaseAndTheCommit() throws {
        let run = try CommandRun(["--version"])
        #expect(run.status == 0)
        #expect(run.standardOutput.hasPrefix("advocacy \(AdvocacyVersion.current) ("))
        let commit = run.standardOutput.dropFirst("advocacy \(AdvocacyVersion.current) (".count).dropLast(2)
        #expect(commit == "unknown commit" || (commit.count == 12 && commit.allSatisfy(\.isHexDigit)), "\(run.standardOutput)")
    }

    /// The nightly job passes the time to its next run; a change between the two gets a note after the summary.
    @Test func nextRunAddsANoteOnlyWhenTheQueueChangesLateBeforeIt() throws {
        let output = TestPaths.temporaryFolder("cli") + "/_site"
        func lines(_ nextRun: String) throws -> [Substring] {
            let run = try CommandRun(["build"] + common + ["--output", output, "--next-run", nextRun])
            #expect(run.status == 0, "\(run.standardError)")
            return run.standardOutput.split(separator: "\n")
        }
        // The valid hub's next change is 2026-12-22 00:00, the start of a day.
        #expect(try lines("24h").count == 1)
        #expect(try lines("285h").count == 1, "a run at 06:00 on the 22nd brings the 22nd's change on its day")
        #expect(try lines("300h").count == 2, "a run at 21:00 on the 22nd brings it late")
        let late = try lines("400h")
        #expect(late.count == 2)
        #expect(late.last.map(String.init) == "note: the queue changes 2026-12-22 00:00 Europe/Copenhagen, before the next run at about 2026-12-27 01:00: "
            + "run the job then too, or the change comes late")
        let quiet = try CommandRun(["build"] + common + ["--output", output, "--next-run", "400h", "--quiet"])
        #expect(quiet.standardOutput.isEmpty)
        let wrong = try CommandRun(["build"] + common + ["--output", output, "--next-run", "tomorrow"])
        #expect(wrong.status == 2)
        #expect(wrong.standardError.contains("--next-run 'tomorrow' is not a duration; write"))
    }

    /// `digest/week.txt` tells the nightly job which week's digest the build made.
    @Test(arguments: [("2026-12-10T09:00", "2026-W50-4"), ("2026-12-13T23:30", "2026-W50-7"), ("2026-12-14T00:00", "2026-W51-1"),
                      ("2027-01-01T12:00", "2026-W53-5"), ("2027-01-04T00:30", "2027-W01-1")])
    func theDigestNamesItsISOWeekDate(now: String, expected: String) throws {
        let output = TestPaths.temporaryFolder("cli") + "/_site"
        let run = try CommandRun(["build", "--content", TestPaths.validHub, "--templates", TestPaths.theme, "--now", now, "--output", output])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(try String(contentsOfFile: output + "/digest/week.txt", encoding: .utf8) == expected + "\n")
    }

    @Test func withDraftsTheDraftIsBuiltAndCountedAsPublished() throws {
        let output = TestPaths.temporaryFolder("cli") + "/_site"
        let run = try CommandRun(["build"] + common + ["--output", output, "--drafts"])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasSuffix(" files): 2 active, 1 embargoed, 1 expired; next change 2026-12-22 00:00 Europe/Copenhagen\n"))
    }

    @Test func checkWritesNothingAndExitsZeroOnCleanContent() throws {
        let folder = TestPaths.temporaryFolder("cli")
        let run = try CommandRun(["check"] + common, in: folder)
        #expect(run.status == 0)
        #expect(run.standardError == "0 errors, 0 warnings\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty)
    }

    /// More than a pipe holds (64 KiB) on standard error, while standard output is read too.
    @Test func aLongReportIsReadWhole() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        for number in 0..<1500 {
            try "---\nsummary: Uden titel\n---\n".write(toFile: content + "/share/uden-titel-\(number).md", atomically: false, encoding: .utf8)
        }
        let run = try CommandRun(["check", "--content", content, "--templates", TestPaths.theme, "--now", "2026-12-10T09:00"])
        #expect(run.status == 1)
        #expect(run.standardError.utf8.count > 65_536)
        #expect(run.standardError.hasSuffix("\n3,000 errors, 0 warnings\n"), "a missing title and missing disciplines in each")
    }

    @Test func usageProblemsExitWithTwo() throws {
        #expect(try CommandRun(["build", "--no-such-flag"]).status == 2)
        #expect(try CommandRun(["build", "--content", "/no/such/folder"]).status == 2)
        #expect(try CommandRun(["check"] + common + ["--now", "next tuesday"]).status == 2)
        let blocked = TestPaths.temporaryFolder("cli") + "/file"
        #expect(FileManager.default.createFile(atPath: blocked, contents: Data("x".utf8)))
        #expect(try CommandRun(["build"] + common + ["--output", blocked]).status == 2, "the output is a file")
    }

    @Test func aUsageErrorIsShownInTheLanguageAskedFor() throws {
        let output = TestPaths.temporaryFolder("cli") + "/_site"
        let run = try CommandRun(["build", "--content", TestPaths.validHub, "--templates", TestPaths.theme, "--now", "notadate",
                                  "--output", output], language: "da")
        #expect(run.status == 2)
        #expect(run.standardError
            == "advocacy: fejl: --now 'notadate' er ikke en dato; skriv 2026-12-01, 2026-12-01T07:30 eller 2026-12-01T07:30:00+01:00\n")
    }

    /// A time the clocks skip is an error in `--now` as it is in content, for every command that takes `--now`.
    @Test(arguments: ["build", "check", "plan"])
    func aSkippedNowIsAUsageErrorThatSaysWhatToWrite(_ command: String) throws {
        let folder = TestPaths.temporaryFolder("cli")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let output = folder + "/_site"
        let arguments = [command, "--content", TestPaths.validHub, "--now", "2027-03-28T02:30"]
            + (command == "plan" ? [] : ["--templates", TestPaths.theme]) + (command == "build" ? ["--output", output] : [])
        let english = try CommandRun(arguments)
        #expect(english.status == 2)
        #expect(english.standardError == "advocacy: error: --now '2027-03-28T02:30' is a time that does not exist in Europe/Copenhagen: "
            + "on 2027-03-28 the clocks go from 02:00 straight to 03:00; write --now 2027-03-28T03:00 instead\n")
        let danish = try CommandRun(arguments, language: "da")
        #expect(danish.status == 2)
        #expect(danish.standardError == "advocacy: fejl: --now '2027-03-28T02:30' er et tidspunkt, der ikke findes i Europe/Copenhagen: "
            + "den 2027-03-28 stilles urene fra 02:00 direkte til 03:00; skriv --now 2027-03-28T03:00 i stedet\n")
        #expect(!FileManager.default.fileExists(atPath: output), "nothing is written")
        #expect(try CommandRun(arguments.map { $0 == "2027-03-28T02:30" ? "2027-03-28T03:00" : $0 }).status == 0)
    }

    /// Without `--lang` and before a hub.yml is read, the environment's language decides.
    @Test(arguments: [("da_DK.UTF-8", "advocacy: fejl: indholdsmappen 'missing-folder' findes ikke\n"),
                      ("C", "advocacy: error: content folder 'missing-folder' does not exist\n")])
    func withoutAHubTheEnvironmentDecidesTheLanguage(lang: String, line: String) throws {
        let run = try CommandRun(["check", "--content", "missing-folder"], in: TestPaths.temporaryFolder("cli"),
                                 environment: ["LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""], language: nil)
        #expect(run.status == 2)
        #expect(run.standardError == line)
    }

    /// ArgumentParser's own message is English; a line in the hub's language leads it.
    @Test(arguments: [(nil, "advocacy: kommandolinjen har en fejl (forklaret på engelsk herunder):"),
                      ("en", "advocacy: the command line has a mistake:")])
    func aCommandLineMistakeIsLedByALineInTheHubsLanguage(language: String?, lead: String) throws {
        let run = try CommandRun(["check", "--content", TestPaths.validHub, "--bogus"], language: language)
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix(lead + "\nError: Unknown option '--bogus'\n"), "\(run.standardError)")
    }

    /// A build killed while it writes (stopped, then killed, once its new folder holds files) leaves
    /// the old site intact; the next build cleans up and writes into the leftover folder, keeping
    /// the site it replaces beside the output.
    @Test func aBuildKilledMidWriteLeavesTheOldSiteIntact() throws {
        let parent = TestPaths.temporaryFolder("kill")
        let output = parent + "/_site"
        let content = TestPaths.copy(TestPaths.validHub)
        let arguments = ["build", "--content", content, "--templates", TestPaths.theme, "--now", "2026-12-10T09:00", "--output", output]
        #expect(try CommandRun(arguments).status == 0)
        let before = try InvalidFixtureTests.snapshot(output)
        var killed = false
        for round in 1...4 where !killed {
            for number in 0..<(400 * round) {
                try """
                    ---
                    title: Opslag \(number)
                    link: https://www.example.dk/\(number)
                    disciplines: [social-selling]
                    publish: 2026-12-01
                    ---
                    Baggrund \(number).

                    ```share social-selling
                    Tekst \(number).
                    ```

                    """.write(toFile: content + "/share/opslag-\(round)-\(number).md", atomically: false, encoding: .utf8)
            }
            killed = try Self.killWhileWriting(arguments, parent: parent)
        }
        #expect(killed, "the build was stopped while it wrote")
        #expect(try InvalidFixtureTests.snapshot(output) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).contains { $0.hasPrefix("._site.tmp-") })
        let next = try CommandRun(arguments)
        #expect(next.status == 0)
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == ["._site.previous", "_site"])
        #expect(FileManager.default.fileExists(atPath: output + "/share/opslag-1-0/index.html"))
    }

    /// Runs a build, and stops and kills it as soon as its new folder holds a page; false when the
    /// build ended first.
    static func killWhileWriting(_ arguments: [String], parent: String) throws -> Bool {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.executable)
        process.arguments = arguments
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        while process.isRunning {
            let writing = (try? FileManager.default.contentsOfDirectory(atPath: parent))?.first { $0.hasPrefix("._site.tmp-") }
            if let writing, FileManager.default.fileExists(atPath: parent + "/" + writing + "/share/opslag-1-0/index.html") {
                kill(process.processIdentifier, SIGSTOP)
                break
            }
            usleep(200)
        }
        guard process.isRunning else { process.waitUntilExit(); return false }
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        return process.terminationReason == .uncaughtSignal
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

/// Messages speak the hub's language, whatever the environment says and wherever the command is run.
@Suite struct HubLanguageTests {
    /// A copy of the valid (Danish) hub whose hub.yml YAML cannot read.
    func brokenHub() throws -> String {
        let content = TestPaths.copy(TestPaths.validHub)
        let hub = content + "/hub.yml"
        try (try String(contentsOfFile: hub, encoding: .utf8)).replacingOccurrences(of: "title: Testhubben", with: "title: [Testhubben")
            .write(toFile: hub, atomically: false, encoding: .utf8)
        return content
    }

    @Test(arguments: ["C.UTF-8", "en_US.UTF-8", ""])
    func aHubYmlYAMLCannotReadIsReportedInTheLanguageItStates(lang: String) throws {
        let run = try CommandRun(["check", "--content", try brokenHub(), "--templates", TestPaths.theme],
                                 environment: ["LANG": lang, "LC_ALL": "", "LC_MESSAGES": ""], language: nil)
        #expect(run.status == 1)
        #expect(run.standardError.contains("hub.yml:1:8: fejl: "), "\(run.standardError)")
        #expect(run.standardError.hasSuffix("\n1 fejl, 0 advarsler\n"), "nothing else: checks that need hub.yml's settings stay quiet")
    }

    @Test func statedLanguageIsReadFromTheLineEvenWithCommentsAndQuotes() {
        for line in ["language: en", "language: \"en\"", "language:en # English", "language : 'en'"] {
            #expect(HubConfigLoader.statedLanguage(in: "title: [x\n\(line)\n") == .en, "\(line)")
        }
        #expect(HubConfigLoader.statedLanguage(in: "title: [x\n  language: en\n") == nil, "nested, not hub.yml's own")
        #expect(HubConfigLoader.statedLanguage(in: "title: [x\nlanguages: en\n") == nil)
    }

    @Test(arguments: [("da", "advocacy: fejl: indholdsmappen 'content' findes ikke; denne mappe indeholder hub.yml, så den er selve indholdsmappen: tilføj --content . eller kør kommandoen fra mappen over den\n"),
                      ("en", "advocacy: error: content folder 'content' does not exist; this folder holds hub.yml, so it is the content folder itself: add --content . or run the command from the folder above it\n")])
    func runInsideTheContentFolderTheMessageSaysSoInTheHubsLanguage(language: String, expected: String) throws {
        let content = TestPaths.copy(TestPaths.validHub)
        if language == "en" {
            let hub = content + "/hub.yml"
            try (try String(contentsOfFile: hub, encoding: .utf8)).replacingOccurrences(of: "language: da", with: "language: en")
                .write(toFile: hub, atomically: false, encoding: .utf8)
        }
        for command in [["check"], ["build"], ["plan"]] {
            let run = try CommandRun(command, in: content, environment: ["LANG": "C.UTF-8"], language: nil)
            #expect(run.status == 2)
            #expect(run.standardError == expected, "\(command)")
        }
    }
}

/// A media file named with another extension than it has, or linked from the wrong folder, gets the name to write.
@Suite struct MediaSuggestionTests {
    @Test func theMessagesNameTheFileMeant() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let item = content + "/share/aarhus-kontor.md"
        var text = try String(contentsOfFile: item, encoding: .utf8)
        text = text.replacingOccurrences(of: "image: media/aarhus.svg", with: "image: media/aarhus.png")
        text += "\n![Kontoret](../media/aarhus.jpg) og ![Logo](media/logo.svg)\n"
        try text.write(toFile: item, atomically: false, encoding: .utf8)
        let run = try CommandRun(["check", "--content", content, "--templates", TestPaths.theme, "--now", "2026-12-10T09:00"])
        #expect(run.status == 1)
        let errors = run.standardError.split(separator: "\n").filter { $0.contains(": error: ") }
        #expect(errors.contains { $0.hasSuffix("'media/aarhus.png' does not exist in the content folder; did you mean 'media/aarhus.svg'?") },
                "\(errors)")
        #expect(errors.contains { $0.hasSuffix("the link '../media/aarhus.jpg' points at 'media/aarhus.jpg', which does not exist; did you mean '../media/aarhus.svg'?") },
                "\(errors)")
        #expect(errors.contains { $0.hasSuffix("did you mean '../media/logo.svg'?") }, "\(errors)")

        let danish = try CommandRun(["check", "--content", content, "--templates", TestPaths.theme, "--now", "2026-12-10T09:00"], language: "da")
        let fejl = danish.standardError.split(separator: "\n").filter { $0.contains(": fejl: ") }
        #expect(fejl.contains { $0.hasSuffix("'media/aarhus.png' findes ikke i indholdsmappen; mente du 'media/aarhus.svg'?") }, "\(fejl)")
        #expect(fejl.contains { $0.hasSuffix("mente du '../media/aarhus.svg'?") } && fejl.contains { $0.hasSuffix("mente du '../media/logo.svg'?") },
                "\(fejl)")
    }
}

/// results/metrics.csv as Excel saves it.
@Suite struct ExcelCSVTests {
    func check(_ csv: [UInt8], language: String = "en") throws -> [String] {
        let content = TestPaths.copy(TestPaths.exampleHub)
        try Data(csv).write(to: URL(fileURLWithPath: content + "/results/metrics.csv"))
        let run = try CommandRun(["check", "--content", content, "--templates", TestPaths.theme, "--now", "2026-12-10T09:00"], language: language)
        return run.standardError.split(separator: "\n").map { line in
            String(line.split(separator: "/").last.map { "results/" + $0 }.flatMap { $0.hasPrefix("results/metrics.csv") ? $0 : nil } ?? line)
        }
    }

    /// The example's own figures, saved by a Danish Excel: a byte order mark, semicolons, CRLF.
    @Test func aSemicolonFileWithAByteOrderMarkIsRead() throws {
        let original = try String(contentsOfFile: TestPaths.exampleHub + "/results/metrics.csv", encoding: .utf8)
        #expect(!original.contains(";"), "the example's notes hold no semicolon, so swapping separators keeps every cell")
        let excel = original.replacingOccurrences(of: ",", with: ";").replacingOccurrences(of: "\n", with: "\r\n")
        #expect(try check([0xEF, 0xBB, 0xBF] + Array(excel.utf8)) == ["0 errors, 0 warnings"])
    }

    @Test func aDecimalCommaSaysToWriteAPoint() throws {
        let semicolons = "period;metric;value\r\n2026-Q3;participation-rate;12,5\r\n"
        #expect(try check(Array(semicolons.utf8)) == [
            "results/metrics.csv:2:28: error: '12,5' has a decimal comma; write a point before the decimals: 12.5", "1 error, 0 warnings"])
        let commas = "period,metric,value\n2026-Q3,participation-rate,12,5\n"
        #expect(try check(Array(commas.utf8), language: "da") == [
            "results/metrics.csv:2:28: fejl: '12,5' har decimalkomma, som deler tallet i to celler; skriv punktum før decimalerne: 12.5",
            "1 fejl, 0 advarsler"])
    }
}

/// The min-group warning is said while a period is being filled in, not on every check forever.
@Suite struct SmallGroupTests {
    @Test(arguments: [("2026-12-10T09:00", true), ("2026-12-13T23:59", true), ("2026-12-14T00:01", false), ("2027-06-01T09:00", false)])
    func aSmallGroupIsWarnedAboutForAFortnightAfterItsPeriod(now: String, warned: Bool) throws {
        // The fixture's 2026-W48 ends when Sunday 29 November 2026 ends.
        let run = try CommandRun(["check", "--content", "invalid/results-small-group", "--templates", TestPaths.theme, "--now", now],
                                 in: TestPaths.invalidFixture("results-small-group"))
        #expect(run.status == 0)
        #expect(run.standardError.contains("fewer than min-group (5)") == warned, "\(run.standardError)")
    }
}
