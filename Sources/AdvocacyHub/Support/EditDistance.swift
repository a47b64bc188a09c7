/// Levenshtein distance, for "did you mean" suggestions.
enum EditDistance {
    static func between(_ a: String, _ b: String) -> Int {
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

    /// The closest candidate within a small distance, if any.
    static func suggestion(for word: String, in candidates: some Sequence<String>) -> String? {
        let limit = Swift.max(1, word.count / 3)
        return candidates
            .map { ($0, between(word, $0)) }
            .filter { $0.1 <= limit }
            .min { ($0.1, $0.0) < ($1.1, $1.0) }?.0
    }

    /// The "did you mean" part of a message for the closest candidate, or nothing when none is close.
    static func didYouMean(_ word: String, in candidates: some Sequence<String>) -> Message.Argument {
        suggestion(for: word, in: candidates).map { .message(Message(.didYouMean, ["name": .text($0)])) } ?? ""
    }
}
