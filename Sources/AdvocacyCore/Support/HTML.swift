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

    /// Appends UTF-8 `text` to `output` with `& < > " '` escaped.
    package static func appendEscaped(_ text: UnsafeBufferPointer<UInt8>, to output: inout [UInt8]) {
        var start = 0
        for (index, byte) in text.enumerated() {
            let entity: StaticString
            switch byte {
            case UInt8(ascii: "&"): entity = "&amp;"
            case UInt8(ascii: "<"): entity = "&lt;"
            case UInt8(ascii: ">"): entity = "&gt;"
            case UInt8(ascii: "\""): entity = "&quot;"
            case UInt8(ascii: "'"): entity = "&#39;"
            default: continue
            }
            output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start..<index]))
            output.append(contentsOf: UnsafeBufferPointer(start: entity.utf8Start, count: entity.utf8CodeUnitCount))
            start = index + 1
        }
        output.append(contentsOf: UnsafeBufferPointer(rebasing: text[start...]))
    }
}
