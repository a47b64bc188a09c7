import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacyOutput
@testable import AdvocacyPublish
@testable import AdvocacySite

/// One published set: a build decides once which documents are published at `now` and copies a media
/// file exactly when one of them uses it, whatever the link's form. Nothing of a draft, an embargoed
/// item or a pulled document reaches the output folder or anything beside it.
@Suite struct PublishedSetTests {
    typealias Hub = PublishedSetHub

    /// Every kind of document in every state, each linking media files of its own in every link form,
    /// and linking one published document of each kind by its file and from the root.
    static func everyForm(base: String, unsafeHTML: Bool) -> Hub {
        var random = SeededRandom(state: 20)
        var hub = Hub(base: base, unsafeHTML: unsafeHTML)
        for kind in Hub.Kind.allCases {
            let states: [Hub.State] = kind == .share ? Hub.State.allCases : [.published, .draft, .pulledToDraft, .pulledAway]
            for state in states {
                var document = Hub.Document(kind: kind, state: state, secret: Hub.secret(&random))
                for form in Hub.Form.allCases {
                    let folder = hub.media.count % 3 == 0 ? "media/billeder/2027/" : "media/", secret = Hub.secret(&random)
                    hub.media.append(Hub.Media(path: folder + "Teaser-\(form.rawValue)-\(secret).svg", secret: secret))
                    document.links.append((hub.media.count - 1, form))
                }
                hub.documents.append(document)
            }
        }
        let stable = hub.documents.indices.filter { hub.documents[$0].state == .published }
        for index in hub.documents.indices {
            hub.documents[index].documentLinks = stable.filter { $0 != index }.flatMap { [($0, false), ($0, true)] }
        }
        return hub
    }

    @Test("no link form copies an unpublished document's media; each copies a published one's",
          arguments: [("/hub/", true), ("/", true), ("/a/b/", false)])
    func everyLinkForm(base: String, unsafeHTML: Bool) throws {
        let hub = Self.everyForm(base: base, unsafeHTML: unsafeHTML)
        let folder = TestPaths.temporaryFolder("published-set")
        defer { SecretScan.remove(folder) }
        let built = try hub.build(in: folder)
        for report in built.reports {
            #expect(!report.hasErrors, "\(report.diagnostics.filter { $0.severity == .error }.prefix(5))")
        }
        #expect(SecretScan.findings(of: hub.secrets, under: built.parent) == [])
        #expect(SecretScan.media(in: built.output) == hub.published)
        let rawHTML = hub.documents.filter(\.state.isPublished).flatMap { $0.links.filter(\.form.isRawHTML).map { hub.media[$0.media].path } }
        #expect(!rawHTML.isEmpty && rawHTML.allSatisfy { SecretScan.media(in: built.output).contains($0) == unsafeHTML },
                "raw HTML copies what it shows when hub.yml lets it through, and nothing otherwise")
        for path in hub.published {
            #expect(FileManager.default.contents(atPath: built.output + "/" + path) == hub.media.first { $0.path == path }!.bytes)
        }
        let words = Set(hub.documents.filter(\.state.isPublished).map(\.secret))
        #expect(Set(SecretScan.findings(of: words, under: built.output).map { String($0.suffix(12)) }) == words,
                "the scan finds every published document's word")
        #expect(FileManager.default.fileExists(atPath: built.parent + "/._site.previous"), "the kept folder is scanned too")
    }

    /// The case of issue #20: an embargoed share item shows `/media/secret-launch.svg`, a draft
    /// guideline a root-relative image, and a story its image by its full address.
    @Test func theEmbargoedTeaserStaysOut() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let svg = Data("<svg xmlns=\"http://www.w3.org/2000/svg\"><!-- zqkmnpqrstvw --></svg>\n".utf8)
        for name in ["secret-launch.svg", "draft-guide.svg", "by-address.svg"] {
            try svg.write(to: URL(fileURLWithPath: content + "/media/" + name))
        }
        try "---\ntitle: Lancering\nlink: https://www.example.dk/l\ndisciplines: [social-selling]\npublish: 2027-05-01T07:30\n---\n![Teaser](/media/secret-launch.svg)\n\n```share social-selling\nSnart.\n```\n"
            .write(toFile: content + "/share/lancering.md", atomically: false, encoding: .utf8)
        try "---\ntitle: Kladde\ndraft: true\n---\n![Guide](/media/draft-guide.svg)\n"
            .write(toFile: content + "/guidelines/kladde.md", atomically: false, encoding: .utf8)
        try "---\ntitle: Kladde\ndraft: true\n---\n![Adresse](https://intranet.example.dk/hub/media/by-address.svg)\n"
            .write(toFile: content + "/stories/kladde.md", atomically: false, encoding: .utf8)
        let site = try BuiltSite(content: content, now: "2026-12-10T09:00")
        #expect(!site.report.hasErrors, "\(site.report.diagnostics)")
        #expect(!site.exists("media/secret-launch.svg") && !site.exists("media/draft-guide.svg") && !site.exists("media/by-address.svg"))
        #expect(SecretScan.findings(of: ["zqkmnpqrstvw"], under: site.output) == [])
        let published = try BuiltSite(content: content, now: "2027-05-01T07:30")
        #expect(published.exists("media/secret-launch.svg"), "copied once the item is published")
        #expect(published.file("share/lancering/index.html").contains("src=\"/hub/media/secret-launch.svg\""))
    }
}
