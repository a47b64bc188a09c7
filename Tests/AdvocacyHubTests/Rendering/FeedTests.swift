import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import Testing
@testable import AdvocacyHub
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
        #expect(locations.contains("https://intranet.example.dk/hub/"))
        #expect(locations.contains("https://intranet.example.dk/hub/share/aarhus-kontor/"))
        #expect(locations.contains("https://intranet.example.dk/hub/guidelines/politik/"))
        #expect(locations.allSatisfy { $0.hasPrefix("https://intranet.example.dk/hub/") })
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
        #expect(lines.contains("DTSTART:20261201T063000Z"), "07:30 Copenhagen on the publish day")
        #expect(lines.contains("DTEND:20261201T074500Z"))
        #expect(lines.contains("SUMMARY:Vi åbner kontor i Aarhus"))
    }

    @Test func calendarTextIsEscapedAndFolded() {
        #expect(CalendarFeed.text("a, b; c\\d\ne") == "a\\, b\\; c\\\\d\\ne")
        let long = "DESCRIPTION:" + String(repeating: "æ", count: 60)
        let folded = CalendarFeed.fold(long)
        #expect(folded.components(separatedBy: "\r\n").allSatisfy { $0.utf8.count <= 75 })
        #expect(folded.replacingOccurrences(of: "\r\n ", with: "") == long)
    }

    @Test func searchIndexHoldsPublishedEntriesOnly() throws {
        let json = try BuiltSite(now: "2026-12-10T09:00").file("search-index.json")
        let entries = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        let byURL = Dictionary(uniqueKeysWithValues: entries.map { ($0["url"] as! String, $0) })
        #expect(byURL["/hub/share/aarhus-kontor/"]?["kind"] as? String == "share")
        #expect(byURL["/hub/share/aarhus-kontor/"]?["disciplines"] as? [String] == ["employer-branding", "social-selling"])
        #expect(byURL["/hub/share/webinar/"]?["kind"] as? String == "archive")
        #expect(byURL["/hub/guidelines/politik/"]?["title"] as? String == "Vores politik")
        #expect((byURL["/hub/guidelines/politik/"]?["text"] as? String)?.contains("Fodnoten") == true)
        #expect(entries.allSatisfy { Set($0.keys) == ["title", "summary", "url", "kind", "disciplines", "text"] })
    }
}
