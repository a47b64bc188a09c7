/// Percent-encoding of query values, without Foundation's locale-dependent helpers.
enum URLEncoding {
    /// Encodes everything but RFC 3986's unreserved characters.
    static func queryValue(_ text: String) -> String {
        var escapes = 0
        for byte in text.utf8 where !isUnreserved(byte) { escapes += 1 }
        guard escapes > 0 else { return text }
        return String(unsafeUninitializedCapacity: text.utf8.count + 2 * escapes) { out in
            var end = 0
            for byte in text.utf8 {
                if isUnreserved(byte) {
                    out[end] = byte
                    end += 1
                } else {
                    out[end] = UInt8(ascii: "%")
                    out[end + 1] = hexDigit(byte >> 4)
                    out[end + 2] = hexDigit(byte & 15)
                    end += 3
                }
            }
            return end
        }
    }

    @inline(__always)
    private static func isUnreserved(_ byte: UInt8) -> Bool {
        switch byte {
        case UInt8(ascii: "A")...UInt8(ascii: "Z"), UInt8(ascii: "a")...UInt8(ascii: "z"),
             UInt8(ascii: "0")...UInt8(ascii: "9"), UInt8(ascii: "-"), UInt8(ascii: "."),
             UInt8(ascii: "_"), UInt8(ascii: "~"):
            true
        default:
            false
        }
    }

    /// The upper-case hexadecimal digit of a value below 16.
    @inline(__always)
    private static func hexDigit(_ value: UInt8) -> UInt8 {
        value < 10 ? UInt8(ascii: "0") + value : UInt8(ascii: "A") + value - 10
    }
}
