import Testing
import Yams
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// `PlainYAML` composes the plain front matter most files have without libyaml: whenever it gives a
/// tree, that tree is Yams' in every field `YAMLFields` reads, and `YAMLFields.parse` reads the same
/// fields and reports the same diagnostics as through Yams.
@Suite("Plain YAML is composed as Yams composes it, or left to Yams")
struct PlainYAMLTests {
    static var constructor: Constructor { .default }

    static func yams(_ yaml: String) -> Node? {
        try? Yams.compose(yaml: yaml, .basic, constructor, .utf8)
    }

    /// Where two trees differ, in words; nil when they agree in kind, text, tag, style, mark and order.
    static func difference(_ fast: Node, _ yams: Node, at path: String = "root") -> String? {
        guard fast.mark?.line == yams.mark?.line, fast.mark?.column == yams.mark?.column else {
            return "\(path): mark \(fast.mark.map { "\($0)" } ?? "none") != \(yams.mark.map { "\($0)" } ?? "none")"
        }
        if let difference = tagDifference(fast, yams, at: path) { return difference }
        switch (fast, yams) {
        case (.scalar(let a), .scalar(let b)):
            guard a.string == b.string else { return "\(path): text \(a.string.debugDescription) != \(b.string.debugDescription)" }
            return a.style == b.style ? nil : "\(path): style \(a.style) != \(b.style)"
        case (.sequence(let a), .sequence(let b)):
            guard a.style == b.style else { return "\(path): style \(a.style) != \(b.style)" }
            guard a.count == b.count else { return "\(path): \(a.count) items != \(b.count)" }
            return zip(a, b).enumerated().lazy.compactMap { difference($1.0, $1.1, at: "\(path)[\($0)]") }.first
        case (.mapping(let a), .mapping(let b)):
            guard a.style == b.style else { return "\(path): style \(a.style) != \(b.style)" }
            guard a.count == b.count else { return "\(path): \(a.count) entries != \(b.count)" }
            return zip(a, b).enumerated().lazy.compactMap { index, pair in
                difference(pair.0.key, pair.1.key, at: "\(path).key\(index)") ?? difference(pair.0.value, pair.1.value, at: "\(path).value\(index)")
            }.first
        default:
            return "\(path): \(fast.kind) != \(yams.kind)"
        }
    }

    /// Where the tags differ: as composed (an implicit tag is resolved in place when read through
    /// `Node.tag`, so the tag as stored is compared first), then as resolved.
    static func tagDifference(_ fast: Node, _ yams: Node, at path: String) -> String? {
        func stored(_ node: Node) -> String {
            switch node {
            case .scalar(let scalar): scalar.tag.description
            case .sequence(let sequence): sequence.tag.description
            case .mapping(let mapping): mapping.tag.description
            case .alias: "alias"
            }
        }
        guard stored(fast) == stored(yams) else { return "\(path): tag '\(stored(fast))' != '\(stored(yams))'" }
        guard fast.tag.description == yams.tag.description else { return "\(path): resolved tag '\(fast.tag)' != '\(yams.tag)'" }
        return nil
    }

    /// What `YAMLFields.parse` reads from `yaml`: every key as a text, a list, a yes/no and a
    /// number, the key check, and every diagnostic on the way.
    static func reading(_ yaml: String) -> [String] {
        var fields = YAMLFields.parse(yaml, file: "f.md", firstLine: 2, what: Message(.wholeFrontMatter))
        var read = fields.entries.map { "\($0.key) at \(fields.location(of: $0.keyNode))" }
        for key in fields.entries.map(\.key) {
            read.append("\(fields.string(key, published: true).map { "\($0.value) at \($0.location)" } ?? "-")")
            read.append(fields.stringList(key).map { "\($0.value) at \($0.location)" }.joined(separator: "|"))
            read.append("\(fields.bool(key).map(String.init) ?? "-") \(fields.int(key).map(String.init) ?? "-")")
        }
        fields.checkKeys(["title", "summary", "link", "disciplines", "publish", "draft"], params: true)
        read.append("\(fields.emptyKeys.map { "\($0.value) at \($0.location)" })")
        read.append("\(fields.published.map { "\($0.value) at \($0.location)" })")
        return read + fields.diagnostics.all.map(\.description)
    }

    // MARK: The grammar

    static let keys = ["title", "summary", "link", "disciplines", "results", "a", "key_1", "best-time", "1", "01", "true",
                       "null", "yes", "x-", "_x", "-x", "title ", "ti tle", "Ø", "\"title\"", "'title'", "? title", "&a title",
                       "!!str title", "<<", "[a]", "{a: b}", "", "#title"]

    /// Values the subset holds, with quotes, escapes, unicode, numbers, dates and YAML's words.
    static let plainScalars = ["Opslag 1 om fællesskab og læring", "https://www.example.dk/nyheder/1", "media/opslag.png",
                               "2027-01-09T07:30", "2028-06-01", "07:30", "~", "null", "Null", "true", "False", "no", "0x1F",
                               "1e3", "12", "a:b", "a#b", "C#", "a ]", "a}", "a,b", "a, b", "a [b]", "=", "<<", "æøå 🎉 e\u{301}",
                               "\u{A0}nbsp", "plain 'quoted' inside", "plain \"quoted\" inside", "a  b", "\"Ø-samfund fremtid sensor.\"",
                               "\"#reklame\"", "\"07:30-08:45\"", "\"q\\\"uote\"", "\"back\\\\slash\"", "'it''s'", "'a\"b'", "'a\\b'",
                               "\"a'b\"", "\"\"", "''", "\" \"", "' spaced '", "\"a: b # c\"", "'a: b # c'",
                               String(repeating: "lang ", count: 400) + "x", String(repeating: "é", count: 1_500)]

    /// Values next to the subset, and some outside YAML.
    static let scalars = plainScalars + ["-5", "+5", ".5", "a: b", "a:", "a:b", "a :b", "a #b", "a#b", "#x", "C#", "&anchor x", "*alias",
                          "!tag x", "!!str x", "|", ">", "? x", "?x", "-", "- x", "-x", ":x", "a ]", "a}", "a,b", "a, b", "a [b]",
                          "%x", "@x", "`x", "=", "<<", "æøå 🎉 e\u{301}", "\u{A0}nbsp", "a\u{85}b", "a\u{2028}b", "a\u{FEFF}b",
                          "a\u{7F}b", "tab\there", "cr\rx", "plain 'quoted' inside", "plain \"quoted\" inside", "a  b",
                          "\"Ø-samfund fremtid sensor.\"", "\"#reklame\"", "\"07:30-08:45\"", "\"q\\\"uote\"", "\"back\\\\slash\"",
                          "\"esc\\n\"", "\"\\x41\"", "\"\\u00e6\"", "\"\\/\"", "\"a\\ b\"", "\"a\\\"", "'it''s'", "'a\"b'", "'a\\b'",
                          "\"a'b\"", "\"\"", "''", "\" \"", "' spaced '", "\"unterminated", "'unterminated", "\"a\" b", "'a' b",
                          "\"a\"b", "\"a: b # c\"", "'a: b # c'", String(repeating: "lang ", count: 400) + "x",
                          String(repeating: "é", count: 1_500)]

    static let plainFlows = ["[social-selling]", "[a, b]", "[ a , 'b' , \"c\" ]", "[]", "[ ]", "[\"a, b\", c]", "['a'',b']",
                             "[a b, c d]", "[~, null, 1, true]", "[a-b]", "[a\"b]", "{label: Visninger, value: \"3723\"}",
                             "{ medium: employee-advocacy }", "{}", "{ }", "{a: b, c: d}", "{a: 'b c', d: \"e\"}", "{a: b c, d: e f}",
                             "{1: x}", "{true: x}", "{a: æ, b: ø}", "[🎉 x, 'ü', \"e\u{301}\", y]", "{a: 🎉, b: '🎉', c: x}"]

    static let flows = plainFlows + ["[social-selling]", "[a, b]", "[ a , 'b' , \"c\" ]", "[]", "[ ]", "[a,]", "[,a]", "[a, , b]",
                        "[a, [b]]", "[a: b]", "[a #b]", "[a#b]", "[a, b] x", "[a, b", "[\"a, b\", c]", "['a'',b']", "[a b, c d]",
                        "[~, null, 1, true]", "[-a]", "[a-b]", "[a, {b: c}]", "[&x a]", "[*x]", "[a]]", "[a\"b]",
                        "{label: Visninger, value: \"3723\"}", "{ medium: employee-advocacy }", "{}", "{ }", "{a: b, a: c}",
                        "{a: b, c: d}", "{a:b}", "{a: }", "{a}", "{a: b,}", "{a: [b]}", "{a: {b: c}}", "{\"a\": b}", "{a: b} x",
                        "{a: 'b c', d: \"e\"}", "{a: b c, d: e f}", "{label: x, value: 1:2}", "{1: x}", "{true: x}"]

    static let tails = ["", " ", "  ", " # comment", "#x", "\t"]

    /// A value after `key:`: on the key's line or a block sequence on the lines below; one outside
    /// the subset with probability `odd` at each choice.
    static func value(_ random: inout SeededRandom, odd: Double) -> String {
        func scalar() -> String { random.pick(random.chance(odd) ? scalars : plainScalars) }
        func flow() -> String { random.pick(random.chance(odd) ? flows : plainFlows) }
        switch random.below(10) {
        case 0: return ""
        case 1: return " " + flow()
        case 2, 3:
            let indent = random.pick(["", "", "  ", "    ", " "])
            let items = (0..<random.below(4) + 1).map { _ in
                let item = random.chance(0.3) ? flow() : scalar()
                let lineIndent = random.chance(odd / 2) ? random.pick(["", " ", "   ", "\t"]) : indent
                let dash = random.chance(odd) ? random.pick(["-", "-  ", "? ", "-\t"]) : "- "
                return (random.chance(0.1) ? "\n" : "") + lineIndent + dash + item
            }
            return "\n" + items.joined(separator: "\n")
        case 4 where random.chance(odd):
            return random.pick(["\n  - label: x\n    value: \"1\"", "\n  nested: x", " |\n  text", " >\n  text", "\n  continued",
                                " &a x", " *a", "\n\n- a", ":", " a\n  continued", "\n- a\n - b"])
        default:
            return (random.chance(odd) ? random.pick(["", "\t", " \t"]) : random.pick([" ", " ", "  "])) + scalar()
        }
    }

    /// A front matter of one to nine entries, each choice outside the subset with a probability
    /// picked per text, from none to one in three.
    static func frontMatter(_ random: inout SeededRandom) -> String {
        let odd = random.pick([0, 0.01, 0.03, 0.1, 0.3])
        var lines: [String] = []
        if random.chance(odd / 3) { lines.append(random.pick(["---", "\u{FEFF}title: x", "%YAML 1.1", "..."])) }
        for _ in 0..<random.below(9) + 1 {
            if random.chance(0.05) { lines.append("") }
            if random.chance(odd / 3) {
                lines.append(random.pick(["# comment", "   ", "---", "...", " continued", "- a", "\ttitle: x", "title : x"]))
                continue
            }
            let key = random.chance(1 - odd) ? random.pick(Array(keys.prefix(13))) : random.pick(keys)
            let tail = random.chance(odd / 2) ? random.pick(tails) : ""
            lines.append(key + ":" + value(&random, odd: odd) + tail)
        }
        if random.chance(odd / 3) { lines.append(String(repeating: "k", count: random.pick([1_000, 1_023, 1_025, 1_100])) + ": x") }
        var text = lines.joined(separator: random.chance(odd / 3) ? "\r\n" : "\n") + (random.chance(0.8) ? "\n" : "")
        if random.chance(odd) {
            let pieces = ["#", ":", " ", "'", "\"", "\\", "-", "[", "]", "{", "}", ",", "\t", "\r", "\n", "&", "*", "!", "?", "|", ">", "æ", "🎉", "\u{301}"]
            let bytes = Array(text.unicodeScalars)
            let at = random.below(bytes.count + 1)
            var scalars = String.UnicodeScalarView()
            scalars.append(contentsOf: bytes[..<at])
            scalars.append(contentsOf: random.pick(pieces).unicodeScalars)
            scalars.append(contentsOf: bytes[at...])
            text = String(scalars)
        }
        return text
    }

    // MARK: Properties

    @Test func whateverPlainYAMLComposesIsYamsTree() {
        var composed = 0
        let seeds = PropertyRun.seeds(default: 4_000)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            let yaml = Self.frontMatter(&random)
            guard let fast = PlainYAML.compose(yaml, constructor: Self.constructor) else { continue }
            composed += 1
            guard let yams = Self.yams(yaml) else {
                Issue.record("seed \(seed): Yams reads no tree from \(yaml.debugDescription)")
                continue
            }
            let difference = Self.difference(fast, yams)
            #expect(difference == nil, "seed \(seed): \(yaml.debugDescription)")
        }
        // The grammar reaches the subset often enough to test it.
        #expect(seeds.count < 100 || composed * 5 > seeds.count, "only \(composed) of \(seeds.count) composed")
    }

    /// A comment line at the end leaves Yams' tree as it is and the text outside the subset, so
    /// reading it through Yams is reading the text as before.
    @Test func parseReadsWhatItReadThroughYams() {
        for seed in PropertyRun.seeds(default: 1_500) {
            var random = SeededRandom(seed: seed)
            let yaml = Self.frontMatter(&random)
            guard PlainYAML.compose(yaml, constructor: Self.constructor) != nil else { continue }
            let throughYams = yaml + (yaml.hasSuffix("\n") ? "" : "\n") + "#\n"
            #expect(PlainYAML.compose(throughYams, constructor: Self.constructor) == nil)
            #expect(Self.reading(yaml) == Self.reading(throughYams), "seed \(seed): \(yaml.debugDescription)")
        }
    }

    // MARK: Named cases

    static let shareItem = """
        title: Opslag 1 om fællesskab og læring
        summary: "Ø-samfund fremtid sensor møde rådgivning kompetence læring samarbejde deling sensor."
        link: https://www.example.dk/nyheder/1
        image: media/opslag.png
        disciplines: [social-selling]
        publish: 2027-01-09T07:30
        expires: 2028-06-01
        best-time: "07:30-08:45"
        sponsored: false

        """

    @Test func aShareItemIsComposedAsYamsComposesIt() throws {
        let fast = try #require(PlainYAML.compose(Self.shareItem, constructor: Self.constructor))
        #expect(Self.difference(fast, try #require(Self.yams(Self.shareItem))) == nil)
        let summary = try #require(fast.mapping?["summary"])
        #expect(summary.scalar?.style == .doubleQuoted && summary.mark?.line == 2 && summary.mark?.column == 10)
        #expect(summary.tag.description == Tag.Name.str.rawValue)
        let disciplines = try #require(fast.mapping?["disciplines"]?.sequence)
        #expect(disciplines.first?.string == "social-selling" && disciplines.first?.mark?.column == 15)
    }

    @Test("results as flow mappings, block lists, empty values and unicode columns", arguments: [
        "title: x\nresults:\n  - {label: Visninger, value: \"3723\"}\n  - {label: Klik, value: '12'}\n",
        "disciplines:\n- a\n- 'b'\n\n- \"c\"\nsummary:\nrole: ~\n",
        "title: æøå 🎉 ok\nlink: æ\nx: [æ, ø]\nempty:",
        "utm: { medium: employee-advocacy }\ndisclosure: \"#reklame\"\nforbidden-terms: [Projekt Nordlys]\n",
        "\n\ntitle: after blank lines\n",
    ])
    func composedAsYams(_ yaml: String) throws {
        let fast = try #require(PlainYAML.compose(yaml, constructor: Self.constructor))
        #expect(Self.difference(fast, try #require(Self.yams(yaml))) == nil)
    }

    @Test("what is outside the subset is left to Yams", arguments: [
        "title: x # comment\n", "# comment\ntitle: x\n", "title: x\ntitle: y\n", "1: x\n\"1\": y\n", "title: &a x\nb: *a\n",
        "title: !!str x\n", "title: |\n  x\n", "title: a: b\n", "title:\tx\n", "title: x\r\n", "title: x \n",
        "---\ntitle: x\n", "\u{FEFF}title: x\n", "title: x\n  continued\n", "? title\n: x\n", "title: \"a\\nb\"\n",
        "title: {a: {b: c}}\n", "results:\n  - label: x\n    value: y\n", "", "\n", "title: -x\n", "disclosure: #annonce\n",
    ])
    func leftToYams(_ yaml: String) {
        #expect(PlainYAML.compose(yaml, constructor: Self.constructor) == nil)
    }

    @Test func anEmptyValueIsMarkedJustAfterItsColon() throws {
        let fast = try #require(PlainYAML.compose("title: x\nsummary:\n", constructor: Self.constructor))
        let summary = try #require(fast.mapping?["summary"])
        #expect(summary.string == "" && summary.scalar?.style == .plain && summary.mark?.line == 2 && summary.mark?.column == 9)
    }
}
