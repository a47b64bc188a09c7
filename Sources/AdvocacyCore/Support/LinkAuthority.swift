/// The part of a link that names its site (`//host`), where browsers and other URL readers disagree.
package enum LinkAuthority {
    /// The schemes whose links browsers read with `\` as `/`.
    private static let special: Set<String> = ["http", "https", "ftp", "ws", "wss", "file"]

    /// Whether a backslash stands where a link names its site. Browsers read it as `/`, so
    /// `https://evil.com\@good.dk/` opens evil.com, while other readers (and people) see good.dk.
    package static func hasBackslash(_ url: String) -> Bool {
        // Without a backslash byte there is no backslash character: most links end here, unread.
        guard url.utf8.contains(UInt8(ascii: "\\")) else { return false }
        return hasBackslash(byCharacter: url)
    }

    /// `hasBackslash`, read by character.
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
