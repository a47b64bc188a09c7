import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild
@testable import AdvocacyCore

@Suite("Strict keys, params and the YAML alias cap, end to end")
struct StrictSchemaTests {
    static let now = "2026-12-10T09:00"

    @Test("a hub with params: in hub.yml and every kind of front matter checks clean and builds", arguments: HubLanguage.allCases)
    func paramsAreAccepted(_ language: HubLanguage) throws {
        let run = try CommandRun(["check", "--content", "valid-params", "--templates", TestPaths.theme, "--now", Self.now],
                                 in: TestPaths.fixtures, language: language.rawValue)
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardError == (language == .en ? "0 errors, 0 warnings\n" : "0 fejl, 0 advarsler\n"))
        let site = try BuiltSite(content: TestPaths.fixtures + "/valid-params", now: Self.now)
        #expect(site.exists("share/aarhus/index.html"))
        try? FileManager.default.removeItem(atPath: (site.output as NSString).deletingLastPathComponent)
    }

    @Test("templates see params as page.params, site.params and item.params, escaped like every value")
    func paramsReachTheTemplates() throws {
        let theme = TestPaths.copy(TestPaths.theme)
        let parent = (theme as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let heading = "<h1>{{page.title}}</h1>"
        for (layout, shown) in [
            ("share-item", "{{page.params.badge}}|{{#item}}{{params.note}}{{/item}}|{{site.params.accent-colour}}|"
                + "{{#page.params.regions}}{{.}};{{/page.params.regions}}|{{#page.params.card}}{{colour}}{{/page.params.card}}"),
            ("guideline", "{{^page.params.sidebar}}no sidebar{{/page.params.sidebar}}"),
        ] {
            let path = theme + "/layouts/\(layout).mustache"
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try text.replacingOccurrences(of: heading, with: heading + "<p class=\"params\">\(shown)</p>")
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        var options = BuildOptions()
        options.content = TestPaths.fixtures + "/valid-params"
        options.templates = theme
        options.output = parent + "/_site"
        options.now = Self.now
        let report = try Builder.build(options)
        #expect(report.diagnostics.isEmpty, "\(report.diagnostics)")
        let item = try String(contentsOfFile: options.output + "/share/aarhus/index.html", encoding: .utf8)
        #expect(item.contains("<p class=\"params\">Nyhed|&lt;b&gt;fed&lt;/b&gt; &amp; mere|#0b5|Østjylland;Midtjylland;|green</p>"))
        let guideline = try String(contentsOfFile: options.output + "/guidelines/politik/index.html", encoding: .utf8)
        #expect(guideline.contains("<p class=\"params\">no sidebar</p>"))
    }

    /// A content folder made from the unknown-key fixture's hub.yml and discipline, with `files` added.
    static func hub(_ files: [String: String]) throws -> String {
        let content = TestPaths.temporaryFolder("aliases") + "/content"
        for folder in ["share", "stories", "disciplines"] {
            try FileManager.default.createDirectory(atPath: content + "/" + folder, withIntermediateDirectories: true)
        }
        let base = TestPaths.invalidFixture("unknown-key") + "/invalid/unknown-key"
        try FileManager.default.copyItem(atPath: base + "/hub.yml", toPath: content + "/hub.yml")
        try FileManager.default.copyItem(atPath: base + "/disciplines/social-selling.md", toPath: content + "/disciplines/social-selling.md")
        for (path, text) in files { try text.write(toFile: content + "/" + path, atomically: true, encoding: .utf8) }
        return content
    }

    /// A story whose `results:` repeat an alias of a 200 KB anchor 10,000 times (293 KB).
    static let story = "---\ntitle: Eksplosion\ndate: 2026-11-02\nresults:\n  - &big {label: \"x\", value: \"" + String(repeating: "y", count: 200_000)
        + "\"}\n" + String(repeating: "  - *big\n", count: 10_000) + "---\nTekst.\n"
    /// A readiness model whose 11,000 parameters repeat an alias of the levels (385 KB).
    static let readiness = "levels: &levels [Ingen, Autonom, Eksperter, Ambassadører, Alle]\nphases:\n  - name: Fase\n    parameters:\n"
        + String(repeating: "      - {name: P, levels: *levels}\n", count: 11_000)
    /// A hub.yml whose forbidden terms repeat an alias of a 100 KB term 5,000 times (121 KB).
    static let hubYAML = "title: Testhub\nforbidden-terms: [&t " + String(repeating: "n", count: 100_000) + ", "
        + Array(repeating: "*t", count: 5_000).joined(separator: ", ") + "]\n"

    static let cases: [(name: String, files: [String: String], english: String, danish: String)] = [
        ("story", ["stories/eksplosion.md": story],
         "stories/eksplosion.md:10:5: error: with '*big' the aliases of this file repeat more than 1,000,000 characters; a file may repeat at most 1,000,000 characters through aliases: repeat less",
         "stories/eksplosion.md:10:5: fejl: med '*big' gentager filens aliasser mere end 1.000.000 tegn; en fil må højst gentage 1.000.000 tegn gennem aliasser: gentag mindre"),
        ("readiness", ["readiness.yml": readiness],
         "readiness.yml:105:27: error: '*levels' is alias number 101 in this file; a file may hold at most 100 YAML aliases: write the values out instead",
         "readiness.yml:105:27: fejl: '*levels' er alias nummer 101 i filen; en fil må højst have 100 YAML-aliasser: skriv værdierne ud i stedet"),
        ("hub.yml", ["hub.yml": hubYAML],
         "hub.yml:2:100060: error: with '*t' the aliases of this file repeat more than 1,000,000 characters; a file may repeat at most 1,000,000 characters through aliases: repeat less",
         "hub.yml:2:100060: fejl: med '*t' gentager filens aliasser mere end 1.000.000 tegn; en fil må højst gentage 1.000.000 tegn gennem aliasser: gentag mindre"),
    ]

    @Test("aliases past the cap are an error at the alias, and the build writes nothing", arguments: 0..<3)
    func aliasesAreCapped(_ index: Int) throws {
        let example = Self.cases[index]
        let content = try Self.hub(example.files)
        let parent = (content as NSString).deletingLastPathComponent
        defer { try? FileManager.default.removeItem(atPath: parent) }
        for language in HubLanguage.allCases {
            let run = try CommandRun(["build", "--content", "content", "--templates", TestPaths.theme, "--now", Self.now, "--output", "site"],
                                     in: parent, language: language.rawValue)
            #expect(run.status == 1, "\(run.standardError)")
            let expected = "content/" + (language == .en ? example.english : example.danish)
            #expect(run.standardError.split(separator: "\n").map(String.init).contains(expected), "\(run.standardError)")
            #expect(try FileManager.default.contentsOfDirectory(atPath: parent) == ["content"])
        }
    }
}
