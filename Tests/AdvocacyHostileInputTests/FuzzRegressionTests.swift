import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacyOutput
@testable import AdvocacyPublish
@testable import AdvocacySite

/// An input under Tests/Fixtures/fuzz/ on which the fuzz target in `Fuzz/` once crashed, hung or ran
/// out of memory, and what a check of it must say now.
struct FuzzFinding: Sendable, CustomTestStringConvertible {
    /// The input's file name.
    let name: String
    /// Every diagnostic line, with paths relative to the content folder; empty when the input now
    /// builds cleanly.
    let diagnostics: [String]

    var testDescription: String { name }
}

/// Runs every kept fuzz finding through load → publish → check → render, as the fuzz target does.
@Suite struct FuzzRegressionTests {
    static let folder = TestPaths.fixtures + "/fuzz"

    static let findings: [FuzzFinding] = [
        .init(name: "hub-yml-not-a-mapping", diagnostics: [
            "hub.yml:1:1: error: missing required key 'title'",
            "hub.yml:1:1: error: the file must be a mapping of `key: value` lines"]),
        .init(name: "readiness-invalid-utf8", diagnostics: [
            "hub.yml:9:1: error: invalid YAML: could not find expected ':' (while scanning a simple key at line 8, column 1)",
            "readiness.yml:13:36: error: the file is not valid UTF-8 from here on (it was saved in another encoding); save it as UTF-8"]),
        .init(name: "table-2000-columns", diagnostics: [
            "guidelines/fuzz.md:4:1: error: the table has 2000 columns; a table can have at most 100: split it into narrower tables",
            "hub.yml:1:1: warning: hub.yml has no site-url, so the sitemap, the feeds, the calendars, the digest email and the Teams and Slack messages cannot give the full address of the hub's pages; add site-url: with the address the site is served at, such as https://intranet.example.dk/advocacy/"]),
    ]

    @Test(arguments: findings) func findingEndsInItsDiagnostics(_ finding: FuzzFinding) throws {
        let bytes = try Data(contentsOf: URL(fileURLWithPath: Self.folder + "/" + finding.name))
        let hub = try FuzzHub(scaffold: TestPaths.validHub, templates: TestPaths.theme, in: TestPaths.temporaryFolder("fuzz"))
        let outcome = try hub.run(FuzzInput(Array(bytes)))
        let lines = outcome.report.diagnostics.map { $0.description.replacingOccurrences(of: hub.content + "/", with: "") }
        #expect(lines == finding.diagnostics)
        if !outcome.report.hasErrors {
            #expect(outcome.files.contains { $0.path == "index.html" })
        }
    }

    @Test func everyKeptFindingIsListed() throws {
        let names = try FileManager.default.contentsOfDirectory(atPath: Self.folder).filter { !$0.hasPrefix(".") }.sorted()
        #expect(names == Self.findings.map(\.name).sorted())
    }
}
