import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// A posting window (`best-time: 07:30-08:45`) is read with the spaces and tabs around each time
/// trimmed, as Foundation trims white space.
@Suite struct BestTimeTests {
    @Test func aWindowIsReadWithSpacesAroundItsTimes() {
        func window(_ text: String) -> [Int]? { BestTime(text).map { [$0.start, $0.end] } }
        #expect(window("07:30-08:45") == [450, 525])
        #expect(window(" 7:30 -\t08:45 ") == [450, 525])
        #expect(window("\u{A0}07:30-08:45\u{2003}") == [450, 525])
        #expect(BestTime("08:45-07:30") == nil)
        #expect(BestTime("07:30-08:45-09:00") == nil)
        #expect(BestTime("07:30\r\n-08:45") == nil)
    }

    /// Random texts of spaces, tabs, other white space and line ends: trimmed as
    /// `trimmingCharacters(in: .whitespaces)` trims them.
    @Test func trimmingIsFoundations() {
        let pieces = [" ", "\t", "\n", "\r\n", "\u{A0}", "\u{2003}", "0", "7:3", "a", "æ", "\u{301}", "-"]
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(8)).map { _ in random.pick(pieces) }.joined()
            #expect(BestTime.trimmed(text[...]) == text.trimmingCharacters(in: .whitespaces), "seed \(seed): \(text.debugDescription)")
        }
    }
}
