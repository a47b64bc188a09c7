/// Escaping for text placed into HTML and XML: by templates (`{{…}}`) and by code (feeds, sitemap).
package enum HTML {
    /// Escapes `& < > " '`, and replaces the characters no page or feed may hold by spaces
    /// (`UnsafeCharacters`; the content checks keep them out, this keeps them out of any output).
    package static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 })
                || UnsafeCharacters.contains(text) else { return text }
        var clean = UnsafeCharacters.replaced(text), out: [UInt8] = []
        out.reserveCapacity(clean.utf8.count + 16)
        clean.withUTF8 { appendEscaped($0, to: &out) }
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends UTF-8 `text` to `output` with `& < > " '` escaped. The bytes are read eight at a time
    /// and the ones to escape found by arithmetic on the whole word, as every text a template prints
    /// and every body in a feed goes through here.
    package static func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        guard let base = text.baseAddress else { return }
        let count = text.count
        var start = 0, index = 0
        while index < count {
            var found = toEscape(EightBytes.word(base, at: index, count: count))
            while found != 0 {
                let offset = index + found.trailingZeroBitCount / 8
                let entity: StaticString
                switch base[offset] {
                case UInt8(ascii: "&"): entity = "&amp;"
                case UInt8(ascii: "<"): entity = "&lt;"
                case UInt8(ascii: ">"): entity = "&gt;"
                case UInt8(ascii: "\""): entity = "&quot;"
                default: entity = "&#39;"
                }
                output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<offset]))
                output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
                start = offset + 1
                found &= found - 1
            }
            index += 8
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
    }

    /// A high bit for each of eight bytes (the first in the lowest) that is `&`, `<`, `>`, `"` or `'`.
    /// Exact per byte: no carry crosses from one byte to the next.
    @inline(__always)
    private static func toEscape(_ word: UInt64) -> UInt64 {
        let highs: UInt64 = 0x8080_8080_8080_8080, lows: UInt64 = 0x7F7F_7F7F_7F7F_7F7F
        func bytes(_ byte: UInt8) -> UInt64 { UInt64(byte) &* 0x0101_0101_0101_0101 }
        /// A high bit for each byte that is zero.
        func zero(_ x: UInt64) -> UInt64 { ~((((x & lows) &+ lows) | x)) & highs }
        return zero(word ^ bytes(0x26)) | zero(word ^ bytes(0x3C)) | zero(word ^ bytes(0x3E)) | zero(word ^ bytes(0x22)) | zero(word ^ bytes(0x27))
    }
}
