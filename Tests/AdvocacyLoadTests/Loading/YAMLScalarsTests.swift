import Testing
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// How front matter and hub.yml values are read: every scalar as the text written, then as a yes/no,
/// a number or a date by the loader, never by YAML's own typing. Which keys count as the same key is
/// YAML's, and stays as it was when YAML typed the keys.
@Suite("YAML values are read as written: yes/no, numbers, dates and repeated keys")
struct YAMLScalarsTests {
    /// Reads `yaml`, whose line 1 is file line 2, as front matter.
    static func fields(_ yaml: String) -> YAMLFields {
        YAMLFields.parse(yaml, file: "f.md", firstLine: 2, what: Message(.wholeFrontMatter))
    }

    /// The diagnostics of reading `yaml` with the keys `title`, `draft` and `order`.
    static func findings(_ yaml: String) -> [String] {
        var fields = fields(yaml)
        fields.checkKeys(["title", "draft", "order"])
        return fields.diagnostics.all.map(\.description)
    }

    @Test("true, yes and on in any of YAML's capitals are true; false, no and off false; quoted alike",
          arguments: ["true", "True", "TRUE", "yes", "Yes", "YES", "on", "On", "ON", "\"yes\"", "'On'", "tRuE"])
    func yes(_ written: String) {
        var fields = Self.fields("draft: \(written)\n")
        #expect(fields.bool("draft") == true)
        #expect(fields.diagnostics.all.isEmpty)
    }

    @Test(arguments: ["false", "False", "FALSE", "no", "No", "NO", "off", "Off", "OFF", "'no'", "\"false\""])
    func no(_ written: String) {
        var fields = Self.fields("draft: \(written)\n")
        #expect(fields.bool("draft") == false)
        #expect(fields.diagnostics.all.isEmpty)
    }

    @Test("anything else is an error at the value, even what other YAML readers take for a yes or no",
          arguments: ["y", "n", "1", "0", "ja", "nej", "sand", "[true]"])
    func neither(_ written: String) {
        var fields = Self.fields("draft: \(written)\n")
        #expect(fields.bool("draft") == nil)
        #expect(fields.diagnostics.all.map(\.description) == ["f.md:2:8: error: 'draft' must be true or false"])
    }

    @Test("a whole number is Swift's reading of the text: a sign and leading zeros, no other base, separator or fraction")
    func numbers() {
        for (written, value) in [("12", 12), ("+12", 12), ("-3", -3), ("007", 7), ("'5'", 5)] {
            var fields = Self.fields("order: \(written)\n")
            #expect(fields.int("order") == value, "\(written)")
            #expect(fields.diagnostics.all.isEmpty, "\(written)")
        }
        for written in ["0x10", "0o7", "0b1", "1_000", "1.0", "1e3", ".inf", "true"] {
            var fields = Self.fields("order: \(written)\n")
            #expect(fields.int("order") == nil, "\(written)")
            #expect(fields.diagnostics.all.map(\.description) == ["f.md:2:8: error: 'order' must be a whole number"], "\(written)")
        }
    }

    @Test("texts, dates and times are the characters written, whatever YAML would type them as")
    func texts() {
        for written in ["yes", "No", "2027-02-19", "2027-02-19T07:30", "2027-02-19 07:30:00 +01:00", "07:30", "1.0", "0x10",
                        ".inf", ".NaN", "<<", "=", "Null", "NULL", "'null'", "\"~\""] {
            var fields = Self.fields("title: \(written)\n")
            let expected = written.hasPrefix("'") || written.hasPrefix("\"") ? String(written.dropFirst().dropLast()) : written
            #expect(fields.string("title")?.value == expected, "\(written)")
            #expect(fields.diagnostics.all.isEmpty, "\(written)")
        }
    }

    @Test("~, null and nothing are no value")
    func nothing() {
        for written in ["~", "null", "", "''"] {
            var fields = Self.fields("title: \(written)\n")
            #expect(fields.string("title") == nil, "\(written)")
        }
    }

    @Test("a key written twice is an error at the first; a key quoted or tagged as text is the same key")
    func repeatedKeys() {
        let repeated = ["f.md:2:1: error: the key 'title' is written twice; keep one"]
        #expect(Self.findings("title: a\ntitle: b\n") == repeated)
        #expect(Self.findings("title: a\n\"title\": b\n") == repeated)
        #expect(Self.findings("title: a\n!!str title: b\n") == repeated)
    }

    @Test("keys YAML would type differently stay different keys when written alike: 1 and '1', yes and true")
    func keysTypedApart() {
        #expect(Self.findings("1: a\n\"1\": b\n") == [
            "f.md:2:1: error: unknown key '1'; known keys: draft, order, title",
            "f.md:3:1: error: unknown key '1'; known keys: draft, order, title",
        ])
        #expect(Self.findings("yes: a\ntrue: b\n").count == 2)
        #expect(Self.findings("~: a\nnull: b\n").count == 2)
    }

    @Test("keys tagged as the same type are the same key: !!int 1 and 1")
    func keysTaggedAlike() {
        #expect(Self.findings("!!int 1: a\n1: b\n") == ["f.md:2:1: error: the key '1' is written twice; keep one"])
    }
}
