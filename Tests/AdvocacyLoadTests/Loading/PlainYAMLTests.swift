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
            // Byte for byte: `==` on texts is canonical equivalence, blind to `é` against `e\u{301}`.
            guard a.string.utf8.elementsEqual(b.string.utf8) else { return "\(path): text \(a.string.debugDescription) != \(b.string.debugDescription)" }
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

    // MARK: An attacker's cases

    /// `count` entries, one a line, the last without a line feed.
    static func entries(_ count: Int) -> String {
        (0..<count).map { "k\($0): v" }.joined(separator: "\n")
    }

    /// A flow mapping of `count` entries on one line, with astral characters before every mark.
    static func flowEntries(_ count: Int) -> String {
        "x: {" + (0..<count).map { "k\($0): 🎉\($0)" }.joined(separator: ", ") + "}\n"
    }

    /// Texts an author or an attacker may write: each is composed as Yams composes it (and read with
    /// the same fields and diagnostics) or left to Yams; `attackComposed` and `attackRefused` say which.
    static let attackComposed: [String] = [
        // Unicode: combining marks, wide and astral characters, Unicode spaces, direction and zero-width marks.
        "title: e\u{301}tude\n", "title: \u{301}x\n", "title: 漢字 テスト\n", "title: 𝒳 🎉🎉 x\nsummary: [𝒳, \"🎉\", y]\n",
        "title: \u{A0}\n", "title: x\u{A0}\n", "title: a\u{A0}#b\n", "title: a:\u{A0}b\n", "title: \u{3000}x\u{2003}y\u{2009}\n",
        "title: \u{200F}שלום\u{200E} x\n", "title: a\u{200B}\n", "title: \u{200B}\n", "title: [a\u{A0}, \u{A0}b]\n",
        "title: [a\u{A0}]\n", "title: \u{FFFD}\n", "title: " + String(Unicode.Scalar(0xFDD0)!) + String(Unicode.Scalar(0x10FFFF)!) + "\n", "title: \u{E000}\n",
        "title: \"e\u{301}\"\nsummary: 'é'\nlink: é\n", "x: {a: 🎉, b: e\u{301}, c: '𝒳'}\ny: [🎉🎉, e\u{301}e\u{301}, z]\n",
        // Quotes inside plain scalars.
        "title: it's\n", "title: say \"hi\"\n", "title: a'b'c\n", "title: a\"\n", "title: [a'b, c\"d]\n",
        // `:` and `#` where they do not end a plain scalar.
        "title: a::b\n", "title: http://x.dk/a#b\n", "title: a#\n", "title: a##b\n", "title: x:y:z\n", "title: a :b\n",
        // Keys that look like numbers, booleans, null or dates; keys in different spellings.
        "1: a\n01: b\n0x1: c\n1e2: d\n", "true: a\nTrue: b\nyes: c\ny: d\nnull: e\nNULL: f\n", "1_000: a\n1000: b\n",
        "2024-01-01: a\n", "x: {1: a, 01: b, true: c, True: d}\n", "title: a\nTitle: b\nTITLE: c\nti-tle: d\nti_tle: e\n",
        "_a: b\na-: c\n_: d\n", "x: {a-b: c, _: d}\n",
        // Values that are YAML words.
        "a: ~\nb: null\nc: true\nd: 0o17\ne: .inf\nf: .nan\n",
        // Long keys and lines.
        String(repeating: "k", count: 1_000) + ": x\n", "x: {" + String(repeating: "k", count: 1_000) + ": y}\n",
        "x: " + String(repeating: "lang ", count: 30_000) + "x\n", "x: [" + Array(repeating: "a", count: 2_000).joined(separator: ", ") + "]\n",
        // The most entries a mapping read here has.
        entries(1_000), flowEntries(1_000), "a: '" + String(repeating: "é 🎉 ", count: 1_000) + "'\n",
        "a: [" + String(repeating: "x", count: 2_000) + ", \"" + String(repeating: "y", count: 2_000) + "\", z]\n",
        String(repeating: "k", count: 1_000) + ":\n  - " + String(repeating: "v", count: 2_000) + "\n",
        "a: [a , 'b' ,\"c\" ]\nb: {b: 'c' , d: \"e\" }\n",
        // Empty flow collections and spaces before commas.
        "a: []\nb: {}\nc: [ ]\nd: { }\n", "a:\n- []\n- {}\n- [ ]\n", "a: [a , b ,c]\n", "a: {a: b , c: d}\n", "a: [ 'a' , \"b\" ]\n",
        "a: [a,b]\n", "a: ['a','b']\n", "a: {b: c,d: e}\n", "a: [\"a, b\", 'c, d']\n", "a: ['']\nb: [\"\"]\nc: {b: ''}\n",
        // `- ` items at different indents, blank lines in odd places.
        "a:\n- x\n- y\n", "a:\n - x\n - y\n", "a:\n   - x\n   - y\nb: z\n", "a:\n-  x\n", "a:\n\n\n  - x\n\n  - y\n\nb: c\n",
        "\n\n\na: b\n\n\n", "a:\n\nb: c\n", "a:\n\n", "a:\n- x\nb:\n  - y\nc:\n- z\n",
        // A last line without a line feed; a text ending in `\`.
        "a: b", "a: [x]", "a: 'x'", "a:\n- x", "a:", "a: b\\", "a: 'b\\'", "a: \"b\\\\\"", "a: [b\\]", "a: 'it''s'",
        // YAML 1.1's merge key and value key, document markers in values.
        "a: <<\n", "a: =\n", "a: [<<, =]\n", "a: {b: =, c: <<}\n", "a: ...\n", "a: b ---\n", "a:\n- ...\n", "a: b...\n",
        // Indicators after spaces; values after more than one space.
        "a:  b\n", "a: b  c\n", "a:   'b'\n", "a: b - c\n", "a: b ? c\n", "a: b & c\n", "a: b * c\n", "a: b ! c\n", "a: b | c\n",
        "a: b > c\n", "a: b % c\n", "a: b @ c\n", "a: b ` c\n", "a: b [c] {d}\n", "a: b, c\n", "a: a?\n", "a: [a?, b!, c&, d*]\n",
        "a: \"\"\nb: ''\nc: \" \"\nd: '  '\n", "a: 'a\"b'\nb: \"a'b\"\n", "title: 'a'''\n",
    ]

    static let attackRefused: [String] = [
        // Line and paragraph separators, NEL, a byte order mark inside, NBSP where a space must be.
        "title: a\u{FEFF}b\n", "title: a\u{2028}b\n", "title: a\u{2029}b\n", "title: a\u{85}b\n", "title:\u{A0}x\n",
        "tïtle: x\n", "title\u{301}: x\n", "\u{E9}: a\ne\u{301}: b\n", "title\u{200B}: x\n",
        // Quotes that end where a plain scalar would not.
        "title: x 'y: z'\n", "title: \"a\"\"b\"\n", "title: 'a'b'\n", "title: 'a''\n", "title: \"a\n",
        // `:` and `#` that end or break a scalar.
        "title: a:\n", "title: :a\n", "title: a :\n", "title: a #\n", "title: #\n", "title: 'a' #c\n", "title: [a]#c\n",
        "title:#x\n", "title::\n", "a:b: c\n", "ti:tle: x\n", "title: [a:b]\n", "title: [a#b]\n", "title: {a: b:c}\n",
        "title: [http://x]\n", "title: [a #b]\n",
        // Keys written twice, keys too long for libyaml.
        "title: a\ntitle: b\n", "x: {a: 1, a: 2}\n", String(repeating: "k", count: 1_001) + ": x\n",
        String(repeating: "k", count: 1_025) + ": x\n",
        // More entries than a mapping read here has (each key is checked against every earlier one).
        entries(1_001), flowEntries(1_001),
        // Nested and broken flow collections.
        "a: [,]\n", "a: [[]]\n", "a: [[a]]\n", "a: [{a: b}]\n", "a: {a: [b]}\n", "a: {a : b}\n", "a: [a ,]\n", "a: [a,]\n",
        "a: {a: ,}\n", "a: {-a: b}\n", "a: {\"a\": b}\n", "a: [a] b\n", "a: [a\n", "a: {b: ?x}\n", "a: [\"a\" \"b\"]\n",
        // Items at indents that do not line up.
        "a:\n  - x\n - y\n", "a:\n  - x\n    - y\n", "a:\n- x\n  - y\n", "a:\n  - x\n- y\n", "a:\n-\n", "a:\n- - x\n",
        "a: x\n- y\n", "- a\n", "a:\n  x\n", "a: x\n  y\n", "a: x\n\n  y\n", "a:\n- x\n y\n",
        // Values that are only spaces; text ending in a backslash escape.
        "a:   \n", "a: \n", "a:  ", "a: \"b\\\"", "a: \"\\\"", "a: \"\\u00e9\"\n",
        // YAML 1.1's merge key and `=` as keys, document markers, `? `, indicators where a value starts.
        "<<: {a: b}\n", "=: a\n", "---\na: b\n", "a: b\n---\n", "a: b\n...\n", "a: ---\n", "a: --- x\n", "...a: b\n",
        "? a\n: b\n", "a: ?\n", "a:  - b\n", "a: - b\n", "a:- b\n", "a: ,b\n", "a: ]\n", "a: }\n", "a: @x\n", "a: `x\n",
        "a: %x\n", "a: |\n  x\n", "a: >-\n  x\n", "a: !x y\n", "a: &x y\n", "a: *x\n",
        // Whitespace libyaml treats apart.
        "a:\n- [a, {b: c}]\n", "a: 'a' 'b'\n", "a: 'x'\n  - y\n", "a: [a]\n  - y\n",
        "a:\tb\n", "a: b\r\n", "a: b\r", "a : b\n", "-a: b\n", " a: b\n",
    ]

    /// Where `PlainYAML` composes `yaml`, Yams composes the same tree, and `YAMLFields` reads from it
    /// what it reads through Yams.
    /// Returns whether `PlainYAML` composed it; `label` starts every message (a property test's seed).
    @discardableResult
    static func checkAgainstYams(_ yaml: String, label: String = "") -> Bool {
        let shown = label + String(yaml.debugDescription.prefix(200))
        guard let fast = PlainYAML.compose(yaml, constructor: Self.constructor) else { return false }
        guard let yams = Self.yams(yaml) else {
            Issue.record("Yams reads no tree from \(shown)")
            return true
        }
        #expect(Self.difference(fast, yams) == nil, "\(shown)")
        let throughYams = yaml + (yaml.hasSuffix("\n") ? "" : "\n") + "#\n"
        #expect(Self.reading(yaml) == Self.reading(throughYams), "\(shown)")
        return true
    }

    @Test("an attacker's texts in the subset are composed as Yams composes them", arguments: attackComposed)
    func attackComposedAsYams(_ yaml: String) {
        #expect(PlainYAML.compose(yaml, constructor: Self.constructor) != nil, "\(String(yaml.debugDescription.prefix(200)))")
        Self.checkAgainstYams(yaml)
    }

    @Test("an attacker's texts outside the subset are left to Yams", arguments: attackRefused)
    func attackLeftToYams(_ yaml: String) {
        #expect(PlainYAML.compose(yaml, constructor: Self.constructor) == nil, "\(String(yaml.debugDescription.prefix(200)))")
        Self.checkAgainstYams(yaml)
    }

    /// What an edit puts in: indicators, spaces of every kind, line breaks and characters libyaml
    /// counts or refuses apart.
    static let editPieces = [" ", "  ", ":", ": ", "#", " #", "'", "\"", "\\", "-", "- ", "[", "]", "{", "}", ",", " ,", "\n", "\n\n",
                             "\n- ", "\n  - ", "\n ", "?", "? ", "&", "*", "!", "|", ">", "%", "@", "`", "~", "=", "<<", "...",
                             "---", "\u{A0}", "\u{3000}", "\u{200B}", "\u{200F}", "é", "e\u{301}", "\u{301}", "🎉", "𝒳", "漢",
                             "\u{FEFF}", "\u{85}", "\u{2028}", "\t", "\r", "a", "1", "_", "k:", "x: y", "\ny:", "''", "\"\"",
                             "[]", "{}", "{a: b}", "[a, b]"]

    /// Texts one to four edits (an insertion, a deletion or a replacement) away from the texts above
    /// that are in the subset: most edits take a text out of it, and what `PlainYAML` still composes
    /// is Yams' tree, read as through Yams.
    @Test func editsOfTextsInTheSubsetAreComposedAsYamsOrLeftToIt() {
        let bases = (Self.attackComposed + [Self.shareItem]).filter { $0.utf8.count < 5_000 }
        var composed = 0
        let seeds = PropertyRun.seeds(default: 3_000)
        for seed in seeds {
            var random = SeededRandom(seed: seed)
            var scalars = Array(random.pick(bases).unicodeScalars)
            for _ in 0..<random.below(4) + 1 {
                let at = random.below(scalars.count + 1)
                let piece = Array(random.pick(Self.editPieces).unicodeScalars)
                switch random.below(3) {
                case 0: scalars.insert(contentsOf: piece, at: at)
                case 1: if at < scalars.count { scalars.remove(at: at) }
                default: scalars.replaceSubrange(at..<min(at + 1, scalars.count), with: piece)
                }
            }
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars)
            if Self.checkAgainstYams(String(view), label: "seed \(seed): ") { composed += 1 }
        }
        #expect(seeds.count < 100 || composed * 10 > seeds.count, "only \(composed) of \(seeds.count) composed")
    }
}
