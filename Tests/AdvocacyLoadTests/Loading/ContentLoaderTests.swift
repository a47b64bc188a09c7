import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

@Suite struct ContentLoaderTests {
    @Test func loadsEveryKindWithLocations() throws {
        let (hub, diagnostics) = ContentLoader.load(TestPaths.validHub)
        #expect(!diagnostics.hasErrors, "\(diagnostics.all)")
        #expect(hub.config.title == "Testhubben")
        #expect(hub.config.baseURL == "/hub/")
        #expect(hub.config.forbiddenTerms.map(\.value) == ["Projekt Nordlys"])
        #expect(hub.disciplines.map(\.id) == ["social-selling", "employer-branding"])
        let item = try #require(hub.shareItems.first { $0.info.slug.value == "aarhus-kontor" })
        #expect(item.disciplines.map(\.value) == ["employer-branding", "social-selling"])
        #expect(item.disciplines[0].location == SourceLocation(file: TestPaths.validHub + "/share/aarhus-kontor.md", line: 6, column: 15))
        #expect(item.bestTime == BestTime("07:30-08:45"))
        #expect(item.info.bodyLine == 12)
        let story = try #require(hub.stories.first)
        #expect(story.info.slug.value == "foerste-kunde")
        #expect(story.results.map(\.label) == ["Møder", "Nye kunder"])
        #expect(story.results.map(\.value) == ["3", "1"])
        #expect(hub.readiness?.phases.flatMap(\.parameters).count == 3)
        #expect(hub.readiness?.strategicFrom == 2)
        #expect(hub.media.map(\.path) == ["media/aarhus.svg", "media/logo.svg", "media/zebrafink.svg"])
    }

    @Test func acceptsCRLFAndAByteOrderMark() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let text = "\u{FEFF}---\r\ntitle: Windows-fil\r\norder: 3\r\n---\r\n## Overskrift\r\n\r\nTekst.\r\n"
        try text.write(toFile: content + "/guidelines/windows.md", atomically: true, encoding: .utf8)
        let (hub, diagnostics) = ContentLoader.load(content)
        #expect(!diagnostics.hasErrors, "\(diagnostics.all)")
        let guideline = try #require(hub.guidelines.first { $0.info.slug.value == "windows" })
        #expect(guideline.info.title.value == "Windows-fil")
        #expect(guideline.order == 3)
        #expect(guideline.info.body == "## Overskrift\n\nTekst.\n")
    }

    @Test("links in media/ back to a folder already listed are not followed, so they cannot loop")
    func mediaLinksDoNotLoop() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        try FileManager.default.createDirectory(atPath: content + "/media/sub", withIntermediateDirectories: true)
        try Data("x".utf8).write(to: URL(fileURLWithPath: content + "/media/sub/x.txt"))
        for name in ["a", "b", "sub/up"] {
            try FileManager.default.createSymbolicLink(atPath: content + "/media/" + name, withDestinationPath: name == "sub/up" ? ".." : ".")
        }
        try FileManager.default.createSymbolicLink(atPath: content + "/media/brand", withDestinationPath: "../pages")
        let (hub, diagnostics) = ContentLoader.load(content)
        #expect(diagnostics.all.map(\.description) == [
            content + "/media/a:1:1: warning: 'media/a' is a link to 'media', which is already listed; it is not followed",
            content + "/media/b:1:1: warning: 'media/b' is a link to 'media', which is already listed; it is not followed",
            // A folder linked from outside media/ is followed, but its files are not media: a page's text
            // copied as a media file would be published whatever its state.
            content + "/media/brand/om-hubben.md:1:1: error: 'media/brand/om-hubben.md' is a symbolic link to 'pages/om-hubben.md', which is not in media/; a media file may lead only to a file in media/: copy the file itself into media/",
            content + "/media/sub/up:1:1: warning: 'media/sub/up' is a link to 'media', which is already listed; it is not followed",
        ])
        #expect(hub.media.map(\.path) == ["media/aarhus.svg", "media/logo.svg", "media/sub/x.txt", "media/zebrafink.svg"])
    }

    @Test func frontMatterSplitsAtTheClosingLine() throws {
        let split = try FrontMatter.split("---\ntitle: x\n---\nbody\n")
        #expect(split.yaml == "title: x\n")
        #expect(split.body == "body\n")
        #expect(split.bodyLine == 4)
    }
}
