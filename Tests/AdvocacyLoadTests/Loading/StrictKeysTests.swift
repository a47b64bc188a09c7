import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

@Suite("Unknown keys are errors, and a key that decides publication is never ignored")
struct StrictKeysTests {
    /// The keys of a share item's front matter.
    static let shareKeys = DocumentLoader.commonKeys.union(["link", "image", "disciplines", "publish", "expires", "best-time", "sponsored",
                                                            "source", "via"])

    /// The diagnostics of reading `yaml`, front matter whose line 1 is file line 2, with `known` keys and `params:`.
    static func findings(_ yaml: String, _ known: Set<String> = shareKeys) -> [String] {
        var fields = YAMLFields.parse(yaml, file: "f.md", firstLine: 2, what: Message(.wholeFrontMatter))
        fields.checkKeys(known, params: true)
        return fields.diagnostics.all.map(\.description)
    }

    /// One typing slip in `word`: a letter left out, added, changed, or two letters swapped.
    static func slip(_ word: String, _ random: inout SeededRandom) -> String {
        var letters = Array(word)
        let letter = Character(Unicode.Scalar(UInt8(97 + random.below(26))))
        let at = random.below(letters.count)
        switch random.below(4) {
        case 0: letters.remove(at: at)
        case 1: letters.insert(letter, at: at)
        case 2: letters[at] = letter
        default: if at + 1 < letters.count { letters.swapAt(at, at + 1) } else { letters.insert(letter, at: 0) }
        }
        return String(letters)
    }

    @Test("every slip, capital or spacing of a deciding key is an error at its line and column that names the key")
    func decidingKeyNeighbours() {
        let seed = UInt64.random(in: 0...UInt64.max)
        var random = SeededRandom(state: seed)
        for key in DecidingKey.allCases {
            var spellings = [key.rawValue.uppercased(), key.rawValue.capitalized, "\"\(key.rawValue) \"", "\" \(key.rawValue)\"",
                             key.rawValue + "_", "'\(key.rawValue.capitalized) '"]
            for _ in 0..<60 { spellings.append(Self.slip(key.rawValue, &random)) }
            for written in spellings where written != key.rawValue {
                let found = Self.findings("title: T\n\(written): x\n")
                #expect(found.count == 1 && found[0].hasPrefix("f.md:3:1: error: unknown key ")
                        && found[0].contains("did you mean '\(key.rawValue)'? As written, "),
                        "seed \(seed): '\(written)' gave \(found)")
            }
        }
    }

    @Test("Danish words and other generators' names for a deciding key name the key", arguments: [
        ("udgiv", "publish"), ("Udgivelsesdato", "publish"), ("publishDate", "publish"), ("expiryDate", "expires"), ("udløber", "expires"),
        ("kladde", "draft"), ("Udkast", "draft"), ("sponsoreret", "sponsored"), ("reklame", "sponsored"), ("discipliner", "disciplines"),
    ])
    func otherWords(_ written: String, _ key: String) {
        #expect(Self.findings("title: T\n\(written): x\n") == [
            "f.md:3:1: error: unknown key '\(written)'; did you mean '\(key)'? As written, "
                + (DecidingKey(rawValue: key)!.consequence.text(in: .en)),
        ])
    }

    @Test("a deciding key is only near-matched where the kind has it: a guideline's 'pubish' is a plain unknown key")
    func onlyTheKindsKeys() {
        #expect(Self.findings("title: T\npubish: x\n", DocumentLoader.commonKeys.union(["order"])) == [
            "f.md:3:1: error: unknown key 'pubish'; known keys: draft, order, slug, summary, tags, title; a theme's own fields go under 'params'",
        ])
    }

    @Test("an empty deciding key is an error, as it would be read as absent")
    func emptyDecidingKey() {
        #expect(Self.findings("title: T\npublish:\nsponsored: ~\n") == [
            "f.md:3:1: error: 'publish' is empty; as written, the item would be published at once, without an embargo: write a value, or delete the line if that is what you want",
            "f.md:4:1: error: 'sponsored' is empty; as written, the item would be published without the disclosure and the advertising label: write a value, or delete the line if that is what you want",
        ])
    }

    @Test("params is free-form, but a deciding key under it is an error, and it must be a mapping")
    func params() {
        #expect(Self.findings("title: T\nparams:\n  colour: red\n  nested: {publish: x}\n  list: [1, 2]\n").isEmpty)
        #expect(Self.findings("title: T\nparams:\n  Publish: 2027-01-01\n") == [
            "f.md:4:3: error: 'publish' under 'params' is for the theme only and is not read as the file's 'publish': move the line out of 'params', "
                + "to the start of a line. As written, the item would be published at once, without an embargo",
        ])
        #expect(Self.findings("title: T\nparams: red\n") == ["f.md:3:9: error: 'params' must be a mapping of `key: value` lines"])
    }

    @Test("texts under params are published text: the forbidden-terms check reads them")
    func paramsAreChecked() throws {
        let messages = try ValidHubCopy.messages { content in
            try "---\ntitle: Noter\nparams:\n  note: Om Projekt Nordlys\n---\nTekst.\n"
                .write(toFile: content + "/pages/noter.md", atomically: true, encoding: .utf8)
        }
        #expect(messages == ["pages/noter.md:4:9: error: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 8); remove it from published text"])
    }

    @Test("a misspelt 'disciplines' is said once, not also as missing")
    func misspeltDisciplinesSaidOnce() throws {
        let messages = try ValidHubCopy.messages { content in
            let item = content + "/share/aarhus-kontor.md"
            try String(contentsOfFile: item, encoding: .utf8).replacingOccurrences(of: "\ndisciplines:", with: "\nDisciplines:")
                .write(toFile: item, atomically: true, encoding: .utf8)
        }
        #expect(messages == ["share/aarhus-kontor.md:6:1: error: unknown key 'Disciplines'; did you mean 'disciplines'? As written, "
                                + "it would not be shown with its disciplines"])
    }

    @Test("a plain unknown key suggests the known key in other capitals or spacing")
    func plainSuggestion() {
        #expect(Self.findings("Title: T\nbest_time: x\n") == [
            "f.md:2:1: error: unknown key 'Title'; did you mean 'title'?",
            "f.md:3:1: error: unknown key 'best_time'; did you mean 'best-time'?",
        ])
    }

    @Test("nested mappings are strict too: a platform's settings")
    func nested() throws {
        let messages = try ValidHubCopy.messages { content in
            let hub = content + "/hub.yml"
            try (String(contentsOfFile: hub, encoding: .utf8).replacingOccurrences(of: "x: { limit: 280 }", with: "x: { limt: 280 }"))
                .write(toFile: hub, atomically: true, encoding: .utf8)
        }
        #expect(messages == ["hub.yml:10:8: error: unknown key 'limt'; did you mean 'limit'?"])
    }

    @Test("a Danish word for a key gets the key's name", arguments: [
        ("titel", "title"), ("Resumé", "summary"), ("billede", "image"), ("bedste tid", "best-time"), ("udløber", "expires"),
    ])
    func danishWords(written: String, key: String) {
        let findings = Self.findings("\(written): x\n")
        #expect(findings.count == 1)
        #expect(findings.first?.contains("'\(key)'") == true, "\(findings)")
    }

    @Test func aDanishWordForAKeyTheFileDoesNotHaveGetsNoSuggestionOfIt() {
        #expect(Self.findings("rolle: Udvikler\n").first?.contains("'role'") == false, "share items have no role")
    }
}
