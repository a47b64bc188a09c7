import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// Runs the Node tests of the readiness self-assessment's logic (Tests/JavaScript/*.test.mjs),
/// so `swift test` covers site-templates/assets/readiness.js too.
@Suite struct ExampleReadinessScriptTests {
    /// Node, from PATH or the usual places.
    static var node: String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? ""
        let candidates = path.split(separator: ":").map { $0 + "/node" } + ["/usr/bin/node", "/usr/local/bin/node"]
        return candidates.first { FileManager.default.isExecutableFile(atPath: $0) }
    }

    @Test func nodeTestsOfReadinessJSPass() throws {
        let node = try #require(ExampleReadinessScriptTests.node, "node is needed to test site-templates/assets/readiness.js")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: node)
        process.arguments = ["--test", "Tests/JavaScript/"]
        process.currentDirectoryURL = URL(fileURLWithPath: TestPaths.repository)
        let output = Pipe()
        process.standardOutput = output
        process.standardError = output
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        let text = String(decoding: data, as: UTF8.self)
        #expect(process.terminationStatus == 0, "node --test Tests/JavaScript/ failed:\n\(text)")
        #expect(text.contains("# pass "), "no Node tests ran:\n\(text)")
        #expect(!text.contains("# pass 0\n"), "no Node tests passed:\n\(text)")
    }
}
