import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild
@testable import AdvocacyOutput

/// Property (a) of issue #20: whatever lies at and beside the output, and however the folders are
/// spelled, a build changes no byte and no name it did not write. Each case makes a random tree —
/// foreign files, folders, links, FIFOs and hard links, valid and broken manifests, stale folders
/// of killed builds — builds into it, and checks every entry the case made as someone else's.
@Suite(.serialized) struct OutputPropertyTests {
    static let now = "2026-12-10T09:00"

    /// The site a fresh build writes, and the kept folder a second build leaves beside it.
    static let reference: (site: String, kept: String) = {
        let root = TestPaths.temporaryFolder("reference")
        var options = BuildOptions()
        options.content = TestPaths.validHub
        options.templates = TestPaths.theme
        options.output = root + "/site"
        options.now = now
        _ = try! Builder.build(options, removal: .keepForNextBuild)
        _ = try! Builder.build(options, removal: .keepForNextBuild)
        return (root + "/site", root + "/.site.previous")
    }()

    /// The paths of the reference site's files.
    static let referenceFiles: [String] = {
        let text = try! String(contentsOfFile: reference.site + "/" + OutputFolder.markerName, encoding: .utf8)
        return Array(try! SiteManifest(parsing: text).files.keys)
    }()

    @Test func noBuildChangesWhatItDidNotWrite() throws {
        let seeds = PropertyRun.seeds(default: 150)
        var outcomes: [String: Int] = [:]
        for seed in seeds {
            let outcome = try Self.run(seed: seed)
            outcomes[outcome, default: 0] += 1
        }
        print("output property: \(seeds.count) cases: \(outcomes.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "))")
        if seeds.count >= 100 {
            #expect(outcomes["built", default: 0] > seeds.count / 10, "the generator makes buildable cases too")
            #expect(outcomes["refused", default: 0] > seeds.count / 10, "and refusals")
        }
    }

    /// One random case; returns "built" or "refused".
    static func run(seed: UInt64) throws -> String {
        var random = SeededRandom(seed: seed)
        var tree = RandomTree(root: TestPaths.temporaryFolder("property-a"), random: random)
        defer { tree.remove() }
        let mustBuild = tree.populate()
        random = tree.random
        var options = BuildOptions()
        options.content = tree.contentSpelling
        options.templates = TestPaths.theme
        options.output = tree.outputSpelling(&random)
        options.now = now
        let before = TreeSnapshot(tree.root)
        let outcome: String
        do {
            let report = try Builder.build(options, removal: .keepForNextBuild)
            #expect(!report.hasErrors, "seed \(seed)")
            outcome = "built"
        } catch {
            outcome = "refused"
            let after = TreeSnapshot(tree.root)
            #expect(after == before, "seed \(seed): a refused build changed \(after.differences(from: before)) (\(error))")
        }
        let after = TreeSnapshot(tree.root)
        for name in tree.others {
            #expect(after.under(name) == before.under(name), "seed \(seed): '\(name)' is someone else's and changed (output \(options.output))")
        }
        if mustBuild {
            #expect(outcome == "built", "seed \(seed): a build into \(tree.outputState) was refused")
        }
        if outcome == "built" {
            let site = TreeSnapshot(tree.output).entries.filter { $0.key != "." }
            let fresh = TreeSnapshot(reference.site).entries.filter { $0.key != "." }
            #expect(site == fresh, "seed \(seed): the output is not the fresh build: \(TreeSnapshot(tree.output).differences(from: TreeSnapshot(reference.site)).prefix(5))")
        }
        return outcome
    }
}

/// A temporary tree with an output folder in some state, folders of earlier builds beside it, and
/// things of someone else's among them.
struct RandomTree {
    let root: String
    var random: SeededRandom
    /// Paths (relative to root) of entries the case made as someone else's: never to change.
    var others: [String] = []
    var outputState = ""
    var contentSpelling = TestPaths.validHub
    var output: String { root + "/out/site" }

    init(root: String, random: SeededRandom) {
        self.root = root
        self.random = random
    }

    func remove() {
        chmodAll(root)
        try? FileManager.default.removeItem(atPath: root)
    }

    private func chmodAll(_ path: String) {
        var info = stat()
        guard lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR else { return }
        chmod(path, 0o755)
        for child in (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? [] { chmodAll(path + "/" + child) }
    }

    private mutating func foreignFile(_ relative: String) {
        let path = root + "/" + relative
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? Data("someone else's \(relative) \(random.next())".utf8).write(to: URL(fileURLWithPath: path))
        others.append(relative)
    }

    /// Something of someone else's at `relative`: a file, a folder with a file, a link, a FIFO.
    private mutating func foreignEntry(_ relative: String) {
        let path = root + "/" + relative
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        switch Int.random(in: 0..<5, using: &random) {
        case 0: foreignFile(relative)
        case 1: foreignFile(relative + "/notes.txt"); others.append(relative)
        case 2:
            try? FileManager.default.createSymbolicLink(atPath: path, withDestinationPath: root + "/elsewhere")
            others.append(relative)
        case 3:
            _ = mkfifo(path, 0o644)
            others.append(relative)
        default:
            try? FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            others.append(relative)
        }
    }

    /// A copy of a site of the build's own at `relative`.
    private func copySite(_ source: String, to relative: String) {
        let path = root + "/" + relative
        try? FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try! FileManager.default.copyItem(atPath: source, toPath: path)
    }

    /// A marker that is no manifest, or a manifest that cannot be trusted.
    private mutating func badMarker(_ folder: String) {
        let texts = ["", SiteCheck.earlierMarker, "advocacy-site 2\ntool x\nstate complete\n",
                     HandMadeSite.manifestText(["../escape.txt": "x"]), HandMadeSite.manifestText(["/etc/hostname": "x"]),
                     "advocacy-site 1\ntool 0.20.0\nstate partial\n- - a\n- - a\n", "\u{0}\u{1}garbage"]
        let path = root + "/" + folder + "/" + OutputFolder.markerName
        try? FileManager.default.createDirectory(atPath: root + "/" + folder, withIntermediateDirectories: true)
        try? Data(random.pick(texts).utf8).write(to: URL(fileURLWithPath: path))
        others.append(folder + "/" + OutputFolder.markerName)
    }

    /// Makes the tree; true when the build must succeed (the output and its folders are all the build's own).
    mutating func populate() -> Bool {
        try! FileManager.default.createDirectory(atPath: root + "/out", withIntermediateDirectories: true)
        foreignFile("elsewhere/precious.txt")
        foreignFile("out/neighbour.txt")
        var clean = true
        let state = Int.random(in: 0..<9, using: &random)
        switch state {
        case 0: outputState = "nothing"
        case 1:
            outputState = "an empty folder"
            try! FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
        case 2, 3:
            outputState = "a site"
            copySite(OutputPropertyTests.reference.site, to: "out/site")
            if random.chance(0.5) {
                // Someone keeps a hard link to a page of the site: its bytes are theirs too.
                _ = link(output + "/index.html", root + "/elsewhere/kept-page.html")
                others.append("elsewhere/kept-page.html")
            }
        case 4:
            outputState = "a site with something added"
            copySite(OutputPropertyTests.reference.site, to: "out/site")
            foreignEntry("out/site/" + random.pick(["notes", "share/notes", "assets/x", ".hidden", "share/\(random.next() % 100)"]))
            clean = false
        case 5:
            outputState = "a site with a changed file"
            copySite(OutputPropertyTests.reference.site, to: "out/site")
            let page = random.pick(["index.html", "404.html", "search-index.json"])
            try? Data("changed by hand".utf8).write(to: URL(fileURLWithPath: output + "/" + page))
            others.append("out/site/" + page)
            clean = false
        case 6:
            outputState = "someone's folder"
            foreignFile("out/site/docs/thesis.txt")
            if random.chance(0.5) { badMarker("out/site") }
            clean = false
        case 7:
            outputState = "a site with a bad marker"
            copySite(OutputPropertyTests.reference.site, to: "out/site")
            badMarker("out/site")
            others.append("out/site")
            clean = false
        default:
            outputState = "a link"
            try! FileManager.default.createSymbolicLink(atPath: output, withDestinationPath: root + "/elsewhere")
            others.append("out/site")
            clean = false
        }
        // Folders beside the output, of the build's own or not.
        let dead = 2_147_000_000 + Int(random.next() % 400_000)
        for sibling in [".site.previous", ".site.tmp-\(dead)-1", ".site.old-\(dead)-2"] {
            switch Int.random(in: 0..<5, using: &random) {
            case 0, 1: continue
            case 2:
                if sibling == ".site.previous" {
                    copySite(OutputPropertyTests.reference.kept, to: "out/" + sibling)
                } else if sibling.hasPrefix(".site.old") {
                    try? FileManager.default.createDirectory(atPath: root + "/out/" + sibling, withIntermediateDirectories: true)
                    copySite(OutputPropertyTests.reference.site, to: "out/\(sibling)/site")
                } else {
                    // A build killed while writing: its partial manifest owns every name in it.
                    copySite(OutputPropertyTests.reference.site, to: "out/" + sibling)
                    try? SiteManifest(owning: OutputPropertyTests.referenceFiles).text
                        .write(toFile: root + "/out/\(sibling)/" + OutputFolder.markerName, atomically: false, encoding: .utf8)
                    if random.chance(0.5) { foreignFile("out/\(sibling)/mine.txt") }
                }
            case 3:
                foreignEntry("out/" + sibling + (sibling.hasPrefix(".site.old") && random.chance(0.5) ? "/site" : ""))
            default:
                try? FileManager.default.createSymbolicLink(atPath: root + "/out/" + sibling, withDestinationPath: root + "/elsewhere")
                others.append("out/" + sibling)
            }
        }
        // The content folder: mostly elsewhere; sometimes inside the output, or reached through a link.
        switch Int.random(in: 0..<8, using: &random) {
        case 0:
            try? FileManager.default.createDirectory(atPath: output, withIntermediateDirectories: true)
            try? FileManager.default.copyItem(atPath: TestPaths.validHub, toPath: output + "/content")
            others.append("out/site")
            contentSpelling = output + "/content"
            clean = false
        case 1:
            try! FileManager.default.copyItem(atPath: TestPaths.validHub, toPath: root + "/content")
            try! FileManager.default.createSymbolicLink(atPath: root + "/clink", withDestinationPath: root + "/out")
            contentSpelling = root + "/clink/../content"
            others.append("content")
        default: break
        }
        return clean
    }

    /// The output folder spelled one of the ways a user or script might: absolute or relative to
    /// the working folder, through a link, with `.`, `..` and trailing slashes.
    func outputSpelling(_ random: inout SeededRandom) -> String {
        try? FileManager.default.createSymbolicLink(atPath: root + "/olink", withDestinationPath: "out")
        try? FileManager.default.createDirectory(atPath: root + "/deep/x", withIntermediateDirectories: true)
        let spellings = [
            root + "/out/site", root + "/out/site/", root + "/out/./site", root + "/olink/site", root + "/olink/../out/site",
            root + "/deep/x/../../out/site", root + "//out//site//", root + "/out/missing/../site",
        ]
        var spelling = random.pick(spellings)
        if random.chance(0.3) {
            // Relative to the process's working folder.
            let here = FileManager.default.currentDirectoryPath
            let depth = here.split(separator: "/").count
            spelling = String(repeating: "../", count: depth) + spelling.dropFirst()
        }
        return spelling
    }
}
