import Foundation
import Testing
@testable import AdvocacyOutput

/// Whether the build that made a folder beside the output still runs, when its pid may have been
/// given to another process since.
@Suite struct BuildProcessTests {
    @Test func thisProcessRunsAndItsNameRecordsWhenItStarted() throws {
        let me = BuildProcess.current
        #expect(me.pid == getpid())
        let start = try #require(me.start, "Linux tells when a process started")
        #expect(!me.hasEnded)
        #expect(BuildProcess(folderSuffix: Substring(me.name + "-3")) == me)
        #expect(me.name == "\(getpid())-\(start)")
    }

    /// A build killed long ago whose pid now belongs to another process: the pid runs, the build does not.
    @Test func aPidGivenToAnotherProcessIsAnEndedBuild() throws {
        let start = try #require(BuildProcess.current.start)
        #expect(BuildProcess(pid: getpid(), start: start + 1).hasEnded)
        #expect(BuildProcess(pid: getpid(), start: start - 1).hasEnded)
    }

    @Test func aPidNoProcessHasIsAnEndedBuild() {
        #expect(BuildProcess(pid: 2_147_483_646, start: nil).hasEnded)
        #expect(BuildProcess(pid: 2_147_483_646, start: 5).hasEnded)
    }

    /// Folders named before the start was recorded (`<pid>-<n>`) count as running while the pid runs.
    @Test(arguments: [("123-4", 123, nil), ("123-0-4", 123, nil), ("123-987654-4", 123, 987_654), ("123-987654-x", 123, 987_654)] as [(String, Int32, UInt64?)])
    func namesAreRead(suffix: String, pid: Int32, start: UInt64?) {
        #expect(BuildProcess(folderSuffix: Substring(suffix)) == BuildProcess(pid: pid, start: start))
    }

    @Test(arguments: ["", "-1", "0-1", "x-1", "-", "99999999999-1"])
    func namesWithoutAPidAreNotBuilds(suffix: String) {
        #expect(BuildProcess(folderSuffix: Substring(suffix)) == nil)
    }

    @Test func anOldStyleNameWithALivePidStillRuns() {
        #expect(!BuildProcess(pid: getpid(), start: nil).hasEnded)
    }
}
