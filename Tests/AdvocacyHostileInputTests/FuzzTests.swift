import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild
@testable import AdvocacySite

/// Feeds a few thousand deterministic mutations of the fixture hub's Markdown and front matter
/// through loading, checking and rendering. Nothing may crash; everything must end in a report.
@Suite struct FuzzTests {
    typealias Random = SeededRandom

    static let fragments = ["---", "\n", ":", ": ", "- ", "[", "]", "(", ")", "```", "```share ", "~~", "*", "_", "|", ">", "#",
                            "<", ">", "&", "\"", "'", "\t", "  ", "{", "}", "[^1]", "[^1]: x", "!", "../", ".md", "media/",
                            "æ", "ø", "å", "🎉", "\u{200D}", "\u{0301}", "title:", "publish: ", "2026-13-45", "disciplines: [",
                            "sponsored: ", "best-time: ", "&#0;", "\\", "www.", "https://", "javascript:", "<script>", "\r\n", "\u{FEFF}"]

    static func mutate(_ text: String, _ random: inout Random) -> String {
        var characters = Array(text)
        for _ in 0...random.below(4) {
            let at = random.below(characters.count + 1)
            switch random.below(5) {
            case 0:
                let length = random.below(12)
                characters.removeSubrange(at..<min(characters.count, at + length))
            case 1:
                let length = random.below(40)
                characters.insert(contentsOf: characters[at..<min(characters.count, at + length)], at: at)
            case 2:
                characters.insert(contentsOf: Array(fragments[random.below(fragments.count)]), at: at)
            case 3:
                if !characters.isEmpty { characters[min(at, characters.count - 1)] = Character(Unicode.Scalar(UInt8(random.below(128)))) }
            default:
                characters.insert(contentsOf: Array(String(repeating: fragments[random.below(fragments.count)], count: random.below(200))), at: at)
            }
        }
        return String(characters)
    }

    @Test func mutatedContentNeverCrashesTheBuild() throws {
        let sources = ["share/aarhus-kontor.md", "share/webinar.md", "guidelines/politik.md", "stories/første-kunde.md",
                       "disciplines/social-selling.md", "hub.yml", "readiness.yml"]
        let originals = try sources.map { try String(contentsOfFile: TestPaths.validHub + "/" + $0, encoding: .utf8) }
        let (theme, _) = Theme.load(TestPaths.theme, language: .da)
        let theTheme = try #require(theme)
        var random = Random(state: 2026)
        var inputs = 0, reports = 0
        for round in 0..<30 {
            let content = TestPaths.copy(TestPaths.validHub)
            for index in 0..<100 {
                let pick = random.below(sources.count)
                let mutated = Self.mutate(originals[pick], &random)
                let target = sources[pick].hasSuffix(".yml") && index == 0
                    ? content + "/" + sources[pick]
                    : content + "/" + (sources[pick].hasSuffix(".yml") ? "guidelines" : (sources[pick] as NSString).deletingLastPathComponent)
                        + "/fuzz-\(round)-\(index).md"
                try mutated.write(toFile: target, atomically: false, encoding: .utf8)
                inputs += 1
            }
            var options = BuildOptions()
            options.content = content
            options.templates = TestPaths.theme
            options.now = "2026-12-10T09:00"
            let prepared = try Builder.prepare(options)
            reports += 1
            if !prepared.report.hasErrors {
                #expect(!SiteRenderer.render(prepared.site, theme: theTheme).isEmpty)
            }
            #expect(prepared.report.diagnostics.allSatisfy { $0.location.line >= 1 && $0.location.column >= 1 })
            try? FileManager.default.removeItem(atPath: content)
        }
        #expect(inputs == 3000 && reports == 30)
    }

    @Test func hostileInputEndsInDiagnosticsNotCrashes() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let guidelines = content + "/guidelines/"
        func write(_ name: String, _ text: String) throws {
            try text.write(toFile: guidelines + name, atomically: false, encoding: .utf8)
        }
        try write("dyb-citat.md", "---\ntitle: Dyb\n---\n" + String(repeating: ">", count: 10_000) + " x\n")
        try write("dybe-klammer.md", "---\ntitle: Klammer\n---\n" + String(repeating: "[", count: 10_000) + "x"
                  + String(repeating: "]", count: 10_000) + "\n" + String(repeating: "*", count: 10_000) + "\n")
        try write("dyb-liste.md", "---\ntitle: Liste\n---\n" + (0..<2000).map { String(repeating: "  ", count: $0) + "- x\n" }.joined())
        let paragraph = "Ord med **fed** og ~~streg~~ og www.example.dk og æøå 🎉. " + String(repeating: "Lorem ipsum dolor sit amet. ", count: 30)
        try write("stor.md", "---\ntitle: Stor\n---\n" + String(repeating: paragraph + "\n\n", count: 10_000_000 / (paragraph.utf8.count + 2)))
        try write("kun-front-matter.md", "---\ntitle: Kun front matter\n---\n")
        try write("mellemrum og æøå.md", "---\ntitle: Mellemrum\n---\nHej\n")
        try write("tom.md", "")
        #expect(FileManager.default.createFile(atPath: guidelines + "ugyldig.md", contents: Data([0x2D, 0x2D, 0x2D, 0x0A, 0xFF, 0xFE, 0x0A])))
        try "ikke markdown".write(toFile: guidelines + "noter.txt", atomically: false, encoding: .utf8)
        let outside = TestPaths.temporaryFolder("outside")
        try "---\ntitle: Udenfor HEMMELIGT\n---\nHEMMELIGT\n".write(toFile: outside + "/x.md", atomically: false, encoding: .utf8)
        try FileManager.default.createSymbolicLink(atPath: guidelines + "link.md", withDestinationPath: outside + "/x.md")
        try FileManager.default.createSymbolicLink(atPath: content + "/media/ude", withDestinationPath: outside)

        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.now = "2026-12-10T09:00"
        let messages = try Builder.prepare(options).report.diagnostics.map(\.description)
        let g = content + "/guidelines/"
        #expect(messages.contains("\(g)tom.md:1:1: error: missing front matter: start the file with a '---' line, then 'title: …', then '---'"))
        #expect(messages.contains("\(g)ugyldig.md:2:1: error: the file is not valid UTF-8 from here on (it was saved in another encoding); save it as UTF-8"))
        #expect(messages.contains("\(g)noter.txt:1:1: warning: ignored: not a Markdown file (only .md files in guidelines/ are read)"))
        #expect(messages.contains("\(g)link.md:1:1: error: 'guidelines/link.md' leads outside the content folder; it is not read"))
        #expect(messages.contains("\(content)/media/ude:1:1: error: 'media/ude' leads outside the content folder; it is not copied"))
        #expect(messages.contains("\(g)dyb-citat.md:4:1: error: quotes and lists are nested 10000 levels deep here; at most 50 are allowed: "
            + "remove some of the '>', '-' or '1.' at the start of the line, or indent it less"))
        #expect(messages.contains("\(g)dybe-klammer.md:4:1: error: more than 5,000 '[' up to here without a blank line between them; "
            + "put blank lines between paragraphs, or write '&#91;' for a '[' that opens no link"))
        // A list as deep as its lines are indented (two columns a level).
        #expect(messages.contains("\(g)dyb-liste.md:54:1: error: quotes and lists are nested 51 levels deep here; at most 50 are allowed: "
            + "remove some of the '>', '-' or '1.' at the start of the line, or indent it less"))
        #expect(!messages.contains { $0.contains("HEMMELIGT") })
        #expect(messages.count == 8, "\(messages)")
    }
}
