/// Finds a term as a whole word, ignoring case, working on UTF-8 bytes: ASCII letters and the
/// Latin-1 letters (`Æ`, `Ø`, `Å`, `É` …) are folded to lower case, which covers the terms a Danish
/// or English hub forbids without lower-casing whole documents.
enum TermSearch {
    /// Whether the term occurs in the text.
    static func contains(_ term: String, in text: String) -> Bool {
        !matchOffsets(of: term, in: text, first: true).isEmpty
    }

    /// Whether the term's web-address form (`Projekt Nordlys` → `projekt-nordlys`) is a whole part of
    /// the text's, as in a file name, slug or link. Only for terms of letters, digits, spaces and
    /// hyphens, whose address form keeps all they say.
    static func containsAddressForm(_ term: String, in text: String) -> Bool {
        guard term.allSatisfy({ $0.isLetter || $0.isNumber || $0 == " " || $0 == "-" }) else { return false }
        let needle = Slug.make(term)
        return !needle.isEmpty && ("-" + Slug.make(text) + "-").contains("-" + needle + "-")
    }

    /// Every match as a 0-based line and a 1-based column in characters. The offsets ascend, so lines
    /// and columns are counted on from the previous match.
    static func matches(of term: String, in text: String) -> [(line: Int, column: Int)] {
        let offsets = matchOffsets(of: term, in: text, first: false)
        guard !offsets.isEmpty else { return [] }
        let bytes = Array(text.utf8)
        var line = 0, scanned = 0, column = 1
        return offsets.map { offset in
            var from = scanned
            for i in scanned..<offset where bytes[i] == 10 {
                line += 1
                from = i + 1
                column = 1
            }
            column += String(decoding: bytes[from..<offset], as: UTF8.self).count
            scanned = offset
            return (line, column)
        }
    }

    /// Byte offsets of whole-word, case-insensitive matches.
    private static func matchOffsets(of term: String, in text: String, first: Bool) -> [Int] {
        let needle = fold(Array(term.utf8))
        guard !needle.isEmpty else { return [] }
        var offsets: [Int] = []
        text.utf8.withContiguousStorageIfAvailable { haystack in
            let count = haystack.count
            guard count >= needle.count else { return }
            let head = needle[0]
            var i = 0
            while i + needle.count <= count {
                if foldedByte(haystack, i) == head {
                    var k = 1
                    while k < needle.count && foldedByte(haystack, i + k) == needle[k] { k += 1 }
                    if k == needle.count && !isWordScalar(before: i, haystack) && !isWordScalar(at: i + needle.count, haystack) {
                        offsets.append(i)
                        if first { return }
                        i += needle.count
                        continue
                    }
                }
                i += 1
            }
        } ?? {
            offsets = matchOffsets(of: term, in: String(text.utf8.map { Character(Unicode.Scalar($0)) }), first: first)
        }()
        return offsets
    }

    /// The byte at `i`, lower-cased when it is an ASCII capital or the second byte of a Latin-1 capital.
    @inline(__always)
    private static func foldedByte(_ bytes: UnsafeBufferPointer<UInt8>, _ i: Int) -> UInt8 {
        let b = bytes[i]
        if b >= 65 && b <= 90 { return b + 32 }
        if b >= 0x80 && b <= 0x9E && b != 0x97 && i > 0 && bytes[i - 1] == 0xC3 { return b + 0x20 }
        return b
    }

    private static func fold(_ bytes: [UInt8]) -> [UInt8] {
        bytes.withUnsafeBufferPointer { buffer in (0..<buffer.count).map { foldedByte(buffer, $0) } }
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
