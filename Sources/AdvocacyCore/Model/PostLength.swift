/// The length of a post as each platform counts it.
public enum PostLength {
    /// The length of `text` on `platform`, with the shared link counted where the platform appends it (X).
    public static func count(_ text: String, on platform: Platform, link: String?) -> Int {
        switch platform {
        case .x:
            return xWeighted(text) + (link == nil ? 0 : 1 + xURLLength)
        case .linkedin, .facebook, .instagram:
            return utf16Count(text)
        }
    }

    /// `text.utf16.count`, counted from the UTF-8 bytes: one unit a scalar, two for a scalar beyond
    /// U+FFFF (the four-byte ones). Swift counts UTF-16 of a string that is not ASCII by building an
    /// index of it first, for every text that is counted.
    public static func utf16Count(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var count = 0
            for byte in bytes {
                count += (byte & 0xC0 != 0x80 ? 1 : 0) + (byte >= 0xF0 ? 1 : 0)
            }
            return count
        }
    }

    /// What X counts a URL as, whatever its length.
    public static let xURLLength = 23

    /// X's weighted length: most Latin, Greek, Cyrillic and punctuation count 1; emoji, CJK and other
    /// scripts count 2; every URL counts 23.
    ///
    /// Worked out by bytes where that gives the same count: the text is cut after each white-space
    /// character that stands alone as a character (a space, tab or line break between plain letters),
    /// so a piece's count never depends on another's, and a piece of ASCII and letters from U+00C0 to
    /// U+02FF only (one character per letter, none an emoji) is counted by its bytes; any other piece
    /// is counted character by character (`xWeightedByCharacters`).
    public static func xWeighted(_ text: String) -> Int {
        var text = text
        return text.withUTF8 { bytes in
            var total = 0, pieceStart = 0, pieceIsPlain = true, index = 0
            while index < bytes.count {
                let byte = bytes[index]
                if byte >= 0x80 {
                    if byte >= 0xC3 && byte <= 0xCB && index + 1 < bytes.count {
                        index += 2
                    } else {
                        pieceIsPlain = false
                        index += 1
                    }
                    continue
                }
                index += 1
                guard isASCIIWhitespace(byte), index < bytes.count, standsAlone(whiteSpaceAt: index - 1, in: bytes) else { continue }
                let piece = UnsafeBufferPointer(rebasing: bytes[pieceStart..<index])
                total += pieceIsPlain ? plainWeight(piece) : xWeightedByCharacters(String(decoding: piece, as: UTF8.self))
                pieceStart = index
                pieceIsPlain = true
            }
            let piece = UnsafeBufferPointer(rebasing: bytes[pieceStart...])
            return total + (pieceIsPlain ? plainWeight(piece) : xWeightedByCharacters(String(decoding: piece, as: UTF8.self)))
        }
    }

    private static func isASCIIWhitespace(_ byte: UInt8) -> Bool {
        byte == 32 || (byte >= 9 && byte <= 13)
    }

    /// Whether the white space at `index` is a character of its own, so cutting after it splits no
    /// character: the byte after it starts a scalar below U+0300 (none joins what comes before it),
    /// it is not the CR of a CR LF, and the scalar before it is below U+0600 (none joins what follows).
    private static func standsAlone(whiteSpaceAt index: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        let next = bytes[index + 1]
        guard next < 0x80 || (next >= 0xC2 && next <= 0xCB), !(bytes[index] == 13 && next == 10) else { return false }
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        return previous < 0x80 || (index > 1 && previous <= 0xBF && bytes[index - 2] >= 0xC2 && bytes[index - 2] <= 0xD7)
    }

    /// The weight of ASCII and letters from U+00C0 to U+02FF: each white-space byte 1, a URL 23 and
    /// its trailing punctuation, any other word its letters.
    private static func plainWeight(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        var total = 0, index = 0
        while index < bytes.count {
            if isASCIIWhitespace(bytes[index]) {
                total += 1
                index += 1
                continue
            }
            var end = index, letters = 0
            while end < bytes.count && !isASCIIWhitespace(bytes[end]) {
                if bytes[end] & 0xC0 != 0x80 { letters += 1 }
                end += 1
            }
            let word = UnsafeBufferPointer(rebasing: bytes[index..<end])
            if ["https://", "http://", "www."].contains(where: { startsCaseless(word, with: $0) }) {
                var last = word.count
                while last > 0, let trailing = Unicode.Scalar(UInt32(word[last - 1])), urlTrailers.unicodeScalars.contains(trailing) { last -= 1 }
                total += xURLLength + word.count - last
            } else {
                total += letters
            }
            index = end
        }
        return total
    }

    private static func startsCaseless(_ word: UnsafeBufferPointer<UInt8>, with prefix: StaticString) -> Bool {
        guard word.count >= prefix.utf8CodeUnitCount else { return false }
        return prefix.withUTF8Buffer { prefix in
            prefix.indices.allSatisfy { (word[$0] >= 65 && word[$0] <= 90 ? word[$0] + 32 : word[$0]) == prefix[$0] }
        }
    }

    /// What ends a sentence around a URL rather than the URL: X counts it apart.
    private static let urlTrailers = ".,;:!?)]}\"'"

    /// X's weighted length, character by character.
    package static func xWeightedByCharacters(_ text: String) -> Int {
        var total = 0
        var word = ""
        func flush() {
            defer { word = "" }
            let lower = word.lowercased()
            if lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("www.") {
                var url = word[...]
                var trailing = 0
                while let last = url.last, urlTrailers.contains(last) { url = url.dropLast(); trailing += 1 }
                total += xURLLength + trailing
                return
            }
            total += weight(word)
        }
        for character in text {
            if character.isWhitespace {
                flush()
                total += weight(String(character))
            } else {
                word.append(character)
            }
        }
        flush()
        return total
    }

    private static func weight(_ text: String) -> Int {
        var total = 0
        for character in text {
            if character.isEmojiLike { total += 2; continue }
            for scalar in character.unicodeScalars { total += isLightWeight(scalar.value) ? 1 : 2 }
        }
        return total
    }

    /// Where LinkedIn's feed cuts a post to "see more", in characters.
    public static let linkedInFold = 210

    /// Where LinkedIn's feed cuts `text` to "see more", or nil when the whole text shows.
    public static func linkedInFoldIndex(_ text: String) -> String.Index? {
        text.index(text.startIndex, offsetBy: linkedInFold, limitedBy: text.endIndex).flatMap { $0 < text.endIndex ? $0 : nil }
    }

    private static func isLightWeight(_ v: UInt32) -> Bool {
        v <= 0x10FF || (0x2000...0x200D).contains(v) || (0x2010...0x201F).contains(v) || (0x2032...0x2037).contains(v)
            || v == 0xFE0F || v == 0x200D
    }

}

extension Character {
    /// Emoji as X weighs them: a pictograph, or any sequence with a variation selector or joiner.
    var isEmojiLike: Bool {
        guard let first = unicodeScalars.first else { return false }
        if first.properties.isEmojiPresentation { return true }
        if unicodeScalars.count > 1 && first.properties.isEmoji && first.value > 0x7F { return true }
        return unicodeScalars.contains { $0.value == 0xFE0F } && first.properties.isEmoji && first.value > 0x39
    }
}
