import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// Typing slips count whole words: a key that is only part of another is not one slip away from it.
@Suite struct EditDistanceTests {
    @Test(arguments: [("pubish", "publish", 1), ("dratf", "draft", 1), ("sponsered", "sponsored", 1), ("publish", "publish", 0),
                      ("x", "publish", 7), ("lish", "publish", 3), ("t", "draft", 4), ("", "draft", 5), ("expires", "", 7)])
    func slips(_ a: String, _ b: String, _ expected: Int) {
        #expect(EditDistance.slips(a, b) == expected)
        #expect(EditDistance.slips(b, a) == expected)
    }

    /// Against the plain definition (Damerau–Levenshtein with adjacent swaps), on random short words.
    @Test func slipsAgreeWithTheDefinitionOnRandomWords() {
        var random = SeededRandom(seed: 20)
        func word() -> String { String((0..<random.below(7)).map { _ in "abcp"[("abcp".index("abcp".startIndex, offsetBy: random.below(4)))] }) }
        func reference(_ a: [Character], _ b: [Character]) -> Int {
            var d = [[Int]](repeating: [Int](repeating: 0, count: b.count + 1), count: a.count + 1)
            for i in 0...a.count { d[i][0] = i }
            for j in 0...b.count { d[0][j] = j }
            for i in stride(from: 1, through: a.count, by: 1) {
                for j in stride(from: 1, through: b.count, by: 1) {
                    d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
                    if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] { d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1) }
                }
            }
            return d[a.count][b.count]
        }
        for _ in 0..<2000 {
            let a = word(), b = word()
            #expect(EditDistance.slips(a, b) == reference(Array(a), Array(b)), "\(a) \(b)")
        }
    }
}
