import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// `TermAutomaton.scan` against a plain reading of what it finds: every place each pattern ends, the
/// longer first where two end together. The scan passes over bytes that start no pattern without
/// reading them through the table, so the texts are mostly such bytes, with the patterns, their
/// capitals and their first bytes alone placed anywhere in them.
@Suite struct TermAutomatonTests {
    /// Pieces of patterns: ASCII letters in both cases, Latin-1 letters whose capital differs in the
    /// byte after 0xC3 (`Æ`/`æ`, `É`/`é`), `×` and `÷`, which differ so too but are no pair, other
    /// bytes after 0xC3 and other lead bytes (`ą`, `中`).
    static let patternPieces = ["p", "P", "r", "o", "j", "ek", "t", " ", "æ", "Æ", "é", "É", "×", "÷", "ø", "ą", "中", "1", "-"]
    /// What the texts are mostly made of: bytes no pattern above starts with, some of them 0xC3.
    static let filler = ["a", "b", "x", "y", " ", ".", "\n", "ü", "Ü", "å", "ĥ", "9"]

    /// The offsets just past each occurrence, as the scan gives them, found by trying every pattern
    /// at every place with each byte folded after the byte before it.
    static func plainReading(_ patterns: [[UInt8]], in text: [UInt8], folding: Bool) -> [(pattern: Int, end: Int)] {
        let folded = text.indices.map { folding ? TermAutomaton.folded(text[$0], after: $0 > 0 ? text[$0 - 1] : 0) : text[$0] }
        var found: [(pattern: Int, end: Int)] = []
        let longestFirst = patterns.indices.sorted { patterns[$0].count > patterns[$1].count }
        for end in 0...text.count {
            for pattern in longestFirst where patterns[pattern].count <= end {
                if folded[(end - patterns[pattern].count)..<end].elementsEqual(patterns[pattern]) { found.append((pattern, end)) }
            }
        }
        return found
    }

    @Test func findsWhatAPlainReadingFinds() {
        for seed in PropertyRun.seeds(default: 300) {
            var random = SeededRandom(seed: seed)
            let folding = random.chance(0.7)
            var patterns: [[UInt8]] = []
            for _ in 0..<(1 + random.below(5)) {
                let text = (0..<(1 + random.below(4))).map { _ in random.pick(Self.patternPieces) }.joined()
                // The patterns are written as the folded text reads them: in lower case when folding.
                let bytes = Array(text.utf8)
                let pattern = Self.pattern(bytes, folding: folding)
                if !patterns.contains(pattern) { patterns.append(pattern) }
            }
            var text: [UInt8] = []
            for _ in 0..<random.below(60) {
                switch random.below(10) {
                case 0, 1:
                    // A pattern as written, or in capitals: ASCII and Latin-1 letters.
                    let pattern = random.pick(patterns)
                    text += random.chance(0.5) ? Array(String(decoding: pattern, as: UTF8.self).uppercased().utf8) : pattern
                case 2:
                    text += random.pick(patterns).prefix(1 + random.below(2))
                case 3:
                    text += Array(random.pick(Self.patternPieces).utf8)
                default:
                    text += (0..<(1 + random.below(12))).flatMap { _ in Array(random.pick(Self.filler).utf8) }
                }
            }
            Self.expectPlainReading(patterns, in: text, folding: folding, seed: seed)
        }
    }

    /// Patterns of four bytes or more, which the scan jumps over texts for (`shifts`), in long texts:
    /// what a plain reading finds, including where a pattern stands across the places it jumps to
    /// and in the last bytes of the text.
    @Test func longPatternsAreFoundWhatAPlainReadingFinds() {
        for seed in PropertyRun.seeds(default: 150) {
            var random = SeededRandom(seed: seed)
            let folding = random.chance(0.7)
            var patterns: [[UInt8]] = []
            for _ in 0..<(1 + random.below(6)) {
                let text = (0..<(3 + random.below(8))).map { _ in random.pick(Self.patternPieces) }.joined()
                let bytes = Array(text.utf8)
                let pattern = Self.pattern(bytes, folding: folding)
                if pattern.count >= 4 && !patterns.contains(pattern) { patterns.append(pattern) }
            }
            guard !patterns.isEmpty else { continue }
            var text: [UInt8] = []
            for _ in 0..<random.below(300) {
                switch random.below(12) {
                case 0:
                    let pattern = random.pick(patterns)
                    text += random.chance(0.5) ? Array(String(decoding: pattern, as: UTF8.self).uppercased().utf8) : pattern
                case 1:
                    // A pattern's beginning or end alone.
                    let pattern = random.pick(patterns), cut = 1 + random.below(pattern.count - 1)
                    text += random.chance(0.5) ? Array(pattern.prefix(cut)) : Array(pattern.suffix(cut))
                case 2:
                    text += Array(random.pick(Self.patternPieces).utf8)
                default:
                    text += (0..<(1 + random.below(12))).flatMap { _ in Array(random.pick(Self.filler).utf8) }
                }
            }
            Self.expectPlainReading(patterns, in: text, folding: folding, seed: seed)
        }
    }

    /// `bytes` as the automaton holds a pattern: folded when it folds.
    static func pattern(_ bytes: [UInt8], folding: Bool) -> [UInt8] {
        folding ? bytes.indices.map { TermAutomaton.folded(bytes[$0], after: $0 > 0 ? bytes[$0 - 1] : 0) } : bytes
    }

    /// Expects the scan of `text` to find what a plain reading finds.
    static func expectPlainReading(_ patterns: [[UInt8]], in text: [UInt8], folding: Bool, seed: UInt64,
                                   sourceLocation: Testing.SourceLocation = #_sourceLocation) {
        let automaton = TermAutomaton(patterns, folding: folding)
        let scanned = text.withUnsafeBufferPointer { automaton.scan($0) }
        let expected = plainReading(patterns, in: text, folding: folding)
        #expect(scanned.map { "\($0.pattern)@\($0.end)" } == expected.map { "\($0.pattern)@\($0.end)" },
                "seed \(seed): patterns \(patterns.map { String(decoding: $0, as: UTF8.self) }) in \(String(decoding: text, as: UTF8.self).debugDescription)",
                sourceLocation: sourceLocation)
    }

    @Test func aCapitalAfterAByteOtherThan0xC3IsNotFolded() {
        // "Æ" is 0xC3 0x86; 0x86 after 0xC5 is another letter (ņ), and no capital of "æ" (0xC3 0xA6).
        let automaton = TermAutomaton([Array("æ".utf8)], folding: true)
        let text: [UInt8] = [0x61, 0xC5, 0x86, 0x20, 0xC3, 0x86, 0x62, 0xC3, 0xA6]
        #expect(text.withUnsafeBufferPointer { automaton.scan($0) }.map(\.end) == [6, 9])
    }

    @Test func aPatternAtTheStartAtTheEndAndInATextOfOnlyOtherBytes() {
        let automaton = TermAutomaton([Array("nordlys".utf8), Array("s".utf8)], folding: true)
        #expect(Array("Nordlys".utf8).withUnsafeBufferPointer { automaton.scan($0) }.map { "\($0.pattern)@\($0.end)" } == ["0@7", "1@7"])
        #expect(Array("xxxxxxxxxxxxxxxxxxxxxxx".utf8).withUnsafeBufferPointer { automaton.scan($0) }.isEmpty)
        #expect([UInt8]().withUnsafeBufferPointer { automaton.scan($0) }.isEmpty)
        #expect(Array("ab S".utf8).withUnsafeBufferPointer { automaton.scan($0) }.map { "\($0.pattern)@\($0.end)" } == ["1@4"])
    }
}
