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
    /// every other scalar is folded alone (once per process), which gives what folding the whole
    /// text gives, as lowering, decomposing and dropping accents go scalar by scalar and the pairs
    /// aa, oe and ae never span a character that is not part of a word. This reads every byte of
    /// every page, so it works in memory it manages itself, without Swift arrays in the loop.
    package static func words(_ text: String) -> [String] { words(of: [text]) }

    /// `words` of the parts joined by line breaks, without joining them: a line break only ends a
    /// word, so each part is read on its own.
    package static func words(of parts: [String]) -> [String] { words(ofUTF8: [], and: parts) }

    /// `words(of:)` of UTF-8 `first` (a body's plain text, kept as bytes) followed by `parts`: what
    /// `words(of:)` gives with `first` made a String, any byte of it that is not UTF-8 replaced.
    package static func words(ofUTF8 first: [UInt8], and parts: [String]) -> [String] {
        var words = Words()
        defer { words.free() }
        first.withUnsafeBufferPointer { words.read($0) }
        words.end()
        for var part in parts {
            part.withUTF8 { words.read($0) }
            words.end()
        }
        return words.sorted()
    }

    /// Every scalar but ASCII and the Danish letters that any text has held, folded alone (`folded(_:)`),
    /// so the process folds each once, not once per document. The scalars a hub writes are few (a few
    /// hundred accented letters, emoji and signs); past `foldedScalarsKept` (a text written to hold
    /// every scalar there is, in a long `serve`) the others are folded where they are met.
    private static let foldedScalars = Locked<[UInt32: [UInt8]]>([:])
    private static let foldedScalarsKept = 4_096

    /// The scalar `value` folded alone, as the bytes of its folding: ASCII as it is, any other scalar
    /// that survives folding as a space (a separator).
    static func folded(_ value: UInt32) -> [UInt8] {
        if let known = foldedScalars.withLock({ $0[value] }) { return known }
        let spelled = spelledOut(String(Unicode.Scalar(value)!)).map { $0.isASCII ? UInt8($0.value) : 32 }
        foldedScalars.withLock { if $0.count < foldedScalarsKept { $0[value] = spelled } }
        return spelled
    }

    /// The words of a text, byte by byte, each reduced (aa to a, then oe to o, then ae to a, as
    /// `fold` does) when it ends and kept once, as bytes: a word becomes a string only at the end. A
    /// word read before is passed over whole, as most words of a page come more than once.
    private struct Words {
        /// The word being read, and its hash (`ByteWords.hash`) as it grows.
        private var word = Bytes<UInt8>(capacity: 64), hash = ByteWords.emptyHash
        /// The words as read, and the words found (reduced, and the parts between `#`s).
        private var seen = ByteWords(), found = ByteWords()
        /// Every scalar but ASCII and the Danish letters met so far in this text, folded: found here
        /// without a lock, and in `SearchText.folded` (shared by every text) when first met.
        private var folded: [UInt32: [UInt8]] = [:]

        /// Each byte as it goes into a word: a letter lowered, a digit or `#`; 0 for any other byte.
        private static let wordBytes: [UInt8] = (0..<256).map { byte in
            let lower = UInt8(byte) | 0x20
            return lower &- 97 < 26 ? lower : (48...57).contains(byte) || byte == 35 ? UInt8(byte) : 0
        }

        /// Reads UTF-8 text: ASCII byte by byte, every other scalar folded alone (once per process,
        /// `SearchText.folded(_:)`, and kept in `folded` for the rest of the text). A byte that is not
        /// UTF-8 separates words, as the replacement character does.
        mutating func read(_ bytes: UnsafeBufferPointer<UInt8>) {
            Self.wordBytes.withUnsafeBufferPointer { read(bytes, wordBytes: $0.baseAddress!) }
        }

        /// `read` with `Self.wordBytes` at hand, taken once a text rather than once a run of letters.
        private mutating func read(_ bytes: UnsafeBufferPointer<UInt8>, wordBytes: UnsafePointer<UInt8>) {
            guard let base = bytes.baseAddress else { return }
            let count = bytes.count
            var index = 0
            while index < count {
                let lead = base[index]
                if wordBytes[Int(lead)] != 0 {
                    index = readRun(base, from: index, to: count, wordBytes)
                    continue
                }
                if lead < 0x80 {
                    end()
                    index += 1
                    continue
                }
                // A scalar of two to four bytes; a byte that starts none ends the word, as the
                // replacement character a String makes of it would.
                guard let (value, length) = Self.scalar(base, at: index, count: count) else {
                    end()
                    index += 1
                    continue
                }
                index += length
                switch value {  // the Danish letters, without a look-up
                case 0xE6, 0xC6: append(97); append(101)  // æ Æ
                case 0xF8, 0xD8: append(111); append(101)  // ø Ø
                case 0xE5, 0xC5: append(97); append(97)  // å Å
                default:
                    // Anything but ASCII that survives folding stands for a separator (a space).
                    if let spelled = folded[value] {
                        for byte in spelled { add(byte) }
                    } else {
                        let spelled = SearchText.folded(value)
                        folded[value] = spelled
                        for byte in spelled { add(byte) }
                    }
                }
            }
        }

        /// The scalar of two to four bytes of well-formed UTF-8 that starts at `index`, and its length;
        /// nil when the bytes there are no such scalar (cut short, a surrogate, past U+10FFFF, too long).
        @inline(__always)
        private static func scalar(_ base: UnsafePointer<UInt8>, at index: Int, count: Int) -> (UInt32, Int)? {
            let lead = base[index]
            let length: Int, low: UInt8, high: UInt8
            switch lead {
            case 0xC2...0xDF: (length, low, high) = (2, 0x80, 0xBF)
            case 0xE0: (length, low, high) = (3, 0xA0, 0xBF)
            case 0xED: (length, low, high) = (3, 0x80, 0x9F)
            case 0xE1...0xEF: (length, low, high) = (3, 0x80, 0xBF)
            case 0xF0: (length, low, high) = (4, 0x90, 0xBF)
            case 0xF4: (length, low, high) = (4, 0x80, 0x8F)
            case 0xF1...0xF3: (length, low, high) = (4, 0x80, 0xBF)
            default: return nil
            }
            guard index + length <= count, base[index + 1] >= low, base[index + 1] <= high else { return nil }
            var value = UInt32(lead) & (length == 2 ? 0x1F : length == 3 ? 0x0F : 0x07)
            for offset in 1..<length {
                let byte = base[index + offset]
                guard byte & 0xC0 == 0x80 else { return nil }
                value = value << 6 | UInt32(byte & 0x3F)
            }
            return (value, length)
        }

        /// Appends the run of ASCII letters, digits and `#` that starts at `index` to the word, as
        /// `wordBytes` gives them, and returns where the run ends: the byte-by-byte part of reading,
        /// in one loop with the word's end and hash held in locals. The word gets room for the rest of
        /// the text first: at most the text's length.
        private mutating func readRun(_ base: UnsafePointer<UInt8>, from index: Int, to count: Int, _ wordBytes: UnsafePointer<UInt8>) -> Int {
            word.reserve(word.count + count - index)
            var at = index, to = word.start + word.count, hash = hash
            while at < count {
                let byte = wordBytes[Int(base[at])]
                guard byte != 0 else { break }
                to.pointee = byte
                hash = ByteWords.hash(hash, byte)
                to += 1
                at += 1
            }
            word.count += at - index
            self.hash = hash
            return at
        }

        /// Appends a byte, a–z, 0–9 or `#`, to the word.
        @inline(__always)
        private mutating func append(_ byte: UInt8) {
            word.append(byte)
            hash = ByteWords.hash(hash, byte)
        }

        /// Adds a byte of folded text: a–z, 0–9 and `#` go into the word; anything else ends it.
        @inline(__always)
        mutating func add(_ byte: UInt8) {
            if byte &- 97 < 26 || byte &- 48 < 10 || byte == 35 {
                append(byte)
            } else if word.count > 0 {
                end()
            }
        }

        mutating func end() {
            guard word.count > 0 else { return }
            defer {
                word.removeAll()
                hash = ByteWords.emptyHash
            }
            guard seen.insert(word.start, word.count, hash: hash) else { return }
            let buffer = UnsafeMutableBufferPointer(start: word.start, count: word.count)
            var length = word.count
            length = SearchText.reduce(buffer, length, 97, 97, into: 97)
            length = SearchText.reduce(buffer, length, 111, 101, into: 111)
            length = SearchText.reduce(buffer, length, 97, 101, into: 97)
            // A reduction only shortens a word: one as long as it was read is the same bytes, with the same hash.
            found.insert(word.start, length, hash: length == word.count ? hash : ByteWords.hash(word.start, length))
            guard memchr(word.start, 35, length) != nil else { return }  // no `#`
            var part = 0
            for index in 0...length where index == length || word.start[index] == 35 {
                if index > part { found.insert(word.start + part, index - part, hash: ByteWords.hash(word.start + part, index - part)) }
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
        /// A hash table: each slot holds a word's number or -1; `hashes` are the words' hashes, so a
        /// word is compared byte by byte only with one of the same hash.
        private var slots = Bytes<Int32>(repeating: -1, count: 512), hashes = Bytes<UInt64>(capacity: 256)

        /// The FNV-1a hash of no bytes, and of `hash`'s bytes followed by `byte`.
        static let emptyHash: UInt64 = 0xCBF2_9CE4_8422_2325
        @inline(__always)
        static func hash(_ hash: UInt64, _ byte: UInt8) -> UInt64 { (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

        /// The hash of the `length` bytes at `word`.
        static func hash(_ word: UnsafePointer<UInt8>, _ length: Int) -> UInt64 {
            var hash = emptyHash
            for index in 0..<length { hash = Self.hash(hash, word[index]) }
            return hash
        }

        /// Adds the `length` bytes at `word`, whose hash is `hash`; false when they were there.
        @discardableResult
        mutating func insert(_ word: UnsafePointer<UInt8>, _ length: Int, hash: UInt64) -> Bool {
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

        /// The words as strings, sorted: by their bytes, which for ASCII is how strings sort. Each is
        /// sorted by its first eight bytes as one number first (big-endian, a shorter word padded with
        /// zeros, which no word holds, so it comes first), and by all its bytes only where two words
        /// begin with the same eight.
        func sorted() -> [String] {
            let words = (0..<ends.count).map { UnsafeBufferPointer(start: bytes.start + start($0), count: ends[$0] - start($0)) }
            let keyed = words.map { word in
                (key: word.prefix(8).reduce(UInt64(0)) { $0 << 8 | UInt64($1) } << (8 * UInt64(8 - min(word.count, 8))), word: word)
            }
            return keyed.sorted { a, b in
                guard a.key == b.key else { return a.key < b.key }
                let order = memcmp(a.word.baseAddress!, b.word.baseAddress!, min(a.word.count, b.word.count))
                return order != 0 ? order < 0 : a.word.count < b.word.count
            }.map { String(decoding: $0.word, as: UTF8.self) }
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
        /// The elements in use; one who writes past them through `start` (after `reserve`) counts them in.
        var count = 0
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

        /// Makes room for `capacity` elements in all.
        mutating func reserve(_ capacity: Int) {
            if capacity > self.capacity { grow(to: capacity) }
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
