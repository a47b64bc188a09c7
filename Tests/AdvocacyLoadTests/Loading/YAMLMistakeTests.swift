import Testing
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// The YAML mistakes said in plain words, at the line and column of the mistake.
@Suite struct YAMLMistakeTests {
    /// The diagnostics of reading `key` as a list from `yaml`, in `language`.
    static func listDiagnostics(_ yaml: String, key: String = "disciplines", in language: HubLanguage = .en) -> [String] {
        var fields = YAMLFields.parse(yaml, file: "f.yml", firstLine: 1, what: Message(.wholeFile))
        _ = fields.stringList(key)
        return fields.diagnostics.all.map { $0.line(in: language) }
    }

    @Test("a list item without the space after '-', which YAML reads as text, is reported at the '-'")
    func dashWithoutSpaceReadAsText() {
        #expect(Self.listDiagnostics("title: A\ndisciplines:\n  -social-selling\n") == [
            "f.yml:3:3: error: a space is missing after '-', so YAML reads '-social-selling' as text, not as a list item; "
                + "write '- social-selling'"])
        #expect(Self.listDiagnostics("title: A\ndisciplines:\n  -social-selling\n  -employer-branding\n", in: .da) == [
            "f.yml:3:3: fejl: der mangler et mellemrum efter '-', så YAML læser '-social-selling' som tekst og ikke som et punkt "
                + "i en liste; skriv '- social-selling'"])
    }

    @Test("a list item without the space after '-' that YAML cannot read is reported at the '-'")
    func dashWithoutSpaceSyntaxError() {
        #expect(Self.listDiagnostics("disciplines:\n-social-selling\npublish: 2026-12-01\n") == [
            "f.yml:2:1: error: a space is missing after '-', so YAML reads '-social-selling' as text, not as a list item; "
                + "write '- social-selling'"])
        #expect(Self.listDiagnostics("disciplines:\n  - social-selling\n  -employer-branding # HR\npublish: 2026-12-01\n") == [
            "f.yml:3:3: error: a space is missing after '-', so YAML reads '-employer-branding' as text, not as a list item; "
                + "write '- employer-branding'"])
    }

    @Test("values that start with '-' on purpose are not taken for list items")
    func legitimateDashes() {
        #expect(Self.listDiagnostics("---\ndisciplines:\n  - social-selling\n  - \"-10 %\"\n").isEmpty)
        #expect(Self.listDiagnostics("disciplines: -5\n") == ["f.yml:1:14: error: 'disciplines' must be a list, such as [a, b]"])
        #expect(Self.listDiagnostics("disciplines: \"-social-selling\"\n")
            == ["f.yml:1:14: error: 'disciplines' must be a list, such as [a, b]"])
        var fields = YAMLFields.parse("title: -10 %\nsummary: -nyt\n", file: "f.yml", firstLine: 1, what: Message(.wholeFile))
        #expect(fields.string("title")?.value == "-10 %" && fields.string("summary")?.value == "-nyt")
        #expect(fields.diagnostics.all.isEmpty)
        for text in ["-5", "-10 %", "---", "--x", "- a", "-", "a-b"] {
            #expect(YAMLMistake.dashWithoutSpace(text[...]) == nil, "\(text)")
        }
    }

    /// The diagnostics of reading `yaml` (whose line 1 is file line `firstLine`), its `utm:` mapping included.
    static func commentDiagnostics(_ yaml: String, firstLine: Int = 1, in language: HubLanguage = .en) -> [String] {
        var fields = YAMLFields.parse(yaml, file: "f.yml", firstLine: firstLine, what: Message(.wholeFile))
        if let utm = fields.node("utm") { fields.append(fields.nested(utm, what: Message(.namedKey(key: "utm")))) }
        return fields.diagnostics.all.map { $0.line(in: language) }
    }

    @Test("a value that starts with # is read as a comment: said at the #, with the quoted value to write")
    func valueReadAsComment() {
        #expect(Self.commentDiagnostics("title: Hub\ndisclosure: #annonce\n") == [
            "f.yml:2:13: error: 'disclosure' is empty: in YAML, # after a space starts a comment, so '#annonce' was not read; "
                + "put the value in quotes: disclosure: \"#annonce\""])
        #expect(Self.commentDiagnostics("title: #1 på listen\n", firstLine: 2, in: .da) == [
            "f.yml:2:8: fejl: 'title' er tom: i YAML starter # efter et mellemrum en kommentar, så '#1 på listen' blev ikke læst; "
                + "sæt værdien i anførselstegn: title: \"#1 på listen\""], "in front matter, at the file's line")
        #expect(Self.commentDiagnostics("utm:\n  medium:\t#kampagne\n").first?.hasPrefix("f.yml:2:11: error: 'medium' is empty") == true,
                "a nested key, after a tab")
    }

    @Test("a real comment after an empty key, or a quoted #, is no mistake",
          arguments: ["site-url:  # senere\n", "disclosure: \"#annonce\"\n", "disclosure: '#annonce'\n", "disclosure:\n",
                      "disclosure: #\n", "disclosure: ## note\n", "title: A#B\n"])
    func commentsThatAreComments(yaml: String) {
        #expect(Self.commentDiagnostics(yaml).isEmpty)
    }
}
