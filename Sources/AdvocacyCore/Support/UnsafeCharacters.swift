/// The characters no page, feed, calendar or search index may hold: C0 controls other than tab and
/// line feed (a carriage return too, as any left once CRLF became LF stands alone), DEL, C1 controls
/// and Unicode noncharacters (U+FDD0–U+FDEF and the last two code points of every plane, such as
/// U+FFFE and U+FFFF). XML forbids most of them, HTML5 all of them.
package enum UnsafeCharacters {
    /// Whether a scalar is one of them.
    package static func isUnsafe(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x20 { return value != 9 && value != 10 }
        if value < 0x7F { return false }
        if value <= 0x9F { return true }
        if value >= 0xFDD0 && value <= 0xFDEF { return true }
        return value & 0xFFFE == 0xFFFE
    }

    /// The byte offset of the first one in valid UTF-8, or nil; a lone 0xFE or 0xFF, how cmark writes
    /// the U+FFFE and U+FFFF a character reference stands for, counts as one too. Every one starts with
    /// a byte below 0x20 other than tab and line feed, 0x7F, 0xC2, 0xEF or one from 0xF0 up, so the bytes are read
    /// eight at a time, the bytes that start one are found by arithmetic on the whole word, and only
    /// those are looked at: every text a template prints is scanned, and text, Danish letters and
    /// line breaks included, costs a few instructions per eight bytes.
    package static func firstOffset(in bytes: UnsafeBufferPointer<UInt8>, from start: Int = 0) -> Int? {
        let count = bytes.count
        var index = start
        guard let base = bytes.baseAddress else { return nil }
        while index < count {
            let word = EightBytes.word(base, at: index, count: count)
            // Eight bytes from space to `~`, which start none, are passed over with a few instructions.
            guard !isPrintableASCII(word) else {
                index += 8
                continue
            }
            var leads = possibleStarts(word)
            while leads != 0 {
                let offset = index + leads.trailingZeroBitCount / 8
                if startsOne(bytes, at: offset) { return offset }
                leads &= leads - 1
            }
            index += 8
        }
        return nil
    }

    /// Whether each of eight bytes is from 0x20 (space) to 0x7E (`~`): none is below 0x20 (what stays
    /// of a byte less 0x20 has its high bit where the byte had none) and none above 0x7E (a byte plus
    /// one, or the byte itself, has its high bit). A borrow or carry crosses only from a byte that is
    /// outside the range, so the answer is exact.
    @inline(__always)
    static func isPrintableASCII(_ word: UInt64) -> Bool {
        let highs: UInt64 = 0x8080_8080_8080_8080, ones: UInt64 = 0x0101_0101_0101_0101
        let below = (word &- 0x20 &* ones) & ~word & highs
        let above = ((word &+ ones) | word) & highs
        return below | above == 0
    }

    /// A high bit for each of eight bytes (the first in the lowest) that may start one: below 0x20
    /// but not tab or line feed, 0x7F, 0xC2, 0xEF, or from 0xF0 up. Exact per byte: no carry crosses
    /// from one byte to the next.
    @inline(__always)
    private static func possibleStarts(_ word: UInt64) -> UInt64 {
        let highs: UInt64 = 0x8080_8080_8080_8080, lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        func bytes(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }
        /// A high bit for each byte that is not zero.
        func nonZero(_ x: UInt64) -> UInt64 { (((x & lows) &+ lows) | x) & highs }
        func zero(_ x: UInt64) -> UInt64 { ~nonZero(x) & highs }
        let control = zero(word & bytes(0xE0)) & nonZero(word ^ bytes(0x09)) & nonZero(word ^ bytes(0x0A))
        let others = zero(word ^ bytes(0x7F)) | zero(word ^ bytes(0xC2)) | zero(word ^ bytes(0xEF)) | zero((word & bytes(0xF0)) ^ bytes(0xF0))
        return control | others
    }

    /// Whether one of them starts at `index` of valid UTF-8.
    @inline(__always)
    package static func startsOne(_ bytes: UnsafeBufferPointer<UInt8>, at index: Int) -> Bool {
        let count = bytes.count, byte = bytes[index]
        switch byte {
        case 0..<0x20 where byte != 9 && byte != 10, 0x7F: return true
        case 0xC2 where index + 1 < count: return bytes[index + 1] < 0xA0
        case 0xEF where index + 2 < count:
            let second = bytes[index + 1], third = bytes[index + 2]
            return (second == 0xB7 && third >= 0x90 && third <= 0xAF) || (second == 0xBF && third >= 0xBE)
        case 0xF0...0xF4 where index + 3 < count:
            return bytes[index + 1] & 0x0F == 0x0F && bytes[index + 2] == 0xBF && bytes[index + 3] >= 0xBE
        case 0xFE, 0xFF: return true
        default: return false
        }
    }

    /// Whether `text` holds one.
    package static func contains(_ text: String) -> Bool {
        withBytes(text) { firstOffset(in: $0) != nil }
    }

    /// The first one in `text`, if any.
    package static func first(in text: String) -> Unicode.Scalar? {
        text.unicodeScalars.first(where: isUnsafe)
    }

    /// `text` with each of them replaced by a space.
    package static func replaced(_ text: String) -> String {
        guard contains(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars { out.append(isUnsafe(scalar) ? " " : scalar) }
        return String(out)
    }

    /// How a message writes a character's code: `U+000B`, `U+1F600`.
    package static func code(of scalar: Unicode.Scalar) -> String {
        let hex = String(scalar.value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }

    /// How a message names one: "a vertical tab (U+000B)", "et lodret tabulatortegn (U+000B)".
    package static func name(of scalar: Unicode.Scalar) -> Message {
        let code = self.code(of: scalar)
        let id: MessageID = switch scalar.value {
        case 0: .characterNUL(code: code)
        case 0x0B: .characterVerticalTab(code: code)
        case 0x0C: .characterPageBreak(code: code)
        case 0x0D: .characterCarriageReturn(code: code)
        case 0..<0x20, 0x7F...0x9F: .characterControl(code: code)
        default: .characterNoncharacter(code: code)
        }
        return Message(id)
    }

    private static func withBytes<Result>(_ text: String, _ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = text.utf8.withContiguousStorageIfAvailable(body) { return result }
        return Array(text.utf8).withUnsafeBufferPointer(body)
    }
}
