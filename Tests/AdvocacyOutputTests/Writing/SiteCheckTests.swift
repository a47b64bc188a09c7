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
}
