import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild

/// hub.yml's `team:` in the site: the page that asks for it (`params: { team: true }`) shows who does
/// what, with names, roles and work contacts only, escaped; the digest's footer names the comms
/// contacts in the page, the email and its text; and a curated item's cards name its publisher.
@Suite struct TeamPagesTests {
    /// The valid hub with a team whose names hold markup, its about page asking for the team, and the
    /// Aarhus item curated from a publisher whose name holds markup too.
    static func hub(team: String) throws -> String {
        let content = TestPaths.copy(TestPaths.validHub)
        let hub = content + "/hub.yml"
        try (String(contentsOfFile: hub, encoding: .utf8) + team).write(toFile: hub, atomically: false, encoding: .utf8)
        try "---\ntitle: Om hubben\norder: 1\nparams: { team: true }\n---\nHubben er frivillig.\n"
            .write(toFile: content + "/pages/om-hubben.md", atomically: false, encoding: .utf8)
        try "---\ntitle: Kontakt\norder: 2\n---\nSkriv til os.\n".write(toFile: content + "/pages/kontakt.md", atomically: false, encoding: .utf8)
        let item = content + "/share/aarhus-kontor.md"
        let text = try String(contentsOfFile: item, encoding: .utf8)
        try text.replacingOccurrences(of: "\ntitle:", with: "\nsource: curated\nvia: \"Dansk <i>Industri</i> & Co\"\ntitle:")
            .write(toFile: item, atomically: false, encoding: .utf8)
        return content
    }

    static let team = """
    team:
      - name: "Mette <b>Holm</b>"
        roles: [comms-contact, figures]
        email: mette.holm@nordvik.dk
        teams: mette.holm@nordvik.dk
      - name: Jonas & Co
        roles: [stories, ambassador]
        teams: https://teams.microsoft.com/l/chat/0/0?users=jonas@nordvik.dk
      - name: Karen Lund
        roles: [decision-maker]

    """

    @Test func theAboutPageShowsWhoDoesWhatEscapedWithWorkContactsOnly() throws {
        let content = try Self.hub(team: Self.team)
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent) }
        let site = try BuiltSite(content: content, now: "2026-12-02T09:00")
        defer { TestPaths.remove((site.output as NSString).deletingLastPathComponent) }
        #expect(!site.report.hasErrors, "\(site.report.diagnostics)")
        let about = site.file("om-hubben/index.html")
        let start = try #require(about.range(of: "<section class=\"team\""))
        let end = try #require(about.range(of: "</section>", range: start.upperBound..<about.endIndex))
        let team = String(about[start.lowerBound..<end.upperBound])
        #expect(team.contains("<h2 id=\"team\">Hvem gør hvad</h2>"))
        #expect(team.contains("<p class=\"team-name\">Mette &lt;b&gt;Holm&lt;/b&gt;</p>"))
        #expect(team.contains("<p class=\"team-roles\">Kontakt i kommunikation, Ejer tallene</p>"))
        #expect(team.contains("<a href=\"mailto:mette.holm@nordvik.dk\">mette.holm@nordvik.dk</a>"))
        #expect(team.contains("<a href=\"https://teams.microsoft.com/l/chat/0/0?users=mette.holm@nordvik.dk\">Skriv i Teams"))
        #expect(team.contains("<p class=\"team-name\">Jonas &amp; Co</p>"))
        #expect(team.contains("<p class=\"team-roles\">Fortæller succeshistorierne, Ambassadør</p>"))
        #expect(team.contains("<p class=\"team-name\">Karen Lund</p>\n<p class=\"team-roles\">Beslutningstager</p>\n</li>"),
                "no contact line for a person without contacts")
        #expect(!about.contains("<b>Holm</b>") && !about.contains("Jonas & Co"))
        #expect(about.contains("<li><a href=\"#team\">Hvem gør hvad</a></li>") || !about.contains("class=\"toc\""),
                "the contents, when the page has them, lead to the team too")
        // Links only to mailto: and Teams; nothing on the page asks another host for anything.
        let links = Self.matches(#"href="([^"]*)""#, in: team)
        #expect(!links.isEmpty && links.allSatisfy { $0.hasPrefix("mailto:") || $0.hasPrefix("https://teams.microsoft.com/") }, "\(links)")
        #expect(!team.contains("<img") && !team.contains("src="))
        // Only the page that asks for it shows the team.
        let contact = site.file("kontakt/index.html")
        #expect(!contact.isEmpty && !contact.contains("class=\"team\"") && !contact.contains("Holm"))
    }

    @Test func theDigestFooterNamesTheCommsContactsInThePageTheEmailAndTheText() throws {
        let content = try Self.hub(team: Self.team)
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent) }
        let site = try BuiltSite(content: content, now: "2026-12-02T09:00")
        defer { TestPaths.remove((site.output as NSString).deletingLastPathComponent) }
        let page = site.file("digest/index.html"), email = site.file("digest/email.html"), text = site.file("digest/email.txt")
        #expect(page.contains("<p class=\"digest-contact\">Spørgsmål til hubben eller ugebrevet? Skriv til: Mette &lt;b&gt;Holm&lt;/b&gt; "
            + "(<a href=\"mailto:mette.holm@nordvik.dk\">mette.holm@nordvik.dk</a>) "
            + "<a href=\"https://teams.microsoft.com/l/chat/0/0?users=mette.holm@nordvik.dk\">Skriv i Teams"))
        #expect(email.contains("Spørgsmål til hubben eller ugebrevet? Skriv til: <strong>Mette &lt;b&gt;Holm&lt;/b&gt;</strong> "
            + "(<a href=\"mailto:mette.holm@nordvik.dk\""))
        #expect(text.contains("\nSpørgsmål til hubben eller ugebrevet? Skriv til:\n- Mette <b>Holm</b>, mette.holm@nordvik.dk, "
            + "Teams: https://teams.microsoft.com/l/chat/0/0?users=mette.holm@nordvik.dk\n"))
        for form in [page, email, text] {
            #expect(!form.contains("Jonas") && !form.contains("Karen Lund"), "only the comms contacts")
        }
        #expect(email.range(of: "Skriv til:")!.lowerBound > email.range(of: "Åbn hubben")!.lowerBound, "in the email's footer")
    }

    /// A line break in a contact's name or an item's title (a quoted "\n" or a `|` block in YAML) would
    /// start a line of its own in the text email, which could read as another contact or item: every
    /// text the email prints stays on its line.
    @Test func aLineBreakInANameOrTitleStartsNoLineOfItsOwnInTheTextEmail() throws {
        let content = try Self.hub(team: "team:\n  - name: \"Mette Holm\\n- Falsk Kontakt, svindel@evil.example\"\n"
            + "    roles: [comms-contact, figures, stories]\n")
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent) }
        let item = content + "/share/aarhus-kontor.md"
        try String(contentsOfFile: item, encoding: .utf8)
            .replacingOccurrences(of: "\ntitle: Vi åbner kontor i Aarhus\n", with: "\ntitle: \"Vi åbner kontor i Aarhus\\n- Falsk opslag\"\n")
            .write(toFile: item, atomically: false, encoding: .utf8)
        let site = try BuiltSite(content: content, now: "2026-12-02T09:00")
        defer { TestPaths.remove((site.output as NSString).deletingLastPathComponent) }
        #expect(!site.report.hasErrors, "\(site.report.diagnostics)")
        let text = site.file("digest/email.txt")
        #expect(text.contains("\n- Mette Holm - Falsk Kontakt, svindel@evil.example\n"), "\(text)")
        #expect(text.contains("\n- Vi åbner kontor i Aarhus - Falsk opslag"), "\(text)")
        #expect(!text.contains("\n- Falsk"), "\(text)")
    }

    @Test func withoutACommsContactTheDigestNamesNoOne() throws {
        let content = try Self.hub(team: "team:\n  - name: Karen Lund\n    roles: [figures, stories]\n    email: kl@nordvik.dk\n")
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent) }
        let site = try BuiltSite(content: content, now: "2026-12-02T09:00")
        defer { TestPaths.remove((site.output as NSString).deletingLastPathComponent) }
        for path in ["digest/index.html", "digest/email.html", "digest/email.txt"] {
            let form = site.file(path)
            #expect(!form.isEmpty && !form.contains("Skriv til:") && !form.contains("Karen"), "\(path)")
        }
        #expect(site.file("om-hubben/index.html").contains("<p class=\"team-name\">Karen Lund</p>"))
    }

    @Test func aCuratedItemsCardsNameThePublisherEscaped() throws {
        let content = try Self.hub(team: Self.team)
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent) }
        let site = try BuiltSite(content: content, now: "2026-12-02T09:00")
        defer { TestPaths.remove((site.output as NSString).deletingLastPathComponent) }
        let item = site.file("share/aarhus-kontor/index.html")
        let cards = item.components(separatedBy: "<section class=\"card\"").count - 1
        #expect(cards >= 1)
        let line = "<p class=\"card-via\">Kurateret fra Dansk &lt;i&gt;Industri&lt;/i&gt; &amp; Co</p>"
        #expect(item.components(separatedBy: line).count - 1 == cards, "every card names the publisher")
        #expect(!item.contains("<i>Industri</i>"))
        let own = site.file("share/webinar/index.html")
        #expect(own.contains("<section class=\"card\"") && !own.contains("card-via"), "own content's cards name no publisher")
    }

    /// An about page whose body has headings "Team" and "Indhold", as an English or Danish page may:
    /// every id on the page is there once, the team's heading keeps `team` and the contents lead to each.
    @Test func headingsNamedAsTheTeamOrTheMainContentKeepEveryIDOnce() throws {
        let content = try Self.hub(team: Self.team)
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent) }
        try "---\ntitle: Om hubben\norder: 1\nparams: { team: true }\n---\n## Team\n\nVi er fire.\n\n## Indhold\n\nNyheder.\n\n## Kontakt\n\nSkriv.\n"
            .write(toFile: content + "/pages/om-hubben.md", atomically: false, encoding: .utf8)
        let site = try BuiltSite(content: content, now: "2026-12-02T09:00")
        defer { TestPaths.remove((site.output as NSString).deletingLastPathComponent) }
        #expect(!site.report.hasErrors, "\(site.report.diagnostics)")
        let about = site.file("om-hubben/index.html")
        let ids = Self.matches(#"\sid="([^"]*)""#, in: about)
        #expect(ids.count == Set(ids).count, "\(ids.sorted())")
        #expect(about.contains("<h2 id=\"team\">Hvem gør hvad</h2>") && about.contains("<h2 id=\"team-1\">Team</h2>"))
        #expect(about.contains("<main id=\"indhold\"") && about.contains("<h2 id=\"indhold-1\">Indhold</h2>"))
        for target in ["team", "team-1", "indhold-1"] { #expect(about.contains("<a href=\"#\(target)\">"), "\(target)") }
    }

    static func matches(_ pattern: String, in text: String) -> [String] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).compactMap {
            Range($0.range(at: 1), in: text).map { String(text[$0]) }
        }
    }
}
