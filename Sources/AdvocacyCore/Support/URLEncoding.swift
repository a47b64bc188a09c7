/// Percent-encoding for URL query values, byte by byte (RFC 3986).
enum URLEncoding {
    /// Encodes everything but RFC 3986's unreserved characters.
    static func queryValue(_ text: String) -> String {
        var bytes = text
        let encoded = bytes.withUTF8 { bytes -> String? in
            let escapes = escapeCount(bytes)
            guard escapes > 0 else { return nil }
            return String(unsafeUninitializedCapacity: bytes.count + 2 * escapes) { out in
                var end = 0
                appendQueryValue(bytes, to: out, at: &end)
                return end
            }
        }
        return encoded ?? text
    }

    /// How many bytes of `bytes` a query value escapes.
    private static func escapeCount(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var escapes = 0
        for byte in bytes where !isUnreserved(byte) { escapes += 1 }
        return escapes
    }

    /// Writes the query value of `bytes` into `out` from `end` on, which has room for it
    /// (`bytes.count + 2 * escapeCount(bytes)` bytes), and moves `end` past it.
    private static func appendQueryValue(_ bytes: UnsafeBufferPointer<UInt8>, to out: UnsafeMutableBufferPointer<UInt8>, at end: inout Int) {
        for byte in bytes {
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
