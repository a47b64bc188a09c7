/// The part of a link that names its site (`//host`), where browsers and other URL readers disagree.
package enum LinkAuthority {
    /// The schemes whose links browsers read with `\` as `/`.
    private static let special: Set<String> = ["http", "https", "ftp", "ws", "wss", "file"]

    /// Whether a backslash stands where a link names its site. Browsers read it as `/`, so
    /// `https://evil.com\@good.dk/` opens evil.com, while other readers (and people) see good.dk.
    package static func hasBackslash(_ url: String) -> Bool {
        guard url.utf8.allSatisfy({ $0 < 0x80 }) else { return hasBackslash(byCharacter: url) }
        var url = url
        return url.withUTF8(hasBackslash(ascii:))
    }

    /// `hasBackslash` of ASCII, read by byte: there every byte is a character but CR LF, which is
    /// none of the characters looked for, so the bytes give what the characters give.
    private static func hasBackslash(ascii bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        func isLetter(_ byte: UInt8) -> Bool { (byte | 0x20) >= UInt8(ascii: "a") && (byte | 0x20) <= UInt8(ascii: "z") }
        var rest = 0
        var isSpecial = false
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), let first = bytes.first, isLetter(first),
           bytes[..<colon].allSatisfy({ isLetter($0) || ($0 >= UInt8(ascii: "0") && $0 <= UInt8(ascii: "9")) || $0 == UInt8(ascii: "+")
                                        || $0 == UInt8(ascii: "-") || $0 == UInt8(ascii: ".") }) {
            let scheme = String(decoding: bytes[..<colon].map { isLetter($0) ? $0 | 0x20 : $0 }, as: UTF8.self)
            guard special.contains(scheme) else { return false }
            isSpecial = true
            rest = colon + 1
        }
        let slashes = bytes[rest...].prefix { $0 == UInt8(ascii: "/") || $0 == UInt8(ascii: "\\") }
        guard isSpecial || slashes.count >= 2 else { return false }
        if slashes.contains(UInt8(ascii: "\\")) { return true }
        return bytes[slashes.endIndex...].prefix { $0 != UInt8(ascii: "/") && $0 != UInt8(ascii: "?") && $0 != UInt8(ascii: "#") }
            .contains(UInt8(ascii: "\\"))
    }

    /// `hasBackslash` read by character, for a link with other characters than ASCII.
    static func hasBackslash(byCharacter url: String) -> Bool {
        var rest = Substring(url)
        var isSpecial = false
        if let colon = rest.firstIndex(of: ":"), let first = rest.first, first.isASCII && first.isLetter,
           rest[..<colon].allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }) {
            guard special.contains(rest[..<colon].lowercased()) else { return false }
            isSpecial = true
            rest = rest[rest.index(after: colon)...]
        }
        let slashes = rest.prefix { $0 == "/" || $0 == "\\" }
        guard isSpecial || slashes.count >= 2 else { return false }
        if slashes.contains("\\") { return true }
        return rest.dropFirst(slashes.count).prefix { $0 != "/" && $0 != "?" && $0 != "#" }.contains("\\")
    }
}
