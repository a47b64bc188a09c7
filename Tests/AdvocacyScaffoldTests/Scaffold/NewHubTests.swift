import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacyScaffold

/// The example content of a new hub is dated in the hub's time zone, and its readiness model is the same in
/// both languages but for the words.
@Suite struct NewHubTests {
    @Test func theShareItemIsActiveFromTodayInTheHubsTimeZoneForTwoWeeks() throws {
        // 23:30 UTC on 31 December is already 1 January in Copenhagen.
        let now = ISO8601DateFormatter().date(from: "2026-12-31T23:30:00Z")!
        let settings = try NewHub.Settings(title: nil, language: "da", timeZone: "Europe/Copenhagen")
        let files = Dictionary(uniqueKeysWithValues: NewHub.files(settings, now: now).map { ($0.path, $0.data) })
        let share = String(decoding: files["content/share/eksempel-vi-har-faaet-en-ambassadoerhub.md"]!, as: UTF8.self)
        #expect(share.contains("\npublish: 2027-01-01 "))
        #expect(share.contains("\nexpires: 2027-01-15 "))
        let story = String(decoding: files["content/stories/eksempel-den-foerste-kollega-der-delte.md"]!, as: UTF8.self)
        #expect(story.contains("\ndate: 2027-01-01\n"))
        #expect(String(decoding: files["content/hub.yml"]!, as: UTF8.self).hasPrefix("title: \"Ambassadørhub\"\n"))
    }

    @Test func theEnglishReadinessModelLoadsCleanWithTheDanishModelsShape() throws {
        let danish = try readinessModel("da")
        let english = try readinessModel("en")
        #expect(english.levels == ["None", "Autonomous", "Experts", "Ambassadors", "Everyone"])
        #expect(english.levels.count == danish.levels.count)
        #expect(english.strategicFrom != nil && english.strategicFrom == danish.strategicFrom)
        #expect(english.phases.map(\.parameters.count) == danish.phases.map(\.parameters.count))
        #expect(english.phases.map { $0.description != nil } == danish.phases.map { $0.description != nil })
        for parameter in english.phases.flatMap(\.parameters) {
            #expect(parameter.levels.count == english.levels.count, "\(parameter.name)")
        }
    }

    /// The readiness model a new hub in `language` gets, read as `check` reads it; any diagnostic fails the test.
    private func readinessModel(_ language: String) throws -> ReadinessModel {
        let settings = try NewHub.Settings(title: nil, language: language, timeZone: "Europe/Copenhagen")
        let file = try #require(NewHub.files(settings, now: Date()).first { $0.path == "content/readiness.yml" })
        let content = TestPaths.temporaryFolder("readiness-\(language)")
        try file.data.write(to: URL(fileURLWithPath: content + "/readiness.yml"))
        var diagnostics = Diagnostics()
        let model = try #require(ReadinessLoader.load(ContentFolder(content), diagnostics: &diagnostics))
        #expect(diagnostics.all.isEmpty, "\(diagnostics.all)")
        return model
    }
}
