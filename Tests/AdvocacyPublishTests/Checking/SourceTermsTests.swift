import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyPublish

/// The one pass over a body's source that finds the forbidden terms and the placeholders together.
@Suite struct SourceTermsTests {
    /// Property: each forbidden term and each placeholder is found where a search for its own list alone
    /// (the two passes this one replaces) finds it, whatever the terms share with the placeholders:
    /// a term that is a placeholder, part of one, or holds one, in other capitals, listed twice.
    @Test func findsWhatASearchForEachListAloneFinds() {
        let placeholders = UnfinishedText.placeholders.map(\.1)
        let words = ["Projekt Nordlys", "nordlys", "Æble", "kontor", "her", "teksten", "Skriv", "é", "-", "x-y"]
            + placeholders.flatMap { [$0, String($0.dropLast()), String($0.dropFirst(2)), $0.uppercased()] }
        let fillers = [" ", "\n", ".", ", ", "x", "æ", "😀", "\r\n", "# ", "> ", "-", "_", "e\u{301}"]
        for seed in UInt64(1)...300 {
            var random = SeededRandom(seed: seed)
            let forbidden = (0..<random.below(6)).map { _ in words[random.below(words.count)] }
            var body = ""
            for _ in 0..<random.below(40) {
                body += random.chance(0.5) ? words[random.below(words.count)] : fillers[random.below(fillers.count)]
            }
            let found = SourceTerms(forbidden: forbidden).matches(in: body)
            #expect(describe(found.forbidden) == describe(TermSearch(forbidden).matches(in: body)), "seed \(seed): \(forbidden) in \(body.debugDescription)")
            #expect(describe(found.placeholders) == describe(TermSearch(placeholders).matches(in: body)), "seed \(seed): \(body.debugDescription)")
        }
    }

    private func describe(_ matches: [Int: [(line: Int, column: Int)]]) -> [String] {
        matches.map { term, places in "\(term): " + places.map { "\($0.line):\($0.column)" }.joined(separator: " ") }.sorted()
    }
}
