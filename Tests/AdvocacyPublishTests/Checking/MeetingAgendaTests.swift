import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacyPublish

/// `plan --format markdown`: the weekly meeting's agenda, its sections, and titles that show as written.
@Suite struct MeetingAgendaTests {
    static let special = "*Stjerne* og _streg_ [1] | rør & mere &amp;"

    /// The valid hub with `BalanceTests.items`, an item titled `special` current through 15 December, a story of
    /// 8 December with the same title, one of 2 December (before the week) and totals for two metrics.
    static func agenda(balance: String = BalanceTests.balance, in language: HubLanguage = .en) throws -> String {
        let content = try BalanceTests.hub(balance: balance, items: BalanceTests.items + [
            BalanceTests.item("g-special", ["employer-branding"], publish: "2026-12-01", title: special.replacingOccurrences(of: "\"", with: ""),
                              expires: "2026-12-15"),
        ])
        defer { BalanceTests.removing(content) }
        for (slug, date, title) in [("ny", "2026-12-08", special), ("gammel", "2026-12-02", "For gammel")] {
            try """
                ---
                title: "\(title)"
                date: \(date)
                disciplines: [social-selling]
                person: Mette Hansen
                role: Konsulent
                summary: En historie.
                ---
                Historien.

                """.write(toFile: content + "/stories/\(slug).md", atomically: false, encoding: .utf8)
        }
        try FileManager.default.createDirectory(atPath: content + "/results", withIntermediateDirectories: true)
        try "period,metric,value,target\n2026-Q3,reach,1000,1200\n2026-Q4,reach,1500,1200\n2026-Q4,clicks,40,60\n2026-Q3,clicks,30,\n"
            .write(toFile: content + "/results/metrics.csv", atomically: false, encoding: .utf8)
        return MeetingAgendaMarkdown.render(try MeetingAgenda.load(content, now: BalanceTests.now, weeks: 4), in: language)
    }

    @Test func theAgendaHasItsSectionsInOrderWithWhatEachKnows() throws {
        let agenda = try Self.agenda()
        let headings = agenda.split(separator: "\n").filter { $0.hasPrefix("#") }
        #expect(headings == ["# Testhubben: weekly meeting, week 50", "## Gaps in the queue", "## Expiring within 7 days",
                             "## Own and curated content", "## Stories since last week", "## Latest results"])
        #expect(agenda.contains("\n\nAs of Thursday 10 December 2026, 09:00 (Europe/Copenhagen).\n\n"))
        #expect(agenda.contains("- Week 50 (7–13 December 2026): nothing new for Social selling, Employer branding\n"
            + "- Week 52 (21–27 December 2026): nothing new for Employer branding\n"), "\(agenda)")
        #expect(agenda.contains("""
            The queue from Thursday 10 December 2026 to Wednesday 6 January 2027 (four weeks), by discipline:

            - Social selling: 3 own, 2 curated, 40% curated (target 50%)
            - Employer branding: OFF TARGET: 1 own, 0 curated, 0% curated, more than 15 points from the target of 30%

            Weeks off target:

            - Week 51, Employer branding: OFF TARGET: 1 own, 0 curated, 0% curated, more than 15 points from the target of 30%
            - Week 52, Social selling: OFF TARGET: 2 own, 1 curated, 33% curated, more than 15 points from the target of 50%

            """), "\(agenda)")
        #expect(agenda.contains("## Stories since last week\n\n- Tuesday 8 December 2026: "), "the story of 2 December is older than 7 days")
        #expect(!agenda.contains("For gammel"))
        #expect(agenda.hasSuffix("## Latest results\n\n- Reach: 1,500 in Q4 2026; target 1,200, reached\n"
            + "- Clicks: 40 in Q4 2026; target 60, 20 to go\n"), "the metrics in the agenda's language, in the order of metrics.csv")
    }

    @Test func theAgendaSpeaksTheLanguageAskedFor() throws {
        let agenda = try Self.agenda(in: .da)
        #expect(agenda.hasPrefix("# Testhubben: ugemøde, uge 50\n\nStatus torsdag 10. december 2026 kl. 09:00 (Europe/Copenhagen).\n\n"
            + "## Huller i køen\n\n- Uge 50 (7.–13. december 2026): intet nyt i Social selling, Employer branding\n"), "\(agenda)")
        #expect(agenda.contains("- Employer branding: SKÆV BLANDING: egne 1, kuraterede 0, 0 % kuraterede, mere end 15 point fra målet på 30 %\n"))
        #expect(agenda.hasSuffix("## Seneste resultater\n\n- Rækkevidde: 1.500 i 4. kvartal 2026; mål 1.200, nået\n"
            + "- Klik: 40 i 4. kvartal 2026; mål 60, 20 til målet\n"))
    }

    @Test func withoutATargetTheMixIsCountedAndTheAgendaSaysHowToSetOne() throws {
        let agenda = try Self.agenda(balance: "")
        #expect(agenda.contains("- Social selling: 3 own, 2 curated, 40% curated\n- Employer branding: 1 own, 0 curated, 0% curated\n\n"
            + "hub.yml sets no balance; add balance: { curated: 30 } to aim at a share of curated items.\n"), "\(agenda)")
        #expect(!agenda.contains("OFF TARGET"))
    }

    /// A title with `*`, `_`, `[`, `|` and `&` is escaped, and Markdown (cmark-gfm, as GitHub, Teams and
    /// mail programs read it) shows it as written: no emphasis, link, table or entity.
    @Test func titlesShowAsWrittenInMarkdown() throws {
        let agenda = try Self.agenda()
        let escaped = #"\*Stjerne\* og \_streg\_ \[1\] \| rør & mere \&amp;"#
        #expect(agenda.contains("- " + escaped + ": current through Tuesday 15 December 2026\n"), "\(agenda)")
        #expect(agenda.contains("- Tuesday 8 December 2026: " + escaped + "\n"))
        let html = MarkdownRenderer().render(MarkdownSource(text: agenda, displayPath: "agenda.md", firstLine: 1, contentPath: "agenda.md")).html
        let shown = "*Stjerne* og _streg_ [1] | rør &amp; mere &amp;amp;"
        #expect(html.contains("<li>" + shown + ": current through Tuesday 15 December 2026</li>"), "\(html)")
        #expect(html.contains("<li>Tuesday 8 December 2026: " + shown + "</li>"), "\(html)")
        for markup in ["<em>", "<strong>", "<a ", "<table", "<ol"] { #expect(!html.contains(markup), "\(markup) in \(html)") }
    }

    /// Texts with white space before a list or heading marker, or enough of it to make an indented code
    /// block, as a quoted title may have: the marker is escaped as at the start, and the item shows the
    /// text alone, never a heading, a list of its own or code.
    @Test(arguments: [("  # Nyt", "\\# Nyt"), ("\t- liste", "\\- liste"), (" 1. maj", "1\\. maj"), ("     kode ", "kode"),
                      ("\u{A0}\u{A0}+ plus", "\\+ plus")])
    func whiteSpaceBeforeAMarkerIsNoIndent(written: String, escaped: String) {
        #expect(MeetingAgendaMarkdown.escaped(written) == escaped)
        let html = MarkdownRenderer().render(MarkdownSource(text: "- " + MeetingAgendaMarkdown.escaped(written), displayPath: "a.md",
                                                            firstLine: 1, contentPath: "a.md")).html
        let text = written.trimmingCharacters(in: .whitespaces)
        #expect(html == "<ul>\n<li>" + text + "</li>\n</ul>\n", "\(html)")
    }

    /// A unit hub.yml gives a metric is text in the agenda as its label is: no emphasis, no HTML.
    @Test func aMetricsUnitShowsAsWritten() throws {
        let agenda = try Self.agenda(balance: BalanceTests.balance + "metrics:\n  clicks: { label: Klik, unit: \"*kr* <b>\" }\n")
        #expect(agenda.contains("- Klik: 40\u{A0}\\*kr\\* \\<b\\> in Q4 2026; target 60\u{A0}\\*kr\\* \\<b\\>, 20\u{A0}\\*kr\\* \\<b\\> to go\n"),
                "\(agenda)")
        let html = MarkdownRenderer().render(MarkdownSource(text: agenda, displayPath: "agenda.md", firstLine: 1, contentPath: "agenda.md")).html
        #expect(html.contains("<li>Klik: 40\u{A0}*kr* &lt;b&gt; in Q4 2026"), "\(html)")
        #expect(!html.contains("<em>") && !html.contains("raw HTML"), "\(html)")
    }

    /// Texts as written and escaped: markup characters anywhere, list and heading markers at the start only.
    static let escapes: [(written: String, escaped: String)] = [
        ("a*b_c[d]e|f", "a\\*b\\_c\\[d\\]e\\|f"), ("1. maj", "1\\. maj"), ("2026) i år", "2026\\) i år"), ("Uge 1. gang", "Uge 1. gang"),
        ("# Nyt", "\\# Nyt"), ("- liste", "\\- liste"), ("+ plus", "\\+ plus"), ("Q&A", "Q&A"), ("&copy; 2026", "\\&copy; 2026"),
        ("<b>fed</b> `kode` ~streg~ \\", "\\<b\\>fed\\</b\\> \\`kode\\` \\~streg\\~ \\\\"), ("to\nlinjer", "to linjer"),
    ]

    @Test(arguments: escapes)
    func escapingKeepsTextAsWrittenAndReadable(written: String, escaped: String) {
        #expect(MeetingAgendaMarkdown.escaped(written) == escaped)
        let html = MarkdownRenderer().render(MarkdownSource(text: "- " + MeetingAgendaMarkdown.escaped(written), displayPath: "a.md",
                                                            firstLine: 1, contentPath: "a.md")).html
        let text = written.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "&", with: "&amp;")
            .replacingOccurrences(of: "<", with: "&lt;").replacingOccurrences(of: ">", with: "&gt;")
        #expect(html == "<ul>\n<li>" + text + "</li>\n</ul>\n", "\(html)")
    }
}
