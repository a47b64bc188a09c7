import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyOutput

/// `advocacy build` replaces or deletes only folders it made, and leaves no content of a replaced
/// site readable beside the output.
@Suite struct OutputFolderTests {
    static let now = "2026-12-10T09:00"

    /// A folder with a copy of the valid hub and the default theme, to run the executable in.
    struct Workspace {
        let root = TestPaths.temporaryFolder("output-safety")
        init() {
            try! FileManager.default.copyItem(atPath: TestPaths.validHub, toPath: root + "/content")
            try! FileManager.default.copyItem(atPath: TestPaths.theme, toPath: root + "/site-templates")
        }

        func build(_ arguments: [String] = [], output: String = "_site", in directory: String? = nil) throws -> CommandRun {
            try CommandRun(["build", "--now", OutputFolderTests.now, "--quiet", "--content", root + "/content",
                            "--templates", root + "/site-templates", "--output", output] + arguments, in: directory ?? root)
        }

        /// Every file and folder under the workspace but the content and templates, with its bytes.
        func outputs() throws -> [String: Data] {
            try InvalidFixtureTests.snapshot(root).filter { !$0.key.hasPrefix("content") && !$0.key.hasPrefix("site-templates") }
        }
    }

    @Test func aFolderItDidNotMakeIsRefusedAndLeftAsItWas() throws {
        let space = Workspace()
        try FileManager.default.createDirectory(atPath: space.root + "/notes", withIntermediateDirectories: true)
        try "mine".write(toFile: space.root + "/notes/notes.txt", atomically: false, encoding: .utf8)
        let before = try space.outputs()
        let run = try space.build(output: "notes")
        #expect(run.status == 2)
        #expect(run.standardError == "advocacy: error: 'notes' is not a site built by advocacy (it holds notes.txt); choose an empty or new folder\n")
        #expect(try space.outputs() == before, "nothing is moved, written or deleted")

        for name in ["a", "b", "c"] { try name.write(toFile: space.root + "/notes/\(name).md", atomically: false, encoding: .utf8) }
        #expect(try space.build(output: "notes").standardError
            == "advocacy: error: 'notes' is not a site built by advocacy (it holds a.md, b.md and 2 more); choose an empty or new folder\n")
    }

    /// The output folder is checked while the content loads, but an output the build may not
    /// replace is still all it says, whatever else is wrong: a mistake in the content or in `--now`
    /// waits until the folder is one the build may write.
    @Test func aRefusedOutputIsSaidBeforeAnyOtherMistake() throws {
        let space = Workspace()
        try FileManager.default.createDirectory(atPath: space.root + "/notes", withIntermediateDirectories: true)
        try "mine".write(toFile: space.root + "/notes/notes.txt", atomically: false, encoding: .utf8)
        let item = try #require(try FileManager.default.contentsOfDirectory(atPath: space.root + "/content/share").sorted().first)
        try "---\ntitle: [\n---\nTekst\n".write(toFile: space.root + "/content/share/" + item, atomically: false, encoding: .utf8)
        let before = try space.outputs()
        let refusal = "advocacy: error: 'notes' is not a site built by advocacy (it holds notes.txt); choose an empty or new folder\n"
        for arguments in [[], ["--now", "i morgen"]] {
            let run = try space.build(["--lang", "en"] + arguments, output: "notes")
            #expect(run.status == 2)
            #expect(run.standardError == refusal, "\(arguments)")
            #expect(try space.outputs() == before, "nothing is moved, written or deleted")
        }
    }

    /// A site built before builds marked their sites is refused too, with a word on what to do.
    @Test func aSiteOfAnEarlierVersionIsRefusedWithAHint() throws {
        let space = Workspace()
        #expect(try space.build().status == 0)
        #expect(unlink(space.root + "/_site/" + OutputFolder.markerName) == 0)
        let before = try space.outputs()
        let run = try space.build()
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("advocacy: error: '_site' is not a site built by advocacy (it holds 404.html, assets and "))
        #expect(run.standardError.hasSuffix("; choose an empty or new folder (if an earlier version of advocacy built it, delete it once: builds mark their sites now)\n"))
        #expect(try space.outputs() == before)
    }

    @Test func anEmptyFolderIsFilledAndRebuiltThereafter() throws {
        let space = Workspace()
        try FileManager.default.createDirectory(atPath: space.root + "/empty", withIntermediateDirectories: true)
        #expect(try space.build(output: "empty").status == 0)
        #expect(FileManager.default.fileExists(atPath: space.root + "/empty/index.html"))
        let manifest = try SiteManifest(parsing: String(contentsOfFile: space.root + "/empty/" + OutputFolder.markerName, encoding: .utf8))
        #expect(manifest.state == .complete && manifest.files["index.html"] != nil)
        #expect(try space.build(output: "empty").status == 0)
    }

    @Test("an output that is, holds or lies inside the content or templates folder is refused", arguments: [
        ("content", "the output folder 'content' is the content folder"),
        ("content/share", "the output folder 'content/share' is inside the content folder '{root}/content'"),
        ("content/new/site", "the output folder 'content/new/site' is inside the content folder '{root}/content'"),
        ("site-templates", "the output folder 'site-templates' is the templates folder"),
        ("site-templates/layouts/", "the output folder 'site-templates/layouts/' is inside the templates folder '{root}/site-templates'"),
        (".", "the output folder '.' holds the content folder '{root}/content'"),
        ("./x/..", "the output folder './x/..' holds the content folder '{root}/content'"),
    ])
    func overlapsAreRefused(_ output: String, _ reason: String) throws {
        let space = Workspace()
        let before = try InvalidFixtureTests.snapshot(space.root)
        let run = try space.build(output: output)
        #expect(run.status == 2)
        let message = reason.replacingOccurrences(of: "{root}", with: space.root)
        #expect(run.standardError == "advocacy: error: \(message); a build replaces its output as a whole: choose a folder outside it, such as _site\n")
        #expect(try InvalidFixtureTests.snapshot(space.root) == before)
    }

    @Test func aSymbolicLinkOutputIsRefusedAndItsTargetUntouched() throws {
        let space = Workspace()
        let target = TestPaths.temporaryFolder("webroot")
        try "served".write(toFile: target + "/index.html", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: space.root + "/_site", withDestinationPath: target)
        let run = try space.build()
        #expect(run.status == 2)
        #expect(run.standardError == "advocacy: error: '_site' is a symbolic link; a build replaces its output folder as a whole and never writes through a link: give a real folder with --output (the web server may reach it through a link)\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target) == ["index.html"])
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: space.root + "/_site") == target)
        #expect(try FileManager.default.contentsOfDirectory(atPath: space.root).sorted() == ["_site", "content", "site-templates"])
    }

    @Test func aKeptFolderThatIsALinkIsNeitherFollowedNorRemoved() throws {
        let space = Workspace()
        let elsewhere = TestPaths.temporaryFolder("elsewhere")
        try "".write(toFile: elsewhere + "/" + OutputFolder.markerName, atomically: false, encoding: .utf8)
        try "precious".write(toFile: elsewhere + "/index.html", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: space.root + "/._site.previous", withDestinationPath: elsewhere)
        for _ in 0..<3 { #expect(try space.build().status == 0) }
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere).sorted() == [OutputFolder.markerName, "index.html"])
        #expect(try String(contentsOfFile: elsewhere + "/index.html", encoding: .utf8) == "precious")
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: space.root + "/._site.previous") == elsewhere)
    }

    @Test("any relative output works", arguments: ["o", "./o/", "sub/../o", "previews/dec14", "../up"])
    func relativeOutputs(_ output: String) throws {
        let space = Workspace()
        let directory = space.root + "/work"
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let run = try space.build(output: output, in: directory)
        #expect(run.status == 0, "\(run.standardError)")
        let site = URL(fileURLWithPath: directory + "/" + output).standardizedFileURL.path
        #expect(FileManager.default.fileExists(atPath: site + "/index.html"))
        #expect(try space.build(output: output, in: directory).status == 0)
    }

    /// An output whose name begins with an accent on its own, or ends with a sign that joins what
    /// follows, is a name of its own, as the kernel takes it: the site is written beside it, swapped
    /// in, and the replaced one kept beside it.
    @Test("an output whose name joins the / beside it works", arguments: ["\u{301}o", "sub/\u{301}o", "o\u{600}", "sub/\u{200D}o"])
    func outputsWhoseNameJoinsTheSlash(_ output: String) throws {
        let space = Workspace()
        let directory = space.root + "/work"
        try FileManager.default.createDirectory(atPath: directory + "/sub", withIntermediateDirectories: true)
        for _ in 0..<2 {
            let run = try space.build(output: output, in: directory)
            #expect(run.status == 0, "\(run.standardError)")
        }
        // Cut at bytes: in "sub/\u{301}o" the `/` is no character of its own.
        let inSub = output.utf8.contains(UInt8(ascii: "/"))
        let parent = inSub ? directory + "/sub" : directory
        let name = inSub ? String(decoding: output.utf8.dropFirst("sub/".utf8.count), as: UTF8.self) : output
        #expect(FileManager.default.fileExists(atPath: parent + "/" + name + "/index.html"))
        #expect(FileManager.default.fileExists(atPath: parent + "/." + name + ".previous/.advocacy-site"))
    }

    @Test func aPulledItemLeavesNoByteBesideTheOutput() throws {
        let space = Workspace()
        for _ in 0..<2 { #expect(try space.build(["--drafts"]).status == 0) }
        let secret = Data("PAPEGOEJE".utf8)
        #expect(try space.outputs().values.contains { $0.range(of: secret) != nil }, "the draft is published with --drafts")

        #expect(try space.build().status == 0)
        let after = try space.outputs()
        #expect(!after.values.contains { $0.range(of: secret) != nil })
        #expect(!after.keys.contains { $0.contains("kladde") })
        let kept = after.filter { $0.key.hasPrefix("._site.previous/") }
        #expect(!kept.isEmpty)
        Self.expectKeptHoldsOnlyTheSitesBytes(after)
        #expect(kept.contains { !$0.key.hasSuffix("/") && $0.value.isEmpty }, "the pages that listed the draft are emptied")
        let names = Set(after.keys.filter { $0.hasPrefix("_site/") }.map { $0.dropFirst("_site/".count) })
        #expect(kept.keys.allSatisfy { names.contains($0.dropFirst("._site.previous/".count)) || $0 == "._site.previous/" + IdentityRecord.fileName })
        var info = stat()
        #expect(lstat(space.root + "/._site.previous", &info) == 0 && info.st_mode & 0o777 == 0o700)
    }

    /// Every file of the kept folder (but its manifest and its record of identities) is empty or
    /// holds the bytes the site's file of the same path holds, and the record names only the site's
    /// files: nothing beside the output is a byte the site does not show.
    static func expectKeptHoldsOnlyTheSitesBytes(_ outputs: [String: Data], sourceLocation: SourceLocation = #_sourceLocation) {
        for (path, bytes) in outputs where path.hasPrefix("._site.previous/") && !path.hasSuffix("/") && !bytes.isEmpty {
            let name = path.dropFirst("._site.previous/".count)
            guard name != OutputFolder.markerName else { continue }
            if name == IdentityRecord.fileName {
                #expect(recordNamesOnlyTheSitesFiles(bytes) { outputs["_site/" + $0] != nil }, "the record names only the site's files", sourceLocation: sourceLocation)
                continue
            }
            #expect(outputs["_site/" + name] == bytes, "\(path) holds bytes the site does not have there", sourceLocation: sourceLocation)
        }
    }

    /// Whether `bytes` are a record of identities whose every path is one the site has (`isSitePath`).
    static func recordNamesOnlyTheSitesFiles(_ bytes: Data, isSitePath: (String) -> Bool) -> Bool {
        guard let record = IdentityRecord(parsing: [UInt8](bytes)) else { return false }
        return (Array(record.output.files.keys) + Array(record.kept.files.keys)).allSatisfy(isSitePath)
    }

    /// A rebuild of an unchanged hub writes no file again: the kept folder holds the bytes the site
    /// still has, and the next build leaves them as they are. A changed page is written, its old
    /// bytes are gone from beside the output, and the site is byte for byte the one a fresh build makes.
    @Test func aRebuildWritesOnlyTheFilesWhoseBytesChanged() throws {
        let space = Workspace()
        for _ in 0..<2 { #expect(try space.build().status == 0) }
        let site = space.root + "/_site"
        func written(since start: timespec) throws -> [String] {
            try InvalidFixtureTests.snapshot(site).keys.filter { path in
                var info = stat()
                guard !path.hasSuffix("/"), lstat(site + "/" + path, &info) == 0 else { return false }
                return (info.st_mtim.tv_sec, info.st_mtim.tv_nsec) >= (start.tv_sec, start.tv_nsec)
            }.sorted()
        }
        func now() -> timespec {
            // The file system's clock: a file made now has this modification time or a later one.
            let probe = space.root + "/probe"
            _ = FileManager.default.createFile(atPath: probe, contents: Data())
            var info = stat()
            lstat(probe, &info)
            unlink(probe)
            return info.st_mtim
        }
        var start = now()
        #expect(try space.build().status == 0)
        #expect(try written(since: start) == [OutputFolder.markerName])
        Self.expectKeptHoldsOnlyTheSitesBytes(try space.outputs())

        let item = space.root + "/content/share/aarhus-kontor.md"
        let text = try String(contentsOfFile: item, encoding: .utf8)
        try text.replacingOccurrences(of: "Kom og besøg os i Aarhus", with: "Kig forbi i Aarhus").write(toFile: item, atomically: false, encoding: .utf8)
        start = now()
        #expect(try space.build().status == 0)
        let changed = try written(since: start)
        #expect(changed.contains("share/aarhus-kontor/index.html"))
        #expect(!changed.contains("stories/index.html"), "a page that did not change is not written")
        let outputs = try space.outputs()
        Self.expectKeptHoldsOnlyTheSitesBytes(outputs)
        #expect(!outputs.values.contains { $0.range(of: Data("Kom og besøg os i Aarhus".utf8)) != nil }, "the old text is gone")
        let fresh = space.root + "/fresh"
        #expect(try space.build(output: "fresh").status == 0)
        #expect(try InvalidFixtureTests.snapshot(fresh) == InvalidFixtureTests.snapshot(site))
    }

    /// A build killed between its two renames leaves the old site aside; the next build puts it back
    /// before anything else, even when the content then has errors.
    @Test func aSiteLeftAsideIsPutBackBeforeTheContentIsChecked() throws {
        let space = Workspace()
        #expect(try space.build().status == 0)
        let site = try InvalidFixtureTests.snapshot(space.root + "/_site")
        #expect(mkdir(space.root + "/._site.old-2147483646-1", 0o700) == 0)
        #expect(rename(space.root + "/_site", space.root + "/._site.old-2147483646-1/site") == 0)
        try "---\ntitle: [\n---\n".write(toFile: space.root + "/content/share/broken.md", atomically: false, encoding: .utf8)
        let run = try space.build()
        #expect(run.status == 1)
        #expect(try InvalidFixtureTests.snapshot(space.root + "/_site") == site)
        #expect(try !space.outputs().keys.contains { $0.hasPrefix(".") }, "nothing is left beside the output")
    }

    /// A folder the build cannot list is not taken for an empty one. As root every folder can be
    /// listed, so the build runs as nobody there.
    @Test func aFolderItCannotReadIsRefused() throws {
        let space = Workspace()
        let notes = space.root + "/notes"
        try FileManager.default.createDirectory(atPath: notes + "/sub", withIntermediateDirectories: true)
        try "mine".write(toFile: notes + "/diary.txt", atomically: false, encoding: .utf8)
        var arguments = ["build", "--lang", "en", "--now", Self.now, "--content", space.root + "/content",
                         "--templates", space.root + "/site-templates", "--output", notes]
        var executable = TestPaths.executable
        if getuid() == 0 {
            for path in ([space.root] + (FileManager.default.enumerator(atPath: space.root)?.allObjects as? [String] ?? [])
                .map { space.root + "/" + $0 }) {
                chown(path, 65534, 65534)
            }
            chmod(space.root, 0o755)
            arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", TestPaths.executable] + arguments
            executable = "/usr/bin/setpriv"
        }
        chmod(notes, 0o000)
        defer { chmod(notes, 0o755) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 2)
        #expect(message == "advocacy: error: cannot look into '\(notes)' to see whether it is a site built by advocacy (permission denied); choose an empty or new folder\n")
        chmod(notes, 0o755)
        #expect(try String(contentsOfFile: notes + "/diary.txt", encoding: .utf8) == "mine")
        #expect(FileManager.default.fileExists(atPath: notes + "/sub"))
    }

    @Test func foldersOfOthersBesideTheOutputAreLeftAlone() throws {
        let space = Workspace()
        let foreign = space.root + "/._site.tmp-2147483646-1"
        try FileManager.default.createDirectory(atPath: foreign, withIntermediateDirectories: true)
        try "not ours".write(toFile: foreign + "/index.html", atomically: false, encoding: .utf8)
        #expect(try space.build().status == 0)
        #expect(try space.build().status == 0)
        #expect(try String(contentsOfFile: foreign + "/index.html", encoding: .utf8) == "not ours")
    }

    /// In a private mount namespace, a tiny tmpfs stands for a full disk.
    @Test func aFullDiskIsNamedAndTheOldSiteStays() throws {
        let space = Workspace()
        let script = """
            set -e
            mount -t tmpfs -o size=48k tmpfs "$1"
            mkdir "$1/site"
            printf '%s' "$4" > "$1/site/\(OutputFolder.markerName)"
            echo yesterday > "$1/site/index.html"
            set +e
            "$2" build --lang en --quiet --now \(Self.now) --content "$3/content" --templates "$3/site-templates" --output "$1/site"
            echo "rc=$?"
            ls -A "$1"
            cat "$1/site/index.html"
            """
        let disk = TestPaths.temporaryFolder("disk")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/unshare")
        process.arguments = ["-rm", "sh", "-c", script, "sh", disk, TestPaths.executable, space.root,
                             HandMadeSite.manifestText(["index.html": "yesterday\n"])]
        let out = Pipe(), err = Pipe()
        process.standardOutput = out
        process.standardError = err
        try process.run()
        let errors = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        let output = String(decoding: out.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(output == "rc=2\nsite\nyesterday\n", "\(errors)")
        #expect(errors.hasPrefix("advocacy: error: cannot write '\(disk)/site/"), "\(errors)")
        #expect(errors.hasSuffix("': no space left on device\n"), "\(errors)")
    }
}
