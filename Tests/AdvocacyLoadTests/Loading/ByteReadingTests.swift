import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// Front matter's lines, a content file's name and a share item's `link:` are read by byte: each
/// gives what a plain reading by character gives, for random texts with the characters that could
/// tell them apart (combining marks, CR LF, non-breaking spaces, line ends).
@Suite struct ByteReadingTests {
    /// `FrontMatter.split` as it read each line's end by byte and its content by character.
    static func plainSplit(_ text: String) -> Result<(yaml: String, body: String, bodyLine: Int), FrontMatter.Failure> {
        let bytes = text.utf8
        var lineStart = bytes.startIndex, line = 1
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.endIndex
            var content = text[lineStart..<lineEnd]
            while let last = content.last, last == " " || last == "\t" { content = content.dropLast() }
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            if line == 1 {
                guard content == "---" else { return .failure(.missing) }
                yamlStart = next
            } else if content == "---" || content == "..." {
                return .success((String(text[yamlStart!..<lineStart]), String(text[next...]), line + 1))
            }
            lineStart = next
            line += 1
        }
        return .failure(line == 1 ? .missing : .unclosed)
    }

    @Test func frontMatterIsSplitWhereAReadingByCharacterSplitsIt() {
        let pieces = ["---", "...", "-", ".", " ", "\t", "\n", "\n", "\r\n", "\r", "a: b", "æ", "\u{301}", "\u{A0}", "🎉", "#"]
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let start = random.pick(["---\n", "--- \t\n", "---", "", "--\n", "---\u{301}\n"])
            let text = start + (0..<random.below(16)).map { _ in random.pick(pieces) }.joined()
            switch Self.plainSplit(text) {
            case .success(let expected):
                let found = try? FrontMatter.split(text)
                #expect(found?.yaml == expected.yaml && found?.body == expected.body && found?.bodyLine == expected.bodyLine,
                        "seed \(seed): \(text.debugDescription)")
            case .failure(let failure):
                #expect(throws: failure, "seed \(seed): \(text.debugDescription)") { try FrontMatter.split(text) }
            }
        }
    }

    @Test func frontMatterEdges() throws {
        #expect(throws: FrontMatter.Failure.missing) { try FrontMatter.split("") }
        #expect(throws: FrontMatter.Failure.missing) { try FrontMatter.split("---\u{301}\ntitle: x\n---\n") }
        #expect(throws: FrontMatter.Failure.unclosed) { try FrontMatter.split("---") }
        #expect(throws: FrontMatter.Failure.unclosed) { try FrontMatter.split("---\ntitle: x\n---\u{301}\nbody") }
        let dots = try FrontMatter.split("--- \t\ntitle: æ\n... \nbody")
        #expect(dots.yaml == "title: æ\n" && dots.body == "body" && dots.bodyLine == 4)
        let empty = try FrontMatter.split("---\n---")
        #expect(empty.yaml == "" && empty.body == "" && empty.bodyLine == 3)
    }

    @Test func aFileIsNamedAsNSStringNamesIt() {
        for path in ["share/item.md", "item.md", "a/b/c.md", "/abs/x.md", "a//b.md", "dir/", "", "/", "æ/ø.md", "a\u{301}/b.md"] {
            #expect(DocumentLoader.fileName(path) == (path as NSString).lastPathComponent, "\(path.debugDescription)")
        }
    }

    /// `isWebAddress` as it read by character.
    static func plainIsWebAddress(_ text: String) -> Bool {
        guard text.hasPrefix("https://") || text.hasPrefix("http://"),
              !text.contains(where: { $0 == " " || $0 == "\"" || $0 == "<" || $0 == ">" }),
              let url = URL(string: text), let host = url.host, !host.isEmpty else { return false }
        return true
    }

    @Test func aWebAddressIsToldAsAReadingByCharacterTellsIt() {
        let pieces = ["a", "dk", ".", "/", " ", "\"", "<", ">", "\u{301}", "\r\n", "æ", "?q=1", "#x", "%20", ":", "@"]
        for seed in PropertyRun.seeds(default: 1_000) {
            var random = SeededRandom(seed: seed)
            let text = random.pick(["https://", "http://", "ftp://", "https:/"]) + (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            #expect(DocumentLoader.isWebAddress(text) == Self.plainIsWebAddress(text), "seed \(seed): \(text.debugDescription)")
        }
    }
}
