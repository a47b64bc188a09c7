import Foundation
import Testing
import AdvocacyCore
import AdvocacyTestSupport

/// `advocacy init` writes a new hub that checks and builds clean at once, and never writes over a folder in use.
@Suite struct InitCommandTests {
    @Test(arguments: [("da", "Eksempel: Vi har fået en ambassadørhub", "Kommunikationsplanlægning"),
                      ("en", "Example: We have an advocacy hub", "Communication planning")])
    func aNewHubChecksAndBuildsCleanAndShowsItsShareItemAndReadinessModel(language: String, shareTitle: String, readinessPhase: String) throws {
        let hub = TestPaths.temporaryFolder("init") + "/new/hub"
        let run = try CommandRun(["init", hub, "--language", language, "--title", "Holmvang \"Hub\""])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == """
            wrote a new hub into '\(hub)'; replace the examples in content/ with your own. Next:
              cd \(hub)
              advocacy check    # checks the content and lists the examples and example addresses left to replace
              advocacy build    # writes the site into _site/
              advocacy serve    # shows it at http://127.0.0.1:8000 while you write

            """)
        let settings = try String(contentsOfFile: hub + "/content/hub.yml", encoding: .utf8)
        #expect(settings.hasPrefix("title: \"Holmvang \\\"Hub\\\"\"\nlanguage: \(language)\ntimezone: Europe/Copenhagen\n"))

        // What is left to replace, and nothing else: the example address and init's three examples.
        let check = try CommandRun(["check"], in: hub)
        #expect(check.status == 0)
        let leftovers = check.standardError.split(separator: "\n")
        #expect(leftovers.count == 5 && leftovers.last == "0 errors, 4 warnings", "\(check.standardError)")
        #expect(leftovers.filter { $0.contains(": warning: '\(language == "da" ? "Eksempel" : "Example"): ") && $0.contains("is the example `advocacy init` wrote; replace it with your own, or delete the file") }.count == 3)
        #expect(leftovers.contains { $0.hasPrefix("content/hub.yml:5:11: warning: site-url 'https://intranet.example.") })

        // Replaced as an author would: the site's address, and the examples made the hub's own.
        try replaceLeftovers(in: hub)
        let clean = try CommandRun(["check"], in: hub)
        #expect(clean.standardError == "0 errors, 0 warnings\n")
        let build = try CommandRun(["build"], in: hub)
        #expect(build.status == 0, "\(build.standardError)")
        #expect(build.standardError == "")
        #expect(build.standardOutput.contains(": 1 active, 0 embargoed, 0 expired; next change "))
        let home = try String(contentsOfFile: hub + "/_site/index.html", encoding: .utf8)
        #expect(home.contains(String(shareTitle.drop { $0 != ":" }.dropFirst(2))), "the example, retitled")
        #expect(home.contains("Holmvang &quot;Hub&quot;"))
        let readiness = try String(contentsOfFile: hub + "/_site/readiness/index.html", encoding: .utf8)
        #expect(readiness.contains(readinessPhase))
    }

    /// What an author does to a new hub's leftovers: writes the site's address and retitles the examples.
    func replaceLeftovers(in hub: String) throws {
        let files = FileManager.default.enumerator(atPath: hub + "/content")!.allObjects as! [String]
        for path in files.filter({ $0.hasSuffix(".md") || $0 == "hub.yml" }).map({ hub + "/content/" + $0 }) {
            let text = try String(contentsOfFile: path, encoding: .utf8)
            let replaced = text.replacing(try Regex("site-url: https://intranet\\.example\\.[a-z]+/"), with: "site-url: https://intranet.nordvik.dk/")
                .replacing(try Regex("title: \"(Eksempel|Example): "), with: "title: \"")
            if replaced != text { try replaced.write(toFile: path, atomically: false, encoding: .utf8) }
        }
    }

    /// An English hub holds no Danish word: its content and settings as init writes them, and what `new`
    /// writes in it. (The theme and the nightly scripts are the same in every hub and speak both languages.)
    @Test func anEnglishHubHoldsNoDanish() throws {
        let hub = TestPaths.temporaryFolder("init") + "/hub"
        #expect(try CommandRun(["init", hub, "--language", "en"]).status == 0)
        for kind in ["share", "story", "guideline"] {
            #expect(try CommandRun(["new", kind, "First draft", "--content", hub + "/content"]).status == 0)
        }
        let danish = ["æ", "ø", "å", "Æ", "Ø", "Å", " og ", "kolleger", "Skriv", "skriv", "Baggrund", "Fortæl", "Visninger", "eksempel",
                      "historien", "teksten", "Eksempel", "retningslinje", "Konsulent", " fx "]
        let files = (FileManager.default.enumerator(atPath: hub)!.allObjects as! [String]).filter { path in
            var folder: ObjCBool = false
            return FileManager.default.fileExists(atPath: hub + "/" + path, isDirectory: &folder) && !folder.boolValue
                && (path.hasPrefix("content/") || path == ".gitignore")
        }
        #expect(files.contains("content/share/first-draft.md") && files.contains("ci/advocacy.env") == false)
        for path in files + ["ci/advocacy.env"] {
            let text = try String(contentsOfFile: hub + "/" + path, encoding: .utf8)
            for word in danish { #expect(!text.contains(word), "\(path) holds '\(word)'") }
        }
    }

    /// A Danish hub gets the example hub's readiness model, an English one the English model.
    @Test(arguments: [("da", "content/readiness.yml"), ("en", "examples/readiness/en.yml")])
    func theThemeReadinessModelAndNightlyJobAreTheRepositorysOwn(language: String, readinessModel: String) throws {
        let hub = TestPaths.temporaryFolder("init") + "/hub"
        #expect(try CommandRun(["init", hub, "--language", language]).status == 0)
        let theme = FileManager.default.enumerator(atPath: TestPaths.theme)!.allObjects as! [String]
        let copied = FileManager.default.enumerator(atPath: hub + "/site-templates")!.allObjects as! [String]
        #expect(copied.sorted() == theme.sorted())
        for path in theme {
            #expect(FileManager.default.contentsEqual(atPath: TestPaths.theme + "/" + path, andPath: hub + "/site-templates/" + path),
                    "site-templates/\(path)")
        }
        #expect(FileManager.default.contentsEqual(atPath: TestPaths.repository + "/" + readinessModel,
                                                  andPath: hub + "/content/readiness.yml"))
        // The nightly job's files, hidden ones included, at their path in examples/nightly/; scripts executable.
        let recipes = TestPaths.repository + "/examples/nightly"
        let recipeFiles = (FileManager.default.enumerator(atPath: recipes)!.allObjects as! [String])
            .filter { var folder: ObjCBool = false
                      return FileManager.default.fileExists(atPath: recipes + "/" + $0, isDirectory: &folder) && !folder.boolValue }
        #expect(Set(recipeFiles).isSuperset(of: [".github/workflows/advocacy.yml", ".gitlab-ci.yml", "azure-pipelines.yml",
                                                 "ci/install-advocacy.sh", "ci/nightly.sh", "ci/post-digest.sh",
                                                 "ci/server/advocacy-hub.service", "ci/server/advocacy-hub.timer"]))
        for path in recipeFiles {
            #expect(FileManager.default.contentsEqual(atPath: recipes + "/" + path, andPath: hub + "/" + path), "\(path)")
            let mode = try FileManager.default.attributesOfItem(atPath: hub + "/" + path)[.posixPermissions] as? Int
            #expect(mode.map { $0 & 0o111 != 0 } == path.hasSuffix(".sh"), "\(path)")
        }
        let settings = try String(contentsOfFile: hub + "/ci/advocacy.env", encoding: .utf8)
        #expect(settings.contains("\nADVOCACY_VERSION=\(AdvocacyVersion.current)\n"))
        #expect(settings.contains("\nADVOCACY_DOWNLOAD_URL=\n") && settings.hasSuffix("\nADVOCACY_SHA256=\n"))
        #expect(settings.hasPrefix(language == "da" ? "# Hvilken udgave af advocacy" : "# Which release of advocacy"))
        #expect(try String(contentsOfFile: hub + "/.gitignore", encoding: .utf8)
            == "_site/\n._site.*\npublic/\n.public.*\n.advocacy-cache/\n.advocacy-state/\n")
    }

    /// The GitHub workflow runs only scripts the new hub holds, and its nightly script checks, builds and
    /// publishes the new hub as it is.
    @Test func theNewHubsNightlyJobRunsInTheNewHub() throws {
        let hub = TestPaths.temporaryFolder("init") + "/hub"
        #expect(try CommandRun(["init", hub]).status == 0)
        let workflow = try String(contentsOfFile: hub + "/.github/workflows/advocacy.yml", encoding: .utf8)
        let scripts = workflow.split(separator: "\n").compactMap { line -> String? in
            guard let run = line.range(of: "run: ") else { return nil }
            return line[run.upperBound...].split(separator: " ").first { $0.hasSuffix(".sh") }.map(String.init)
        }
        #expect(scripts == ["ci/nightly.sh", "ci/post-digest.sh"])
        for script in scripts { #expect(FileManager.default.fileExists(atPath: hub + "/" + script), "\(script)") }

        let web = TestPaths.temporaryFolder("init-web") + "/www"
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = ["ci/nightly.sh"]
        process.currentDirectoryURL = URL(fileURLWithPath: hub)
        process.environment = ProcessInfo.processInfo.environment.merging(["ADVOCACY": TestPaths.executable, "WEB_DIR": web]) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(FileManager.default.fileExists(atPath: web + "/index.html") && FileManager.default.fileExists(atPath: web + "/digest/week.txt"))
    }

    @Test func withoutAFolderTheHubGoesIntoTheCurrentOneEvenWithGitInIt() throws {
        let folder = TestPaths.temporaryFolder("init")
        try FileManager.default.createDirectory(atPath: folder + "/.git", withIntermediateDirectories: false)
        let run = try CommandRun(["init", "--timezone", "America/New_York"], in: folder)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput.hasPrefix("wrote a new hub into '.'; replace the examples in content/ with your own. Next:\n  advocacy check"))
        #expect(try String(contentsOfFile: folder + "/content/hub.yml", encoding: .utf8).contains("\ntimezone: America/New_York\n"))
    }

    @Test func aFolderInUseIsRefusedAndLeftAsItWas() throws {
        let folder = TestPaths.temporaryFolder("init")
        try "mine".write(toFile: folder + "/notes.txt", atomically: true, encoding: .utf8)
        let run = try CommandRun(["init", folder])
        #expect(run.status == 2)
        #expect(run.standardError
            == "advocacy: error: '\(folder)' is not empty (it holds 'notes.txt'); advocacy init writes a new hub into an empty or new folder\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder) == ["notes.txt"])
        try "".write(toFile: folder + "/README.md", atomically: true, encoding: .utf8)
        #expect(try CommandRun(["init", folder], language: "da").standardError
            == "advocacy: fejl: '\(folder)' er ikke tom (den indeholder 'README.md' og 1 andet); advocacy init skriver en ny hub i en tom eller ny mappe\n")
        try FileManager.default.removeItem(atPath: folder + "/README.md")
        #expect(try String(contentsOfFile: folder + "/notes.txt", encoding: .utf8) == "mine")

        let file = try CommandRun(["init", folder + "/notes.txt"])
        #expect(file.status == 2)
        #expect(file.standardError
            == "advocacy: error: '\(folder)/notes.txt' is a file; advocacy init writes a new hub into an empty or new folder\n")
    }

    @Test(arguments: [
        (["--language", "de"], "unknown language 'de'; write da or en"),
        (["--timezone", "Europe/Copenhagn"], "unknown time zone 'Europe/Copenhagn'; did you mean 'Europe/Copenhagen'?"),
        (["--timezone", "CET"], "unknown time zone 'CET'; write a name such as Europe/Copenhagen or America/New_York"),
        (["--title", " "], "the title must be one line of text, such as \"Ambassadørhub\""),
        (["--title", "Hub\tname", "--language", "en"], "the title must be one line of text, such as \"Advocacy hub\""),
    ])
    func aBadSettingIsAUsageErrorAndWritesNothing(flags: [String], message: String) throws {
        let hub = TestPaths.temporaryFolder("init") + "/hub"
        let run = try CommandRun(["init", hub] + flags)
        #expect(run.status == 2)
        #expect(run.standardError == "advocacy: error: \(message)\n")
        #expect(!FileManager.default.fileExists(atPath: hub))
    }
}
