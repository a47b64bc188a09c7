import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// `ContentFolder.entry` finds a plain file reached through real folders by one `lstat` a name, and
/// resolves everything else with `realpath`. Whatever stands on the way (links to files or folders
/// inside or outside, links in a loop or to nothing, pipes, a content folder reached through a
/// link), it says what resolving the whole path says.
@Suite struct ContentFolderEntryTests {
    /// What `entry` said before it read plain files by `lstat`: the whole path through `realpath`.
    static func resolved(_ folder: ContentFolder, _ relative: String) -> ContentFolder.Entry {
        guard let real = RealPath.real(folder.absolute(relative)) else { return errno == ELOOP ? .loop : .outside }
        // Compared by bytes, as the kernel names folders: "på" and "pa\u{30A}" are two of them.
        let root = Array(folder.realRoot.utf8), path = Array(real.utf8)
        guard path == root || path.starts(with: root + [UInt8(ascii: "/")]) else { return .outside }
        var info = stat()
        guard stat(real, &info) == 0 else { return .outside }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file(real: real)
        case S_IFDIR: return .folder(real: real)
        default: return .special
        }
    }

    /// A folder beside the content folder whose name is the content folder's written another way
    /// (`å` as `a` and a ring) is another folder: a link into it leads outside, and a media file
    /// there is never published.
    @Test func aLookAlikeFolderBesideTheContentIsOutsideIt() throws {
        let root = TestPaths.temporaryFolder("look-alike")
        defer { TestPaths.remove(root) }
        let files = FileManager.default
        let content = root + "/p\u{E5}", twin = root + "/pa\u{30A}"
        try files.createDirectory(atPath: content + "/media", withIntermediateDirectories: true)
        try files.createDirectory(atPath: twin + "/media", withIntermediateDirectories: true)
        try "<svg>hemmelig</svg>".write(toFile: twin + "/media/secret.svg", atomically: false, encoding: .utf8)
        try files.createSymbolicLink(atPath: content + "/media/s.svg", withDestinationPath: twin + "/media/secret.svg")
        try files.createSymbolicLink(atPath: content + "/media/mappe", withDestinationPath: twin + "/media")
        let folder = ContentFolder(content)
        #expect(folder.entry("media/s.svg") == .outside)
        #expect(folder.entry("media/mappe") == .outside)
        var diagnostics = Diagnostics()
        #expect(folder.mediaFiles(&diagnostics).isEmpty)
        #expect(diagnostics.all.map(\.message.id) == [.mediaLeadsOutside(path: "media/mappe"), .mediaLeadsOutside(path: "media/s.svg")])
    }

    /// A random tree under `root/content`, with an outside folder beside it: every path made, as
    /// the content folder sees it, and the paths through folders that may be links.
    static func makeTree(_ root: String, _ random: inout SeededRandom) throws -> [String] {
        let files = FileManager.default
        try files.createDirectory(atPath: root + "/outside/deep", withIntermediateDirectories: true)
        try "ude".write(toFile: root + "/outside/secret.md", atomically: false, encoding: .utf8)
        try "ude".write(toFile: root + "/outside/deep/x.md", atomically: false, encoding: .utf8)
        // Entries are made in real folders only; links to folders are looked through afterwards.
        var folders = [""], linked: [String] = [], made: [String] = []
        for index in 0..<(4 + random.below(12)) {
            let parent = random.pick(folders)
            let name = random.pick(["share", "media", "stories", "a", "é", "e\u{301}", "x y"]) + "\(index)"
            let relative = parent.isEmpty ? name : parent + "/" + name
            let path = root + "/content/" + relative
            let up = String(repeating: "../", count: relative.split(separator: "/").count - 1)
            switch random.below(10) {
            case 0, 1:
                try files.createDirectory(atPath: path, withIntermediateDirectories: false)
                folders.append(relative)
            case 2, 3, 4:
                try "tekst".write(toFile: path + ".md", atomically: false, encoding: .utf8)
                made.append(relative + ".md")
                continue
            case 5:
                let target = random.pick(made + folders.filter { !$0.isEmpty } + ["."])
                try files.createSymbolicLink(atPath: path, withDestinationPath: up + target)
                linked.append(relative)
            case 6:
                try files.createSymbolicLink(atPath: path, withDestinationPath: up + random.pick(["../outside", "../outside/secret.md", "../outside/deep"]))
                linked.append(relative)
            case 7:
                try files.createSymbolicLink(atPath: path, withDestinationPath: random.pick([name, "nothing", up + "missing/x"]))
            case 8:
                #expect(mkfifo(path, 0o644) == 0, "\(path)")
            default:
                try files.createSymbolicLink(atPath: path, withDestinationPath: up + random.pick(folders.filter { !$0.isEmpty } + ["."]))
                linked.append(relative)
            }
            made.append(relative)
        }
        // Names that may be reached through a folder that is a link, and a few that are not there.
        var paths = made
        for folder in folders.filter({ !$0.isEmpty }) + linked {
            paths += ["x.md", "secret.md", "deep", "deep/x.md", "missing.md"].map { folder + "/" + $0 }
            paths += made.map { folder + "/" + ($0 as NSString).lastPathComponent }
        }
        return paths
    }

    /// A content folder given through a link that is pointed elsewhere while the hub loads: its
    /// files are no longer inside the folder the build began with.
    @Test func aContentLinkPointedElsewhereLeadsOutside() throws {
        let root = TestPaths.temporaryFolder("content-relinked")
        defer { try? FileManager.default.removeItem(atPath: root) }
        for name in ["a", "b"] {
            try FileManager.default.createDirectory(atPath: root + "/\(name)/share", withIntermediateDirectories: true)
            try name.write(toFile: root + "/\(name)/share/x.md", atomically: false, encoding: .utf8)
        }
        try FileManager.default.createSymbolicLink(atPath: root + "/current", withDestinationPath: "a")
        let folder = ContentFolder(root + "/current")
        #expect(folder.entry("share/x.md") == Self.resolved(folder, "share/x.md"))
        try FileManager.default.removeItem(atPath: root + "/current")
        try FileManager.default.createSymbolicLink(atPath: root + "/current", withDestinationPath: "b")
        #expect(folder.entry("share/x.md") == .outside)
    }

    @Test(arguments: PropertyRun.seeds(default: 60))
    func saysWhatResolvingTheWholePathSays(seed: UInt64) throws {
        var random = SeededRandom(seed: seed)
        let root = TestPaths.temporaryFolder("content-entry")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
        let paths = try Self.makeTree(root, &random)
        try FileManager.default.createSymbolicLink(atPath: root + "/linked", withDestinationPath: "content")
        for given in [root + "/content", root + "/linked", root + "/content/", root + "/linked/."] {
            let folder = ContentFolder(given)
            for path in paths {
                #expect(folder.entry(path) == Self.resolved(folder, path), "seed \(seed): \(given) \(path)")
            }
        }
    }
}
