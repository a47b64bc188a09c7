import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacyScaffold

/// What `import` writes loads back as the feed said it: every title, summary and publisher, however
/// it is written, and the dates of any entry the feed dates; and the same page under another form of
/// its link is never imported twice.
@Suite struct ImportRoundTripTests {
    /// A hub with one discipline, the share items `items` (file name → link), and nothing else.
    private func hub(items: [String: String] = [:]) throws -> String {
        let content = TestPaths.temporaryFolder("import-round-trip")
        try FileManager.default.createDirectory(atPath: content + "/disciplines", withIntermediateDirectories: true)
        try FileManager.default.createDirectory(atPath: content + "/share", withIntermediateDirectories: true)
        try "---\ntitle: Salg\n---\nTekst.\n".write(toFile: content + "/disciplines/salg.md", atomically: true, encoding: .utf8)
        for (name, link) in items {
            try "---\ntitle: \(name)\nlink: \(link)\ndisciplines: [salg]\ndraft: true\n---\nTekst.\n"
                .write(toFile: content + "/share/\(name).md", atomically: true, encoding: .utf8)
        }
        return content
    }

    /// An RSS feed of `entries` (title, link, pubDate), each written as XML text.
    private func feed(_ entries: [(title: String, link: String, date: String?)]) -> Data {
        func xml(_ text: String) -> String {
            text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
        }
        let items = entries.map { entry in
            "<item><title>\(xml(entry.title))</title><link>\(xml(entry.link))</link>"
                + "<description>\(xml(entry.title))</description>"
                + (entry.date.map { "<pubDate>\($0)</pubDate>" } ?? "") + "</item>"
        }
        return Data(("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n<rss version=\"2.0\"><channel><title>F</title>\n"
                     + items.joined(separator: "\n") + "\n</channel></rss>\n").utf8)
    }

    private func run(_ feed: Data, in content: String, via: String? = nil) throws -> FeedImport.Outcome {
        try FeedImport.run(FeedImport.Request(feed: feed, feedName: "feed.xml", disciplines: [], via: via, content: content,
                                              now: Date(timeIntervalSince1970: 1_796_000_000)))
    }

    private func load(_ path: String, in content: String) -> (ShareItem?, [String]) {
        var diagnostics = Diagnostics()
        let loader = DocumentLoader(folder: ContentFolder(content), clock: HubClock(timeZone: TimeZone(identifier: "Europe/Copenhagen")!))
        let item = loader.shareItem(path, diagnostics: &diagnostics)
        return (item, diagnostics.all.map { $0.line(in: .en) })
    }

    /// The files `import` wrote, from its lines.
    private func written(_ outcome: FeedImport.Outcome, in content: String) -> [String] {
        outcome.lines.compactMap { line in
            let text = line.text(in: .en)
            return text.hasPrefix("wrote ") ? String(text.dropFirst("wrote ".count + content.count + 1)) : nil
        }
    }

    /// Titles and publishers with what YAML reads as syntax, escapes, markup and invisible characters.
    static let titles = [
        "Nyhed: vi åbner # 2", "--- og ...", "* stjerne", "& anker", "! tag", "? spørgsmål", "- streg", "| rør", "> større",
        "'enkelt' og \"dobbelt\"", "\\ og \\n og \\u00e6", "</script><script>alert(1)</script>", "{a: b}, [c]", "@ og `kode`",
        "null", "true", "1.0", "~", "%TAG", "Linje\u{2028}skift og\u{2029}afsnit", "\u{FEFF}Usynlig\u{FEFF} start",
        "Emoji 🚀 og ZWJ 👩‍💻", "A\u{200B}B", "Tab\there",
    ]

    @Test func everyTitleSummaryAndPublisherLoadsBackAsImported() throws {
        let content = try hub()
        let entries = Self.titles.enumerated().map { (title: $1, link: "https://www.nordvik.dk/n/\($0)", date: nil as String?) }
        let via = "Dansk \"Industri\" \\ # : --- \u{FEFF}&"
        let outcome = try run(feed(entries), in: content, via: via)
        #expect(outcome.failure == nil && outcome.warnings.isEmpty)
        let paths = written(outcome, in: content)
        #expect(paths.count == Self.titles.count)
        let parsed = try Feed.parse(feed(entries)).entries
        for (path, entry) in zip(paths, parsed) {
            let (item, diagnostics) = load(path, in: content)
            #expect(diagnostics.isEmpty, "\(entry.title.debugDescription): \(diagnostics)")
            #expect(item?.info.title.value == entry.title, "\(entry.title.debugDescription)")
            #expect((item?.info.summary ?? "") == entry.summary, "\(entry.title.debugDescription)")
            #expect(item?.via?.value == via, "\(entry.title.debugDescription)")
            #expect(item?.link?.value == entry.link)
        }
    }

    /// An entry dated as late as a feed can date it still gives a draft whose dates load; so does
    /// one dated in a zone far from the hub's.
    @Test(arguments: ["Fri, 31 Dec 9999 23:30:00 GMT", "Mon, 20 Dec 9999 12:00:00 GMT", "Fri, 31 Dec 9999 20:00:00 -1100",
                      "Thu, 01 Jan 1970 00:00:00 +1400"])
    func anEntryDatedAtTheEdgesOfTimeLoads(date: String) throws {
        let content = try hub()
        let outcome = try run(feed([(title: "Kant", link: "https://www.nordvik.dk/kant", date: date)]), in: content)
        let paths = written(outcome, in: content)
        #expect(paths == ["share/kant.md"])
        let (item, diagnostics) = load("share/kant.md", in: content)
        #expect(diagnostics.isEmpty, "\(date): \(diagnostics)")
        #expect(item != nil)
    }

    /// Forms of one page's link a newsroom's feed and a hand-written item may use: the entry is
    /// skipped whichever form each has.
    @Test(arguments: [
        ("https://www.nordvik.dk/nyheder/fabrik", "http://www.nordvik.dk/nyheder/fabrik"),
        ("http://nordvik.dk/nyheder/fabrik", "https://www.nordvik.dk/nyheder/fabrik/"),
        ("https://www.nordvik.dk/nyheder/fabrik?", "https://www.nordvik.dk/nyheder/fabrik"),
        ("https://www.nordvik.dk/nyheder/%7Efabrik", "https://www.nordvik.dk/nyheder/~fabrik"),
        ("https://www.nordvik.dk/nyheder/%c3%a6r%c3%b8", "https://www.nordvik.dk/nyheder/%C3%A6r%C3%B8"),
        ("https://www.nordvik.dk/nyheder/ærø", "https://www.nordvik.dk/nyheder/%C3%A6r%C3%B8"),
        ("https://www.nordvik.dk/nyheder/ærø?by=Århus", "https://www.nordvik.dk/nyheder/%C3%A6r%C3%B8?by=%C3%85rhus"),
    ])
    func anotherFormOfAnItemsLinkIsSkipped(item: String, entry: String) throws {
        for (have, fed) in [(item, entry), (entry, item)] {
            let content = try hub(items: ["fabrik": "\"\(have)\""])
            let (loaded, diagnostics) = load("share/fabrik.md", in: content)
            #expect(diagnostics.isEmpty && loaded?.link != nil, "\(have): \(diagnostics)")
            let outcome = try run(feed([(title: "Fabrikken", link: fed, date: nil)]), in: content)
            #expect(outcome.written == 0 && outcome.skipped == 1, "\(have) then \(fed): \(outcome.lines.map { $0.text(in: .en) })")
        }
    }

    /// An entry imported once is skipped the next time, whatever form its link has in the feed.
    @Test(arguments: ["https://www.nordvik.dk/nyheder/ærø", "HTTP://Nordvik.DK:80/a/%c3%a6?utm_source=x&q=%7e", "https://www.nordvik.dk/a b",
                      "https://www.nordvik.dk/søg?q=\"x\"", "https://bøger.dk/nyt"])
    func anImportedEntryIsSkippedTheNextTime(link: String) throws {
        let content = try hub()
        let first = try run(feed([(title: "Fabrikken", link: link, date: nil)]), in: content)
        let again = try run(feed([(title: "Fabrikken", link: link, date: nil)]), in: content)
        #expect(first.written + first.warnings.count == 1, "\(link)")
        if first.written == 1 {
            let (_, diagnostics) = load("share/fabrikken.md", in: content)
            #expect(diagnostics.isEmpty, "\(link): \(diagnostics)")
            #expect(again.written == 0, "\(link): \(again.lines.map { $0.text(in: .en) })")
        }
    }
}
