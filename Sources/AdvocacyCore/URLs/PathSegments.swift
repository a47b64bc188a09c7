extension StringProtocol {
    /// The parts of a path between its `/`s, empty ones left out: what `split(separator: "/")` gives,
    /// character by character, where a `/` with a mark on it is no separator. A path of ASCII (nearly
    /// every one) is cut byte by byte, as each of its characters is one byte, which costs a fraction
    /// of cutting by characters.
    package func pathSegments() -> [Substring] {
        let text = Substring(self)
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return text.split(separator: "/") }
        var segments: [Substring] = []
        var start = text.startIndex
        let utf8 = text.utf8
        var index = start
        while index < utf8.endIndex {
            if utf8[index] == UInt8(ascii: "/") {
                if index > start { segments.append(text[start..<index]) }
                start = utf8.index(after: index)
            }
            index = utf8.index(after: index)
        }
        if index > start { segments.append(text[start..<index]) }
        return segments
    }
}
