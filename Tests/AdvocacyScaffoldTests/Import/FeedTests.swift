import Foundation
import Testing
@testable import AdvocacyCore
@testable import AdvocacyScaffold

/// Feeds read with `XMLParser`: Atom, RSS 2.0 and RSS 1.0, their dates and text, and the feeds that
/// must fail with a line and column, read nothing from the disk or grow without bound.
@Suite struct FeedTests {
    private func parse(_ xml: String) throws -> Feed { try Feed.parse(Data(xml.utf8)) }

    /// The problem reading `xml` gives, as `line:column: message` in English.
    private func problem(_ xml: String) -> String? {
        do {
            _ = try Feed.parse(Data(xml.utf8))
            return nil
        } catch {
            return "\(error.line):\(error.column): \(error.message.text(in: .en))"
        }
    }

    private func date(_ text: String) -> Date { ISO8601DateFormatter().date(from: text)! }

    @Test func atomTakesTheAlternateLinkPublishedOverUpdatedAndSummaryOverContent() throws {
        let feed = try parse("""
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom">
              <title>Nyheder</title>
              <link href="https://www.nordvik.dk/"/>
              <entry>
                <title type="html">Q&amp;A: &lt;b&gt;Ny&lt;/b&gt; fabrik &amp;amp; lager</title>
                <link rel="enclosure" href="https://www.nordvik.dk/fabrik.mp3"/>
                <link rel="alternate" type="text/html" href="https://www.nordvik.dk/nyheder/fabrik"/>
                <source><title>Andet feed</title><link href="https://andet.dk/"/></source>
                <updated>2026-12-02T10:00:00Z</updated>
                <published>2026-12-01T08:15:00.250+01:00</published>
                <content type="html">&lt;p&gt;Indholdet&lt;/p&gt;</content>
                <summary type="html">&lt;p&gt;Vi åbner en fabrik.&lt;/p&gt;&lt;p&gt;Den har plads.&lt;/p&gt;</summary>
              </entry>
              <entry>
                <title>Tekst med &lt;em&gt; som tekst</title>
                <link href="https://www.nordvik.dk/nyheder/tekst"/>
                <updated>2026-12-03T07:00:00Z</updated>
                <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Fra <b>indholdet</b>.</p></div></content>
              </entry>
            </feed>
            """)
        #expect(feed.format == .atom)
        #expect(feed.entries.count == 2)
        let first = feed.entries[0]
        #expect(first.title == "Q&A: Ny fabrik & lager")
        #expect(first.link == "https://www.nordvik.dk/nyheder/fabrik")
        #expect(first.date == date("2026-12-01T07:15:00Z"))
        #expect(first.summary == "Vi åbner en fabrik. Den har plads.")
        #expect(first.line == 5)
        let second = feed.entries[1]
        #expect(second.title == "Tekst med <em> som tekst", "a text title keeps what looks like a tag as text")
        #expect(second.link == "https://www.nordvik.dk/nyheder/tekst", "without rel the link is the alternate one")
        #expect(second.date == date("2026-12-03T07:00:00Z"))
        #expect(second.summary == "Fra indholdet.")
    }

    @Test func rssTakesLinkOrAPermalinkGuidCDATAAndDescriptionAsText() throws {
        let feed = try parse("""
            <rss version="2.0"><channel><title>N</title><link>https://n.dk/</link>
            <item>
              <title><![CDATA[Vi vokser &amp; ansætter]]></title>
              <description><![CDATA[<p>Første &amp; <a href="x">andet</a>.</p><script>alert("x")</script><style>p{}</style>]]></description>
              <guid isPermaLink="true">https://n.dk/odense</guid>
              <pubDate>Tue, 01 Dec 2026 23:30:00 GMT</pubDate>
            </item>
            <item>
              <title>Guid uden permalink</title>
              <guid isPermaLink="false">tag:n.dk,2026:2</guid>
            </item>
            <item>
              <title>Linket vinder</title>
              <link> https://n.dk/link </link>
              <guid>https://n.dk/guid</guid>
              <description>&lt;b&gt;Fed&lt;/b&gt; og&#160;&amp;hellip;</description>
            </item>
            </channel></rss>
            """)
        #expect(feed.format == .rss)
        #expect(feed.entries.map(\.title) == ["Vi vokser & ansætter", "Guid uden permalink", "Linket vinder"])
        #expect(feed.entries.map(\.link) == ["https://n.dk/odense", "", "https://n.dk/link"])
        #expect(feed.entries[0].summary == "Første & andet.")
        #expect(feed.entries[0].date == date("2026-12-01T23:30:00Z"))
        #expect(feed.entries[2].summary == "Fed og …")
        #expect(feed.entries[2].date == nil)
    }

    @Test func rss1ItemsAreSiblingsOfTheChannelAndDatedByDublinCore() throws {
        let feed = try parse("""
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                     xmlns:dc="http://purl.org/dc/elements/1.1/">
              <channel rdf:about="https://n.dk/"><title>N</title></channel>
              <item rdf:about="https://n.dk/a"><title>A</title><link>https://n.dk/a</link><dc:date>2026-12-01T09:00+01:00</dc:date></item>
            </rdf:RDF>
            """)
        #expect(feed.format == .rdf)
        #expect(feed.entries.map(\.title) == ["A"])
        #expect(feed.entries[0].date == date("2026-12-01T08:00:00Z"))
    }

    @Test(arguments: [
        ("Tue, 01 Dec 2026 08:00:00 +0100", "2026-12-01T07:00:00Z"),
        ("Tue, 1 Dec 2026 08:00 -0530", "2026-12-01T13:30:00Z"),
        ("01 Dec 2026 08:00:00 EST", "2026-12-01T13:00:00Z"),
        ("Tue, 01 Dec 2026 08:00:00 PDT", "2026-12-01T15:00:00Z"),
        ("Tue, 01 Dec 2026 08:00:00 UT", "2026-12-01T08:00:00Z"),
        ("Tue, 01 Dec 2026 08:00:00 CEST", "2026-12-01T06:00:00Z"),
        ("Tue, 01 Dec 26 08:00:00 Z", "2026-12-01T08:00:00Z"),
        ("Tuesday, 01-Dec-2026 08:00:00 GMT", "2026-12-01T08:00:00Z"),
    ])
    func rfc822Dates(written: String, instant: String) {
        #expect(FeedDate.rfc822(written) == date(instant))
    }

    @Test(arguments: ["", "i går", "Tue, 31 Feb 2026 08:00:00 GMT", "Tue, 01 Dec 2026 25:00:00 GMT", "Tue, 01 Dec 2026 08:00:00 XYZ",
                      "Tue, 01 Foo 2026 08:00:00 GMT"])
    func datesThatAreNotDates(written: String) {
        #expect(FeedDate.rfc822(written) == nil)
        #expect(FeedDate.rfc3339(written) == nil)
    }

    @Test func rfc3339Dates() {
        #expect(FeedDate.rfc3339("2026-12-01T08:00:00Z") == date("2026-12-01T08:00:00Z"))
        #expect(FeedDate.rfc3339("2026-12-01T08:00:00.123456-05:00") == date("2026-12-01T13:00:00Z"))
        #expect(FeedDate.rfc3339("2026-12-01") == date("2026-12-01T00:00:00Z"))
        #expect(FeedDate.rfc3339("2026-12-01T08:00:00") == nil, "a time without a zone is no instant")
        #expect(FeedDate.rfc3339("2026-02-30T08:00:00Z") == nil)
    }

    @Test func textIsOneLineWithEntitiesDecodedAndMarkupOut() {
        #expect(FeedText.plain(fromHTML: "<p>A<br>B</p>\n<!-- c --><ul><li>C &amp;amp; D</li></ul> 1 < 2") == "A B C &amp; D 1 < 2")
        #expect(FeedText.plain(fromHTML: "Sk&aelig;rt &#248;l p&#xE5; &quot;&AElig;r&oslash;&quot; &unknown; &#0; &#x1F;") == "Skært øl på \"Ærø\" &unknown;")
        #expect(FeedText.oneLine("  a\u{2028}b\t\u{85}c\u{AD}d\u{7}  ") == "a b cd")
    }

    @Test func aSummaryIsCutAtASentenceEndWithinTheLimit() {
        let sentence = "Vi åbner et nyt kontor i Odense med plads til mange kolleger. "
        let long = String(repeating: sentence, count: 6)
        let cut = FeedText.summary(long)
        #expect(cut.count <= FeedText.summaryLimit && cut.hasSuffix("kolleger."))
        #expect(long.hasPrefix(cut))
        let words = String(repeating: "ord ", count: 100)
        let cutWords = FeedText.summary(words)
        #expect(cutWords.hasSuffix("ord…") && cutWords.count <= FeedText.summaryLimit + 1)
        #expect(FeedText.summary("Kort. Tekst") == "Kort. Tekst")
    }

    @Test func malformedFeedsFailAtTheirLineAndColumn() {
        #expect(problem("<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel>\n<item><title>A</title>\n  <link>https://x.dk/a</link></itm>\n</channel></rss>\n")
                == "4:36: the feed is not well-formed XML: an end tag does not match the tag it closes; nothing was written")
        #expect(problem("<rss><channel><item><title>A &nbsp; B</title></item></channel></rss>")?.hasPrefix(
            "1:36: the feed is not well-formed XML: an entity XML does not know, such as &nbsp;") == true)
        #expect(problem("<rss><channel><item><title>A & B</title></item></channel></rss>")
                == "1:31: the feed is not well-formed XML: an & that starts no entity; write &amp;; nothing was written")
        #expect(problem("<rss><channel><item><title>A</title>")
                == "1:37: the feed is not well-formed XML: the feed ends before all its tags are closed; nothing was written")
        #expect(problem(" \n") == "1:1: the feed is not well-formed XML: the feed is empty; nothing was written")
        #expect(problem("<html><body/></html>")?.hasPrefix("1:1: the file is XML but not a feed: it starts with <html>") == true)
    }

    @Test func externalEntitiesAreNeverRead() throws {
        let secret = TestSecret.make()
        defer { try? FileManager.default.removeItem(atPath: secret.folder) }
        let feed = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY e SYSTEM "file://\(secret.path)"><!ENTITY p SYSTEM "file:///etc/passwd">]>
            <rss version="2.0"><channel><item><title>A &e;&p;</title><link>https://x.dk/a</link>
            <description>&e; &p;</description></item></channel></rss>
            """)
        let texts = feed.entries.map { $0.title + $0.summary }.joined()
        #expect(!texts.contains(secret.word) && !texts.contains("root:"))
    }

    @Test func entitiesInsideEntitiesStopTheParseWithAnError() {
        var declarations = ["<!ENTITY l0 \"lol\">"]
        for level in 1...9 {
            declarations.append("<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">")
        }
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + declarations.joined(separator: "\n") + "\n]>\n"
            + "<rss><channel><item><title>&l9;</title><link>https://x.dk/l</link></item></channel></rss>\n"
        let found = problem(xml)
        #expect(found?.hasPrefix("14:") == true, "\(found ?? "no problem")")
        #expect(found?.contains("its entities expand into too much text") == true, "\(found ?? "")")
    }

    /// An entity declared in the feed expands to nothing, so a feed of many references to it stays
    /// as small as it is written.
    @Test func declaredEntitiesAddNoText() throws {
        let references = String(repeating: "&e;", count: 10_000)
        let feed = try parse("""
            <?xml version="1.0"?>
            <!DOCTYPE rss [<!ENTITY e "abcdefghijklmnopqrstuvwxy">]>
            <rss><channel><item><title>T&e;</title><link>https://x.dk/a</link><description>\(references)</description></item></channel></rss>
            """)
        #expect(feed.entries.map(\.title) == ["T"])
        #expect(feed.entries.map(\.summary) == [""])
    }

    @Test func linksOfTheSamePageHaveOneKey() {
        let key = FeedLink.key("https://www.nordvik.dk/nyheder/odense")
        for same in ["HTTPS://WWW.Nordvik.DK/nyheder/odense/", "https://www.nordvik.dk/nyheder/odense?utm_source=hub&utm_medium=x",
                     "https://www.nordvik.dk/nyheder/odense#top", "https://www.nordvik.dk:443/nyheder/odense", " https://www.nordvik.dk/nyheder/odense ",
                     "http://www.nordvik.dk/nyheder/odense", "https://nordvik.dk/nyheder/odense", "https://www.nordvik.dk/nyheder/%6Fdense"] {
            #expect(FeedLink.key(same) == key, "\(same)")
        }
        #expect(FeedLink.key("https://www.nordvik.dk/nyheder/odense?id=2&utm_campaign=x") == "https://nordvik.dk/nyheder/odense?id=2")
        #expect(FeedLink.key("https://www.nordvik.dk/nyheder/Odense") != key, "paths keep their case")
        #expect(FeedLink.key("https://www.nordvik.dk/nyheder/odense?id=2") != key)
        #expect(FeedLink.written("HTTPS://WWW.Nordvik.dk/Nyheder/?id=2&utm_source=x#a") == "https://www.nordvik.dk/Nyheder/?id=2#a")
        #expect(FeedLink.written(" https://www.nordvik.dk/a?utm_medium=x ") == "https://www.nordvik.dk/a")
    }
}

/// A file with a word in it that a feed's external entity names: the test fails if the word is read.
private struct TestSecret {
    let folder: String, path: String, word: String

    static func make() -> TestSecret {
        let folder = NSTemporaryDirectory() + "advocacy-xxe-\(UUID().uuidString)"
        try! FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let word = "SECRET-\(UUID().uuidString)"
        try! word.write(toFile: folder + "/secret.txt", atomically: true, encoding: .utf8)
        return TestSecret(folder: folder, path: folder + "/secret.txt", word: word)
    }
}
