/// Levenshtein distance, for "did you mean" suggestions.
package enum EditDistance {
    package static func between(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1,
                                       previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The number of typing slips between two words: letters left out, added or changed, and two
    /// neighbouring letters swapped, each counted once (`dratf` is one slip from `draft`).
    package static func slips(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        // The rows before the one being made: two back (for swaps), one back (starting as the empty prefix of a), and the new one.
        var rows = [[Int](repeating: 0, count: b.count + 1), Array(0...b.count), [Int](repeating: 0, count: b.count + 1)]
        for i in 1...a.count {
            rows[2][0] = i
            for j in 1...b.count {
                var best = Swift.min(rows[1][j] + 1, rows[2][j - 1] + 1, rows[1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { best = Swift.min(best, rows[0][j - 2] + 1) }
                rows[2][j] = best
            }
            rows = [rows[1], rows[2], rows[0]]
        }
        return rows[1][b.count]
    }

    /// The closest candidate within a small distance, if any.
    package static func suggestion(for word: String, in candidates: some Sequence<String>) -> String? {
        let limit = Swift.max(1, word.count / 3)
        return candidates
            .map { ($0, between(word, $0)) }
            .filter { $0.1 <= limit }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// The "did you mean" part of a message for the closest candidate, or nothing when none is close.
    package static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> Message? {
        suggestion(for: word, in: candidates).map { Message(.didYouMean(name: $0)) }
    }
}
