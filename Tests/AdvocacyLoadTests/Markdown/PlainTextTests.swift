import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyLoad

/// The plain text gathered by the tree walk and the line starts it places findings by, against
/// plain readings of what they are.
@Suite struct PlainTextTests {
    /// The words of all the literals, cut at spaces, tabs, line feeds and carriage returns (a literal's
    /// end cuts too), joined by single spaces.
    private static func plainReading(_ literals: [String]) -> String {
        literals.flatMap { $0.utf8.split(whereSeparator: { [32, 10, 9, 13].contains($0) }) }
            .map { String(decoding: $0, as: UTF8.self) }.joined(separator: " ")
    }

    private static func gathered(_ literals: [String]) -> String {
        var text = PlainText()
        for literal in literals { literal.withCString { text.append($0) } }
        return String(decoding: text.bytes, as: UTF8.self)
    }

    @Test(arguments: [
        [], [""], [" "], ["a"], ["a b"], ["a  b"], [" a b "], ["a\nb"], ["a \nb"], ["a\t b\r\nc"], ["ab", "cd"], ["a ", " b"],
        ["", "a", "", "b"], ["Møde  😀 x"], ["a b c d e f"], ["a b ", "c"], ["x y\n\n z"],
    ] as [[String]])
    func wordsAreJoinedBySingleSpaces(_ literals: [String]) {
        #expect(Self.gathered(literals) == Self.plainReading(literals))
    }

    @Test func aMissingLiteralAddsNoSpace() {
        var text = PlainText()
        "a".withCString { text.append($0) }
        text.append(nil)
        "b".withCString { text.append($0) }
        #expect(String(decoding: text.bytes, as: UTF8.self) == "a b")
    }

    /// Random literals of words, single and repeated white space: the text is their words joined by single spaces.
    @Test func randomLiteralsAreTheirWordsJoined() {
        let pieces = [" ", " ", "  ", "\n", "\t", "\r", "\r\n", "a", "word", "ø", "Æble", "😀", "-", "."]
        for seed in PropertyRun.seeds(default: 1_000) {
            var random = SeededRandom(seed: seed)
            let literals = (0..<random.below(5)).map { _ in (0..<random.below(10)).map { _ in random.pick(pieces) }.joined() }
            #expect(Self.gathered(literals) == Self.plainReading(literals), "seed \(seed): \(literals.debugDescription)")
        }
    }

    /// Random texts: the lines start at 0 and after every line feed.
    @Test func linesStartAfterEveryLineFeed() {
        let pieces = ["\n", "\n\n", "\r\n", "a", "ø", "😀", " ", "\u{301}"]
        for seed in PropertyRun.seeds(default: 1_000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(12)).map { _ in random.pick(pieces) }.joined()
            let plain = [0] + text.utf8.enumerated().filter { $0.element == 10 }.map { $0.offset + 1 }
            #expect(TreeWalk.lineStarts(text) == plain, "seed \(seed): \(text.debugDescription)")
        }
        #expect(TreeWalk.lineStarts("") == [0])
        #expect(TreeWalk.lineStarts("a\n") == [0, 2])
    }
}
