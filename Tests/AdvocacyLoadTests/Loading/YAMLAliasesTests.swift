import Testing
import Yams
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

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

    /// Random YAML on one line, with anchors and aliases, and the first alias past a cap as a model
    /// of the rules counts it: each value one, plus the characters of its texts.
    struct RandomYAML {
        var random: SeededRandom
        /// Long texts, to reach the cap on what aliases repeat; else short ones, to reach the cap on their number.
        let long: Bool
        var text = ""
        /// The characters written so far.
        var written = 0
        var anchors: [String: Int] = [:]
        var aliases = 0
        var expansion = 0
        var excess: YAMLAliases.Excess?

        mutating func write(_ part: String) {
            text += part
            written += part.unicodeScalars.count
        }

        /// Writes a value and returns its size.
        mutating func value(depth: Int) -> Int {
            if !anchors.isEmpty && random.below(2) == 0 {
                let name = anchors.keys.sorted()[random.below(anchors.count)]
                let size = anchors[name]!
                aliases += 1
                expansion += size
                if excess == nil && (aliases > YAMLAliases.maximumCount || expansion > YAMLAliases.maximumExpansion) {
                    excess = .init(limit: aliases > YAMLAliases.maximumCount ? .count : .expansion, name: name, line: 0,
                                   column: written)
                }
                write("*" + name)
                return size
            }
            let anchor = random.below(3) == 0 ? "a\(random.below(8))" : nil
            if let anchor { write("&\(anchor) ") }
            var size = 1
            switch depth == 0 ? 2 : depth > (long ? 2 : 4) ? 0 : random.below(3) {
            case 0:
                let length = long ? [0, 40, 4_000, 25_000][random.below(4)] : [0, 3, 40][random.below(3)]
                let letter = ["x", "æ", "é"][random.below(3)]
                write("\"" + String(repeating: letter, count: length) + "\"")
                size += length
            case 1:
                write("[")
                for index in 0..<random.below(10) {
                    if index > 0 { write(", ") }
                    size += value(depth: depth + 1)
                }
                write("]")
            default:
                write("{")
                for index in 0..<(depth == 0 ? 8 + random.below(8) : random.below(10)) {
                    write((index > 0 ? ", " : "") + "k\(index): ")
                    size += 1 + "k\(index)".count + value(depth: depth + 1)
                }
                write("}")
            }
            if let anchor { anchors[anchor] = size }
            return size
        }
    }

    @Test("the count agrees with a model of the rules on random YAML, which Yams reads when under the caps")
    func randomYAML() throws {
        let seed = UInt64.random(in: 0...UInt64.max)
        for round in 0..<150 {
            var yaml = RandomYAML(random: SeededRandom(state: seed &+ UInt64(round)), long: round.isMultiple(of: 2))
            _ = yaml.value(depth: 0)
            #expect(YAMLAliases.excess(in: yaml.text) == yaml.excess, "seed \(seed), round \(round)")
            if yaml.excess == nil {
                #expect(throws: Never.self, "seed \(seed), round \(round)") { try Yams.compose(yaml: yaml.text, .default, .default, .utf8) }
            }
        }
    }
}
