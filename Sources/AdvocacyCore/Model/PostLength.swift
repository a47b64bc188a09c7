/// The length of a post as each platform counts it.
public enum PostLength {
    /// The length of `text` on `platform`, with the shared link counted where the platform appends it (X).
    public static func count(_ text: String, on platform: Platform, link: String?) -> Int {
        switch platform {
        case .x:
            return xWeighted(text) + (link == nil ? 0 : 1 + xURLLength)
        case .linkedin, .facebook, .instagram:
            return text.utf16.count
        }
    }

    /// What X counts a URL as, whatever its length.
    public static let xURLLength = 23

    /// X's weighted length: most Latin, Greek, Cyrillic and punctuation count 1; emoji, CJK and other
    /// scripts count 2; every URL counts 23.
    public static func xWeighted(_ text: String) -> Int {
        var total = 0
        var word = ""
        func flush() {
            defer { word = "" }
            let lower = word.lowercased()
            if lower.hasPrefix("https://") || lower.hasPrefix("http://") || lower.hasPrefix("www.") {
                var url = word[...]
                var trailing = 0
                while let last = url.last, ".,;:!?)]}\"'".contains(last) { url = url.dropLast(); trailing += 1 }
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
