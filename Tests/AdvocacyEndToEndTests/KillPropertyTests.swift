import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild
@testable import AdvocacyCore
@testable import AdvocacyOutput

/// Property (b) of issue #20: a build killed at any moment leaves the old site or the new one,
/// complete, never a mix and never no site; and the next build is byte for byte a fresh one.
@Suite(.serialized) struct KillPropertyTests {
    static let before = "2026-12-10T09:00"
    static let after = "2027-02-01T09:00"

    /// The site at each instant, built fresh.
    static let fresh: (old: TreeSnapshot, new: TreeSnapshot) = {
        let root = TestPaths.temporaryFolder("kill-reference")
        defer { try? FileManager.default.removeItem(atPath: root) }
        func site(_ now: String) -> TreeSnapshot {
            var options = BuildOptions()
            options.content = TestPaths.validHub
            options.templates = TestPaths.theme
            options.output = root + "/" + now
            options.now = now
            _ = try! Builder.build(options)
            return TreeSnapshot(options.output)
        }
        return (site(before), site(after))
    }()

    static func contents(_ snapshot: TreeSnapshot) -> [String: TreeSnapshot.Entry] {
        snapshot.entries.filter { $0.key != "." }
    }

    @Test func aKilledBuildLeavesTheOldSiteOrTheNewOneAndTheNextBuildIsFresh() throws {
        #expect(Self.contents(Self.fresh.old) != Self.contents(Self.fresh.new), "the two instants give different sites")
        let seeds = PropertyRun.seeds(default: 30)
        var results: [String: Int] = [:]
        var gaps = 0
        for seed in seeds {
            let (result, gap) = try Self.run(seed: seed)
            results[result, default: 0] += 1
            gaps += gap
        }
        print("kill property: \(seeds.count) cases: \(results.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", ")); \(gaps) moments without a site seen")
        #expect(gaps == 0, "a reader never finds the output missing")
    }

    /// Whether a build's folder beside the output has its complete manifest: it is about to be swapped in.
    static func newSiteIsComplete(_ root: String) -> Bool {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: root) else { return false }
        return names.contains { name in
            guard name.hasPrefix("._site.tmp-"), let handle = FileHandle(forReadingAtPath: root + "/" + name + "/" + OutputFolder.markerName) else { return false }
            defer { try? handle.close() }
            return String(decoding: handle.readData(ofLength: 400), as: UTF8.self).contains("\nstate complete\n")
        }
    }

    /// Builds the old site, then the new one in a process killed after a random time while another
    /// thread keeps looking at the output; returns which site the kill left, and how often the
    /// output was seen missing.
    static func run(seed: UInt64) throws -> (String, Int) {
        var random = SeededRandom(seed: seed)
        let root = TestPaths.temporaryFolder("kill-property")
        defer { try? FileManager.default.removeItem(atPath: root) }
        let output = root + "/_site"
        func arguments(_ now: String) -> [String] {
            ["build", "--quiet", "--content", TestPaths.validHub, "--templates", TestPaths.theme, "--now", now, "--output", output]
        }
        // Sometimes a kept site from the build before, sometimes none.
        var duration = 0.0
        for _ in 0..<Int.random(in: 1...2, using: &random) {
            let start = Date()
            #expect(try CommandRun(arguments(before)).status == 0)
            duration = Date().timeIntervalSince(start)
        }

        let watching = Locked(true), missing = Locked(0)
        let watcher = Thread {
            var info = stat()
            while watching.withLock({ $0 }) {
                if stat(output + "/index.html", &info) != 0 { missing.withLock { $0 += 1 } }
            }
        }
        watcher.start()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.executable)
        process.arguments = arguments(after)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        // Half the kills fall anywhere in the build; the others just after its new site is complete,
        // within the few hundred microseconds in which it swaps the sites.
        let nearSwap = random.chance(0.5)
        let delay = nearSwap ? UInt32.random(in: 0..<600, using: &random)
            : UInt32(duration * 1_000_000 * Double.random(in: 0.1..<1.1, using: &random))
        try process.run()
        if nearSwap {
            while process.isRunning && !Self.newSiteIsComplete(root) { usleep(20) }
        }
        usleep(delay)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        watching.withLock { $0 = false }

        let left = contents(TreeSnapshot(output))
        let result = left == contents(fresh.old) ? "old site" : left == contents(fresh.new) ? "new site" : "MIXED"
        #expect(result != "MIXED", "seed \(seed): killed after \(delay) µs, the output is neither site: \(TreeSnapshot(output).differences(from: fresh.new).prefix(5))")

        let next = try CommandRun(arguments(after))
        #expect(next.status == 0, "seed \(seed): \(next.standardError)")
        #expect(contents(TreeSnapshot(output)) == contents(fresh.new), "seed \(seed): the next build is not the fresh one")
        let beside = try FileManager.default.contentsOfDirectory(atPath: root).sorted()
        #expect(beside == ["._site.previous", "_site"], "seed \(seed): left beside the output: \(beside)")
        // Beside the output, a file holds nothing or the bytes the site has at the same path.
        let kept = TreeSnapshot(root + "/._site.previous").entries, site = TreeSnapshot(output).entries
        #expect(kept.allSatisfy { name, entry in
            guard case .file(let bytes, _) = entry, name != OutputFolder.markerName, !bytes.isEmpty else { return true }
            if name == IdentityRecord.fileName { return OutputFolderTests.recordNamesOnlyTheSitesFiles(bytes) { site[$0] != nil } }
            if case .file(let live, _) = site[name] { return live == bytes }
            return false
        }, "seed \(seed): the kept folder holds bytes the site does not have")
        return (process.terminationReason == .uncaughtSignal ? "killed, " + result : "finished first", missing.withLock { $0 })
    }
}
