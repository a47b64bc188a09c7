import Foundation
import Testing
import AdvocacyCore
import AdvocacyTestSupport
@testable import AdvocacySite

/// Words cut once at their placeholders (`PlaceholderPattern`: the site's date formats, a card's
/// length words) fill in as `Placeholders.fill` fills the uncut words in.
@Suite struct PlaceholderPatternTests {
    static let names = ["day", "month", "time", "length"]

    /// What `Placeholders.fill` gives for `pattern` with a closure that knows `names`.
    static func expected(_ pattern: String, names: [String]) -> [UInt8] {
        Array(Placeholders.fill(pattern) { name in names.firstIndex { $0[...] == name }.map { "<\($0)>" } }.utf8)
    }

    static func filled(_ pattern: String, names: [String]) -> [UInt8] {
        Array(PlaceholderPattern(pattern, names: names).filled { "<\($0)>" }.utf8)
    }

    /// Braces alone, nested, unclosed or around unknown names stay as written; a known name is filled in
    /// wherever it stands.
    @Test(arguments: ["", "ingen pladsholdere", "{day}. {month} kl. {time}", "{weekday} {day}", "{{day}}", "{day", "slut {",
                      "} {} {day}}", "{}", "{ day}", "{Day}", "{day}{day}{month}", "😀{day}æ{month}ø", "{da{day}", "{day}}{",
                      "{length} af {limit}", "e\u{301}{day}\u{301}"])
    func theEdgesFillInAsPlaceholdersDo(pattern: String) {
        #expect(Self.filled(pattern, names: Self.names) == Self.expected(pattern, names: Self.names))
        #expect(Self.filled(pattern, names: []) == Array(pattern.utf8))
    }

    /// Random words of braces, names, letters and other scripts, with random names known.
    @Test func randomWordsFillInAsPlaceholdersDo() {
        let pieces = ["{", "}", "day", "month", "time", "length", "x", " ", "æ", "😀", "\u{301}", "{day}", "{month}", "{nope}", "kl."]
        for seed in PropertyRun.seeds(default: 500) {
            var random = SeededRandom(seed: seed)
            let pattern = (0..<random.below(14)).map { _ in random.pick(pieces) }.joined()
            let names = Self.names.filter { _ in random.chance(0.6) }
            #expect(Self.filled(pattern, names: names) == Self.expected(pattern, names: names),
                    "seed \(seed): \(pattern.debugDescription) with \(names)")
        }
    }

    /// The site's dates follow the theme's `date-format` and `datetime-format`, every placeholder in
    /// its place, an unknown one kept as written, and a missing format shows its key.
    @Test func datesFollowTheThemesFormats() throws {
        let months = ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"]
        let weekdays = ["søndag", "mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag"]
        let words = SiteStrings(words: ["date-format": "{weekday} {day}. {month} {year} {zone}",
                                        "datetime-format": "{day}/{month} kl. {time}"], months: months, weekdays: weekdays)
        let clock = HubClock(timeZone: try #require(TimeZone(identifier: "Europe/Copenhagen")))
        // 2026-12-01 07:05 UTC is 08:05 in Copenhagen, a Tuesday.
        let date = Date(timeIntervalSince1970: 1_796_108_700)
        #expect(words.day(date, clock: clock) == "tirsdag 1. december 2026 {zone}")
        #expect(words.dateTime(date, clock: clock) == "1/december kl. 08:05")
        let bare = SiteStrings(words: [:], months: months, weekdays: weekdays)
        #expect(bare.day(date, clock: clock) == "date-format" && bare.dateTime(date, clock: clock) == "datetime-format")
    }
}
