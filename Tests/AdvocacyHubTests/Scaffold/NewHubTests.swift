import Foundation
import Testing
@testable import AdvocacyHub

/// The example content of a new hub is dated in the hub's time zone.
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
}
