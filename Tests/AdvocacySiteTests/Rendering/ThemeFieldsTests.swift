import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacySite

/// A theme's templates may name only the fields the page models give; anything else prints nothing,
/// so `check` warns at its line and column.
@Suite struct ThemeFieldsTests {
    /// The names every `value(for:)` of the page models answers (its `case .…` labels and
    /// `TemplateField(key) == .…` tests) and the keys of the dictionaries they hand to templates, read
    /// from the source.
    static func namesInSource() throws -> Set<String> {
        var names = Set<String>()
        let root = TestPaths.repository + "/Sources/AdvocacySite"
        for case let path as String in FileManager.default.enumerator(atPath: root)! where path.hasSuffix(".swift") {
            let source = try String(contentsOfFile: root + "/" + path, encoding: .utf8)
            var rest = Substring(source)
            while let start = rest.range(of: "func value(for key: TemplateKey) -> TemplateValue? {") {
                var depth = 0, end = start.upperBound
                for index in rest[start.lowerBound...].indices {
                    if rest[index] == "{" { depth += 1 }
                    if rest[index] == "}" { depth -= 1; if depth == 0 { end = index; break } }
                }
                let body = String(rest[start.upperBound..<end])
                for label in body.matches(of: /case ((?:\.\w+(?:,\s*)?)+):/) {
                    names.formUnion(String(label.1).matches(of: /\.(\w+)/).map { String($0.1) })
                }
                names.formUnion(body.matches(of: /TemplateField\(key\) == \.(\w+)/).map { String($0.1) })
                rest = rest[end...]
            }
            for dictionary in source.matches(of: /TemplateDictionary\(\[((?s).*?)\]\)/) {
                names.formUnion(String(dictionary.1).matches(of: /"([\w-]+)":/).map { String($0.1) })
            }
        }
        return names
    }

    @Test func theListIsWhatTheModelsProvide() throws {
        let names = try Self.namesInSource()
        #expect(names.subtracting(ThemeFields.names).isEmpty, "models give fields the list lacks: \(names.subtracting(ThemeFields.names).sorted())")
        #expect(ThemeFields.names.subtracting(names).isEmpty, "the list names fields no model gives: \(ThemeFields.names.subtracting(names).sorted())")
    }

    @Test(arguments: HubLanguage.allCases)
    func theShippedThemeNamesOnlyFieldsThatExist(language: HubLanguage) {
        let (theme, diagnostics) = Theme.load(TestPaths.theme, language: language)
        #expect(theme != nil)
        #expect(diagnostics.all.map { $0.line(in: .en) } == [])
    }

    @Test func aMisspeltFieldIsNamedWhereItIsWritten() throws {
        let folder = TestPaths.temporaryFolder("theme-fields")
        defer { TestPaths.remove(folder) }
        let theme = folder + "/theme"
        try FileManager.default.copyItem(atPath: TestPaths.theme, toPath: theme)
        let layout = theme + "/layouts/page.mustache"
        let original = try String(contentsOfFile: layout, encoding: .utf8)
        let added = "<p>{{itme.title}} {{page.titel}} {{page.params.anything.at.all}} {{t.search-title}} {{t.nosuchword}}</p>"
            + "{{#page.params}}{{badge}}{{/page.params}}{{#items}}{{sumary}}{{/items}}"
            + "{{#page.params.card}}{{colour}}{{/page.params.card}}{{#t}}{{search-title}}{{/t}}\n"
        try (added + original).write(toFile: layout, atomically: true, encoding: .utf8)
        let (loaded, diagnostics) = Theme.load(theme, language: .en)
        #expect(loaded != nil, "an unknown field is a warning: the theme still builds")
        let file = theme + "/layouts/page.mustache"
        #expect(diagnostics.all.map { $0.line(in: .en) } == [
            "\(file):1:6: warning: no page model has a field 'itme', so it prints nothing; did you mean 'item'?",
            "\(file):1:26: warning: no page model has a field 'titel', so it prints nothing; did you mean 'title'?",
            "\(file):1:89: warning: no page model has a field 'nosuchword', so it prints nothing",
            "\(file):1:158: warning: no page model has a field 'sumary', so it prints nothing; did you mean 'summary'?",
        ])
    }

    @Test func aPartialIsCheckedInTheContextItIsIncludedIn() throws {
        let folder = TestPaths.temporaryFolder("theme-fields")
        defer { TestPaths.remove(folder) }
        let theme = folder + "/theme"
        try FileManager.default.copyItem(atPath: TestPaths.theme, toPath: theme)
        // Inside a section over the theme's own params, the partial's names are the theme's own too.
        try "<b>{{colour}}</b>\n".write(toFile: theme + "/partials/badge.mustache", atomically: true, encoding: .utf8)
        let layout = theme + "/layouts/page.mustache"
        let original = try String(contentsOfFile: layout, encoding: .utf8)
        // An inverted section shows in the context around it, where the misspelt name is one.
        let added = "{{#page.params.badges}}{{> badge}}{{/page.params.badges}}{{^page.params.hide}}{{sumary}}{{/page.params.hide}}\n"
        try (added + original).write(toFile: layout, atomically: true, encoding: .utf8)
        let (_, diagnostics) = Theme.load(theme, language: .da)
        #expect(diagnostics.all.map { $0.line(in: .en) } == [
            "\(theme)/layouts/page.mustache:1:81: warning: no page model has a field 'sumary', so it prints nothing; did you mean 'summary'?",
        ])
    }
}
