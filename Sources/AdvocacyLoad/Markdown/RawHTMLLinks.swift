import AdvocacyCore

/// The addresses raw HTML makes a browser load or follow: the values of `src`, `href`, `srcset` (each
/// candidate), `poster` and `data` in every tag, with character references such as `&#45;` decoded.
/// Comments are skipped. A reader of what a published page uses, so it errs on the side of finding more.
enum RawHTMLLinks {
    private static let attributes: Set<String> = ["src", "href", "srcset", "poster", "data"]
    private static let named: [Substring: String] = ["amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'"]

    /// Every address in `html`, in order.
    package static func urls(in html: String) -> [String] {
        let bytes = Array(html.utf8)
        var urls: [String] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index] == UInt8(ascii: "<") else {
                index += 1
                continue
            }
            if bytes[index...].starts(with: "<!--".utf8) {
                index = end(of: "-->", in: bytes, from: index + 4)
                continue
            }
            index += 1
            guard index < bytes.count, isNameByte(bytes[index]) else { continue }
            while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">"), bytes[index] != UInt8(ascii: "/") { index += 1 }
            index = readAttributes(bytes, from: index, into: &urls)
        }
        return urls
    }

    /// Reads a tag's attributes up to its `>`, adding the addresses among them; returns the index after the tag.
    private static func readAttributes(_ bytes: [UInt8], from start: Int, into urls: inout [String]) -> Int {
        var index = start
        while index < bytes.count {
            while index < bytes.count, isSpace(bytes[index]) || bytes[index] == UInt8(ascii: "/") { index += 1 }
            guard index < bytes.count, bytes[index] != UInt8(ascii: ">") else { return index + 1 }
            let nameStart = index
            while index < bytes.count, !isSpace(bytes[index]), !"=>/".utf8.contains(bytes[index]) { index += 1 }
            let name = String(decoding: bytes[nameStart..<index], as: UTF8.self).lowercased()
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count, bytes[index] == UInt8(ascii: "=") else { continue }
            index += 1
            while index < bytes.count, isSpace(bytes[index]) { index += 1 }
            guard index < bytes.count else { break }
            let value: ArraySlice<UInt8>
            if bytes[index] == UInt8(ascii: "\"") || bytes[index] == UInt8(ascii: "'") {
                let quote = bytes[index]
                let close = bytes[(index + 1)...].firstIndex(of: quote) ?? bytes.count
                value = bytes[(index + 1)..<close]
                index = min(close + 1, bytes.count)
            } else {
                let valueStart = index
                while index < bytes.count, !isSpace(bytes[index]), bytes[index] != UInt8(ascii: ">") { index += 1 }
                value = bytes[valueStart..<index]
            }
            guard attributes.contains(name) else { continue }
            let text = decodingReferences(String(decoding: value, as: UTF8.self))
            if name == "srcset" {
                urls.append(contentsOf: candidates(text))
            } else {
                urls.append(text.trimmingSpaces)
            }
        }
        return index
    }

    /// The addresses of a `srcset`: comma-separated candidates, each an address and an optional
    /// descriptor such as `2x` or `480w`.
    package static func candidates(_ srcset: String) -> [String] {
        var urls: [String] = []
        var rest = Substring(srcset)
        while true {
            rest = rest.drop { $0.isWhitespace || $0 == "," }
            guard !rest.isEmpty else { return urls }
            var url = rest.prefix { !$0.isWhitespace }
            rest = rest.dropFirst(url.count)
            if url.hasSuffix(",") {
                while url.hasSuffix(",") { url = url.dropLast() }
            } else {
                rest = rest.drop { $0 != "," }
            }
            urls.append(String(url))
        }
    }

    /// `text` with numeric character references and `&amp; &lt; &gt; &quot; &apos;` replaced by their characters.
    static func decodingReferences(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = "", rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            rest = rest[amp...]
            guard let semicolon = rest.prefix(12).firstIndex(of: ";") else {
                out += "&"
                rest = rest.dropFirst()
                continue
            }
            let name = rest[rest.index(after: rest.startIndex)..<semicolon]
            var scalar: Unicode.Scalar?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                scalar = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init)
            } else if name.hasPrefix("#") {
                scalar = UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init)
            }
            if let scalar {
                out.unicodeScalars.append(scalar)
            } else if let character = named[name] {
                out += character
            } else {
                out += rest[...semicolon]
            }
            rest = rest[rest.index(after: semicolon)...]
        }
        return out + rest
    }

    private static func end(of marker: String, in bytes: [UInt8], from start: Int) -> Int {
        var index = start
        while index < bytes.count {
            if bytes[index...].starts(with: marker.utf8) { return index + marker.utf8.count }
            index += 1
        }
        return bytes.count
    }

    private static func isSpace(_ byte: UInt8) -> Bool { byte == 32 || byte == 9 || byte == 10 || byte == 12 || byte == 13 }
    private static func isNameByte(_ byte: UInt8) -> Bool {
        (65...90).contains(byte) || (97...122).contains(byte)
    }
}

private extension String {
    /// Without the spaces, tabs and line breaks a browser strips from an address's ends.
    var trimmingSpaces: String {
        String(drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
