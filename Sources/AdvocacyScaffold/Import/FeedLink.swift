import Foundation

/// Links compared as the same page: scheme and host in any case, `http` or `https`, with or without
/// `www.`, a trailing slash, UTM tags and a fragment, and characters written as they are or
/// percent-encoded in either case, so an entry shared before with `?utm_source=…`, or written by hand
/// in another form, is not imported again.
package enum FeedLink {
    /// The form two links of the same page share: the scheme `https`, the host lower-case without
    /// `www.`, the default port, a trailing `/` of the path, every `utm_*` parameter of the query and
    /// the fragment left out, and every character percent-encoded one way (`%7E` as `~`, `ø` and
    /// `%c3%b8` as `%C3%B8`).
    package static func key(_ link: String) -> String {
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard var parts = URLComponents(string: encoded(trimmed)), let scheme = parts.scheme?.lowercased() else { return trimmed }
        parts.scheme = scheme == "http" ? "https" : scheme
        if var host = parts.percentEncodedHost?.lowercased() {
            if host.hasPrefix("www.") { host.removeFirst(4) }
            parts.percentEncodedHost = encoded(host)
        }
        if (scheme == "https" && parts.port == 443) || (scheme == "http" && parts.port == 80) { parts.port = nil }
        while parts.percentEncodedPath.hasSuffix("/") { parts.percentEncodedPath.removeLast() }
        let kept = parts.percentEncodedQueryItems?.filter { !$0.name.lowercased().hasPrefix("utm_") } ?? []
        parts.percentEncodedQueryItems = kept.isEmpty ? nil : kept
        parts.fragment = nil
        return parts.string ?? trimmed
    }

    /// `text` with one percent-encoding: the unreserved characters of RFC 3986 as they are, every
    /// other byte outside the printable ASCII that URLs hold, and `%` that starts no escape, as `%XX`
    /// in upper case; the escapes of the other characters in upper case.
    static func encoded(_ text: String) -> String {
        let bytes = Array(text.utf8)
        var out = [UInt8]()
        out.reserveCapacity(bytes.count)
        func hex(_ byte: UInt8) -> [UInt8] { Array(String(format: "%%%02X", byte).utf8) }
        func value(_ byte: UInt8) -> UInt8? {
            switch byte {
            case 48...57: byte - 48
            case 65...70: byte - 55
            case 97...102: byte - 87
            default: nil
            }
        }
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == UInt8(ascii: "%") {
                if index + 2 < bytes.count, let high = value(bytes[index + 1]), let low = value(bytes[index + 2]) {
                    let decoded = high << 4 | low
                    out += unreserved(decoded) ? [decoded] : hex(decoded)
                    index += 3
                } else {
                    out += hex(byte)
                    index += 1
                }
                continue
            }
            out += byte > 0x20 && byte < 0x7F && !"\"<>\\^`{|}".utf8.contains(byte) ? [byte] : hex(byte)
            index += 1
        }
        return String(decoding: out, as: UTF8.self)
    }

    /// Letters, digits and `-._~`: what a URL means the same whether written or encoded.
    private static func unreserved(_ byte: UInt8) -> Bool {
        (byte >= 48 && byte <= 57) || (byte >= 65 && byte <= 90) || (byte >= 97 && byte <= 122) || "-._~".utf8.contains(byte)
    }

    /// `link` as an item writes it: trimmed, its scheme and host lower-case and its `utm_*` parameters
    /// left out (the hub adds its own UTM tags to what colleagues share); the rest as the feed has it.
    package static func written(_ link: String) -> String {
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard var parts = URLComponents(string: trimmed), parts.scheme != nil else { return trimmed }
        parts.scheme = parts.scheme?.lowercased()
        parts.host = parts.host?.lowercased()
        if let items = parts.percentEncodedQueryItems {
            let kept = items.filter { !$0.name.lowercased().hasPrefix("utm_") }
            parts.percentEncodedQueryItems = kept.isEmpty ? nil : kept
        }
        return parts.string ?? trimmed
    }
}
