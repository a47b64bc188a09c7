import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

@Suite struct TermSearchTests {
    @Test func findsWholeWordsIgnoringCaseIncludingDanishLetters() {
        #expect(TermSearch.contains("Projekt Nordlys", in: "Vi taler om PROJEKT NORDLYS i dag"))
        #expect(TermSearch.contains("Ærø", in: "Turen går til ærø."))
        #expect(TermSearch.contains("ærø", in: "ÆRØ"))
        #expect(!TermSearch.contains("Nordlys", in: "Nordlysene er smukke"), "part of a longer word")
        #expect(!TermSearch.contains("lys", in: "Nordlys"))
        #expect(!TermSearch.contains("Ærø", in: "Ærøskøbing"))
        #expect(TermSearch.contains("Nordlys", in: "(Nordlys)"))
        #expect(TermSearch.contains("Nordlys", in: "“Nordlys”"))
    }

    @Test func reportsLinesAndCharacterColumns() {
        let matches = TermSearch.matches(of: "nordlys", in: "første linje\nÆble og Nordlys, nordlys\n")
        #expect(matches.map(\.line) == [1, 1])
        #expect(matches.map(\.column) == [9, 18])
    }
}

/// The automaton against the search it replaced, and the inputs that made that search slow.
@Suite struct TermSearchAutomatonTests {
    typealias Random = SeededRandom

    /// Few pieces, so that terms occur often, overlap and touch other words. `×` and `÷`, `ą` and `ĥ`
    /// differ as `Æ` and `æ` do in their last byte, and are not a capital and its small letter.
    static let pieces = ["a", "A", "b", "ab", "æ", "Æ", "ø", "Ø", "å", "é", "É", "ß", "1", "_", " ", " ", "-", ".", "(", "“", "中", "\n",
                         "×", "÷", "ą", "ĥ"]

    static func text(_ random: inout Random, length: Int) -> String {
        (0..<length).map { _ in pieces[random.below(pieces.count)] }.joined()
    }

    @Test func findsWhatTheSearchOneTermAtATimeFound() {
        let seed = UInt64(Date().timeIntervalSince1970)
        var random = Random(state: seed)
        for round in 0..<400 {
            let terms = (0..<(1 + random.below(6))).map { _ in
                Self.text(&random, length: 1 + random.below(4)).replacingOccurrences(of: "\n", with: " ")
            }
            let text = Self.text(&random, length: random.below(80))
            let search = TermSearch(terms)
            let found = search.found(in: text), addresses = search.foundAsAddress(in: text), matches = search.matches(in: text)
            for (index, term) in terms.enumerated() {
                let expected = NaiveSearch.matches(of: term, in: text)
                let context = "seed \(seed), round \(round): term \(term.debugDescription) in \(text.debugDescription)"
                #expect(found.contains(index) == !expected.isEmpty, "\(context)")
                #expect((matches[index] ?? []).map { "\($0.line):\($0.column)" } == expected.map { "\($0.line):\($0.column)" }, "\(context)")
                #expect(addresses.contains(index) == NaiveSearch.containsAddressForm(term, in: text), "\(context)")
            }
        }
    }

    /// 40,000 terms took 63 s when each was looked for in turn; one pass takes a fraction of a second.
    @Test func fortyThousandTermsAreFoundInOnePass() {
        let terms = (0..<40_000).map { "Kodenavn \($0) ærø" }
        let body = String(repeating: "Vi taler om kodenavn 123 ærø og Projekt Nordlys i dag. ", count: 2_000) + "KODENAVN 39999 ÆRØ"
        let started = ContinuousClock.now
        let search = TermSearch(terms)
        let matches = search.matches(in: body)
        let slugged = search.foundAsAddress(in: "kodenavn-39999-aeroe.md")
        let elapsed = ContinuousClock.now - started
        #expect(matches.keys.sorted() == [123, 39_999])
        #expect(matches[123]?.count == 2_000)
        #expect(slugged == [39_999])
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }

    /// One 20 KB term against a 900 KB body that almost holds it everywhere took 29 s.
    @Test func aLongTermInALongBodyIsFoundInOnePass() {
        let term = String(repeating: "a ", count: 10_000) + "b"
        let body = String(repeating: "a ", count: 450_000) + "b"
        let started = ContinuousClock.now
        let matches = TermSearch.matches(of: term, in: body)
        let elapsed = ContinuousClock.now - started
        #expect(matches.map(\.column) == [900_000 - 20_000 + 1])
        #expect(elapsed < .seconds(30), "took \(elapsed)")
    }
}

/// The search before the automaton, one term at a time: the reference the automaton must agree with.
enum NaiveSearch {
    static func matches(of term: String, in text: String) -> [(line: Int, column: Int)] {
        let needle = fold(Array(term.utf8)), haystack = Array(text.utf8)
        guard !needle.isEmpty else { return [] }
        var offsets: [Int] = []
        var i = 0
        while i + needle.count <= haystack.count {
            if (0..<needle.count).allSatisfy({ folded(haystack, i + $0) == needle[$0] })
                && !isWord(before: i, haystack) && !isWord(at: i + needle.count, haystack) {
                offsets.append(i)
                i += needle.count
            } else {
                i += 1
            }
        }
        var line = 0, scanned = 0, column = 1
        return offsets.map { offset in
            var from = scanned
            for k in scanned..<offset where haystack[k] == 10 {
                line += 1
                from = k + 1
                column = 1
            }
            column += String(decoding: haystack[from..<offset], as: UTF8.self).count
            scanned = offset
            return (line, column)
        }
    }

    static func containsAddressForm(_ term: String, in text: String) -> Bool {
        guard term.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" }) else { return false }
        let needle = Slug.make(term)
        return !needle.isEmpty && ("-" + Slug.make(text) + "-").contains("-" + needle + "-")
    }

    static func folded(_ bytes: [UInt8], _ i: Int) -> UInt8 {
        let b = bytes[i]
        if b >= 65 && b <= 90 { return b + 32 }
        if b >= 0x80 && b <= 0x9E && b != 0x97 && i > 0 && bytes[i - 1] == 0xC3 { return b + 0x20 }
        return b
    }

    static func fold(_ bytes: [UInt8]) -> [UInt8] { bytes.indices.map { folded(bytes, $0) } }

    static func isWord(before offset: Int, _ bytes: [UInt8]) -> Bool {
        guard offset > 0 else { return false }
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWord(at: start, bytes)
    }

    static func isWord(at offset: Int, _ bytes: [UInt8]) -> Bool {
        guard offset < bytes.count else { return false }
        var end = offset + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: bytes[offset..<end], as: UTF8.self).unicodeScalars.first else { return false }
        return scalar == "_" || scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}

@Suite struct PercentDecodingTests {
    /// Percent-escapes are read as a browser shows them, each on its own: where Foundation decodes a
    /// text, the lenient reading gives the same; where it gives up (a `%` without two hex digits), the
    /// escapes around that `%` are still decoded.
    @Test func percentEscapesAreDecodedOneByOne() {
        let pieces = ["a", "Æ", "%", "%2", "%zz", "%41", "%20", "%C3%A6", "%c3%a6", "%E2%82", "-", "%25"]
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let text = (0...random.below(6)).map { _ in random.pick(pieces) }.joined()
            if let strict = text.removingPercentEncoding { #expect(text.percentDecodedLeniently == strict, "\(text), seed \(seed)") }
            #expect(!text.percentDecodedLeniently.contains("%4") && !text.percentDecodedLeniently.contains("%20"), "\(text), seed \(seed)")
        }
        #expect("Projekt%20Nordlys/?x=100%".percentDecodedLeniently == "Projekt Nordlys/?x=100%")
        #expect(TermSearch(["Projekt Nordlys"]).foundAsAddress(in: "https://x.dk/Projekt%20Nordlys?x=100%") == [0])
    }
}
