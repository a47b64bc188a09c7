import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacySite

/// The characters no output may hold: found in files as written, and kept out by every escaper.
@Suite struct UnsafeCharactersTests {
    static let all: [Unicode.Scalar] = [0, 0x01, 0x0B, 0x0C, 0x0D, 0x1F, 0x7F, 0x85, 0x9F,
                                        0xFDD0, 0xFDEF, 0xFFFE, 0xFFFF, 0x1FFFE, 0x10FFFF].map { Unicode.Scalar($0)! }
    static let allowed: [Unicode.Scalar] = ["\t", "\n", " ", "~", "\u{A0}", "æ", "\u{FDCF}", "\u{FDF0}", "\u{FFFD}", "🎉", "\u{1FFFD}"]

    @Test func recognisesEachOneByItsBytes() {
        for scalar in Self.all {
            #expect(UnsafeCharacters.isUnsafe(scalar))
            #expect(UnsafeCharacters.contains("a" + String(scalar) + "b"), "U+\(String(scalar.value, radix: 16))")
        }
        for scalar in Self.allowed {
            #expect(!UnsafeCharacters.isUnsafe(scalar))
            #expect(!UnsafeCharacters.contains("a" + String(scalar) + "b"), "U+\(String(scalar.value, radix: 16))")
        }
    }

    /// The scan reads eight bytes at a time and looks closer only at words that may hold one: each
    /// one and each neighbour that shares its first byte, at every offset in and across a word,
    /// after ASCII and after a two-byte character, is found where a character-by-character scan
    /// finds it.
    @Test func theWordAtATimeScanFindsEachOneAtEveryOffset() {
        func reference(_ text: String) -> Int? {
            var offset = 0
            for scalar in text.unicodeScalars {
                if UnsafeCharacters.isUnsafe(scalar) { return offset }
                offset += UTF8.width(scalar)
            }
            return nil
        }
        for scalar in Self.all + Self.allowed {
            for before in ["", "æ"] {
                for count in 0..<20 {
                    for after in ["", "0123456789abcdef", "\u{A0}x"] {
                        let text = before + String(repeating: "x", count: count) + String(scalar) + after
                        let found = Array(text.utf8).withUnsafeBufferPointer { UnsafeCharacters.firstOffset(in: $0) }
                        #expect(found == reference(text), "U+\(String(scalar.value, radix: 16)) after \(before.utf8.count + count) bytes")
                    }
                }
            }
        }
        let long = String(repeating: "Del gerne opslaget med dit netværk.\n", count: 40)
        #expect(!UnsafeCharacters.contains(long))
        #expect(Array((long + "\u{85}").utf8).withUnsafeBufferPointer { UnsafeCharacters.firstOffset(in: $0, from: 8) } == long.utf8.count)
    }

    /// Random texts of letters, line breaks, tabs, emoji and the characters no output may hold (and
    /// their neighbours that share a first byte), at random offsets: the scan finds the first one
    /// where a scalar-by-scalar scan does, from any starting point.
    @Test func theScanFindsWhatAScalarScanFinds() {
        let pieces = ["x", "æ", "Ø", "\n", "\t", " ", "–", "🎉", "\u{A0}", "\u{85}", "\u{9F}", "\u{7F}", "\u{0B}", "\u{1F}", "\u{FEFF}",
                      "\u{FDCF}", "\u{FDF0}", "\u{10000}", "\u{F0000}"]
            + [0xFFFE, 0xFDD0, 0xFDEF, 0x1FFFF, 0x10FFFE].map { String(Unicode.Scalar(UInt32($0))!) }
        for seed in PropertyRun.seeds(default: 3_000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(30)).map { _ in random.pick(pieces) }.joined()
            let bytes = Array(text.utf8)
            // A start at a scalar's first byte, as every caller gives.
            let starts = bytes.indices.filter { bytes[$0] & 0xC0 != 0x80 } + [bytes.count]
            let start = random.pick(starts)
            var expected: Int?
            var offset = 0
            for scalar in text.unicodeScalars {
                if offset >= start && UnsafeCharacters.isUnsafe(scalar) { expected = offset; break }
                offset += UTF8.width(scalar)
            }
            let found = bytes.withUnsafeBufferPointer { UnsafeCharacters.firstOffset(in: $0, from: start) }
            #expect(found == expected, "seed \(seed): \(text.debugDescription) from \(start)")
        }
    }

    /// The scan passes over eight bytes at once when each is from space to `~`: every byte value at
    /// every place among the edges of that range (and random words) is judged as byte by byte.
    @Test func eightPrintableBytesAreToldApartFromAnyOther() {
        func reference(_ word: UInt64) -> Bool { (0..<8).allSatisfy { (0x20...0x7E).contains(UInt8(truncatingIfNeeded: word >> (8 * $0))) } }
        for fill in [0x20, 0x7E, 0x61, 0x1F, 0x7F, 0x80, 0xFF, 0x00] as [UInt64] {
            for place in 0..<8 {
                for byte in 0...255 as ClosedRange<UInt64> {
                    var word: UInt64 = 0
                    for each in 0..<8 { word |= (each == place ? byte : fill) << (8 * UInt64(each)) }
                    #expect(UnsafeCharacters.isPrintableASCII(word) == reference(word), "\(String(word, radix: 16))")
                }
            }
        }
        var random = SeededRandom(seed: 7)
        let edges: [UInt64] = [0x00, 0x0A, 0x1F, 0x20, 0x21, 0x7D, 0x7E, 0x7F, 0x80, 0xC3, 0xEF, 0xFF]
        for _ in 0..<20_000 {
            var word: UInt64 = 0
            for each in 0..<8 { word |= (random.chance(0.5) ? random.pick(edges) : UInt64(random.below(256))) << (8 * UInt64(each)) }
            #expect(UnsafeCharacters.isPrintableASCII(word) == reference(word), "\(String(word, radix: 16))")
        }
    }

    @Test func escapersNeverEmitThem() throws {
        let text = "a" + String(String.UnicodeScalarView(Self.all)) + "<b>\r\n"
        for output in [HTML.escape(text), CalendarFeed.text(text), CalendarFeed.fold(CalendarFeed.text(text))] {
            #expect(!output.unicodeScalars.contains { $0 != "\r" && $0 != "\n" && UnsafeCharacters.isUnsafe($0) })
            #expect(!output.contains("\r") || output.contains("\r\n "), "only a fold's CRLF")
        }
        let json = JSON.string(text)
        #expect(!json.unicodeScalars.contains(where: UnsafeCharacters.isUnsafe))
        let decoded = try JSONSerialization.jsonObject(with: Data(json.utf8), options: .fragmentsAllowed) as? String
        #expect(decoded == text)
    }

    @Test func theScanReplacesThemWithSpacesAndReportsEach() {
        var diagnostics = Diagnostics()
        let cleaned = CharacterScan.clean("title: a\u{0B}b\nøæ" + String(Unicode.Scalar(0xFFFE)!) + "x\u{85}\nx\0\ry\n",
                                          file: "f.md", diagnostics: &diagnostics)
        #expect(cleaned == "title: a b\nøæ x \nx  y\n")
        #expect(diagnostics.all.map(\.description) == [
            "f.md:1:9: warning: a vertical tab (U+000B), as Word writes for a line break, is replaced by a space: web pages and feeds cannot hold it; delete it or type a normal line break",
            "f.md:2:3: warning: a noncharacter (U+FFFE) is replaced by a space: web pages and feeds cannot hold it; delete it",
            "f.md:2:5: warning: an invisible control character (U+0085) is replaced by a space: web pages and feeds cannot hold it; delete it",
            "f.md:3:2: error: the file holds a NUL character (U+0000) here; delete it (a file full of them was saved as UTF-16: save it as UTF-8)",
            "f.md:3:3: error: a carriage return without a line feed (U+000D) here; delete it, or save the file with normal line ends (LF or CRLF)",
        ])
    }

    @Test func theScanListsTwentyAndSumsUpTheRest() {
        var warnings = Diagnostics()
        _ = CharacterScan.clean(String(repeating: "a\u{0B}\n", count: 25), file: "f.md", diagnostics: &warnings)
        #expect(warnings.all.count == 21)
        #expect(warnings.all.last?.description == "f.md:21:2: warning: 5 more invisible characters that pages and feeds cannot hold "
            + "follow in this file; they are replaced by spaces too: delete them")
        var errors = Diagnostics()
        _ = CharacterScan.clean(String(repeating: "\u{0B}", count: 20) + "\u{01}\0", file: "f.md", diagnostics: &errors)
        #expect(errors.all.last?.description == "f.md:1:21: error: 2 more characters that pages and feeds cannot hold follow in this file, "
            + "NUL characters or carriage returns without a line feed among them; delete them")
    }
}
