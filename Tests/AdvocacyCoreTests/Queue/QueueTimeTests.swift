import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// Walks the fixture hub through time. `aarhus-kontor` publishes 2026-12-01T08:00 Copenhagen
/// (07:00 UTC) and expires on the date 2026-12-21; `webinar` expires on 2026-11-30; `hemmelig-lancering`
/// is embargoed until 2027-01-15T08:00.
@Suite struct QueueTimeTests {
    enum Place: Equatable { case queue, archive, nowhere }

    func place(of slug: String, in site: BuiltSite) -> Place {
        let queue = site.file("share/index.html").contains("/hub/share/\(slug)/")
        let archive = site.file("share/archive/index.html").contains("/hub/share/\(slug)/")
        #expect(!(queue && archive), "\(slug) is both in the queue and the archive")
        if queue { return .queue }
        if archive { return .archive }
        #expect(!site.exists("share/\(slug)/index.html"), "\(slug) has a page but is in no list")
        return .nowhere
    }

    @Test(arguments: [
        ("2026-12-01T07:59", Place.nowhere),
        ("2026-12-01T08:00", Place.queue),
        ("2026-12-01T06:59:00Z", Place.nowhere),
        ("2026-12-01T07:00:00Z", Place.queue),
        ("2026-12-01T07:59:59+01:00", Place.nowhere),
        ("2026-12-01T08:00:00+01:00", Place.queue),
        ("2026-12-21T23:59", Place.queue),
        ("2026-12-22T00:00", Place.archive),
        ("2026-12-21T22:59:00Z", Place.queue),
        ("2026-12-21T23:00:00Z", Place.archive),
    ])
    func anItemEntersAtPublishAndLeavesAfterItsExpiryDay(now: String, expected: Place) throws {
        let site = try BuiltSite(now: now)
        #expect(place(of: "aarhus-kontor", in: site) == expected)
        let inFeeds = site.file("feed.xml").contains("share/aarhus-kontor") && site.file("queue.ics").contains("UID:share-aarhus-kontor@")
        #expect(inFeeds == (expected == .queue))
        #expect(site.file("sitemap.xml").contains("/hub/share/aarhus-kontor/") == (expected != .nowhere))
        // A site with the item under embargo is not written: a guideline links the item.
        #expect(((try? site.searchIndex())?.entries ?? []).contains { $0["title"] as? String == "Vi åbner kontor i Aarhus" } == (expected != .nowhere))
        #expect(site.exists("media/aarhus.svg") == (expected != .nowhere), "an embargoed item's image is not copied")
    }

    @Test func theSummaryCountsStatesAndNamesTheNextChange() throws {
        let before = try BuiltSite(now: "2026-11-25T12:00").report
        #expect((before.active, before.embargoed, before.expired) == (1, 2, 0))
        #expect(before.summary.hasSuffix("næste ændring 2026-12-01 00:00 Europe/Copenhagen"), "the valid hub is Danish")
        let during = try BuiltSite(now: "2026-12-10T09:00").report
        #expect((during.active, during.embargoed, during.expired) == (1, 1, 1))
        #expect(during.summary.hasSuffix("næste ændring 2026-12-22 00:00 Europe/Copenhagen"))
        let after = try BuiltSite(now: "2027-02-01").report
        #expect((after.active, after.embargoed, after.expired) == (1, 0, 2))
        #expect(after.summary.hasSuffix("ingen planlagt ændring"))
    }

    @Test func theHomePageShowsWhatIsNewSinceThePreviousDay() throws {
        let site = try BuiltSite(now: "2026-12-01T09:00")
        let queue = site.file("share/index.html")
        #expect(queue.contains("/hub/share/aarhus-kontor/"))
        let home = site.file("index.html")
        #expect(home.contains("Nyt siden i går"))
        let later = try BuiltSite(now: "2026-12-03T09:00")
        #expect(!later.file("index.html").contains("Nyt siden i går"))
    }

    /// An embargoed item and a draft carry secret words in their title, summary, body, share text,
    /// link and image name; none may reach any byte or file name of the output.
    @Test func embargoedAndDraftContentLeaksNowhere() throws {
        let site = try BuiltSite(now: "2026-12-10T09:00")
        for secret in ["ZEBRAFINK", "zebrafink", "PAPEGOEJE", "papegoeje", "hemmelig-lancering", "kladde"] {
            for path in site.files {
                #expect(!path.contains(secret), "\(path) is named after \(secret)")
                let bytes = FileManager.default.contents(atPath: site.output + "/" + path)!
                #expect(bytes.range(of: Data(secret.utf8)) == nil, "\(secret) leaked into \(path)")
            }
        }
        let withDrafts = try BuiltSite(now: "2026-12-10T09:00", drafts: true)
        #expect(withDrafts.file("share/index.html").contains("PAPEGOEJE"), "the scan above can find a secret")
        let published = try BuiltSite(now: "2027-01-15T08:00")
        #expect(published.file("share/hemmelig-lancering/index.html").contains("ZEBRAFINK share text."))
    }

    @Test func queuePagesSplitAtFiftyItems() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        for i in 1...51 {
            let text = """
            ---
            title: Opslag \(i)
            link: https://www.example.dk/\(i)
            disciplines: [social-selling]
            publish: 2026-11-\(String(format: "%02d", (i % 28) + 1))T0\(i % 10):00
            ---
            ```share social-selling
            Tekst \(i)
            ```
            """
            try text.write(toFile: content + "/share/opslag-\(i).md", atomically: true, encoding: .utf8)
        }
        let site = try BuiltSite(content: content, now: "2026-12-10T09:00")
        #expect(site.report.active == 52)
        let first = site.file("share/index.html"), second = site.file("share/page/2/index.html")
        #expect(first.components(separatedBy: "class=\"queue-item item\"").count - 1 == 50)
        #expect(second.components(separatedBy: "class=\"queue-item item\"").count - 1 == 2)
        #expect(first.contains("href=\"/hub/share/page/2/\""))
        #expect(second.contains("href=\"/hub/share/\""))
        let discipline = site.file("disciplines/social-selling/index.html")
        #expect(discipline.components(separatedBy: "<article class=\"queue-item\">").count - 1 == 50, "the newest 50")
        #expect(discipline.contains("href=\"/hub/share/?discipline=social-selling\""), "and a link to the rest")
        #expect(site.file("feed.xml").components(separatedBy: "<entry>").count - 1 == 50, "the feed holds the newest 50")
        let order = ["aarhus-kontor", "opslag-27", "opslag-26"].map { first.range(of: "/hub/share/\($0)/")!.lowerBound }
        #expect(order == order.sorted(), "newest publish first")
    }
}
