import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild
@testable import AdvocacyCore
@testable import AdvocacySite

/// The week's digest at instants around week boundaries in the hub's zone (Europe/Copenhagen).
@Suite struct DigestTests {
    /// The valid hub with items published just before and after a Monday midnight, one expiring at
    /// the end of the next Sunday, and one published an hour after midnight in the week before
    /// daylight saving ends.
    static let content: String = {
        let content = TestPaths.copy(TestPaths.validHub)
        func item(_ name: String, _ title: String, publish: String, expires: String) {
            let text = """
            ---
            title: \(title)
            link: https://www.example.dk/\(name)
            disciplines: [social-selling]
            publish: \(publish)
            expires: \(expires)
            ---
            Baggrund.

            ```share social-selling
            Se her.
            ```

            """
            try! text.write(toFile: content + "/share/\(name).md", atomically: true, encoding: .utf8)
        }
        item("soendag", "Søndag aften", publish: "2026-12-06T23:00", expires: "2027-01-31")
        item("mandag", "Mandag nat", publish: "2026-12-07T00:15", expires: "2027-01-31")
        item("udloeber", "Udløber søndag", publish: "2026-11-02", expires: "2026-12-13")
        item("sommertid", "Sidste sommertid", publish: "2026-10-19T01:00", expires: "2026-11-30")
        return content
    }()

    /// The hub in `content` with the shipped theme, prepared at `now`.
    static func prepare(_ content: String, at now: String) throws -> Builder.Prepared {
        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.now = now
        return try Builder.prepare(options)
    }

    func digest(at now: String) throws -> Digest {
        let prepared = try Self.prepare(Self.content, at: now)
        return SitePages(prepared.site, words: prepared.theme!.strings).digest()
    }

    func titles(_ items: [Digest.Item]) -> Set<String> { Set(items.map(\.title)) }

    @Test func sundayEveningIsTheWeekBefore() throws {
        let digest = try digest(at: "2026-12-06T23:30")
        #expect(digest.week.label == "2026-W49")
        #expect(digest.title == "Uge 49: nyt at dele")
        #expect(titles(digest.new) == ["Søndag aften", "Vi åbner kontor i Aarhus"])
        #expect(titles(digest.staying).contains("Udløber søndag"), "it expires after 13 December ends, more than 7 days ahead")
        #expect(!titles(digest.items).contains("Mandag nat"), "embargoed until 00:15")
    }

    @Test func mondayAfterMidnightStartsTheNewWeek() throws {
        let digest = try digest(at: "2026-12-07T00:30")
        #expect(digest.week.label == "2026-W50")
        #expect(titles(digest.new) == ["Søndag aften", "Mandag nat", "Vi åbner kontor i Aarhus"])
        #expect(titles(digest.expiring) == ["Udløber søndag"])
        // The article links are the items' own, untagged: a colleague who copies one from the digest to
        // share it is not counted under the digest.
        #expect(digest.new.first { $0.title == "Mandag nat" }?.link == "https://www.example.dk/mandag")
        #expect(digest.items.allSatisfy { $0.link?.contains("utm_") != true })
        #expect(digest.new.first?.address?.hasPrefix("https://intranet.nordvik.dk/hub/share/") == true)
        let everything = digest.items.map(\.title)
        #expect(!everything.contains { $0.contains("PAPEGOEJE") }, "drafts never appear")
    }

    @Test func sevenDaysAreCountedOnTheHubsClockAcrossTheDaylightSavingChange() throws {
        // Summer time ended on Sunday 25 October; Monday 00:30 is 7 days and 30 minutes of elapsed
        // time after Monday 19 October 01:00 summer time, but within the last 7 days on the clock.
        let digest = try digest(at: "2026-10-26T00:30")
        #expect(digest.week.label == "2026-W44")
        #expect(titles(digest.new) == ["Sidste sommertid"])
        #expect(!digest.new.contains { $0.title.contains("Aarhus") }, "embargoed in October")
    }

    /// A hub of many items keeps each list of the digest short, and says how many more the hub has,
    /// so that the email and the chat messages stay small (Teams takes about 28 KB).
    @Test func aBusyHubListsAFewItemsAndSaysHowManyMore() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        for number in 0..<40 {
            try """
            ---
            title: Opslag \(number)
            link: https://www.example.dk/\(number)
            disciplines: [social-selling]
            publish: 2026-11-\(String(format: "%02d", number % 28 + 1))
            expires: 2027-01-31
            ---
            Baggrund.

            ```share social-selling
            Se her.
            ```

            """.write(toFile: content + "/share/opslag-\(number).md", atomically: true, encoding: .utf8)
        }
        let prepared = try Self.prepare(content, at: "2026-12-01T09:00")
        let digest = SitePages(prepared.site, words: prepared.theme!.strings).digest()
        let listed = digest.items.count
        #expect([digest.new, digest.staying, digest.expiring].allSatisfy { $0.count <= Digest.listLimit })
        let active = prepared.site.activeItems.count
        #expect(active > listed)
        #expect(digest.more == "\(active - listed) opslag mere i hubben")
        let teams = try JSONEncoder().encode(TeamsMessage(digest, words: prepared.theme!.strings))
        #expect(teams.count < 28_000, "\(teams.count) bytes")
    }

    /// An item for two disciplines is listed once, with both named on one line, each linked to the
    /// item's card for it; a sponsored item carries the advertising label.
    @Test func eachItemOnceWithItsDisciplinesAndTheAdvertisingLabel() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        defer { try? FileManager.default.removeItem(atPath: content.parentPath) }
        try """
        ---
        title: Betalt webinar
        link: https://www.example.dk/webinar-2
        disciplines: [social-selling, employer-branding]
        publish: 2026-12-01T10:00
        expires: 2027-01-31
        sponsored: true
        ---
        Baggrund.

        ```share social-selling linkedin
        Kom med. #reklame
        ```

        ```share employer-branding linkedin
        Vi holder webinar. #reklame
        ```

        ```share social-selling x
        Kom med. #reklame
        ```

        """.write(toFile: content + "/share/betalt-webinar.md", atomically: true, encoding: .utf8)
        let prepared = try Self.prepare(content, at: "2026-12-02T09:00")
        let words = prepared.theme!.strings
        let digest = SitePages(prepared.site, words: words).digest()
        let titles = digest.items.map(\.title)
        #expect(titles.count == Set(titles).count, "each item once: \(titles)")
        #expect(Set(titles) == Set(prepared.site.activeItems.map(\.info.title.value)))
        let paid = try #require(digest.items.first { $0.title == "Betalt webinar" })
        #expect(paid.disclosureLabel == "Reklame", "the Danish hub's word when hub.yml names none")
        let order = prepared.site.disciplines.map(\.info.title.value)
        #expect(paid.disciplines.map(\.title) == order, "in the hub's order")
        let anchors = Dictionary(uniqueKeysWithValues: paid.disciplines.map { ($0.title, $0.url) })
        let selling = try #require(prepared.site.disciplines.first { $0.id == "social-selling" }).info.title.value
        let branding = try #require(prepared.site.disciplines.first { $0.id == "employer-branding" }).info.title.value
        #expect(anchors[selling] == "/hub/share/betalt-webinar/#card-social-selling-linkedin", "the first card of the discipline")
        #expect(anchors[branding] == "/hub/share/betalt-webinar/#card-employer-branding-linkedin")
        #expect(paid.disciplines.map(\.isFirst) == [true, false])
        #expect(digest.items.filter { $0.title != "Betalt webinar" }.allSatisfy { $0.disclosureLabel == nil })
        // Every output lists the item once, with the label.
        let text = DigestText.render(digest, words: words)
        #expect(text.components(separatedBy: "- Betalt webinar [Reklame]").count == 2, "\(text)")
        let slack = String(decoding: try JSONEncoder().encode(SlackMessage(digest, words: words)), as: UTF8.self)
        #expect(slack.components(separatedBy: "|Betalt webinar>").count == 2, "\(slack)")
        let teams = String(decoding: try JSONEncoder().encode(TeamsMessage(digest, words: words)), as: UTF8.self)
        #expect(teams.components(separatedBy: "[Betalt webinar]").count == 2, "\(teams)")
        #expect(teams.contains("#card-employer-branding-linkedin"))
    }

    @Test func isoWeeksAtTheTurnOfTheYear() {
        func week(_ year: Int, _ month: Int, _ day: Int) -> String {
            ISOWeek(day: HubClock.days(year: year, month: month, day: day)).label
        }
        #expect(week(2026, 12, 31) == "2026-W53")
        #expect(week(2027, 1, 3) == "2026-W53")
        #expect(week(2027, 1, 4) == "2027-W01")
        #expect(week(2021, 1, 3) == "2020-W53")
        #expect(week(2024, 12, 30) == "2025-W01")
    }
}

/// Teams reads every text of its card as Markdown: a title written by the comms team must show as written.
@Suite struct TeamsCardEscapingTests {
    @Test func titlesThatLookLikeMarkdownShowLiterally() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        defer { try? FileManager.default.removeItem(atPath: content.parentPath) }
        func replace(_ old: String, _ new: String, in file: String) throws {
            let path = content + "/" + file
            let text = try String(contentsOfFile: path, encoding: .utf8)
            try #require(text.contains(old))
            try text.replacingOccurrences(of: old, with: new).write(toFile: path, atomically: true, encoding: .utf8)
        }
        try replace("title: Testhubben", "title: \"[Klik](https://evil.example)\"", in: "hub.yml")
        try replace("title: Vi åbner kontor i Aarhus", "title: \"*x* ~y~ `z` <b>1</b>\"", in: "share/aarhus-kontor.md")
        try replace("title: Social selling", "title: \"2026. _Salg_ | # ![a](b)\"", in: "disciplines/social-selling.md")
        var options = BuildOptions()
        options.content = content
        options.templates = TestPaths.theme
        options.now = "2026-12-10T09:00"
        let prepared = try Builder.prepare(options)
        let digest = SitePages(prepared.site, words: prepared.theme!.strings).digest()
        let card = try JSONSerialization.jsonObject(with: JSONEncoder().encode(TeamsMessage(digest, words: prepared.theme!.strings)))
        func texts(_ value: Any) -> [String] {
            if let object = value as? [String: Any] {
                return (object["type"] as? String == "TextBlock" ? [object["text"] as? String ?? ""] : [])
                    + object.values.flatMap(texts)
            }
            return (value as? [Any])?.flatMap(texts) ?? []
        }
        let shown = texts(card)
        #expect(shown.contains("\\[Klik\\]\\(https://evil.example\\)"), "the hub's title")
        #expect(shown.contains { $0.contains("[2026\\. \\_Salg\\_ \\| \\# \\!\\[a\\]\\(b\\)](https://intranet.nordvik.dk/hub/share/aarhus-kontor/#card-") },
                "the discipline's title in the link to its card: \(shown)")
        #expect(shown.contains { $0.contains("[\\*x\\* \\~y\\~ \\`z\\` \\<b\\>1\\</b\\>](https://intranet.nordvik.dk/hub/share/aarhus-kontor/") },
                "the item's title in its link: \(shown)")
        for text in shown {
            // Outside the links the card makes itself, no character Markdown acts on is left unescaped.
            let outsideLinks = text.replacing(/\]\(https:\/\/intranet\.nordvik\.dk\/[^)\s]*\)/, with: "").replacing(/(^|\n|: | · )(- )?\[/, with: "")
            var escaped = false
            for character in outsideLinks {
                #expect(escaped || !"*_[]()#`~|<>!".contains(character), "\(character) unescaped in \(text)")
                escaped = !escaped && character == "\\"
            }
        }
    }
}
