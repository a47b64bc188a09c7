import Foundation

/// Finds terms as whole words, ignoring case, working on UTF-8 bytes: ASCII letters and the
/// Latin-1 letters (`Æ`, `Ø`, `Å`, `É` …) are folded to lower case, which covers the terms a Danish
/// or English hub forbids without lower-casing whole documents. All the terms are found in one pass
/// over a text (`TermAutomaton`), so a long list or a long term costs no more than reading the text.
package struct TermSearch: Sendable {
    /// The terms, as given; results name them by their index here.
    package let terms: [String]
    /// The indices of each term, as a list may name one twice.
    private let indices: [String: [Int]]
    /// The terms of each pattern of `words`: terms that fold to the same bytes share one.
    private let wordTerms: [[Int]]
    private let words: TermAutomaton
    /// The terms of each pattern of `addresses`, the address forms (`-projekt-nordlys-`).
    private let addressTerms: [[Int]]
    private let addresses: TermAutomaton

    /// Prepares the search for `terms`; each term's folded and address forms are made here, once.
    package init(_ terms: [String]) {
        self.terms = terms
        indices = Dictionary(grouping: terms.indices, by: { terms[$0] })
        var wordIndex: [[UInt8]: Int] = [:], addressIndex: [[UInt8]: Int] = [:]
        var wordPatterns: [[UInt8]] = [], addressPatterns: [[UInt8]] = []
        var wordTerms: [[Int]] = [], addressTerms: [[Int]] = []
        func add(_ pattern: [UInt8], term: Int, _ index: inout [[UInt8]: Int], _ patterns: inout [[UInt8]], _ owners: inout [[Int]]) {
            if let known = index[pattern] {
                owners[known].append(term)
            } else {
                index[pattern] = patterns.count
                patterns.append(pattern)
                owners.append([term])
            }
        }
        for (term, text) in terms.enumerated() {
            let folded = Self.fold(Array(text.utf8))
            if !folded.isEmpty { add(folded, term: term, &wordIndex, &wordPatterns, &wordTerms) }
            if let address = Self.addressForm(text) {
                add(Array(("-" + address + "-").utf8), term: term, &addressIndex, &addressPatterns, &addressTerms)
            }
        }
        self.wordTerms = wordTerms
        self.addressTerms = addressTerms
        words = TermAutomaton(wordPatterns, folding: true)
        addresses = TermAutomaton(addressPatterns, folding: false)
    }

    /// The indices of a term in the list.
    package func indices(of term: String) -> [Int] { indices[term] ?? [] }

    /// The terms found in the text as whole words.
    package func found(in text: String) -> Set<Int> {
        var text = text
        return text.withUTF8 { found(inUTF8: $0) }
    }

    /// The terms found as whole words in valid UTF-8 `bytes`.
    package func found(inUTF8 bytes: UnsafeBufferPointer<UInt8>) -> Set<Int> {
        Set(wordOffsets(in: bytes, all: false).keys.flatMap { wordTerms[$0] })
    }

    /// The terms whose web-address form (`Projekt Nordlys` → `projekt-nordlys`) is a whole part of the
    /// text's, as in a file name, slug or link; percent-escapes (`Projekt%20Nordlys`) are read as a
    /// browser shows them.
    package func foundAsAddress(in text: String) -> Set<Int> {
        guard !addressTerms.isEmpty else { return [] }
        var found = Set<Int>()
        var slug = "-" + Slug.make(text.percentDecodedLeniently) + "-"
        slug.withUTF8 { bytes in
            for (pattern, _) in addresses.scan(bytes) { found.formUnion(addressTerms[pattern]) }
        }
        return found
    }

    /// The terms in the addresses written in a plain text (from `https://`, `http://` or `www.`, in any
    /// case, after anything but a letter or digit, up to white space, a quote mark or a bracket other
    /// than a parenthesis, which an address may hold) in their
    /// web-address form, where they are not written as words (which `matches` finds): each with the
    /// 0-based line and 1-based column of its address.
    package func matchesInAddresses(in text: String) -> [Int: [(line: Int, column: Int)]] {
        guard !addressTerms.isEmpty, Self.mayHoldAnAddress(text) else { return [:] }
        var matches: [Int: [(line: Int, column: Int)]] = [:]
        for (line, content) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let characters = Array(content)
            var index = 0
            while index < characters.count {
                guard index == 0 || !(characters[index - 1].isLetter || characters[index - 1].isNumber),
                      Self.startsAnAddress(characters[index...]) else {
                    index += 1
                    continue
                }
                let end = characters[index...].firstIndex { $0.isWhitespace || "<>\"'[]{}«»“”„‘’‹›".contains($0) } ?? characters.count
                let address = String(characters[index..<end])
                for term in foundAsAddress(in: address).subtracting(found(in: address)).sorted() {
                    matches[term, default: []].append((line, index + 1))
                }
                index = end
            }
        }
        return matches
    }

    /// Whether a text holds `://` or `www.` (in any case), without which it writes no address.
    private static func mayHoldAnAddress(_ text: String) -> Bool {
        var text = text
        return text.withUTF8 { bytes in
            guard let base = bytes.baseAddress, bytes.count >= 4 else { return false }
            // Each `:` and `.`, found by `memchr`, with what must come after or before it.
            func each(_ byte: UInt8, from start: Int, _ holds: (Int) -> Bool) -> Bool {
                var offset = start
                while offset < bytes.count, let found = memchr(base + offset, Int32(byte), bytes.count - offset) {
                    let at = UnsafeRawPointer(found) - UnsafeRawPointer(base)
                    if holds(at) { return true }
                    offset = at + 1
                }
                return false
            }
            return each(UInt8(ascii: ":"), from: 0) { $0 + 2 < bytes.count && bytes[$0 + 1] == UInt8(ascii: "/") && bytes[$0 + 2] == UInt8(ascii: "/") }
                || each(UInt8(ascii: "."), from: 3) { at in (1...3).allSatisfy { bytes[at - $0] | 0x20 == UInt8(ascii: "w") } }
        }
    }

    /// Whether the characters start with `https://`, `http://` or `www.`, in any case.
    private static func startsAnAddress(_ characters: ArraySlice<Character>) -> Bool {
        guard let first = characters.first, first == "h" || first == "H" || first == "w" || first == "W" else { return false }
        let start = String(characters.prefix(8)).lowercased()
        return start.hasPrefix("https://") || start.hasPrefix("http://") || start.hasPrefix("www.")
    }

    /// Every match of each term found, as a 0-based line and a 1-based column in characters, in order.
    package func matches(in text: String) -> [Int: [(line: Int, column: Int)]] {
        var copy = text
        let offsets = copy.withUTF8 { wordOffsets(in: $0, all: true) }
        guard !offsets.isEmpty else { return [:] }
        let places = Self.places(Set(offsets.values.joined()).sorted(), in: text)
        var matches: [Int: [(line: Int, column: Int)]] = [:]
        for (pattern, starts) in offsets {
            let found = starts.map { places[$0]! }
            for term in wordTerms[pattern] { matches[term] = found }
        }
        return matches
    }

    /// Whether the term occurs in the text.
    package static func contains(_ term: String, in text: String) -> Bool {
        !TermSearch([term]).found(in: text).isEmpty
    }

    /// Whether the term's web-address form is a whole part of the text's.
    static func containsAddressForm(_ term: String, in text: String) -> Bool {
        !TermSearch([term]).foundAsAddress(in: text).isEmpty
    }

    /// Every match of one term, as a 0-based line and a 1-based column in characters.
    package static func matches(of term: String, in text: String) -> [(line: Int, column: Int)] {
        TermSearch([term]).matches(in: text)[0] ?? []
    }

    /// The web-address form of a term, only for terms of letters, digits, spaces and hyphens, whose
    /// address form keeps all they say.
    private static func addressForm(_ term: String) -> String? {
        guard term.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" }) else { return nil }
        let slug = Slug.make(term)
        return slug.isEmpty ? nil : slug
    }

    /// The byte offsets of each pattern's whole-word matches, by pattern. With `all`, a pattern's
    /// matches do not overlap, each found from the end of the one before; without, only whether there is one.
    private func wordOffsets(in bytes: UnsafeBufferPointer<UInt8>, all: Bool) -> [Int: [Int]] {
        guard !wordTerms.isEmpty else { return [:] }
        var offsets: [Int: [Int]] = [:]
        for (pattern, end) in words.scan(bytes) {
            let start = end - words.lengths[pattern]
            if let earlier = offsets[pattern] {
                guard all, start >= earlier.last! + words.lengths[pattern] else { continue }
            }
            guard !Self.isWordScalar(before: start, bytes), !Self.isWordScalar(at: end, bytes) else { continue }
            offsets[pattern, default: []].append(start)
        }
        return offsets
    }

    /// The line and column of each of the ascending byte offsets, counted on from the one before.
    private static func places(_ offsets: [Int], in text: String) -> [Int: (line: Int, column: Int)] {
        let bytes = Array(text.utf8)
        var places: [Int: (line: Int, column: Int)] = [:]
        var line = 0, scanned = 0, column = 1
        for offset in offsets {
            var from = scanned
            for i in scanned..<offset where bytes[i] == 10 {
                line += 1
                from = i + 1
                column = 1
            }
            column += String(decoding: bytes[from..<offset], as: UTF8.self).count
            scanned = offset
            places[offset] = (line, column)
        }
        return places
    }

    private static func fold(_ bytes: [UInt8]) -> [UInt8] {
        bytes.indices.map { TermAutomaton.folded(bytes[$0], after: $0 > 0 ? bytes[$0 - 1] : 0) }
    }

    private static func isWordScalar(before offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset > 0 else { return false }
        var start = offset - 1
        while start > 0 && bytes[start] & 0xC0 == 0x80 { start -= 1 }
        return isWordScalar(at: start, bytes)
    }

    private static func isWordScalar(at offset: Int, _ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        guard offset < bytes.count else { return false }
        let b = bytes[offset]
        if b < 0x80 {
            return (b >= 48 && b <= 57) || (b >= 65 && b <= 90) || (b >= 97 && b <= 122) || b == 95
        }
        var end = offset + 1
        while end < bytes.count && bytes[end] & 0xC0 == 0x80 { end += 1 }
        guard let scalar = String(decoding: UnsafeBufferPointer(rebasing: bytes[offset..<end]), as: UTF8.self).unicodeScalars.first
        else { return false }
        return scalar.properties.isAlphabetic || scalar.properties.numericType != nil
    }
}
