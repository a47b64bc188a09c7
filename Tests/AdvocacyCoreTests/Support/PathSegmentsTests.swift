import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// A path is cut at its `/`s as `split(separator: "/")` cuts it, character by character, whichever
/// way it is read: links resolve the same whether their path is ASCII or not.
@Suite struct PathSegmentsTests {
    @Test func segmentsAreTheCharacterSplit() {
        // A `/` with a mark on it is one character that is no `/`; `\r\n` is one character too.
        let pieces = ["/", "//", "a", "..", ".", "é", "e\u{301}", "/\u{301}", "\u{301}", "\r", "\n", "😀", " ", "%2F", "ab"]
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(12)).map { _ in random.pick(pieces) }.joined()
            #expect(text.pathSegments() == text.split(separator: "/"), "seed \(seed): \(text.debugDescription)")
            let part = text.dropFirst(random.below(3))
            #expect(part.pathSegments() == part.split(separator: "/"), "seed \(seed): \(part.debugDescription)")
        }
    }

    @Test func linksClimbAndDescendByTheirSegments() {
        #expect(InternalLink("../guidelines/policy.md")?.resolved(from: "share/a.md") == "guidelines/policy.md")
        #expect(InternalLink("./b//c/../d.md")?.resolved(from: "share/x/a.md") == "share/x/b/d.md")
        #expect(InternalLink("../../x.md")?.resolved(from: "share/a.md") == nil)
        // A `/` with a mark on it is no separator: the segment is not `..`, so nothing is climbed.
        #expect(InternalLink("..\u{2F}\u{301}../x.md")?.resolved(from: "share/a.md") == "share/..\u{2F}\u{301}../x.md")
        #expect(InternalLink.relative(from: "share/a.md", to: "guidelines/b.md") == "../guidelines/b.md")
    }
}
