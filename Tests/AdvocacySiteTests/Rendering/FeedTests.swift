import Foundation
@testable import AdvocacySite
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
import AdvocacyTestSupport

@Suite struct FeedTests {
    final class Elements: NSObject, XMLParserDelegate {
        var names: [String] = []
        var text: [String: [String]] = [:]
        private var current = ""
        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?, attributes: [String: String] = [:]) {
            names.append(name)
            current = ""
        }
        func parser(_ parser: XMLParser, foundCharacters string: String) { current += string }
        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            text[name, default: []].append(current)
        }
    }

    func parse(_ xml: String) -> Elements? {
        let parser = XMLParser(data: Data(xml.utf8))
        let elements = Elements()
        parser.delegate = elements
        return parser.parse() ? elements : nil
    }

    @Test func atomFeedIsWellFormedWithStableIDsAndContentDates() throws {
        let site = try BuiltSite(now: "2026-12-10T09:00")
        let feed = try #require(parse(site.file("feed.xml")))
        #expect(feed.names.first == "feed")
        #expect(feed.names.filter { $0 == "entry" }.count == 1)
        #expect(feed.text["id"]?.contains("tag:advocacy-hub,2026:testhubben/share/aarhus-kontor") == true)
        #expect(feed.text["updated"]?.first == "2026-12-01T07:00:00Z", "from the item's publish, not the build clock")
        let later = try BuiltSite(now: "2026-12-15T09:00")
        #expect(later.file("feed.xml") == site.file("feed.xml"), "the feed does not change with the clock alone")
    }

    @Test func sitemapIsWellFormedAndListsPublishedPages() throws {
        let site = try BuiltSite(now: "2026-12-10T09:00")
        let sitemap = try #require(parse(site.file("sitemap.xml")))
        let locations = sitemap.text["loc"] ?? []
        // Absolute, as sitemaps require: the valid hub has site-url.
        #expect(locations.contains("https://intranet.nordvik.dk/hub/"))
        #expect(locations.contains("https://intranet.nordvik.dk/hub/share/aarhus-kontor/"))
        #expect(locations.contains("https://intranet.nordvik.dk/hub/guidelines/politik/"))
        #expect(locations.allSatisfy { $0.hasPrefix("https://intranet.nordvik.dk/hub/") })
        #expect(!locations.contains { $0.contains("404") })
    }

    @Test func calendarFollowsRFC5545LineRules() throws {
        let ics = try BuiltSite(now: "2026-12-10T09:00").file("queue.ics")
        #expect(ics.hasSuffix("\r\n"))
        let lines = ics.components(separatedBy: "\r\n").dropLast()
        for line in lines {
            #expect(!line.contains("\n") && !line.contains("\r"), "bare line break in \(line)")
            #expect(line.utf8.count <= 75, "\(line) is longer than 75 octets")
        }
        #expect(lines.first == "BEGIN:VCALENDAR" && lines.last == "END:VCALENDAR")
        #expect(lines.filter { $0 == "BEGIN:VEVENT" }.count == lines.filter { $0 == "END:VEVENT" }.count)
        #expect(lines.contains("UID:share-aarhus-kontor@testhubben"))
        #expect(lines.contains("DTSTART:20261201T070000Z"), "published at 08:00 Copenhagen, inside its 07:30-08:45 window")
        #expect(lines.contains("DTEND:20261201T074500Z"))
        #expect(lines.contains("SUMMARY:Vi åbner kontor i Aarhus"))
    }

    /// The Aarhus item published on `publish` with `bestTime` (none when nil) in a hub in `zone`:
    /// the date lines of its event, and the build's summary line (in Danish, the hub's language).
    func lastDays(publish: String, bestTime: String?, zone: String = "Europe/Copenhagen") throws -> (event: [String], summary: String) {
        let content = TestPaths.copy(TestPaths.validHub)
        defer { try? FileManager.default.removeItem(atPath: (content as NSString).deletingLastPathComponent) }
        let path = content + "/share/aarhus-kontor.md"
        let item = try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "publish: 2026-12-01T08:00", with: "publish: " + publish)
            .replacingOccurrences(of: "expires: 2026-12-21", with: "expires: 9999-12-31")
            .replacingOccurrences(of: "best-time: \"07:30-08:45\"", with: bestTime.map { "best-time: \"\($0)\"" } ?? "")
        try item.write(toFile: path, atomically: true, encoding: .utf8)
        let hub = content + "/hub.yml"
        try String(contentsOfFile: hub, encoding: .utf8).replacingOccurrences(of: "Europe/Copenhagen", with: zone)
            .write(toFile: hub, atomically: true, encoding: .utf8)
        let site = try BuiltSite(content: content, now: "9999-12-31T12:00")
        defer { try? FileManager.default.removeItem(atPath: (site.output as NSString).deletingLastPathComponent) }
        let lines = site.file("queue.ics").components(separatedBy: "\r\n")
        let start = try #require(lines.firstIndex(of: "UID:share-aarhus-kontor@testhubben"))
        let event = lines[start...].prefix { $0 != "END:VEVENT" }.filter { $0.hasPrefix("DT") || $0.hasPrefix("DURATION") }
        for line in lines where line.hasPrefix("DT") {
            #expect(line.wholeMatch(of: /[A-Z;=]+:\d{8}(T\d{6}Z)?/) != nil, "\(line) is not an iCalendar date")
        }
        return (event, site.report.summary)
    }

    /// `publish: 9999-12-31` wrote `DTEND;VALUE=DATE:100000101`: iCalendar has four digits for the year.
    @Test func theCalendarAndTheSummaryStayValidThroughTheYear9999() throws {
        let lastDay = try lastDays(publish: "9999-12-31", bestTime: nil)
        #expect(lastDay.event == ["DTSTAMP:99991230T230000Z", "DTSTART;VALUE=DATE:99991231", "DURATION:P1D"])
        #expect(lastDay.summary.hasSuffix("næste ændring 9999-12-31 24:00 Europe/Copenhagen"), "\(lastDay.summary)")
        let dayBefore = try lastDays(publish: "9999-12-30", bestTime: nil)
        #expect(dayBefore.event == ["DTSTAMP:99991229T230000Z", "DTSTART;VALUE=DATE:99991230", "DTEND;VALUE=DATE:99991231"])
        let window = try lastDays(publish: "9999-12-31", bestTime: "07:30-08:45")
        #expect(window.event == ["DTSTAMP:99991230T230000Z", "DTSTART:99991231T063000Z", "DTEND:99991231T074500Z"])
        // 21:00 to 23:30 in Los Angeles is 05:00 to 07:30 on 1 January 10000 in UTC.
        let west = try lastDays(publish: "9999-12-31", bestTime: "21:00-23:30", zone: "America/Los_Angeles")
        #expect(west.event == ["DTSTAMP:99991231T080000Z", "DTSTART;VALUE=DATE:99991231", "DURATION:P1D"])
        #expect(west.summary.hasSuffix("næste ændring 9999-12-31 24:00 America/Los_Angeles"), "\(west.summary)")
        // 15:00 to 17:30 there ends at 01:30 UTC on 1 January 10000.
        let across = try lastDays(publish: "9999-12-31", bestTime: "15:00-17:30", zone: "America/Los_Angeles")
        #expect(across.event == ["DTSTAMP:99991231T080000Z", "DTSTART:99991231T230000Z", "DURATION:PT150M"])
    }

    /// An event never starts before its item is published: inside the window it starts at the publish
    /// instant, before the window at its start, and once the window has passed that day, at the next day's.
    @Test func anEventNeverStartsBeforeTheItemIsPublished() throws {
        let inside = try lastDays(publish: "9999-12-30T08:00", bestTime: "07:30-08:45")
        #expect(inside.event == ["DTSTAMP:99991230T070000Z", "DTSTART:99991230T070000Z", "DTEND:99991230T074500Z"])
        let before = try lastDays(publish: "9999-12-30T07:00", bestTime: "07:30-08:45")
        #expect(before.event == ["DTSTAMP:99991230T060000Z", "DTSTART:99991230T063000Z", "DTEND:99991230T074500Z"])
        let passed = try lastDays(publish: "9999-12-30T09:00", bestTime: "07:30-08:45")
        #expect(passed.event == ["DTSTAMP:99991230T080000Z", "DTSTART:99991231T063000Z", "DTEND:99991231T074500Z"])
        let atTheEnd = try lastDays(publish: "9999-12-30T08:45", bestTime: "07:30-08:45")
        #expect(atTheEnd.event == ["DTSTAMP:99991230T074500Z", "DTSTART:99991231T063000Z", "DTEND:99991231T074500Z"])
        for event in [inside, before, passed, atTheEnd] {
            let stamp = event.event[0].dropFirst("DTSTAMP:".count), start = event.event[1].dropFirst("DTSTART:".count)
            #expect(start >= stamp, "\(event.event)")
        }
    }

    @Test func calendarTextIsEscapedAndFolded() {
        #expect(CalendarFeed.text("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne")
        let long = "DESCRIPTION:" + String(repeating: "æ", count: 60)
        let folded = CalendarFeed.fold(long)
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)
    }

    /// Random texts of what a calendar escapes or drops (next to letters, combining marks, emoji and
    /// a prepended mark that join them into larger characters): escaping by bytes gives what escaping
    /// character by character gives, and folding keeps every line within 75 octets, as before.
    @Test func calendarTextByBytesIsTextByCharacters() {
        let pieces = ["a", "æ", ",", ";", "\\", "\n", "\r", "\r\n", "\t", "\u{0B}", "\u{85}", "\u{301}", "\u{600}", "🎉", "👍🏽", " ",
                      // Other controls and prepended marks, a joiner, and the last noncharacters of the planes.
                      "\u{1}", "\u{7F}", "\u{9F}", "\u{6DD}", "\u{110BD}", "\u{200D}", "\u{FFFF}", "\u{10FFFE}"]
            + [0xFFFE, 0xFDD0, 0x1FFFF].map { String(Unicode.Scalar(UInt32($0))!) }
        for seed in PropertyRun.seeds(default: 3_000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(40)).map { _ in random.pick(pieces) }.joined()
            #expect(CalendarFeed.text(text) == CalendarFeed.textByCharacters(text), "seed \(seed): \(text.debugDescription)")
            let line = "DESCRIPTION:" + text
            var folded = "", current = 0
            for scalar in line.unicodeScalars {
                let width = String(scalar).utf8.count
                if current + width > 75 {
                    folded += "\r\n "
                    current = 1
                }
                folded.unicodeScalars.append(scalar)
                current += width
            }
            #expect(CalendarFeed.fold(line) == (line.utf8.count > 75 ? folded : line), "seed \(seed): \(text.debugDescription)")
        }
    }

    @Test func searchIndexHoldsPublishedEntriesOnly() throws {
        let index = try BuiltSite(now: "2026-12-10T09:00").searchIndex()
        let entries = index.entries
        let byURL = Dictionary(uniqueKeysWithValues: entries.map { ($0["url"] as! String, $0) })
        #expect(byURL["/hub/share/aarhus-kontor/"]?["kind"] as? String == "share")
        #expect(byURL["/hub/share/aarhus-kontor/"]?["disciplines"] as? [String] == ["employer-branding", "social-selling"])
        #expect(byURL["/hub/share/webinar/"]?["kind"] as? String == "archive")
        #expect(byURL["/hub/guidelines/politik/"]?["title"] as? String == "Vores politik")
        #expect(index.urls(holding: "fodnoten") == ["/hub/guidelines/politik/"])
        #expect(entries.allSatisfy { Set($0.keys) == ["title", "summary", "url", "kind", "disciplines"] })
    }
}
