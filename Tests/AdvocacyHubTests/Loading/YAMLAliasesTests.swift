import Testing
@testable import AdvocacyHub

@Suite("YAML aliases are counted and capped before anything expands them")
struct YAMLAliasesTests {
    static func aliases(_ count: Int) -> String {
        "a: &a x\nb: [" + Array(repeating: "*a", count: count).joined(separator: ", ") + "]\n"
    }

    @Test func upToTheMaximumIsRead() {
        #expect(YAMLAliases.excess(in: Self.aliases(YAMLAliases.maximumCount)) == nil)
        let fields = YAMLFields.parse(Self.aliases(YAMLAliases.maximumCount), file: "f.yml", firstLine: 1, what: Message(.wholeFile))
        #expect(fields.isValid && fields.diagnostics.all.isEmpty)
    }

    @Test func oneMoreIsAnErrorAtThatAlias() {
        // `b: [` is 4 characters, each `*a, ` another 4: alias 101 starts at 0-based column 404.
        #expect(YAMLAliases.excess(in: Self.aliases(101)) == .init(limit: .count, name: "a", line: 1, column: 404))
        let fields = YAMLFields.parse(Self.aliases(5_000), file: "f.yml", firstLine: 1, what: Message(.wholeFile))
        #expect(!fields.isValid)
        #expect(fields.diagnostics.all.map(\.description) == [
            "f.yml:2:405: error: '*a' is alias number 101 in this file; a file may hold at most 100 YAML aliases: write the values out instead"])
    }

    @Test("nested aliases (a billion laughs) are counted by what they stand for")
    func nested() {
        var yaml = "l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n"
        for level in 1...9 {
            yaml += "l\(level): &l\(level) [" + Array(repeating: "*l\(level - 1)", count: 10).joined(separator: ", ") + "]\n"
        }
        let excess = YAMLAliases.excess(in: yaml)
        #expect(excess?.limit == .expansion && excess?.name == "l4")
    }

    @Test("a star in text is not an alias")
    func starsInText() {
        #expect(YAMLAliases.excess(in: "a: \"" + String(repeating: "*a ", count: 500) + "\"\nb: 5 * 3 *\nc: |\n  *a *a\n") == nil)
    }

    @Test("an alias of a large value counts its characters: the sixth of a 200,000-character anchor goes past the cap",
          arguments: ["y", "æ"])
    func expansion(_ letter: String) {
        let yaml = "a: &big \"" + String(repeating: letter, count: 199_999) + "\"\nb:\n" + String(repeating: "  - *big\n", count: 10)
        #expect(YAMLAliases.excess(in: yaml) == .init(limit: .expansion, name: "big", line: 7, column: 4))
    }
}
