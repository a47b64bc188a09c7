import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import AdvocacyTestSupport

/// A hub with a character no page, feed or calendar may hold in every kind of field (hub.yml,
/// readiness.yml, front matter of every kind of file, bodies, headings, tables, code, links, share
/// texts): each is replaced by a space with a warning, and no output file holds one.
@Suite struct UnsafeCharacterTests {
    static let fixture = TestPaths.fixtures + "/unsafe-characters"
    static let now = "2026-12-10T09:00"

    /// What HTML5 reports as a parse error in the input stream: controls other than ASCII white
    /// space, and noncharacters. Written out here apart from the engine's own list.
    static func isForbiddenInHTML(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return ![0x09, 0x0A, 0x0C, 0x0D].contains(value) }
        return (0x7F...0x9F).contains(value) || (0xFDD0...0xFDEF).contains(value) || value & 0xFFFF >= 0xFFFE
    }

    /// The characters of `text` that neither HTML5 nor XML allows, nor a carriage return, nor a page break.
    static func forbidden(in text: String) -> [String] {
        text.unicodeScalars.filter { isForbiddenInHTML($0) || $0 == "\r" || $0 == "\u{0C}" }.map { String(format: "U+%04X", $0.value) }
    }

    @Test("check warns at every character, with clean messages, and exits 0")
    func check() throws {
        let run = try CommandRun(["check", "--content", "unsafe-characters", "--templates", TestPaths.theme, "--now", Self.now],
                                 in: TestPaths.fixtures)
        #expect(run.status == 0, "\(run.standardError)")
        let lines = run.standardError.split(separator: "\n").map(String.init)
        #expect(lines.last == "0 errors, 53 warnings")
        #expect(lines.dropLast().allSatisfy { $0.contains(": warning: ") && $0.contains(" is replaced by a space: ") })
        #expect(lines.contains("unsafe-characters/hub.yml:1:11: warning: a vertical tab (U+000B), as Word writes for a line break, "
            + "is replaced by a space: web pages and feeds cannot hold it; delete it or type a normal line break"))
        #expect(lines.contains("unsafe-characters/readiness.yml:7:23: warning: a noncharacter (U+1FFFF) is replaced by a space: "
            + "web pages and feeds cannot hold it; delete it"))
        #expect(lines.contains("unsafe-characters/share/aarhus.md:10:36: warning: an invisible control character (U+0085) "
            + "is replaced by a space: web pages and feeds cannot hold it; delete it"))
        #expect(Self.forbidden(in: run.standardError).isEmpty)
    }

    @Test("every output file parses and holds none of them")
    func outputs() throws {
        let site = try BuiltSite(content: Self.fixture, now: Self.now)
        #expect(!site.report.hasErrors, "\(site.report.diagnostics)")
        // The texts got through, with spaces where the characters were.
        #expect(site.file("index.html").contains("Vel kommen"))
        #expect(site.file("feed.xml").contains("<title>Nyt kontor</title>"))
        #expect(site.file("queue.ics").contains("SUMMARY:Nyt kontor\r\n"))
        #expect(site.file("share/aarhus/index.html").contains("Tekst  til LinkedIn."))

        let texts = site.files.filter { path in [".html", ".xml", ".json", ".ics", ".css", ".js", ".txt"].contains { path.hasSuffix($0) } }
        #expect(texts.count > 10)
        for path in texts {
            let text = site.file(path)
            let found = Self.forbidden(in: path.hasSuffix(".ics") ? text.replacingOccurrences(of: "\r\n", with: "\n") : text)
            #expect(found.isEmpty, "\(path) holds \(found)")
        }
        for path in ["feed.xml", "sitemap.xml"] {
            let parser = XMLParser(data: Data(site.file(path).utf8))
            #expect(parser.parse(), "\(path): \(String(describing: parser.parserError))")
        }
        let entries = try site.searchIndex().entries
        #expect(entries.count == 5)
        for entry in entries {
            for case let value as String in entry.values {
                #expect(Self.forbidden(in: value).isEmpty, "\(value)")
            }
        }
        let calendar = site.file("queue.ics")
        #expect(calendar.hasSuffix("\r\n"))
        for line in calendar.components(separatedBy: "\r\n").dropLast() {
            #expect(!line.contains("\n") && !line.contains("\r"), "\(line)")
            #expect(line.utf8.count <= 75, "\(line)")
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 && $0 != "\t" || $0.value == 0x7F }, "\(line)")
        }
    }
}
