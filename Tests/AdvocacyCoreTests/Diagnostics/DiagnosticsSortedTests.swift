import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// The order `check` and `build` print findings in: by file, line and column, then by text, each once.
@Suite struct DiagnosticsSortedTests {
    static func at(_ file: String, _ line: Int, _ column: Int) -> AdvocacyCore.SourceLocation {
        AdvocacyCore.SourceLocation(file: file, line: line, column: column)
    }

    @Test func byFileLineColumnThenEnglishTextEachOnce() {
        var diagnostics = Diagnostics()
        diagnostics.error(.mustBeWholeNumber(key: "order"), at: Self.at("share/b.md", 2, 8))
        diagnostics.warning(.emptyKey(key: "summary", advice: Message(.emptyKeyAdviceSummary)), at: Self.at("share/b.md", 10, 1))
        diagnostics.error(.mustBeWholeNumber(key: "order"), at: Self.at("share/b.md", 2, 8))
        diagnostics.error(.mustBeTrueOrFalse(key: "draft"), at: Self.at("share/b.md", 2, 8))
        diagnostics.error(.duplicateKey(keys: "title"), at: Self.at("share/a.md", 3, 1))
        diagnostics.error(.mustBeTrueOrFalse(key: "draft"), at: Self.at("share/b.md", 2, 7))
        diagnostics.error(.duplicateKey(keys: "title"), at: Self.at("hub.yml", 1, 1))
        #expect(diagnostics.sorted.map(\.description) == [
            "hub.yml:1:1: error: the key 'title' is written twice; keep one",
            "share/a.md:3:1: error: the key 'title' is written twice; keep one",
            "share/b.md:2:7: error: 'draft' must be true or false",
            "share/b.md:2:8: error: 'draft' must be true or false",
            "share/b.md:2:8: error: 'order' must be a whole number",
            "share/b.md:10:1: warning: 'summary' is empty; \(Message(.emptyKeyAdviceSummary).text(in: .en))",
        ])
    }

    @Test("an error and a warning at the same place with the same text stay in the order found")
    func sameTextOtherSeverity() {
        for first in [Diagnostic.Severity.error, .warning] {
            var diagnostics = Diagnostics()
            let second: Diagnostic.Severity = first == .error ? .warning : .error
            for severity in [first, second, first] {
                let message = Message(.mustBeWholeNumber(key: "order"))
                if severity == .error {
                    diagnostics.error(message, at: Self.at("a.md", 1, 1))
                } else {
                    diagnostics.warning(message, at: Self.at("a.md", 1, 1))
                }
            }
            #expect(diagnostics.sorted.map(\.severity) == [first, second])
        }
    }

    @Test("the same findings in the same order as sorting the set of them with Diagnostic.<")
    func sameAsSortingTheSet() {
        let seed = UInt64(Date().timeIntervalSince1970)
        var random = SeededRandom(state: seed)
        let messages = [Message(.mustBeWholeNumber(key: "order")), Message(.mustBeTrueOrFalse(key: "draft")),
                        Message(.duplicateKey(keys: "title")), Message(.duplicateKey(keys: "Title"))]
        for round in 0..<200 {
            var diagnostics = Diagnostics()
            for _ in 0..<Int(random.next() % 40) {
                let file = ["a.md", "B.md", "b.md", "æ.md"][Int(random.next() % 4)]
                let line = Int(random.next() % 3) + 1, column = Int(random.next() % 3) + 1
                let location = Self.at(file, line, column)
                let message = messages[Int(random.next() % 4)]
                if random.next() % 2 == 0 {
                    diagnostics.error(message, at: location)
                } else {
                    diagnostics.warning(message, at: location)
                }
            }
            let expected = Array(Set(diagnostics.all)).sorted()
            let sorted = diagnostics.sorted
            #expect(Set(sorted) == Set(expected) && sorted.count == expected.count, "seed \(seed), round \(round)")
            #expect(sorted.map { "\($0.location) \($0.message.text(in: .en))" }
                    == expected.map { "\($0.location) \($0.message.text(in: .en))" }, "seed \(seed), round \(round)")
        }
    }
}
