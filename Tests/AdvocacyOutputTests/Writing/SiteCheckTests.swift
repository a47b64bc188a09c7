import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyOutput

@Suite struct SiteCheckTests {
    /// A named pipe put where the check listed a file (between listing and reading) is not a file the
    /// build wrote: reading it says so at once instead of waiting for a writer that never comes.
    @Test func aNamedPipeWhereAFileWasIsNotWaitedFor() throws {
        let root = TestPaths.temporaryFolder("pipe")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let pipe = root + "/index.html"
        #expect(mkfifo(pipe, 0o644) == 0)
        let done = DispatchSemaphore(value: 0)
        nonisolated(unsafe) var read: [UInt8]? = [0]
        Thread.detachNewThread {
            read = SiteCheck.readFile(AT_FDCWD, pipe, limit: 1 << 20)
            done.signal()
        }
        let waited = done.wait(timeout: .now() + 10) == .timedOut
        if waited {
            // Let the read go on, so the test process can end.
            let writer = open(pipe, O_WRONLY | O_NONBLOCK)
            if writer >= 0 { close(writer) }
            done.wait()
        }
        #expect(!waited, "the read waited for a writer")
        #expect(read == nil)
    }

    /// A tree of folders far deeper than any site, put into the output, is refused like anything
    /// else that is not the build's own, and the check does not run out of stack on it.
    @Test func aVeryDeepTreeIsCheckedWithoutRunningOutOfStack() throws {
        let root = TestPaths.temporaryFolder("deep")
        defer { Self.removeChain(root); try? FileManager.default.removeItem(atPath: root) }
        // Made folder by folder: the whole path is far longer than a path may be.
        var fd = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        for _ in 0..<5000 {
            #expect(mkdirat(fd, "a", 0o755) == 0)
            let child = openat(fd, "a", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            close(fd)
            fd = child
        }
        #expect(FileManager.default.createFile(atPath: root + "/notes.txt", contents: Data("mine".utf8)))
        close(fd)
        switch SiteCheck.check(root) {
        case .site, .empty: Issue.record("a deep tree was taken for a site")
        default: break
        }
        #expect(try String(contentsOfFile: root + "/notes.txt", encoding: .utf8) == "mine")
    }

    /// A site of one file `index.html` holding "gammel" and a manifest listing it with `hash`, and a
    /// record of the file with that entry and its identity as it is now, at `written` (by default
    /// the change time of the manifest, written once the file system's clock has moved on).
    static func siteVouchingForItsFile(_ root: String, hash: ContentHash,
                                       written: ((FileIdentity) -> timespec)? = nil) throws -> (FileIdentity, IdentityRecord.Files) {
        try "gammel".write(toFile: root + "/index.html", atomically: false, encoding: .utf8)
        var info = stat()
        #expect(lstat(root + "/index.html", &info) == 0)
        let identity = FileIdentity(info)
        let entry = SiteManifest.Entry(size: 6, hash: hash)
        var time = identity.changed
        repeat {
            usleep(2_000)
            try SiteManifest(complete: ["index.html": entry]).text.write(toFile: root + "/" + OutputFolder.markerName, atomically: false, encoding: .utf8)
            var manifest = stat()
            #expect(lstat(root + "/" + OutputFolder.markerName, &manifest) == 0)
            time = manifest.st_ctim
        } while !identity.isSettled(before: time)
        if let written { time = written(identity) }
        return (identity, IdentityRecord.Files(files: ["index.html": .init(entry: entry, identity: identity)], written: time))
    }

    /// A file the record knows with the manifest's entry and the identity it has, settled before
    /// the record's time, is not read. (A wrong hash stands for bytes no one read: the record and the
    /// manifest agree on it, so the file is taken for the site's.)
    @Test func aFileWithTheIdentityTheRecordKnowsIsNotRead() throws {
        let root = TestPaths.temporaryFolder("vouched")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (_, record) = try Self.siteVouchingForItsFile(root, hash: ContentHash(value: 1))
        // Only where the file system moves change times at every write (ext4, XFS, Btrfs).
        guard Self.vouchesByIdentity(root) else { return }
        guard case .site(let site) = SiteCheck.check(root, vouched: record) else { Issue.record("the recorded identity was not trusted"); return }
        #expect(site.vouched == ["index.html"])
        guard case .changed("index.html") = SiteCheck.check(root) else { Issue.record("without the record the file was not read"); return }
        // A record that knew the file with other bytes vouches for nothing.
        var other = record
        other.files["index.html"]?.entry.hash = ContentHash(value: 2)
        guard case .changed("index.html") = SiteCheck.check(root, vouched: other) else { Issue.record("a record of other bytes was trusted"); return }
    }

    /// On tmpfs a store through a shared mapping moves no time of the file: there the record vouches
    /// for nothing, and every file is read.
    @Test func onTmpfsEveryFileIsRead() throws {
        let mounts = (try? String(contentsOfFile: "/proc/self/mounts", encoding: .utf8)) ?? ""
        guard mounts.split(separator: "\n").contains(where: { $0.hasPrefix("tmpfs /dev/shm tmpfs ") }) else { return }
        let root = "/dev/shm/advocacy-tests-\(getpid())-tmpfs"
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: root) }
        let (_, record) = try Self.siteVouchingForItsFile(root, hash: ContentHash(value: 1))
        #expect(!Self.vouchesByIdentity(root))
        guard case .changed("index.html") = SiteCheck.check(root, vouched: record) else { Issue.record("a record was trusted on tmpfs"); return }
    }

    /// An identity whose change time is not before the record's time may have been taken in the tick
    /// of a change that kept it: such a file is read, and the wrong hash found.
    @Test func anIdentityOfTheTickTheRecordWasMadeInIsNotTrusted() throws {
        let root = TestPaths.temporaryFolder("racy")
        defer { try? FileManager.default.removeItem(atPath: root) }
        for written in [{ (identity: FileIdentity) in identity.changed },
                        { (identity: FileIdentity) in timespec(tv_sec: identity.changed.tv_sec - 1, tv_nsec: 999_999_999) }] {
            let (_, record) = try Self.siteVouchingForItsFile(root, hash: ContentHash(value: 1), written: written)
            guard case .changed("index.html") = SiteCheck.check(root, vouched: record) else { Issue.record("an unsettled identity was trusted"); return }
            // With the right hash it is the site's file.
            let (_, right) = try Self.siteVouchingForItsFile(root, hash: ContentHash(Array("gammel".utf8)), written: written)
            guard case .site = SiteCheck.check(root, vouched: right) else { Issue.record("the file was not read"); return }
        }
    }

    /// Every way of changing a file someone has at hand, keeping its size and putting its
    /// modification time back, makes another identity: the file is read, and a file with other
    /// bytes is found changed; one with its bytes again is still the site's.
    @Test(arguments: ["write", "truncate and write", "replace", "remove and write anew", "link and write", "mmap"])
    func aChangeThatKeepsSizeAndTimesIsStillSeen(change: String) throws {
        let root = TestPaths.temporaryFolder("changed"), elsewhere = TestPaths.temporaryFolder("elsewhere")
        defer {
            try? FileManager.default.removeItem(atPath: root)
            try? FileManager.default.removeItem(atPath: elsewhere)
        }
        for (bytes, changes) in [("nymmel", true), ("gammel", false)] {
            let (recorded, record) = try Self.siteVouchingForItsFile(root, hash: ContentHash(Array("gammel".utf8)))
            let path = root + "/index.html"
            switch change {
            case "write":
                let fd = open(path, O_WRONLY)
                _ = bytes.withCString { pwrite(fd, $0, 6, 0) }
                close(fd)
            case "truncate and write":
                try bytes.write(toFile: path, atomically: false, encoding: .utf8)
            case "replace":
                try bytes.write(toFile: path, atomically: true, encoding: .utf8)
            case "remove and write anew":
                // A new file may get the inode number of the one just removed; its change time is new.
                unlink(path)
                try bytes.write(toFile: path, atomically: false, encoding: .utf8)
            case "link and write":
                unlink(elsewhere + "/link")
                #expect(link(path, elsewhere + "/link") == 0)
                try bytes.write(toFile: elsewhere + "/link", atomically: false, encoding: .utf8)
            default:
                let fd = open(path, O_RDWR)
                let map = mmap(nil, 6, PROT_READ | PROT_WRITE, MAP_SHARED, fd, 0)!
                bytes.withCString { _ = memcpy(map, $0, 6) }
                msync(map, 6, MS_SYNC)
                munmap(map, 6)
                close(fd)
            }
            // The modification time put back, as `touch -r` would.
            let times = [recorded.modified, recorded.modified]
            #expect(utimensat(AT_FDCWD, path, times, 0) == 0)
            switch SiteCheck.check(root, vouched: record) {
            case .changed("index.html") where changes: break
            case .site where !changes: break
            case let outcome: Issue.record("\(change) to \(bytes): \(outcome)")
            }
        }
    }

    /// Whether the file system of `folder` is one whose identities a record may vouch for.
    static func vouchesByIdentity(_ folder: String) -> Bool {
        let fd = open(folder, O_RDONLY | O_DIRECTORY)
        defer { close(fd) }
        return SiteCheck.vouchesByIdentity(fd)
    }

    /// Removes the chain `a/a/a/…` at the top of `root` one folder at a time: the deepest-but-one is
    /// moved up, so no path gets long.
    static func removeChain(_ root: String) {
        let top = open(root, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { close(top) }
        while true {
            let folder = openat(top, "a", O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            guard folder >= 0 else { return }
            let moved = renameat(folder, "a", top, "b") == 0
            close(folder)
            unlinkat(top, "a", AT_REMOVEDIR)
            guard moved, renameat(top, "b", top, "a") == 0 else { return }
        }
    }
}
