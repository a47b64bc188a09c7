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
            // Loaded and read again, the body is known to hold no character an output may not hold.
            let again = Self.loader(content).withBody(info)
            #expect(info.bodyHoldsNoUnsafeCharacters && !UnsafeCharacters.contains(info.body), "round \(round)")
            #expect(again?.body == info.body && again?.bodyHoldsNoUnsafeCharacters == true, "round \(round)")
        }
    }

    @Test func aBodyChangedAfterLoadingIsNoLongerKnownToBeClean() throws {
        let content = TestPaths.temporaryFolder("read-again-mark")
        defer { TestPaths.remove(content) }
        var info = try #require(try load("---\ntitle: T\ndisciplines: [social-selling]\n---\nTekst.\n", in: content))
        #expect(MarkdownSource(info).textHoldsNoUnsafeCharacters)
        var source = MarkdownSource(info)
        source.text = "Et\u{0B}to"
        #expect(!source.textHoldsNoUnsafeCharacters)
        info.body = "Et\u{0B}to"
        #expect(!info.bodyHoldsNoUnsafeCharacters && !MarkdownSource(info).textHoldsNoUnsafeCharacters)
        #expect(!MarkdownRenderer().render(MarkdownSource(info)).html.contains("\u{0B}"))
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

    /// `ContentHash` is fast, not secret: its rounds can be undone, so a second text of the same length
    /// and hash is found in milliseconds by anyone who can write a content file (here one whose body
    /// carries a right-to-left override, which loading would have reported and replaced). A file
    /// swapped for such a text between the two reads still gives no body.
    @Test func aFileSwappedForTextOfTheSameContentHashGivesNoBody() throws {
        let content = TestPaths.temporaryFolder("read-again-forged")
        defer { TestPaths.remove(content) }
        let text = "---\ntitle: T\ndisciplines: [social-selling]\n---\n" + String(repeating: "Offentlig tekst. ", count: 8)
        var bytes = Array(text.utf8)
        bytes += Array(repeating: UInt8(ascii: " "), count: (8 - bytes.count % 8) % 8)
        let forged = try #require(Self.secondText(bytes, changing: 64, to: Array("\u{202E}".utf8)))
        #expect(forged != bytes && ContentHash(forged) == ContentHash(bytes), "the forged text has the same ContentHash")
        let original = String(decoding: bytes, as: UTF8.self)
        let info = try #require(try load(original, in: content))
        try Data(forged).write(to: URL(fileURLWithPath: content + "/share/t.md"))
        #expect(Self.loader(content).body(of: info) == nil, "\(String(decoding: forged, as: UTF8.self).debugDescription)")
    }

    /// A text of `bytes`' length and `ContentHash` that starts its 8-byte word at `offset` with `start`
    /// and is printable ASCII in the next word, which is chosen to undo the change; nil when none is found.
    private static func secondText(_ bytes: [UInt8], changing offset: Int, to start: [UInt8]) -> [UInt8]? {
        func inverse(_ odd: UInt64) -> UInt64 {
            var x = odd
            for _ in 0..<6 { x = x &* (2 &- odd &* x) }
            return x
        }
        let multiplier: UInt64 = 0x9E37_79B9_7F4A_7C15, wordFactor: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        func mix(_ value: UInt64) -> UInt64 { ((value << 31) | (value >> 33)) &* multiplier }
        func unmix(_ value: UInt64) -> UInt64 {
            let rotated = value &* inverse(multiplier)
            return (rotated >> 31) | (rotated << 33)
        }
        func word(_ bytes: [UInt8], _ index: Int) -> UInt64 {
            (0..<8).reduce(UInt64(0)) { $0 | UInt64(bytes[index * 8 + $1]) << (8 * UInt64($1)) }
        }
        let changed = offset / 8
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15 ^ UInt64(bytes.count)
        var states = [state]
        for index in 0..<(bytes.count / 8) {
            state = mix(state ^ (word(bytes, index) &* wordFactor))
            states.append(state)
        }
        let printable = Array(UInt8(ascii: "a")...UInt8(ascii: "z"))
        for attempt in 0..<1_000_000 {
            var text = bytes
            var rest = attempt
            for index in (changed * 8 + start.count)..<(changed * 8 + 8) {
                text[index] = printable[rest % printable.count]
                rest /= printable.count
            }
            text.replaceSubrange((changed * 8)..<(changed * 8 + start.count), with: start)
            let before = mix(states[changed] ^ (word(text, changed) &* wordFactor))
            let needed = (unmix(states[changed + 2]) ^ before) &* inverse(wordFactor)
            let forced = (0..<8).map { UInt8(truncatingIfNeeded: needed >> (8 * UInt64($0))) }
            guard forced.allSatisfy({ (0x20...0x7E).contains($0) }) else { continue }
            text.replaceSubrange(((changed + 1) * 8)..<((changed + 2) * 8), with: forced)
            return text
        }
        return nil
    }
}
