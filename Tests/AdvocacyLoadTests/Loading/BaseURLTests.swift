import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// base-url and site-url name the same folder: the pages link by one, the feeds and the digest by the other.
@Suite struct BaseURLTests {
    /// The base URL and the findings of a hub.yml with these two lines.
    func read(base: String?, site: String?) throws -> (base: String, findings: [String]) {
        let folder = TestPaths.temporaryFolder("base-url")
        let lines = ["title: Hub", "language: en"] + [base.map { "base-url: \($0)" }, site.map { "site-url: \($0)" }].compactMap { $0 }
        try (lines.joined(separator: "\n") + "\n").write(toFile: folder + "/hub.yml", atomically: false, encoding: .utf8)
        var diagnostics = Diagnostics()
        let config = HubConfigLoader.load(ContentFolder(folder), diagnostics: &diagnostics)
        return (config.baseURL, diagnostics.all.filter { $0.severity == .error }.map { $0.message.text(in: .en) })
    }

    @Test(arguments: [("/advocacy/", "https://intranet.example.dk/advocacy/"), ("/advocacy", "https://intranet.example.dk/advocacy/"),
                      ("/", "https://hub.example.dk/"), ("/a/b/", "http://intranet.example.dk/a/b/"),
                      ("https://intranet.example.dk/advocacy/", "https://intranet.example.dk/advocacy/")])
    func theSamePathIsFine(base: String, site: String) throws {
        #expect(try read(base: base, site: site).findings.isEmpty)
    }

    @Test(arguments: [("/", "https://intranet.example.dk/advocacy/", "/advocacy/"), ("/advocacy/", "https://hub.example.dk/", "/"),
                      ("/Advocacy/", "https://intranet.example.dk/advocacy/", "/advocacy/"),
                      ("/advocacy/hub/", "https://intranet.example.dk/advocacy/", "/advocacy/"),
                      ("/hub/", "https://intranet.example.dk/advocacy/hub/", "/advocacy/hub/")])
    func anotherPathIsAnErrorThatSaysWhatToWrite(base: String, site: String, path: String) throws {
        let findings = try read(base: base, site: site).findings
        #expect(findings == ["base-url '\(base)' is not the path of site-url '\(site)', so the links in the feeds and the digest would lead "
            + "elsewhere; write base-url: \(path), or leave base-url out and it follows site-url"])
    }

    @Test func withoutBaseURLThePagesFollowSiteURLsPath() throws {
        #expect(try read(base: nil, site: "https://intranet.example.dk/advocacy/") == ("/advocacy/", []))
        #expect(try read(base: nil, site: nil).base == "/")
        #expect(try read(base: "/hub/", site: nil) == ("/hub/", []))
    }
}
