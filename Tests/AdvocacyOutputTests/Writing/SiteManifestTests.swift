import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyOutput

/// A manifest reads back as it was written, and a manifest that is not one of ours is refused at its line.
@Suite struct SiteManifestTests {
    /// Random sites (paths with spaces, `%`, control characters, non-ASCII letters, combining marks,
    /// dots in names; complete and partial): the text a build writes reads back as the same manifest.
    @Test func aManifestReadsBackAsWritten() throws {
        let pieces = ["a", "index.html", "ø", "e\u{301}", " ", "%", "%2", "\t", ".", "..x", "#", "-", "😀", "\u{7F}", "Ω"]
        for seed in PropertyRun.seeds(default: 300) {
            var random = SeededRandom(seed: seed)
            var files: [String: SiteManifest.Entry] = [:]
            for _ in 0..<random.below(40) {
                let parts = (0...random.below(3)).map { _ in (0...random.below(4)).map { _ in random.pick(pieces) }.joined() }
                let path = parts.joined(separator: "/")
                guard SiteManifest.isInside(path) else { continue }
                files[path] = .init(size: random.below(100_000), hash: ContentHash(value: random.next()))
            }
            // A path that is also another path's folder is no site: leave such sets out.
            let written = SiteManifest(complete: files)
            guard written.folders.isDisjoint(with: files.keys) else { continue }
            for manifest in [written, SiteManifest(owning: files.keys)] {
                let read = try SiteManifest(parsing: manifest.text)
                #expect(read.files == manifest.files && read.state == manifest.state && read.tool == manifest.tool, "seed \(seed)")
                #expect(read.text == manifest.text, "seed \(seed)")
            }
        }
    }

    @Test(arguments: [
        ("advocacy-site 2\n", SiteManifest.Problem(line: 1, kind: .otherFormat("2"))),
        ("hello\n", SiteManifest.Problem(line: 1, kind: .notAManifest)),
        ("# note\nadvocacy-site 1\ntool x\nstate complete\n0123456789abcdef 12 a b\n", SiteManifest.Problem(line: 5, kind: .malformedLine)),
        ("advocacy-site 1\ntool x\nstate complete\n0123456789abcdef +1x a\n", SiteManifest.Problem(line: 4, kind: .malformedLine)),
        ("advocacy-site 1\ntool x\nstate complete\n0123456789abcdeg 1 a\n", SiteManifest.Problem(line: 4, kind: .malformedLine)),
        ("advocacy-site 1\ntool x\nstate complete\n0123456789abcdef -1 a\n", SiteManifest.Problem(line: 4, kind: .malformedLine)),
        ("advocacy-site 1\ntool x\nstate complete\n0123456789abcdef 1 a/../b\n", SiteManifest.Problem(line: 4, kind: .pathOutside("a/../b"))),
        ("advocacy-site 1\ntool x\nstate complete\n0123456789abcdef 1 ./a\n", SiteManifest.Problem(line: 4, kind: .pathOutside("./a"))),
        ("advocacy-site 1\ntool x\nstate complete\n0123456789abcdef 1 a//b\n", SiteManifest.Problem(line: 4, kind: .pathOutside("a//b"))),
        ("advocacy-site 1\ntool x\nstate complete\n0123456789abcdef 1 a\n0123456789abcdef 2 a\n", SiteManifest.Problem(line: 5, kind: .pathTwice("a"))),
        ("advocacy-site 1\ntool x\nstate partial\n- - a%20b\n0123456789abcdef 2 c\n", SiteManifest.Problem(line: 5, kind: .malformedLine)),
        ("advocacy-site 1\ntool x\nstate complete\n0123456789abcdef 1 a%2\n", SiteManifest.Problem(line: 4, kind: .malformedLine)),
        ("advocacy-site 1\ntool x\nstate complete\n0123456789abcdef 1 a%00b\n", SiteManifest.Problem(line: 4, kind: .malformedLine)),
        ("advocacy-site 1\ntool x\n", SiteManifest.Problem(line: 2, kind: .malformedLine)),
        ("advocacy-site 1\ntool x\nstate complete\n0123456789abcdef 1 a\n0123456789abcdef 2 a/b\n", SiteManifest.Problem(line: 5, kind: .pathTwice("a"))),
    ])
    func aManifestThatIsNotOneOfOursIsRefusedAtItsLine(text: String, problem: SiteManifest.Problem) {
        #expect(throws: problem) { try SiteManifest(parsing: text) }
    }

    /// A path stays inside when each part between its `/` bytes is a name (not empty, `.` or `..`),
    /// whatever follows a `/` (a combining mark makes one character of it) and however many dots a
    /// name has.
    @Test func aPathIsInsideWhenEveryPartIsAName() {
        let pieces = ["a", ".", "..", "/", "...", "\u{301}", "ø", ".a", "a."]
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let path = (0..<random.below(7)).map { _ in random.pick(pieces) }.joined()
            let parts = Array(path.utf8).split(separator: UInt8(ascii: "/"), omittingEmptySubsequences: false).map(Array.init)
            let names = parts.allSatisfy { !$0.isEmpty && $0 != [46] && $0 != [46, 46] }
            let expected = !path.isEmpty && path != OutputFolder.markerName && path != SiteManifest.pendingName && names
            #expect(SiteManifest.isInside(path) == expected, "\(path.debugDescription), seed \(seed)")
        }
    }

    @Test func aPathWithSpacesAndPercentSignsReadsBack() throws {
        let manifest = try SiteManifest(parsing: "advocacy-site 1\ntool x\nstate complete\n00000000000000ff 3 media/a%20b%25c%C3%B8.svg\n")
        #expect(manifest.files == ["media/a b%cø.svg": .init(size: 3, hash: ContentHash(value: 255))])
    }
}
