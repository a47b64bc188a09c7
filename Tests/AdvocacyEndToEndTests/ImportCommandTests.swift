import Foundation
import Testing
import AdvocacyTestSupport

/// `advocacy import`: a feed becomes drafts once, whatever state the items with its links are in,
/// and the drafts leave `check` only their placeholders to report.
@Suite struct ImportCommandTests {
    /// A feed whose entries meet every case: links the fixture hub's draft, expired and embargoed
    /// items have (written otherwise), a title whose file name is taken, a link listed twice, and
    /// entries without a title or a link.
    static let feed = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0">
        <channel>
          <title>Nordvik nyheder</title>
          <link>https://www.nordvik.dk/</link>
          <item>
            <title>Ny fabrik</title>
            <link>https://www.nordvik.dk/nyheder/fabrik?utm_source=rss</link>
            <description>&lt;p&gt;Vi åbner en fabrik i Vejle. Den får 200 kolleger.&lt;/p&gt;</description>
            <pubDate>Tue, 08 Dec 2026 07:30:00 +0000</pubDate>
          </item>
          <item>
            <title>Kladden igen</title>
            <link>https://www.nordvik.dk/papegoeje/</link>
          </item>
          <item>
            <title>Webinaret igen</title>
            <link>HTTPS://WWW.NORDVIK.DK/webinar?ref=hub&amp;utm_medium=feed</link>
          </item>
          <item>
            <title>Lanceringen igen</title>
            <link>https://www.nordvik.dk/zebrafink#top</link>
          </item>
          <item>
            <title>Q&amp;A: &lt;script&gt;alert("x")&lt;/script&gt; om \\ og "citater"</title>
            <link>https://www.nordvik.dk/nyheder/qa</link>
            <description>Spørgsmål og svar om fabrikken.</description>
            <pubDate>Wed, 09 Dec 2026 08:00:00 GMT</pubDate>
          </item>
          <item>
            <title>Fabrikken, samme side</title>
            <link>https://www.nordvik.dk/nyheder/fabrik/</link>
          </item>
          <item>
            <link>https://www.nordvik.dk/nyheder/uden-titel</link>
          </item>
          <item>
            <title>Uden link</title>
          </item>
        </channel>
        </rss>

        """

    /// A copy of the fixture hub with `share/ny-fabrik.md` taken by another item, and the feed beside it.
    private func hub() throws -> (content: String, feed: String) {
        let content = TestPaths.copy(TestPaths.validHub)
        let taken = try String(contentsOfFile: content + "/share/aarhus-kontor.md", encoding: .utf8)
            .replacingOccurrences(of: "https://www.nordvik.dk/nyheder/aarhus", with: "https://www.nordvik.dk/nyheder/andet")
        try taken.write(toFile: content + "/share/ny-fabrik.md", atomically: true, encoding: .utf8)
        let feed = (content as NSString).deletingLastPathComponent + "/feed.xml"
        try Self.feed.write(toFile: feed, atomically: true, encoding: .utf8)
        return (content, feed)
    }

    private func files(_ content: String) throws -> [String: String] {
        var files: [String: String] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: content + "/share") {
            files[name] = try String(contentsOfFile: content + "/share/" + name, encoding: .utf8)
        }
        return files
    }

    /// Writes the texts of the imported draft at `path` in place of its placeholders and publishes it.
    private func fill(_ path: String) throws {
        try String(contentsOfFile: path, encoding: .utf8)
            .replacingOccurrences(of: "draft: true\n", with: "")
            .replacingOccurrences(of: "Baggrund for kolleger: hvorfor historien er vigtig, talepunkter, og hvem man kan spørge.",
                                  with: "Fabrikken åbner i foråret.")
            .replacingOccurrences(of: "Skriv teksten her.", with: "Vi bygger en fabrik i Vejle.")
            .write(toFile: path, atomically: true, encoding: .utf8)
    }

    @Test func importWritesEachNewEntryOnceAndSkipsLinksTheHubHas() throws {
        let (content, feed) = try hub()
        let before = try files(content)
        let run = try CommandRun(["import", feed, "--content", content])
        #expect(run.status == 0, "\(run.standardError)")
        #expect(run.standardOutput == """
            wrote \(content)/share/ny-fabrik-2.md
            skipped 'Kladden igen': \(content)/share/kladde.md already has its link
            skipped 'Webinaret igen': \(content)/share/webinar.md already has its link
            skipped 'Lanceringen igen': \(content)/share/hemmelig-lancering.md already has its link
            wrote \(content)/share/q-a-script-alert-x-script-om-og-citater.md
            skipped 'Fabrikken, samme side': the feed lists its link already on line 6
            2 drafts written, 6 entries skipped
            Next:
              1. write the texts of each draft in place of the placeholders, then delete the line draft: true
              2. advocacy check    # says what is still missing

            """)
        #expect(run.standardError == """
            \(feed):34:1: warning: the entry has no title, so it was skipped; give it a <title>
            \(feed):37:1: warning: the entry 'Uden link' has no link, so it was skipped; give it a <link> (Atom: <link href="…"/>)

            """)
        let after = try files(content)
        for (name, text) in before { #expect(after[name] == text, "\(name) was changed") }
        #expect(Set(after.keys).subtracting(before.keys) == ["ny-fabrik-2.md", "q-a-script-alert-x-script-om-og-citater.md"])
        #expect(after["ny-fabrik-2.md"] == """
            ---
            title: "Ny fabrik"
            summary: "Vi åbner en fabrik i Vejle. Den får 200 kolleger."
            link: "https://www.nordvik.dk/nyheder/fabrik"
            disciplines: [employer-branding, social-selling]
            publish: 2026-12-08T08:30
            expires: 2026-12-21
            best-time: "07:30-08:45"
            sponsored: false
            draft: true
            ---
            Baggrund for kolleger: hvorfor historien er vigtig, talepunkter, og hvem man kan spørge.

            ```share employer-branding linkedin
            Skriv teksten her.
            ```

            ```share social-selling linkedin
            Skriv teksten her.
            ```

            """)
        #expect(after["q-a-script-alert-x-script-om-og-citater.md"]?.hasPrefix(
            "---\ntitle: \"Q&A: <script>alert(\\\"x\\\")</script> om \\\\ og \\\"citater\\\"\"\n") == true)

        let again = try CommandRun(["import", feed, "--content", content])
        #expect(again.status == 0)
        #expect(!again.standardOutput.contains("wrote"))
        #expect(again.standardOutput.hasSuffix("0 drafts written, 8 entries skipped\n"))
        #expect(try files(content) == after)
    }

    @Test func theDraftsLeaveCheckOnlyTheirPlaceholdersAndTheSiteShowsTheTitleAsText() throws {
        let (content, feed) = try hub()
        #expect(try CommandRun(["import", feed, "--content", content, "--discipline", "social-selling"]).status == 0)
        let check = try CommandRun(["check", "--content", content, "--templates", TestPaths.theme, "--drafts", "--now", "2026-12-10T09:00"])
        #expect(check.standardError == "0 errors, 0 warnings\n")
        for name in ["ny-fabrik-2.md", "q-a-script-alert-x-script-om-og-citater.md"] {
            let path = content + "/share/" + name
            try String(contentsOfFile: path, encoding: .utf8).replacingOccurrences(of: "draft: true\n", with: "")
                .write(toFile: path, atomically: true, encoding: .utf8)
        }
        let published = try CommandRun(["check", "--content", content, "--templates", TestPaths.theme, "--now", "2026-12-10T09:00"])
        #expect(published.status == 1)
        let placeholder = "is the placeholder `advocacy new` wrote; "
        #expect(published.standardError.replacingOccurrences(of: content + "/", with: "") == """
            share/ny-fabrik-2.md:11:1: error: 'Baggrund for kolleger: hvorfor historien er vigtig, talepunkter, og hvem man kan spørge.' \(placeholder)write the background colleagues need: why the story matters, talking points and whom to ask
            share/ny-fabrik-2.md:14:1: error: 'Skriv teksten her.' \(placeholder)write the text colleagues can post
            share/q-a-script-alert-x-script-om-og-citater.md:11:1: error: 'Baggrund for kolleger: hvorfor historien er vigtig, talepunkter, og hvem man kan spørge.' \(placeholder)write the background colleagues need: why the story matters, talking points and whom to ask
            share/q-a-script-alert-x-script-om-og-citater.md:14:1: error: 'Skriv teksten her.' \(placeholder)write the text colleagues can post
            4 errors, 0 warnings

            """)
        try fill(content + "/share/q-a-script-alert-x-script-om-og-citater.md")
        try fill(content + "/share/ny-fabrik-2.md")
        let site = try BuiltSite(content: content, now: "2026-12-10T09:00")
        let page = site.files.first { $0.contains("q-a-script") && $0.hasSuffix(".html") }.map(site.file) ?? ""
        #expect(page.contains("Q&amp;A: &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;"))
        #expect(!page.contains("<script>alert"))
    }

    @Test func theFeedCanComeFromStandardInputAsCuratedContent() throws {
        let (content, _) = try hub()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.executable)
        process.arguments = ["import", "-", "--content", content, "--lang", "en", "--source", "curated", "--via", "Dansk Industri & <Co>",
                             "--discipline", "employer-branding"]
        let input = Pipe(), output = Pipe()
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        input.fileHandleForWriting.write(Data(Self.feed.utf8))
        try input.fileHandleForWriting.close()
        let printed = String(decoding: output.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        #expect(printed.contains("2 drafts written, 6 entries skipped"))
        let text = try String(contentsOfFile: content + "/share/ny-fabrik-2.md", encoding: .utf8)
        #expect(text.contains("\ndisciplines: [employer-branding]\n"))
        #expect(text.contains("\nsponsored: false\nsource: curated\nvia: \"Dansk Industri & <Co>\"\ndraft: true\n"))
        // Once published, the item says where it comes from.
        try fill(content + "/share/ny-fabrik-2.md")
        try fill(content + "/share/q-a-script-alert-x-script-om-og-citater.md")
        let site = try BuiltSite(content: content, now: "2026-12-10T09:00")
        let page = site.files.first { $0.contains("ny-fabrik-2") && $0.hasSuffix(".html") }.map(site.file) ?? ""
        #expect(page.contains("<span>Kurateret fra Dansk Industri &amp; &lt;Co&gt;</span>"))
        #expect(site.file("share/index.html").contains("<span>Kurateret fra Dansk Industri &amp; &lt;Co&gt;</span>"), "the queue says it too")
    }

    @Test(arguments: [
        (["--discipline", "sales"], "advocacy: error: unknown discipline 'sales' in --discipline; the hub's disciplines are: employer-branding, social-selling\n"),
        (["--source", "curated"], "advocacy: error: --source curated needs --via with the original publisher's name, such as --via \"Dansk Industri\"\n"),
        (["--source", "own", "--via", "Børsen"], "advocacy: error: --via 'Børsen' names the original publisher, but --source own says the content is yours; write --source curated, or leave out --via\n"),
    ])
    func wrongOptionsAreUsageErrorsAndWriteNothing(options: [String], message: String) throws {
        let (content, feed) = try hub()
        let before = try files(content)
        let run = try CommandRun(["import", feed, "--content", content] + options)
        #expect(run.status == 2)
        #expect(run.standardError == message)
        #expect(try files(content) == before)
    }

    @Test func aBadFeedIsAnErrorAtItsLineAndColumnAndWritesNothing() throws {
        let (content, feed) = try hub()
        try Self.feed.replacingOccurrences(of: "<title>Kladden igen</title>", with: "<title>Kladden igen</titel>")
            .write(toFile: feed, atomically: true, encoding: .utf8)
        let before = try files(content)
        let run = try CommandRun(["import", feed, "--content", content])
        #expect(run.status == 1)
        #expect(run.standardOutput.isEmpty)
        #expect(run.standardError == "\(feed):13:32: error: the feed is not well-formed XML: an end tag does not match the tag it closes; nothing was written\n")
        #expect(try files(content) == before)

        let missing = try CommandRun(["import", feed + ".missing", "--content", content, "--lang", "da"])
        #expect(missing.status == 2)
        #expect(missing.standardError == "advocacy: fejl: kan ikke læse feedet '\(feed).missing': no such file or directory\n")
    }

    /// A feed of entities inside entities ends with an error, and nothing is written: the output is
    /// bounded however far the entities would expand.
    @Test func billionLaughsWritesNothing() throws {
        let (content, feed) = try hub()
        var declarations = ["<!ENTITY l0 \"lol\">"]
        for level in 1...12 {
            declarations.append("<!ENTITY l\(level) \"" + String(repeating: "&l\(level - 1);", count: 10) + "\">")
        }
        try ("<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n" + declarations.joined(separator: "\n") + "\n]>\n"
             + "<rss><channel><item><title>&l12;</title><link>https://x.dk/l</link><description>&l12;</description></item></channel></rss>\n")
            .write(toFile: feed, atomically: true, encoding: .utf8)
        let before = try files(content)
        let run = try CommandRun(["import", feed, "--content", content])
        #expect(run.status == 1)
        #expect(run.standardError.hasPrefix("\(feed):17:"), "\(run.standardError)")
        #expect(run.standardError.utf8.count < 400)
        #expect(try files(content) == before)
    }

    /// The example feed: three drafts for the example hub, the fourth entry's link is a draft's, and a
    /// second run writes nothing.
    @Test func theExampleFeedImportsIntoTheExampleHubOnce() throws {
        let content = TestPaths.copy(TestPaths.exampleHub)
        let feed = TestPaths.repository + "/examples/newsroom.xml"
        let first = try CommandRun(["import", feed, "--content", content], language: nil)
        #expect(first.status == 0 && first.standardError.isEmpty, "\(first.standardError)")
        #expect(first.standardOutput.hasPrefix("""
            skrev \(content)/share/holmvang-aabner-kontor-i-odense.md
            skrev \(content)/share/skybrud-ny-beregning-viser-hvor-vandet-loeber-hen-hvad-det.md
            skrev \(content)/share/vi-er-nomineret-til-aarets-arbejdsplads-2027.md
            sprang 'Nyt partnerskab om grøn fjernvarme' over: \(content)/share/udkast-nyt-partnerskab.md har allerede linket
            3 kladder skrevet, 1 indlæg sprunget over

            """))
        let odense = try String(contentsOfFile: content + "/share/holmvang-aabner-kontor-i-odense.md", encoding: .utf8)
        #expect(odense.contains("\nlink: \"https://www.holmvang.dk/nyheder/kontor-odense\"\n"), "the feed's UTM tags are left out")
        #expect(odense.contains("\npublish: 2026-12-08T07:30\n"))
        let again = try CommandRun(["import", feed, "--content", content], language: nil)
        #expect(again.status == 0)
        #expect(!again.standardOutput.contains("skrev "))
        #expect(again.standardOutput.hasSuffix("0 kladder skrevet, 4 indlæg sprunget over\n"))
        let check = try CommandRun(["check", "--content", content, "--templates", TestPaths.theme, "--drafts", "--now", "2026-12-10T09:00"])
        #expect(check.status == 0, "\(check.standardError)")
    }
}
