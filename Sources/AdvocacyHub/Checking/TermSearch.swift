/// Finds a term as a whole word, ignoring case.
enum TermSearch {
    /// The first match's character offset, or nil.
    static func firstMatch(of term: String, in text: String) -> Int? {
        matchOffsets(of: term, in: text).first
    }

    /// Every match as a 0-based line and 1-based column.
    static func matches(of term: String, in text: String) -> [(line: Int, column: Int)] {
        let offsets = matchOffsets(of: term, in: text)
        guard !offsets.isEmpty else { return [] }
        var result: [(Int, Int)] = []
        var line = 0, column = 1, offset = 0
        var next = offsets.makeIterator()
        var target = next.next()
        for character in text {
            guard let wanted = target else { break }
            if offset == wanted {
                result.append((line, column))
                target = next.next()
            }
            if character == "\n" { line += 1; column = 1 } else { column += 1 }
            offset += 1
        }
        return result
    }

    private static func matchOffsets(of term: String, in text: String) -> [Int] {
        let needle = Array(term.lowercased())
        guard !needle.isEmpty else { return [] }
        let haystack = Array(text.lowercased())
        guard haystack.count >= needle.count, text.lowercased().contains(term.lowercased()) else { return [] }
        var offsets: [Int] = []
        var i = 0
        while i + needle.count <= haystack.count {
            if haystack[i] == needle[0] && Array(haystack[i..<(i + needle.count)]) == needle {
                let before = i == 0 ? nil : haystack[i - 1]
                let after = i + needle.count < haystack.count ? haystack[i + needle.count] : nil
                if !(before?.isWordCharacter ?? false) && !(after?.isWordCharacter ?? false) {
                    offsets.append(i)
                    i += needle.count
                    continue
                }
            }
            i += 1
        }
        return offsets
    }
}

extension Character {
    var isWordCharacter: Bool { isLetter || isNumber || self == "_" }
}
