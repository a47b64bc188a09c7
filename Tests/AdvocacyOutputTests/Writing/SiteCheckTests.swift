import Foundation
import Testing
import AdvocacyTestSupport
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
