import Foundation
import Testing
@testable import AdvocacyHub
import AdvocacyTestSupport

/// Runs the nightly recipe's script the way the workflow files do, against the example hub.
@Suite struct NightlyRecipeTests {
    func run(_ environment: [String: String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [TestPaths.repository + "/examples/ci/nightly.sh"]
        process.currentDirectoryURL = URL(fileURLWithPath: TestPaths.repository)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            .filter { $0.key != "GITHUB_ACTIONS" }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func theRecipeChecksBuildsAndPublishesIntoTheWebFolder() throws {
        let web = TestPaths.temporaryFolder("web") + "/www"
        let (status, output) = try run(["ADVOCACY": TestPaths.executable, "CONTENT": TestPaths.exampleHub,
                                        "TEMPLATES": TestPaths.theme, "WEB_DIR": web, "BASE_URL": "/advocacy/"])
        #expect(status == 0, "\(output)")
        // The example hub is Danish, so the recipe's log is too.
        #expect(output.contains("0 fejl, 0 advarsler"))
        #expect(output.contains("byggede ") && output.contains(" aktive, "))
        #expect(output.contains(" udløbet, 1 kladde udeladt; "), "the example hub's one draft is counted")
        #expect(try String(contentsOfFile: web + "/index.html", encoding: .utf8).contains("href=\"/advocacy/assets/"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: (web as NSString).deletingLastPathComponent) == ["www"])
    }

    @Test func aBrokenHubStopsTheRecipeAndKeepsYesterdaysSite() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        try "title: [unclosed".write(toFile: content + "/hub.yml", atomically: true, encoding: .utf8)
        let web = TestPaths.temporaryFolder("web") + "/www"
        try FileManager.default.createDirectory(atPath: web, withIntermediateDirectories: true)
        try "yesterday".write(toFile: web + "/index.html", atomically: true, encoding: .utf8)
        let (status, output) = try run(["ADVOCACY": TestPaths.executable, "CONTENT": content,
                                        "TEMPLATES": TestPaths.theme, "WEB_DIR": web])
        #expect(status == 1, "\(output)")
        #expect(output.contains("hub.yml:1:"))
        #expect(try String(contentsOfFile: web + "/index.html", encoding: .utf8) == "yesterday")
    }
}
