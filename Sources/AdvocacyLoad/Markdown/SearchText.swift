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
    /// aa, oe and ae never span a character that is not part of a word. This reads every byte of
    /// every page, so it works in memory it manages itself, without Swift arrays in the loop.
    package static func words(_ text: String) -> [String] {
        var words = Words()
        defer { words.free() }
        var text = text
        text.withUTF8 { words.read($0) }
        words.end()
        return words.sorted()
    }

    /// The words of a text, byte by byte, each reduced (aa to a, then oe to o, then ae to a, as
    /// `fold` does) when it ends and kept once, as bytes: a word becomes a string only at the end. A
    /// word read before is passed over whole, as most words of a page come more than once.
    private struct Words {
        /// The word being read, and whether it holds a `#`.
        private var word = Bytes<UInt8>(capacity: 64), hasHash = false
        /// The words as read, and the words found (reduced, and the parts between `#`s).
        private var seen = ByteWords(), found = ByteWords()
        /// Every scalar but ASCII and the Danish letters met so far, folded.
        private var folded: [UInt32: [UInt8]] = [:]

        /// Reads valid UTF-8 text: ASCII byte by byte, every other scalar folded alone (once per
        /// text, kept in `folded`).
        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            var index = 0
            while index < count {
                let lead = base[index]
                if lead < 0x80 {
                    // A letter of either case (lowered), a digit or `#` goes into the word; anything else ends it.
                    let lower = lead | 0x20
                    if lower &- 97 < 26 { word.append(lower) } else { add(lead) }
                    index += 1
                    continue
                }
                // A scalar of two to four bytes.
                let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
                var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
                for offset in 1..<length { value = value << 6 | UInt32(base[index + offset] & 0x3F) }
                index += length
                switch value {  // the Danish letters, without a look-up
                case 0xE6, 0xC6: word.append(97); word.append(101)  // æ Æ
                case 0xF8, 0xD8: word.append(111); word.append(101)  // ø Ø
                case 0xE5, 0xC5: word.append(97); word.append(97)  // å Å
                default:
                    // Anything but ASCII that survives folding stands for a separator (a space).
                    if let spelled = folded[value] {
                        for byte in spelled { add(byte) }
                    } else {
                        let spelled = spelledOut(String(Unicode.Scalar(value)!)).map { $0.isASCII ? UInt8($0.value) : 32 }
                        folded[value] = spelled
                        for byte in spelled { add(byte) }
                    }
                }
            }
        }

        /// Adds a byte of folded text: a–z, 0–9 and `#` go into the word; anything else ends it.
        @inline(__always)
        mutating func add(_ byte: UInt8) {
            if byte &- 97 < 26 || byte &- 48 < 10 {
                word.append(byte)
            } else if byte == 35 {
                word.append(byte)
                hasHash = true
            } else if word.count > 0 {
                end()
            }
        }

        mutating func end() {
            guard word.count > 0 else { return }
            defer {
                word.removeAll()
                hasHash = false
            }
            guard seen.insert(word.start, word.count) else { return }
            let buffer = UnsafeMutableBufferPointer(start: word.start, count: word.count)
            var length = word.count
            length = SearchText.reduce(buffer, length, 97, 97, into: 97)
            length = SearchText.reduce(buffer, length, 111, 101, into: 111)
            length = SearchText.reduce(buffer, length, 97, 101, into: 97)
            found.insert(word.start, length)
            guard hasHash else { return }
            var part = 0
            for index in 0...length where index == length || word.start[index] == 35 {
                if index > part { found.insert(word.start + part, index - part) }
                part = index + 1
            }
        }

        /// The words found as strings, sorted.
        func sorted() -> [String] { found.sorted() }

        func free() {
            word.free()
            seen.free()
            found.free()
        }
    }

    /// A set of non-empty byte strings, kept end to end in one buffer.
    private struct ByteWords {
        /// Every word, end to end, and where each ends.
        private var bytes = Bytes<UInt8>(capacity: 4096), ends = Bytes<Int>(capacity: 256)
        /// A hash table: each slot holds a word's number or -1; `hashes` are the words' FNV-1a hashes,
        /// so a word is compared byte by byte only with one of the same hash.
        private var slots = Bytes<Int32>(repeating: -1, count: 512), hashes = Bytes<UInt64>(capacity: 256)

        /// Adds the `length` bytes at `word`; false when they were there.
        @discardableResult
        mutating func insert(_ word: UnsafePointer<UInt8>, _ length: Int) -> Bool {
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for index in 0..<length { hash = (hash ^ UInt64(word[index])) &* 0x0000_0100_0000_01B3 }
            let mask = slots.count - 1
            var slot = Int(truncatingIfNeeded: hash) & mask
            while slots[slot] >= 0 {
                let number = Int(slots[slot])
                if hashes[number] == hash && same(number, word, length) { return false }
                slot = (slot + 1) & mask
            }
            slots[slot] = Int32(ends.count)
            bytes.append(word, length)
            ends.append(bytes.count)
            hashes.append(hash)
            if ends.count * 2 > slots.count { grow() }
            return true
        }

        /// Where word `number` starts in `bytes`.
        private func start(_ number: Int) -> Int { number == 0 ? 0 : ends[number - 1] }

        /// Whether word `number` is the `length` bytes at `other`.
        private func same(_ number: Int, _ other: UnsafePointer<UInt8>, _ length: Int) -> Bool {
            let start = start(number)
            return ends[number] - start == length && memcmp(bytes.start + start, other, length) == 0
        }

        /// Doubles the table and puts every word back.
        private mutating func grow() {
            let count = slots.count * 2
            slots.free()
            slots = Bytes<Int32>(repeating: -1, count: count)
            let mask = slots.count - 1
            for number in 0..<hashes.count {
                var slot = Int(truncatingIfNeeded: hashes[number]) & mask
                while slots[slot] >= 0 { slot = (slot + 1) & mask }
                slots[slot] = Int32(number)
            }
        }

        /// The words as strings, sorted: by their bytes, which for ASCII is how strings sort.
        func sorted() -> [String] {
            let words = (0..<ends.count).map { UnsafeBufferPointer(start: bytes.start + start($0), count: ends[$0] - start($0)) }
            return words.sorted { a, b in
                let order = memcmp(a.baseAddress!, b.baseAddress!, min(a.count, b.count))
                return order != 0 ? order < 0 : a.count < b.count
            }.map { String(decoding: $0, as: UTF8.self) }
        }

        func free() {
            bytes.free()
            ends.free()
            slots.free()
            hashes.free()
        }
    }

    /// A growable buffer of plain values in memory it allocates itself (no copy-on-write checks),
    /// freed by `free()`: the storage of `Words` and `ByteWords`.
    private struct Bytes<Element: BitwiseCopyable> {
        private(set) var start: UnsafeMutablePointer<Element>
        private(set) var count = 0
        private var capacity: Int

        init(capacity: Int) {
            start = .allocate(capacity: capacity)
            self.capacity = capacity
        }

        init(repeating value: Element, count: Int) {
            self.init(capacity: count)
            start.initialize(repeating: value, count: count)
            self.count = count
        }

        subscript(index: Int) -> Element {
            get { start[index] }
            nonmutating set { start[index] = newValue }
        }

        @inline(__always)
        mutating func append(_ element: Element) {
            if count == capacity { grow(to: count + 1) }
            start[count] = element
            count += 1
        }

        mutating func append(_ elements: UnsafePointer<Element>, _ length: Int) {
            if count + length > capacity { grow(to: count + length) }
            (start + count).update(from: elements, count: length)
            count += length
        }

        mutating func removeAll() { count = 0 }

        private mutating func grow(to needed: Int) {
            capacity = max(needed, capacity * 2)
            let grown = UnsafeMutablePointer<Element>.allocate(capacity: capacity)
            grown.update(from: start, count: count)
            start.deallocate()
            start = grown
        }

        func free() { start.deallocate() }
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
