import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyOutput

/// The cases of issue #20 in which a build lost files: each refused with its message in English and
/// Danish, and the folder left exactly as it was.
@Suite struct OutputManifestTests {
    typealias Workspace = OutputFolderTests.Workspace

    /// Runs a build in `space` and expects a refusal: exit 2, `message` in English and `danish` in
    /// Danish, and nothing under the workspace changed.
    func expectRefusal(_ space: Workspace, output: String, in directory: String? = nil, arguments: [String] = [],
                       _ message: String, _ danish: String) throws {
        let before = TreeSnapshot(space.root)
        for (language, expected) in [("en", message), ("da", danish)] {
            let run = try space.build(arguments + ["--lang", language], output: output, in: directory)
            #expect(run.status == 2)
            #expect(run.standardError == expected.replacingOccurrences(of: "{root}", with: space.root) + "\n")
        }
        #expect(TreeSnapshot(space.root) == before, "nothing is moved, written or deleted")
    }

    @Test func aBareMarkerIsNotAManifest() throws {
        let space = Workspace()
        try FileManager.default.createDirectory(atPath: space.root + "/home/docs", withIntermediateDirectories: true)
        try "thesis".write(toFile: space.root + "/home/docs/thesis.txt", atomically: false, encoding: .utf8)
        #expect(FileManager.default.createFile(atPath: space.root + "/home/" + OutputFolder.markerName, contents: Data()))
        try expectRefusal(space, output: "home",
            "advocacy: error: 'home/.advocacy-site' is not a manifest advocacy wrote (line 1: it does not start with 'advocacy-site 1'); a build replaces only a folder whose manifest lists every file in it: choose an empty or new folder; nothing was changed",
            "advocacy: fejl: 'home/.advocacy-site' er ikke et manifest, som advocacy har skrevet (linje 1: den begynder ikke med 'advocacy-site 1'); når sitet bygges, erstattes kun en mappe, hvis manifest nævner hver fil i den: vælg en tom eller ny mappe; intet blev ændret")
    }

    @Test("a manifest that does not list everything, or lists what it cannot, is refused", arguments: [
        ("", "x.txt", "advocacy: error: 'home' holds 'docs', which advocacy did not write (the folder's manifest, .advocacy-site, does not list it); move it out or choose another output folder; nothing was changed"),
        ("docs/thesis.txt", "other", "advocacy: error: 'home/docs/thesis.txt' was changed after advocacy wrote it; move it out or choose another output folder; nothing was changed"),
        ("../thesis.txt", "thesis", "advocacy: error: 'home/.advocacy-site' is not a manifest advocacy wrote (line 7: the path '../thesis.txt' leads outside the folder); a build replaces only a folder whose manifest lists every file in it: choose an empty or new folder; nothing was changed"),
        ("/etc/passwd", "thesis", "advocacy: error: 'home/.advocacy-site' is not a manifest advocacy wrote (line 7: the path '/etc/passwd' leads outside the folder); a build replaces only a folder whose manifest lists every file in it: choose an empty or new folder; nothing was changed"),
    ])
    func manifestsThatDoNotCoverTheFolder(_ listed: String, _ listedBytes: String, _ message: String) throws {
        let space = Workspace()
        try FileManager.default.createDirectory(atPath: space.root + "/home/docs", withIntermediateDirectories: true)
        try "thesis".write(toFile: space.root + "/home/docs/thesis.txt", atomically: false, encoding: .utf8)
        let manifest = listed.isEmpty ? HandMadeSite.manifestText([:]) : HandMadeSite.manifestText([listed: listedBytes])
        try manifest.write(toFile: space.root + "/home/" + OutputFolder.markerName, atomically: false, encoding: .utf8)
        let before = TreeSnapshot(space.root)
        let run = try space.build(["--lang", "en"], output: "home")
        #expect(run.status == 2)
        #expect(run.standardError == message + "\n")
        #expect(TreeSnapshot(space.root) == before)
    }

    @Test func whatWasAddedToOrChangedInABuiltSiteStopsTheBuild() throws {
        let space = Workspace()
        #expect(try space.build().status == 0)
        #expect(try space.build().status == 0, "the kept folder and the output are the build's own")
        try "mine".write(toFile: space.root + "/_site/share/notes.txt", atomically: false, encoding: .utf8)
        try expectRefusal(space, output: "_site",
            "advocacy: error: '_site' holds 'share/notes.txt', which advocacy did not write (the folder's manifest, .advocacy-site, does not list it); move it out or choose another output folder; nothing was changed",
            "advocacy: fejl: '_site' indeholder 'share/notes.txt', som advocacy ikke har skrevet (mappens manifest, .advocacy-site, nævner den ikke); flyt den ud, eller vælg en anden outputmappe; intet blev ændret")
        try FileManager.default.removeItem(atPath: space.root + "/_site/share/notes.txt")

        let handle = try #require(FileHandle(forWritingAtPath: space.root + "/_site/index.html"))
        handle.seekToEndOfFile()
        handle.write(Data("<!-- my note -->".utf8))
        handle.closeFile()
        try expectRefusal(space, output: "_site",
            "advocacy: error: '_site/index.html' was changed after advocacy wrote it; move it out or choose another output folder; nothing was changed",
            "advocacy: fejl: '_site/index.html' er blevet ændret, efter advocacy skrev den; flyt den ud, eller vælg en anden outputmappe; intet blev ændret")
    }

    /// Overwrites the first byte of a file with `byte`, keeping its size, and puts its modification
    /// time back, as an edit followed by `touch -r` would.
    static func editKeepingSizeAndTime(_ path: String, byte: UInt8) {
        var info = stat()
        #expect(lstat(path, &info) == 0)
        let fd = open(path, O_WRONLY)
        var byte = byte
        #expect(pwrite(fd, &byte, 1, 0) == 1)
        close(fd)
        #expect(utimensat(AT_FDCWD, path, [info.st_mtim, info.st_mtim], 0) == 0)
    }

    /// The kept folder records each file of the output and each of its own that kept its bytes with
    /// its identity as the build left it, so the next build need not read them, and the output stays
    /// as a fresh build writes it; an edit that keeps a file's size and puts its time back still
    /// makes another identity: in the output it stops the build, in the kept folder it leaves that
    /// folder alone, edit and all.
    @Test func anEditKeepingSizeAndTimeIsSeenThoughFilesAreKnownByIdentity() throws {
        let space = Workspace()
        #expect(try space.build().status == 0)
        #expect(try space.build().status == 0)
        #expect(try space.build(output: "fresh").status == 0)
        #expect(TreeSnapshot(space.root + "/_site") == TreeSnapshot(space.root + "/fresh"), "the output is the same as a fresh build's")
        let recordedOutput = try #require(IdentityRecord.read(.output, in: space.root + "/._site.previous"))
        let recordedKept = try #require(IdentityRecord.read(.kept, in: space.root + "/._site.previous"))
        for (folder, part) in [("_site", recordedOutput), ("._site.previous", recordedKept)] {
            let manifest = try SiteManifest(parsing: String(contentsOfFile: space.root + "/\(folder)/" + OutputFolder.markerName, encoding: .utf8))
            let full = manifest.files.filter { ($0.value?.size ?? 0) > 0 }
            #expect(full.count > 20 && Set(part.files.keys) == Set(full.keys), "\(folder): every file with bytes is known")
            for (path, known) in part.files {
                var info = stat()
                #expect(lstat(space.root + "/\(folder)/\(path)", &info) == 0)
                #expect(known.identity == FileIdentity(info) && known.entry == manifest.files[path], "\(folder)/\(path)")
            }
        }
        Self.editKeepingSizeAndTime(space.root + "/._site.previous/index.html", byte: UInt8(ascii: "X"))
        let kept = try Data(contentsOf: URL(fileURLWithPath: space.root + "/._site.previous/index.html"))
        let run = try CommandRun(["build", "--lang", "en", "--now", OutputFolderTests.now, "--content", space.root + "/content",
                                  "--templates", space.root + "/site-templates", "--output", "_site"], in: space.root)
        #expect(run.status == 0)
        #expect(run.standardError.contains("'\(space.root)/._site.previous' beside the output is left as it is: 'index.html' in it was changed after advocacy wrote it"),
                "\(run.standardError)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: space.root + "/._site.previous/index.html")) == kept, "the edited kept file is where it was")

        Self.editKeepingSizeAndTime(space.root + "/_site/index.html", byte: UInt8(ascii: "X"))
        try expectRefusal(space, output: "_site",
            "advocacy: error: '_site/index.html' was changed after advocacy wrote it; move it out or choose another output folder; nothing was changed",
            "advocacy: fejl: '_site/index.html' er blevet ændret, efter advocacy skrev den; flyt den ud, eller vælg en anden outputmappe; intet blev ændret")
    }

    @Test("a link, a folder or a device put into a built site stops the build", arguments: ["link", "folder", "fifo"])
    func otherKindsOfEntries(_ kind: String) throws {
        let space = Workspace()
        #expect(try space.build().status == 0)
        let path = space.root + "/_site/assets/extra"
        switch kind {
        case "link": try FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: space.root + "/content")
        case "folder": try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: false)
        default: #expect(mkfifo(path, 0o644) == 0)
        }
        let before = TreeSnapshot(space.root)
        let run = try space.build(["--lang", "en"])
        #expect(run.status == 2)
        #expect(run.standardError.hasPrefix("advocacy: error: '_site' holds 'assets/extra', which advocacy did not write"))
        #expect(TreeSnapshot(space.root) == before)
    }

    @Test func aSiteOfTheVersionBeforeManifestsIsNamed() throws {
        let space = Workspace()
        try HandMadeSite.make(space.root + "/_site", files: ["index.html": "old"])
        try SiteCheck.earlierMarker.write(toFile: space.root + "/_site/" + OutputFolder.markerName, atomically: false, encoding: .utf8)
        try expectRefusal(space, output: "_site",
            "advocacy: error: '_site' was built by an earlier version of advocacy, before sites had a manifest; delete it once and build again",
            "advocacy: fejl: '_site' blev bygget af en tidligere version af advocacy, før sites fik et manifest; slet den én gang, og byg igen")
    }

    /// `--content dlink/../c` reads `deep/a/c`, because the kernel takes `..` after the link.
    @Test func pathsAreComparedAsTheKernelResolvesThem() throws {
        let space = Workspace()
        let root = space.root
        try FileManager.default.createDirectory(atPath: root + "/deep/a/b", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: root + "/content", toPath: root + "/deep/a/c")
        try FileManager.default.createSymbolicLink(atPath: root + "/dlink", withDestinationPath: "deep/a/b")
        #expect(FileManager.default.createFile(atPath: root + "/deep/a/" + OutputFolder.markerName, contents: Data()))
        for content in ["deep/a/c", "dlink/../c", "dlink/../../a/c/", "./deep/a/b/../c"] {
            let before = TreeSnapshot(root)
            let run = try CommandRun(["build", "--lang", "en", "--now", OutputFolderTests.now, "--content", content,
                                      "--templates", "site-templates", "--output", "deep/a"], in: root)
            #expect(run.status == 2, "\(content)")
            #expect(run.standardError == "advocacy: error: the output folder 'deep/a' holds the content folder '\(root)/deep/a/c'; a build replaces its output as a whole: choose a folder outside it, such as _site\n")
            #expect(TreeSnapshot(root) == before)
        }

        let run = try CommandRun(["build", "--quiet", "--now", OutputFolderTests.now, "--content", "content",
                                  "--templates", "site-templates", "--output", "dlink/../target"], in: root)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(FileManager.default.fileExists(atPath: root + "/deep/a/target/index.html"), "where the kernel resolves it")
        #expect(!FileManager.default.fileExists(atPath: root + "/target"))
    }

    @Test("an output that is or holds the current folder is refused", arguments: [".", "./", "x/..", "..", "../."])
    func theCurrentFolder(_ output: String) throws {
        let space = Workspace()
        let here = space.root + "/empty"
        try FileManager.default.createDirectory(atPath: here, withIntermediateDirectories: true)
        let holds = output.hasPrefix("..")
        // The workspace holds the content too; from inside it that relation is named first.
        let run = try CommandRun(["build", "--lang", "en", "--now", OutputFolderTests.now, "--content", here + "/../content",
                                  "--templates", space.root + "/site-templates", "--output", output], in: here)
        #expect(run.status == 2)
        #expect(run.standardError == (holds
            ? "advocacy: error: the output folder '\(output)' holds the content folder '\(space.root)/content'; a build replaces its output as a whole: choose a folder outside it, such as _site\n"
            : "advocacy: error: the output folder '\(output)' is the folder you are in; a build replaces its output as a whole: choose a new folder in it, such as _site\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: here).isEmpty)
        #expect(try FileManager.default.contentsOfDirectory(atPath: space.root).sorted() == ["content", "empty", "site-templates"])

        let outside = TestPaths.temporaryFolder("holds-here")
        let inner = outside + "/work/here"
        try FileManager.default.createDirectory(atPath: inner, withIntermediateDirectories: true)
        let danish = try CommandRun(["build", "--lang", "da", "--now", OutputFolderTests.now, "--content", space.root + "/content",
                                     "--templates", space.root + "/site-templates", "--output", "../.."], in: inner)
        #expect(danish.status == 2)
        #expect(danish.standardError == "advocacy: fejl: outputmappen '../..' rummer den mappe, du står i; når sitet bygges, erstattes hele outputmappen: vælg en ny mappe i den, fx _site\n")
    }

    /// Folders of killed builds are cleaned up only when their manifest says they are the build's own.
    @Test func recoveryLeavesWhatIsNotItsOwnAndSaysSo() throws {
        let space = Workspace()
        #expect(try space.build().status == 0)
        let strays = ["._site.old-999999-1/site/notes.txt", "._site.tmp-999998-1/notes.txt", "._site.old-999997-1/mine.txt"]
        for stray in strays {
            let path = space.root + "/" + stray
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try "mine".write(toFile: path, atomically: false, encoding: .utf8)
        }
        let run = try space.build(["--lang", "en"])
        #expect(run.status == 0)
        let loud = try CommandRun(["build", "--lang", "en", "--now", OutputFolderTests.now, "--content", space.root + "/content",
                                   "--templates", space.root + "/site-templates", "--output", "_site"], in: space.root)
        #expect(loud.status == 0)
        for folder in ["._site.old-999997-1", "._site.old-999999-1", "._site.tmp-999998-1"] where kill(Int32(folder.split(separator: "-")[1])!, 0) != 0 {
            #expect(loud.standardError.contains("advocacy: warning: '\(space.root)/\(folder)' beside the output is left as it is: "), "\(folder)")
        }
        for stray in strays {
            #expect(try String(contentsOfFile: space.root + "/" + stray, encoding: .utf8) == "mine")
        }
        if kill(999_998, 0) != 0 {
            let danish = try CommandRun(["build", "--lang", "da", "--now", OutputFolderTests.now, "--content", space.root + "/content",
                                         "--templates", space.root + "/site-templates", "--output", "_site"], in: space.root)
            #expect(danish.standardError.contains("advocacy: advarsel: '\(space.root)/._site.tmp-999998-1' ved siden af outputmappen bliver ladt, som den er: den har intet manifest (.advocacy-site), der nævner, hvad den indeholder; se den igennem, og slet den, når den ikke rummer noget, du skal bruge\n"))
            #expect(loud.standardError.contains("advocacy: warning: '\(space.root)/._site.tmp-999998-1' beside the output is left as it is: it has no manifest (.advocacy-site) that lists what is in it; look through it and delete it when it holds nothing you need\n"))
        }
    }

    /// A build killed between making its folder and naming it in its manifest leaves the folder
    /// private (0700) and empty, or holding the manifest it was writing, whole or cut short: the next
    /// build removes it, and leaves a folder be when anything else is in it, the pending file is not
    /// a manifest, or the folder is not private (someone else's, by the same name).
    @Test func theFolderOfABuildKilledBeforeItsManifestIsRemoved() throws {
        let space = Workspace()
        #expect(try space.build().status == 0)
        let manifestStart = "# This folder is a site built by advocacy: this file lists every file the build wrote."
        let folders: [(name: String, files: [String: String], mode: Int, removed: Bool)] = [
            ("._site.tmp-999996-1", [:], 0o700, true),
            ("._site.tmp-999996-2", [".advocacy-site.new": ""], 0o700, true),
            ("._site.tmp-999996-3", [".advocacy-site.new": String(manifestStart.prefix(17))], 0o700, true),
            ("._site.tmp-999996-4", [".advocacy-site.new": manifestStart + "\nadvocacy-site 1\n"], 0o700, true),
            ("._site.tmp-999996-5", [".advocacy-site.new": "my notes"], 0o700, false),
            ("._site.tmp-999996-6", [".advocacy-site.new": "", "notes.txt": "mine"], 0o700, false),
            ("._site.tmp-999996-7", [:], 0o755, false),
            ("._site.tmp-999996-8", [".advocacy-site.new": ""], 0o755, false),
        ]
        guard kill(999_996, 0) != 0 else { return }
        for folder in folders {
            try FileManager.default.createDirectory(atPath: space.root + "/" + folder.name, withIntermediateDirectories: true,
                                                    attributes: [.posixPermissions: folder.mode])
            for (name, text) in folder.files { try text.write(toFile: space.root + "/" + folder.name + "/" + name, atomically: false, encoding: .utf8) }
        }
        #expect(try space.build(["--lang", "en"]).status == 0)
        for folder in folders {
            #expect(FileManager.default.fileExists(atPath: space.root + "/" + folder.name) == !folder.removed, "\(folder.name)")
            for (name, text) in folder.files where !folder.removed {
                #expect(try String(contentsOfFile: space.root + "/" + folder.name + "/" + name, encoding: .utf8) == text)
            }
        }
    }

    /// The name a build writes its manifest under first is not a way past the manifest: a file or a
    /// hard link there is someone else's, and a manifest is never written through another name.
    @Test func aFileAtThePendingManifestNameIsSomeoneElses() throws {
        let space = Workspace()
        #expect(try space.build().status == 0)
        #expect(try space.build().status == 0)
        try "my thesis\n".write(toFile: space.root + "/thesis.txt", atomically: false, encoding: .utf8)
        #expect(link(space.root + "/thesis.txt", space.root + "/_site/.advocacy-site.new") == 0)
        try expectRefusal(space, output: "_site",
            "advocacy: error: '_site' holds '.advocacy-site.new', which advocacy did not write (the folder's manifest, .advocacy-site, does not list it); move it out or choose another output folder; nothing was changed",
            "advocacy: fejl: '_site' indeholder '.advocacy-site.new', som advocacy ikke har skrevet (mappens manifest, .advocacy-site, nævner den ikke); flyt den ud, eller vælg en anden outputmappe; intet blev ændret")
        #expect(unlink(space.root + "/_site/.advocacy-site.new") == 0)

        #expect(link(space.root + "/thesis.txt", space.root + "/._site.previous/.advocacy-site.new") == 0)
        let run = try space.build(["--lang", "en"])
        #expect(run.status == 0)
        #expect(try String(contentsOfFile: space.root + "/thesis.txt", encoding: .utf8) == "my thesis\n")
        #expect(FileManager.default.fileExists(atPath: space.root + "/._site.previous/.advocacy-site.new"), "the kept folder is left as it is")
    }

    /// A manifest that lists names without their bytes is what a build leaves while it writes; as the
    /// manifest of an output it would let a build delete files nobody checked.
    @Test func anUnfinishedManifestDoesNotMakeAnOutput() throws {
        let space = Workspace()
        try FileManager.default.createDirectory(atPath: space.root + "/home/docs", withIntermediateDirectories: true)
        try "thesis".write(toFile: space.root + "/home/docs/thesis.txt", atomically: false, encoding: .utf8)
        try "advocacy-site 1\ntool 0.20.0\nstate partial\n- - docs/thesis.txt\n"
            .write(toFile: space.root + "/home/" + OutputFolder.markerName, atomically: false, encoding: .utf8)
        try expectRefusal(space, output: "home",
            "advocacy: error: 'home/.advocacy-site' is not a manifest advocacy wrote (line 3: it is the manifest of a build that did not finish, which names files without their bytes); a build replaces only a folder whose manifest lists every file in it: choose an empty or new folder; nothing was changed",
            "advocacy: fejl: 'home/.advocacy-site' er ikke et manifest, som advocacy har skrevet (linje 3: det er manifestet fra en opbygning af sitet, der ikke blev gjort færdig, og det nævner filer uden deres indhold); når sitet bygges, erstattes kun en mappe, hvis manifest nævner hver fil i den: vælg en tom eller ny mappe; intet blev ændret")
    }

    /// A media file that is a link to a document would publish the document's text, embargo or not.
    @Test func aMediaLinkToADocumentIsAnError() throws {
        let space = Workspace()
        try FileManager.default.createSymbolicLink(atPath: space.root + "/content/media/teaser.svg",
                                                   withDestinationPath: "../share/hemmelig-lancering.md")
        for (language, line) in [("en", "media/teaser.svg:1:1: error: 'media/teaser.svg' is a symbolic link to 'share/hemmelig-lancering.md', which is not in media/; a media file may lead only to a file in media/: copy the file itself into media/"),
                                 ("da", "media/teaser.svg:1:1: fejl: 'media/teaser.svg' er et symbolsk link til 'share/hemmelig-lancering.md', som ikke ligger i media/; en mediefil må kun føre til en fil i media/: læg selve filen i media/")] {
            let run = try space.build(["--lang", language])
            #expect(run.status == 1)
            #expect(run.standardError.contains(space.root + "/content/" + line + "\n"), "\(run.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: space.root + "/_site"))
    }

    /// Two media files whose names differ only in how a letter is composed are two files in the
    /// content but one path in the site: the build says so rather than write a site whose manifest
    /// lists one of them, which the next build would refuse. Of the two, the one first by its bytes
    /// (e and an accent) is the one that stays.
    @Test func twoMediaNamesSwiftTakesForOneAreAnError() throws {
        let space = Workspace()
        let composed = "caf\u{E9}.svg", decomposed = "cafe\u{301}.svg"
        #expect(Array(composed.utf8) != Array(decomposed.utf8) && composed == decomposed)
        for name in [decomposed, composed] {
            #expect(FileManager.default.createFile(atPath: space.root + "/content/media/" + name, contents: Data("<svg/>".utf8)))
        }
        for (language, line) in [("en", "media/\(composed):1:1: error: 'media/\(composed)' has the same name as 'media/\(decomposed)', with its letters written another way (such as é as one character or as e and an accent); the site can hold only one of them: rename or delete one"),
                                 ("da", "media/\(composed):1:1: fejl: 'media/\(composed)' har samme navn som 'media/\(decomposed)', blot med bogstaverne skrevet på en anden måde (fx é som ét tegn eller som e og en accent); sitet kan kun rumme den ene: omdøb eller slet den ene")] {
            let run = try space.build(["--lang", language])
            #expect(run.status == 1)
            #expect(run.standardError.utf8.contains(Array((space.root + "/content/" + line + "\n").utf8)), "\(run.standardError)")
        }
        #expect(!FileManager.default.fileExists(atPath: space.root + "/_site"))
        try FileManager.default.removeItem(atPath: space.root + "/content/media/" + composed)
        #expect(try space.build([]).status == 0, "one of the two is enough")
    }
}
