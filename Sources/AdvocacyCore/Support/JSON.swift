import Foundation

/// Minimal JSON string writing with a stable key order, for deterministic output.
package enum JSON {
    /// A JSON string literal. Control characters and noncharacters (`UnsafeCharacters`) are written
    /// as `\u` escapes, so the output never holds them.
    package static func string(_ s: String) -> String {
        if !s.utf8.contains(where: { $0 < 0x20 || $0 == 34 || $0 == 92 || $0 == 60 }) && !UnsafeCharacters.contains(s) {
            return "\"" + s + "\""
        }
        var out = "\""
        out.reserveCapacity(s.utf8.count + 2)
        for c in s.unicodeScalars {
            switch c {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            case "<": out += "\\u003c"
            default:
                if UnsafeCharacters.isUnsafe(c) {
                    for unit in String(c).utf16 {
                        let hex = String(unit, radix: 16)
                        out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                    }
                } else {
                    out.unicodeScalars.append(c)
                }
            }
        }
        return out + "\""
    }

    /// A JSON array of strings.
    package static func array(_ items: [String]) -> String {
        "[" + items.map(string).joined(separator: ",") + "]"
    }

    /// JSON with sorted keys, the same bytes for the same digest.
    package static func encoded(_ value: some Encodable) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted, .withoutEscapingSlashes]
        return String(decoding: (try? encoder.encode(value)) ?? Data(), as: UTF8.self) + "\n"
    }
}
