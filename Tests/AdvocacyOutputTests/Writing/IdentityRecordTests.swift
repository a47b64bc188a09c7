import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyOutput

/// The kept folder's record of identities reads back as written, and anything that is not one
/// vouches for nothing.
@Suite struct IdentityRecordTests {
    /// Random records (paths with spaces, `%`, control characters, non-ASCII letters; times at the
    /// edges of their fields) read back as written.
    @Test func aRecordReadsBackAsWritten() throws {
        let pieces = ["a", "index.html", "ø", "e\u{301}", " ", "%", "%2", "\t", ".", "..x", "#", "-", "😀", "\u{7F}"]
        for seed in PropertyRun.seeds(default: 200) {
            var random = SeededRandom(seed: seed)
            func files() -> [String: IdentityRecord.Known] {
                var files: [String: IdentityRecord.Known] = [:]
                for _ in 0..<random.below(30) {
                    let path = (0...random.below(3)).map { _ in (0...random.below(4)).map { _ in random.pick(pieces) }.joined() }.joined(separator: "/")
                    guard SiteManifest.isInside(path) else { continue }
                    var info = stat()
                    info.st_dev = UInt(random.next() >> UInt64(random.below(64)))
                    info.st_ino = UInt(random.next() >> UInt64(random.below(64)))
                    info.st_size = random.below(100_000)
                    info.st_mtim = timespec(tv_sec: random.chance(0.1) ? Int.max : random.below(2_000_000_000), tv_nsec: random.below(1_000_000_000))
                    info.st_ctim = timespec(tv_sec: random.below(2_000_000_000), tv_nsec: random.chance(0.2) ? 0 : 999_999_999)
                    files[path] = .init(entry: .init(size: info.st_size, hash: ContentHash(value: random.next())), identity: FileIdentity(info))
                }
                return files
            }
            let written = timespec(tv_sec: random.below(2_000_000_000), tv_nsec: random.below(1_000_000_000))
            let record = IdentityRecord(output: .init(files: files(), written: written), kept: .init(files: files(), written: written))
            #expect(IdentityRecord(parsing: record.bytes) == record, "seed \(seed)")
        }
    }

    /// A record cut short, of another format or with a malformed line is no record at all.
    @Test(arguments: [
        "",
        "advocacy-identities 2\nwritten 1.000000000\n",
        "advocacy-identities 1\n",
        "advocacy-identities 1\nwritten 1.00000000\n",
        "advocacy-identities 1\nwritten 1.000000000\noutput 0123456789abcdef 6 1:2:3.000000000:4.000000000\n",
        "advocacy-identities 1\nwritten 1.000000000\nother 0123456789abcdef 6 1:2:3.000000000:4.000000000 a\n",
        "advocacy-identities 1\nwritten 1.000000000\noutput 0123456789abcdeg 6 1:2:3.000000000:4.000000000 a\n",
        "advocacy-identities 1\nwritten 1.000000000\noutput 0123456789abcdef +6 1:2:3.000000000:4.000000000 a\n",
        "advocacy-identities 1\nwritten 1.000000000\noutput 0123456789abcdef 6 1:2:3.000000000 a\n",
        "advocacy-identities 1\nwritten 1.000000000\noutput 0123456789abcdef 6 1:2:3.000000000:4.0000000000 a\n",
        "advocacy-identities 1\nwritten 1.000000000\noutput 0123456789abcdef 6 1:99999999999999999999:3.000000000:4.000000000 a\n",
        "advocacy-identities 1\nwritten 1.000000000\noutput 0123456789abcdef 6 1:2:3.000000000:4.000000000 a%2\n",
    ])
    func whatIsNotARecordVouchesForNothing(text: String) {
        #expect(IdentityRecord(parsing: Array(text.utf8)) == nil)
    }

    /// Only a record of this user's, readable by no one else, in a folder of this user's that no one
    /// else may enter, is read: a kept folder someone else made beside the output vouches for nothing.
    @Test func aRecordOthersCouldHaveWrittenIsNotRead() throws {
        let root = TestPaths.temporaryFolder("record-owner")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let record = IdentityRecord(output: .init(files: [:], written: timespec(tv_sec: 5, tv_nsec: 0)),
                                    kept: .init(files: [:], written: timespec(tv_sec: 5, tv_nsec: 0)))
        let folder = root + "/kept"
        func reset() throws {
            try? FileManager.default.removeItem(atPath: folder)
            #expect(mkdir(folder, 0o700) == 0 && chmod(folder, 0o700) == 0)
            #expect(record.write(into: folder) == 0)
        }
        try reset()
        #expect(IdentityRecord.read(.output, in: folder) == record.output && IdentityRecord.read(.kept, in: folder) == record.kept)
        #expect(chmod(folder, 0o755) == 0)
        #expect(IdentityRecord.read(.output, in: folder) == nil, "a folder others may enter")
        try reset()
        #expect(chmod(folder + "/" + IdentityRecord.fileName, 0o644) == 0)
        #expect(IdentityRecord.read(.output, in: folder) == nil, "a record others may read")
        try reset()
        #expect(link(folder + "/" + IdentityRecord.fileName, root + "/elsewhere") == 0)
        #expect(IdentityRecord.read(.output, in: folder) == nil, "a record linked from elsewhere")
        if geteuid() == 0 {
            try reset()
            #expect(chown(folder + "/" + IdentityRecord.fileName, 65534, 65534) == 0)
            #expect(IdentityRecord.read(.output, in: folder) == nil, "a record of another user's")
            try reset()
            #expect(chown(folder, 65534, 65534) == 0)
            #expect(IdentityRecord.read(.output, in: folder) == nil, "a folder of another user's")
        }
    }

    /// The record is the build's own in the kept folder, and someone else's file in the output.
    @Test func theRecordBelongsInTheKeptFolderOnly() throws {
        let root = TestPaths.temporaryFolder("record")
        defer { try? FileManager.default.removeItem(atPath: root) }
        try "gammel".write(toFile: root + "/index.html", atomically: false, encoding: .utf8)
        try SiteManifest(complete: ["index.html": .init(size: 6, hash: ContentHash(Array("gammel".utf8)))]).text
            .write(toFile: root + "/" + OutputFolder.markerName, atomically: false, encoding: .utf8)
        try "kept".write(toFile: root + "/" + IdentityRecord.fileName, atomically: false, encoding: .utf8)
        guard case .site(let site) = SiteCheck.check(root, kept: true) else { Issue.record("the kept folder's record was not its own"); return }
        #expect(site.files[IdentityRecord.fileName] != nil, "listed, so a prune of what the check found removes it")
        guard case .foreign(IdentityRecord.fileName) = SiteCheck.check(root) else { Issue.record("a record in the output was taken for the build's"); return }
    }
}
