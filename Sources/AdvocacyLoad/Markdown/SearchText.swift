import Foundation
import AdvocacyCore

/// How the search index reads text: folded as search.js folds a query, then cut into words. The
/// index holds every word of a page, so a query finds a word wherever the page has it.
package enum SearchText {
    /// `text` folded exactly as search.js's `fold` folds a query: lower case; æ, ø and å (and ä, ö,
    /// ü) spelt out as ae, oe and aa; other accents dropped; then aa, oe and ae reduced to a, o and a,
    /// so that "København", "Koebenhavn" and "kobenhavn" all read "kobenhavn". Works on Unicode
    /// scalars, as JavaScript's `replace` does, so a decomposed "å" folds as search.js folds it.
    package static func fold(_ text: String) -> String {
        var scalars = spelledOut(text)
        collapse(&scalars, "a", "a", into: "a")
        collapse(&scalars, "o", "e", into: "o")
        collapse(&scalars, "a", "e", into: "a")
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view)
    }

    /// `fold` before the pairs are reduced: lower case, the Danish and German letters spelt out, accents dropped.
    private static func spelledOut(_ text: String) -> [Unicode.Scalar] {
        var scalars: [Unicode.Scalar] = []
        scalars.reserveCapacity(text.utf8.count)
        var needsDecomposing = false
        for scalar in text.lowercased().unicodeScalars {
            switch scalar {
            case "æ", "ä": scalars += ["a", "e"]
            case "ø", "ö": scalars += ["o", "e"]
            case "å": scalars += ["a", "a"]
            case "ü": scalars += ["u", "e"]
            default:
                if !scalar.isASCII { needsDecomposing = true }
                scalars.append(scalar)
            }
        }
        guard needsDecomposing else { return scalars }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars)
        return String(view).decomposedStringWithCanonicalMapping.unicodeScalars.filter { !(0x300...0x36F).contains($0.value) }
    }

    /// The distinct words of `text` once folded, sorted: runs of a–z, 0–9 and `#`, as search.js cuts
    /// a query. A word with `#` in it also gives its parts, so "reklame" finds "#reklame".
    ///
    /// The same words as cutting `fold(text)`, found in one pass: ASCII is lowered byte by byte and
    /// every other scalar is folded alone (once per document), which gives what folding the whole
    /// text gives, as lowering, decomposing and dropping accents go scalar by scalar and the pairs
    /// aa, oe and ae never span a character that is not part of a word.
    package static func words(_ text: String) -> [String] {
        var words = Words()
        var folded: [UInt32: [UInt8]] = [:]
        var text = text
        text.withUTF8 { bytes in
            var index = 0
            while index < bytes.count {
                let lead = bytes[index]
                if lead < 0x80 {
                    // A run of ASCII letters, digits and `#`, taken whole; any other ASCII byte ends a word.
                    var end = index
                    while end < bytes.count && isWordByte(bytes[end]) { end += 1 }
                    if end == index {
                        words.add(lead)
                        index += 1
                    } else {
                        words.add(run: UnsafeBufferPointer(rebasing: bytes[index..<end]))
                        index = end
                    }
                    continue
                }
                // A scalar of two to four bytes (the string is valid UTF-8).
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
                index += length
                switch value {  // the Danish letters, without a look-up
                case 0xE6, 0xC6: words.add(97); words.add(101); continue  // æ Æ
                case 0xF8, 0xD8: words.add(111); words.add(101); continue  // ø Ø
                case 0xE5, 0xC5: words.add(97); words.add(97); continue  // å Å
                default: break
                }
                // Anything but ASCII that survives folding stands for a separator (a space).
                let spelled = folded[value] ?? spelledOut(String(Unicode.Scalar(value)!)).map { $0.isASCII ? UInt8($0.value) : 32 }
                folded[value] = spelled
                for byte in spelled { words.add(byte) }
            }
        }
        words.end()
        return words.sorted()
    }

    /// Whether an ASCII byte belongs to a word: a letter of either case, a digit or `#`.
    @inline(__always)
    private static func isWordByte(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 97 && lower <= 122) || (byte >= 48 && byte <= 57) || byte == 35
    }

    /// The words of a text, byte by byte, each reduced (aa to a, then oe to o, then ae to a, as
    /// `fold` does) when it ends and kept once, as bytes: a word becomes a string only at the end. A
    /// word read before is passed over whole, as most words of a page come more than once.
    private struct Words {
        /// The word being read, and whether it holds a `#`.
        private var word: [UInt8] = [], hasHash = false
        /// The words as read, and the words found (reduced, and the parts between `#`s).
        private var read = ByteWords(), found = ByteWords()

        init() {
            word.reserveCapacity(64)
        }

        mutating func add(_ byte: UInt8) {
            if (byte >= 97 && byte <= 122) || (byte >= 48 && byte <= 57) {
                word.append(byte)
            } else if byte == 35 {
                word.append(byte)
                hasHash = true
            } else if !word.isEmpty {
                end()
            }
        }

        /// Adds ASCII letters (either case), digits and `#` to the word being read, lower-cased.
        mutating func add(run: UnsafeBufferPointer<UInt8>) {
            let start = word.count
            word.append(contentsOf: run)
            for index in start..<word.count {
                let byte = word[index]
                if byte >= 65 && byte <= 90 { word[index] = byte + 32 } else if byte == 35 { hasHash = true }
            }
        }

        mutating func end() {
            guard !word.isEmpty else { return }
            word.withUnsafeMutableBufferPointer { word in
                guard read.insert(UnsafeBufferPointer(word)) else { return }
                var length = word.count
                length = SearchText.reduce(word, length, 97, 97, into: 97)
                length = SearchText.reduce(word, length, 111, 101, into: 111)
                length = SearchText.reduce(word, length, 97, 101, into: 97)
                let reduced = UnsafeBufferPointer(rebasing: word[..<length])
                found.insert(reduced)
                if hasHash {
                    for part in reduced.split(separator: 35) { found.insert(UnsafeBufferPointer(rebasing: part)) }
                }
            }
            word.removeAll(keepingCapacity: true)
            hasHash = false
        }

        /// The words found as strings, sorted.
        func sorted() -> [String] { found.sorted() }
    }

    /// A set of non-empty byte strings, kept end to end in one array.
    private struct ByteWords {
        /// Every word, end to end, and where each ends.
        private var bytes: [UInt8] = [], ends: [Int] = []
        /// A hash table: each slot holds a word's number or -1; `hashes` are the words' FNV-1a hashes,
        /// so a word is compared byte by byte only with one of the same hash.
        private var slots = [Int](repeating: -1, count: 256), hashes: [UInt64] = []

        /// Adds `word`; false when it was there.
        @discardableResult
        mutating func insert(_ word: UnsafeBufferPointer<UInt8>) -> Bool {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in word { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
            while slots[slot] >= 0 {
                let number = slots[slot]
                if hashes[number] == hash && same(number, word) { return false }
                slot = (slot + 1) & (slots.count - 1)
            }
            slots[slot] = ends.count
            bytes.append(contentsOf: word)
            ends.append(bytes.count)
            hashes.append(hash)
            if ends.count * 2 > slots.count { grow() }
            return true
        }

        /// Whether word `number` is `other`.
        private func same(_ number: Int, _ other: UnsafeBufferPointer<UInt8>) -> Bool {
            let start = number == 0 ? 0 : ends[number - 1]
            guard ends[number] - start == other.count else { return false }
            return bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + start, other.baseAddress!, other.count) == 0 }
        }

        private func word(_ number: Int) -> ArraySlice<UInt8> {
            bytes[(number == 0 ? 0 : ends[number - 1])..<ends[number]]
        }

        /// Doubles the table and puts every word back.
        private mutating func grow() {
            slots = [Int](repeating: -1, count: slots.count * 2)
            for (number, hash) in hashes.enumerated() {
                var slot = Int(truncatingIfNeeded: hash) & (slots.count - 1)
                while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
                slots[slot] = number
            }
        }

        /// The words as strings, sorted: by their bytes, which for ASCII is how strings sort.
        func sorted() -> [String] {
            (0..<ends.count).sorted { word($0).lexicographicallyPrecedes(word($1)) }
                .map { String(decoding: word($0), as: UTF8.self) }
        }
    }

    /// Replaces every pair `first second` of the first `length` elements of `word` by `single`, left
    /// to right and never overlapping, as a global `replace` does; returns the new length.
    private static func reduce<T: Equatable>(_ word: UnsafeMutableBufferPointer<T>, _ length: Int, _ first: T, _ second: T,
                                             into single: T) -> Int {
        var read = 0, write = 0
        while read < length {
            if word[read] == first && read + 1 < length && word[read + 1] == second {
                word[write] = single
                read += 2
            } else {
                word[write] = word[read]
                read += 1
            }
            write += 1
        }
        return write
    }

    /// `reduce` on a whole array.
    private static func collapse<T: Equatable>(_ word: inout [T], _ first: T, _ second: T, into single: T) {
        let length = word.withUnsafeMutableBufferPointer { reduce($0, $0.count, first, second, into: single) }
        word.removeLast(word.count - length)
    }
}
