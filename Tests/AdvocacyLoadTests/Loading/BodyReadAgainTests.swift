import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// A build lets go of a document's Markdown source once its front matter is read, and reads the body
/// again where it renders it (`DocumentLoader.body(of:)`): the body read again is the one loaded, and
/// a file that changed in between gives none, so a body never goes with another version's front matter.
@Suite struct BodyReadAgainTests {
    private static func loader(_ content: String) -> DocumentLoader {
        DocumentLoader(folder: ContentFolder(content), clock: HubClock(timeZone: TimeZone(identifier: "Europe/Copenhagen")!))
    }

    /// Writes `text` as a share item and loads it.
    private func load(_ text: String, in content: String) throws -> DocumentInfo? {
        try FileManager.default.createDirectory(atPath: content + "/share", withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: content + "/share/t.md"))
        var diagnostics = Diagnostics()
        return Self.loader(content).shareItem("share/t.md", diagnostics: &diagnostics)?.info
    }

    @Test func theBodyReadAgainIsTheBodyLoaded() throws {
        let content = TestPaths.temporaryFolder("read-again")
        defer { TestPaths.remove(content) }
        let pieces = ["Tekst", " ", "\n", "\r\n", "æøå", "🌱", "\u{0B}", "\u{200B}", "---", "\n---\n", "```share social-selling\n",
                      "```\n", "\u{0}", "\r", "**fed**", "[[gab]]", "\u{FEFF}"]
        var random = SeededRandom(seed: 24)
        for round in 0..<60 {
            let body = (0..<Int.random(in: 0..<30, using: &random)).map { _ in pieces.randomElement(using: &random)! }.joined()
            let bom = round % 3 == 0 ? "\u{FEFF}" : ""
            let text = bom + "---\r\ntitle: T\ndisciplines: [social-selling]\n---\n" + body
            let info = try #require(try load(text, in: content))
            #expect(Self.loader(content).body(of: info) == info.body, "round \(round): \(body.debugDescription)")
        }
    }

    @Test func aFileThatChangedGivesNoBody() throws {
        let content = TestPaths.temporaryFolder("read-again-changed")
        defer { TestPaths.remove(content) }
        let text = "---\ntitle: T\ndisciplines: [social-selling]\npublish: 2026-12-01T08:00\n---\nOffentlig tekst.\n"
        for changed in [text + " ", text.replacingOccurrences(of: "Offentlig", with: "Hemmelig"),
                        text.replacingOccurrences(of: "2026-12-01", with: "2027-12-01"), "", "---\ntitle: T\n---\n"] {
            let info = try #require(try load(text, in: content))
            try Data(changed.utf8).write(to: URL(fileURLWithPath: content + "/share/t.md"))
            #expect(Self.loader(content).body(of: info) == nil, "\(changed.debugDescription)")
        }
        let info = try #require(try load(text, in: content))
        try FileManager.default.removeItem(atPath: content + "/share/t.md")
        #expect(Self.loader(content).body(of: info) == nil, "a file removed meanwhile")
    }
}
