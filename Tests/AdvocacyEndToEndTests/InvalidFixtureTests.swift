import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// One hub under Tests/Fixtures/invalid/ with exactly one mistake, and what `advocacy check` must say about it.
struct InvalidFixture: Sendable, CustomTestStringConvertible {
    /// The fixture's folder name.
    let name: String
    /// Every diagnostic line, with the path relative to the content folder; `{hub}` stands for the
    /// content folder as given on the command line (for messages that name another file).
    let diagnostics: [String]
    /// The fixture holds a broken template in `site-templates/`; the test lays it over a copy of the
    /// default theme and passes that with `--templates`.
    var ownTemplates = false
    /// The test adds `share/outside.md`, a symbolic link to /etc/hostname, to a temporary copy
    /// (git would store the link itself, so it is not committed).
    var linkOutside = false
    /// Files the test adds to a temporary copy, by path, for names a checkout should not hold (a newline).
    var created: [String: String] = [:]
    /// Named pipes the test makes in a temporary copy, by path (git cannot store them).
    var pipes: [String] = []
    /// Symbolic links to themselves the test makes in a temporary copy, by path.
    var loops: [String] = []

    var testDescription: String { name }

    /// 1 when any diagnostic is an error, 0 when there are only warnings.
    var exitCode: Int32 { diagnostics.contains { $0.contains(": error: ") } ? 1 : 0 }
}

@Suite("advocacy check on the invalid fixtures")
struct InvalidFixtureTests {
    static let now = "2026-12-10T09:00"
    static let forbidden = "'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 5); remove it from published text"

    static let fixtures: [InvalidFixture] = [
        .init(name: "yaml-syntax", diagnostics: [
            "share/aarhus.md:2:14: error: the value of 'title' holds ': ', which YAML reads as the start of another key; put the value in quotes: title: \"Aarhus: nyt kontor\""]),
        .init(name: "hub-yaml-syntax", diagnostics: [
            "hub.yml:4:13: error: the quote opened here is never closed: end the value with the same quote mark"]),
        .init(name: "unclosed-front-matter", diagnostics: [
            "share/aarhus.md:1:1: error: the front matter opened with '---' is never closed with a '---' line"]),
        .init(name: "missing-title", diagnostics: [
            "share/aarhus.md:2:1: error: missing required key 'title'"]),
        .init(name: "wrong-type", diagnostics: [
            "share/aarhus.md:7:12: error: 'sponsored' must be true or false"]),
        .init(name: "wrong-type-list", diagnostics: [
            "share/aarhus.md:4:14: error: 'disciplines' must be a list, such as [a, b]"]),
        .init(name: "unknown-key", diagnostics: [
            "stories/foerste-kunde.md:4:1: error: unknown key 'disciplne'; did you mean 'disciplines'? As written, it would not be shown with its disciplines"]),
        .init(name: "bad-date", diagnostics: [
            "share/aarhus.md:5:10: error: 'publish' is not a date: '2026-12-32'; write 2026-12-01, 2026-12-01T08:00 or 2026-12-01T08:00:00+01:00"]),
        .init(name: "expires-before-publish", diagnostics: [
            "share/aarhus.md:6:10: error: 'expires' is not after 'publish'; the item would never be in the queue"]),
        .init(name: "bad-best-time", diagnostics: [
            "share/aarhus.md:7:12: error: 'best-time' must be a window such as \"07:30-08:45\""]),
        .init(name: "unknown-discipline", diagnostics: [
            "share/aarhus.md:4:31: error: unknown discipline 'sales'; known: employer-branding, social-selling"]),
        .init(name: "share-text-unlisted-discipline", diagnostics: [
            "share/aarhus.md:14:1: error: the share text is for 'employer-branding', which the item does not list in 'disciplines'"]),
        .init(name: "listed-discipline-without-share-text", diagnostics: [
            "share/aarhus.md:4:31: error: no share text for 'employer-branding'; add a ```share employer-branding block to the body"]),
        .init(name: "unknown-platform", diagnostics: [
            "share/aarhus.md:10:1: error: unknown platform 'tiktok'; known: linkedin, x, facebook, instagram"]),
        .init(name: "over-limit", diagnostics: [
            "share/aarhus.md:10:1: error: the X text is 320 characters with the link; the limit is 280"]),
        .init(name: "sponsored-without-disclosure", diagnostics: [
            "share/aarhus.md:11:1: error: the item is sponsored, so its share text must contain '#reklame' (advertising must be marked)"]),
        .init(name: "forbidden-term", diagnostics: ["share/aarhus.md:12:38: error: " + forbidden]),
        .init(name: "forbidden-term-title", diagnostics: ["share/aarhus.md:2:8: error: " + forbidden]),
        .init(name: "forbidden-term-summary", diagnostics: ["share/aarhus.md:3:10: error: " + forbidden]),
        .init(name: "broken-link", diagnostics: [
            "share/aarhus.md:8:28: error: the link '../guidelines/politik.md' points at 'guidelines/politik.md', which does not exist"]),
        .init(name: "link-to-draft", diagnostics: [
            "share/aarhus.md:8:28: error: the link '../guidelines/politik.md' points at a draft; it would be a dead link in the site"]),
        .init(name: "link-to-embargoed", diagnostics: [
            "share/aarhus.md:8:32: error: the link 'lancering.md' points at an item embargoed until 2027-01-10 08:00; it would be a dead link in the site"]),
        .init(name: "missing-media", diagnostics: [
            "share/aarhus.md:4:8: error: 'media/nope.svg' does not exist in the content folder"]),
        .init(name: "duplicate-slug", diagnostics: [
            "share/odense.md:3:7: error: the slug 'nyt-kontor' is also used by {hub}/share/aarhus.md; two share items cannot share a URL: rename one or set 'slug'"]),
        .init(name: "bad-language", diagnostics: [
            "hub.yml:2:11: error: unknown language 'fr'; known: da, en"]),
        .init(name: "bad-timezone", diagnostics: [
            "hub.yml:3:11: error: unknown time zone 'Europe/Copenhagn'; use an IANA name such as Europe/Copenhagen"]),
        .init(name: "bad-base-url", diagnostics: [
            "hub.yml:6:11: error: malformed base-url 'hub dir'; write a path such as / or /advocacy/"]),
        .init(name: "readiness-level-count", diagnostics: [
            "readiness.yml:8:9: error: 'Engagement' has 4 level descriptions; write exactly one per level (5: Ingen, Autonom, Eksperter, Ambassadører, Alle)"]),
        .init(name: "template-syntax", diagnostics: [
            "site-templates/layouts/story.mustache:10:4: error: template syntax error: a section is closed with another name than it was opened with"],
              ownTemplates: true),
        .init(name: "missing-partial", diagnostics: [
            "site-templates/layouts/discipline.mustache:21:11: error: the template names the partial 'share-kort', which does not exist; templates are named by their file name without .mustache, such as share-card"],
              ownTemplates: true),
        .init(name: "template-cycle", diagnostics: [
            "site-templates/partials/footer.mustache:3:1: error: 'footer' includes 'footer' again, so the page would never end; remove this tag or name another template"],
              ownTemplates: true),
        .init(name: "invalid-utf8", diagnostics: [
            "share/aarhus.md:8:23: error: the file is not valid UTF-8 from here on (it was saved in another encoding); save it as UTF-8"]),
        .init(name: "no-front-matter", diagnostics: [
            "share/aarhus.md:1:1: error: missing front matter: start the file with a '---' line, then 'title: …', then '---'"]),
        .init(name: "empty-file", diagnostics: [
            "share/odense.md:1:1: error: missing front matter: start the file with a '---' line, then 'title: …', then '---'"]),
        .init(name: "symlink-outside", diagnostics: [
            "share/outside.md:1:1: error: 'share/outside.md' leads outside the content folder; it is not read"],
              linkOutside: true),
        .init(name: "media-fifo", diagnostics: [
            "media/pipe.svg:1:1: error: 'media/pipe.svg' is a named pipe, device or socket, not a file; a site can only hold files: "
                + "remove it from the content folder, or put the file itself there",
            "readiness.yml:1:1: error: this is a named pipe, device or socket, not a file; a site can only hold files: "
                + "remove it from the content folder, or put the file itself there",
            "share/pipe.md:1:1: error: 'share/pipe.md' is a named pipe, device or socket, not a file; a site can only hold files: "
                + "remove it from the content folder, or put the file itself there"],
              pipes: ["media/pipe.svg", "readiness.yml", "share/pipe.md"]),
        .init(name: "link-loop", diagnostics: [
            "media/loop.svg:1:1: error: 'media/loop.svg' is a symbolic link that leads round in a loop; it is left out: "
                + "point it at a file or folder, or remove it",
            "share/loop.md:1:1: error: 'share/loop.md' is a symbolic link that leads round in a loop; it is left out: "
                + "point it at a file or folder, or remove it"],
              loops: ["media/loop.svg", "share/loop.md"]),
        .init(name: "non-markdown-file", diagnostics: [
            "share/notes.txt:1:1: warning: ignored: not a Markdown file (only .md files in share/ are read)"]),
        .init(name: "forbidden-term-hub-title", diagnostics: ["hub.yml:1:8: error: " + forbidden]),
        .init(name: "forbidden-term-file-name", diagnostics: [
            "share/projekt-nordlys.md:1:1: error: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 5) in the file name, "
                + "which becomes part of a web address; rename the file"]),
        .init(name: "discipline-file-name", diagnostics: [
            "disciplines/q?x=1#frag.md:1:1: error: the file name 'q?x=1#frag.md' is the discipline's id, used in web addresses and "
                + "share blocks: use only lowercase letters a–z, digits and single hyphens between them; rename the file to q-x-1-frag.md"]),
        .init(name: "bad-year", diagnostics: [
            "share/aarhus.md:5:10: error: 'publish' is '0000-01-01', a year before 1900; write a year from 1900 to 9999, such as 2026-12-01"]),
        .init(name: "daylight-saving-gap", diagnostics: [
            "share/aarhus.md:5:10: error: 'publish' is a time that does not exist in Europe/Copenhagen: on 2027-03-28 the clocks go "
                + "from 02:00 straight to 03:00; write 2027-03-28T03:00 instead"]),
        .init(name: "backslash-link", diagnostics: [
            "share/aarhus.md:3:7: error: 'link' has a backslash (\\) before its path: browsers would open another site than the one "
                + "it seems to name; remove the backslash"]),
        .init(name: "backslash-link-in-text", diagnostics: [
            "share/aarhus.md:8:27: error: the link 'https://evil.com\\@good.dk/' has a backslash (\\) before its path: browsers would "
                + "open another site than the one it seems to name; remove the backslash"]),
        .init(name: "file-name-newline", diagnostics: [
            "share/ny\\nlinje.md:1:1: error: missing front matter: start the file with a '---' line, then 'title: …', then '---'"],
              created: ["share/ny\nlinje.md": "Ingen front matter.\n"]),
        .init(name: "name-joins-slash", diagnostics: [
            "share/\u{301}aarhus.md:1:1: error: 'share/\u{301}aarhus.md' is skipped: its name starts or ends with U+0301, a character that joins the / beside it (such as an accent on its own, which may not show), so the hub cannot tell which folder it is in; rename it, such as to 'aarhus.md'"],
              created: ["share/\u{301}aarhus.md": "Ingen front matter.\n"]),
        .init(name: "share-fence-unclosed", diagnostics: [
            "share/aarhus.md:10:1: error: the share block opened on line 10 is never closed: add a line with ``` after its text"]),
        .init(name: "share-fence-unclosed-middle", diagnostics: [
            "share/aarhus.md:10:1: error: the share block opened on line 10 is not closed before line 13 opens another block: add a line with ``` after its text"]),
        .init(name: "vertical-tab", diagnostics: [
            "share/aarhus.md:8:13: warning: a vertical tab (U+000B), as Word writes for a line break, is replaced by a space: web pages and feeds cannot hold it; delete it or type a normal line break"]),
        .init(name: "nul-in-link", diagnostics: [
            "share/aarhus.md:8:61: error: the file holds a NUL character (U+0000) here; delete it (a file full of them was saved as UTF-16: save it as UTF-8)"]),
        .init(name: "lone-carriage-return", diagnostics: [
            "share/aarhus.md:8:23: error: a carriage return without a line feed (U+000D) here; delete it, or save the file with normal line ends (LF or CRLF)"]),
        .init(name: "yaml-escape-control", diagnostics: [
            "share/aarhus.md:3:10: error: 'summary' holds an invisible control character (U+0001) written as a YAML escape; delete it"]),
        .init(name: "yaml-escape-key", diagnostics: [
            "hub.yml:6:1: error: a key holds a vertical tab (U+000B) written as a YAML escape; delete it"]),
        .init(name: "character-reference-control", diagnostics: [
            "share/aarhus.md:8:22: error: the character reference '&#11;' stands for a vertical tab (U+000B), which web pages and feeds cannot hold; delete it"]),
        .init(name: "table-too-wide", diagnostics: [
            "share/aarhus.md:14:1: error: the table has 101 columns; a table can have at most 100: split it into narrower tables"]),
        .init(name: "table-row-too-many-bars", diagnostics: [
            "share/aarhus.md:16:1: error: the table row has 241 '|'; a row can have at most 200: split the table into narrower ones, or write a '|' that is no column border as '&#124;'"]),
        .init(name: "table-too-many-cells", diagnostics: [
            "share/aarhus.md:16:1: error: the tables of this file have more than 200,000 cells (columns × rows); make them smaller or spread them over several files"]),
        .init(name: "too-many-share-blocks", diagnostics: [
            "share/aarhus.md:410:1: error: the file has 101 share blocks; a file can have at most 100: spread the texts over several items"]),
        .init(name: "too-many-angle-brackets", diagnostics: [
            "share/aarhus.md:14:1: error: more than 5,000 '<' up to here without a blank line between them; put blank lines between paragraphs, or write '&lt;' for a '<' that starts no HTML"]),
        .init(name: "too-many-brackets", diagnostics: [
            "share/aarhus.md:14:1: error: more than 5,000 '[' up to here without a blank line between them; put blank lines between paragraphs, or write '&#91;' for a '[' that opens no link"]),
        .init(name: "nesting-too-deep", diagnostics: [
            "share/aarhus.md:14:1: error: quotes and lists are nested 51 levels deep here; at most 50 are allowed: remove some of the '>', '-' or '1.' at the start of the line, or indent it less"]),
        .init(name: "disclosure-inside-word", diagnostics: [
            "share/aarhus.md:11:1: error: the item is sponsored, and '#reklamefri' is not the disclosure '#reklame'; write '#reklame' as a word of its own (advertising must be marked)"]),
        .init(name: "share-discipline-typo", diagnostics: [
            "share/aarhus.md:10:1: error: unknown discipline 'socail-selling' in the share block; known: social-selling; did you mean 'social-selling'?"]),
        .init(name: "platform-twitter", diagnostics: [
            "share/aarhus.md:10:1: error: 'twitter' is now 'x'; write ```share social-selling x"]),
        .init(name: "platform-typo", diagnostics: [
            "share/aarhus.md:10:1: error: unknown platform 'linkdin'; known: linkedin, x, facebook, instagram; did you mean 'linkedin'?"]),
        .init(name: "new-placeholders", diagnostics: [
            "share/aarhus.md:4:7: error: 'https://www.example.dk/' is the example link `advocacy new` wrote; write the address of the page colleagues share",
            "share/aarhus.md:11:1: error: 'Baggrund for kolleger: hvorfor historien er vigtig, talepunkter, og hvem man kan spørge.' is the placeholder "
                + "`advocacy new` wrote; write the background colleagues need: why the story matters, talking points and whom to ask",
            "share/aarhus.md:14:1: error: 'Skriv teksten her.' is the placeholder `advocacy new` wrote; write the text colleagues can post"]),
        .init(name: "empty-summary-person-role", diagnostics: [
            "share/aarhus.md:3:1: warning: 'summary' is empty; write a sentence or two on what the item is about (the queue shows it under the title)",
            "stories/foerste-kunde.md:5:1: warning: 'person' is empty; write the name of the colleague the story is about",
            "stories/foerste-kunde.md:6:1: warning: 'role' is empty; write the colleague's role, such as Consultant"]),
        .init(name: "media-other-capitals", diagnostics: [
            "share/aarhus.md:4:8: error: the image is 'media/aalborg-kontor.svg', but the file is named 'Aalborg-Kontor.svg'; write the name with the same capitals",
            "share/aarhus.md:9:4: error: the link '../media/aalborg-kontor.svg' points at 'media/aalborg-kontor.svg', but the file is named 'Aalborg-Kontor.svg'; write the name with the same capitals"]),
        .init(name: "yaml-tab-indent", diagnostics: [
            "share/aarhus.md:5:1: error: a tab indents this line, and YAML indents with spaces only: replace the tab with spaces"]),
        .init(name: "yaml-missing-space", diagnostics: [
            "share/aarhus.md:3:6: error: a space is missing after ':'; write 'link: https://www.nordvik.dk/aarhus'"]),
        .init(name: "yaml-list-without-brackets", diagnostics: [
            "share/aarhus.md:4:14: error: 'disciplines' must be a list: write it in square brackets, [social-selling, employer-branding]"]),
        .init(name: "yaml-unclosed-bracket", diagnostics: [
            "share/aarhus.md:4:14: error: the list opened here with [ is never closed: end it with ], as in [a, b]"]),
        .init(name: "yaml-curly-quotes", diagnostics: [
            "share/aarhus.md:7:12: error: 'best-time' is in curly quotes (“…”), which YAML keeps as part of the value; write straight quotes or none: best-time: \"07:30-08:45\""]),
        .init(name: "yaml-duplicate-key", diagnostics: [
            "share/aarhus.md:3:1: error: the key 'link' is written twice; keep one"]),
        .init(name: "yaml-list-without-space", diagnostics: [
            "share/aarhus.md:5:3: error: a space is missing after '-', so YAML reads '-social-selling' as text, not as a list item; write '- social-selling'"]),
        .init(name: "link-without-md", diagnostics: [
            "share/aarhus.md:8:28: error: the link '../guidelines/politik' leads to '/share/guidelines/politik' in the site, and the site has no page or file there; "
                + "to link to the file, write its name with .md: '../guidelines/politik.md'"]),
        .init(name: "root-link-typo", diagnostics: [
            "share/aarhus.md:8:28: error: the site has no page or file at '/guidelines/politk/'; did you mean '/guidelines/politik/'?"]),
        .init(name: "site-address-link-typo", diagnostics: [
            "share/aarhus.md:8:28: error: the link 'https://intranet.nordvik.dk/hub/guidelines/politk/' leads to '/guidelines/politk/' in the site, "
                + "and the site has no page or file there; did you mean '/guidelines/politik/'?"]),
        .init(name: "forbidden-term-media-folder", diagnostics: [
            "media/projekt-nordlys:1:1: error: 'Projekt Nordlys' is on hub.yml's forbidden-terms list (line 5) in the name of the folder "
                + "'media/projekt-nordlys', which becomes part of a web address; rename the folder"]),
        .init(name: "link-md-typo", diagnostics: [
            "share/aarhus.md:8:28: error: the link '../guidelines/politk.md#kritik' points at 'guidelines/politk.md', which does not exist; "
                + "did you mean '../guidelines/politik.md#kritik'?"]),
        .init(name: "results-per-person-column", diagnostics: [
            "results/metrics.csv:1:21: error: the column 'team' would hold figures about single people; results hold totals only: remove the column and write one total per period and metric"]),
        .init(name: "results-unknown-column", diagnostics: [
            "results/metrics.csv:1:21: error: unknown column 'notes'; the columns are period, metric, value, target, note and preliminary; did you mean 'note'?"]),
        .init(name: "results-unknown-metric", diagnostics: [
            "results/metrics.csv:3:9: error: unknown metric 'reech'; use a built-in one (applications, clicks, impressions, leads, participants, participation-rate, profile-views, reach, reactions, shares, site-visits) or declare it in hub.yml under 'metrics'; did you mean 'reach'?"]),
        .init(name: "results-bad-period", diagnostics: [
            "results/metrics.csv:2:1: error: '2026-Q5' is not a period; write a quarter such as 2026-Q4, a month such as 2026-11 or an ISO week such as 2026-W48"]),
        .init(name: "results-duplicate-row", diagnostics: [
            "results/metrics.csv:4:9: error: 'reach' for 2026-Q3 is already on line 2; keep one row per period and metric"]),
        .init(name: "results-thousands-separator", diagnostics: [
            "results/metrics.csv:2:15: error: '12.400' looks like a number with a thousands separator, but here a point is the decimal point; write 12400 without the separator"]),
        .init(name: "results-not-a-number", diagnostics: [
            "results/metrics.csv:2:15: error: '12,5' has a decimal comma; write a point before the decimals: 12.5"]),
        .init(name: "results-negative", diagnostics: [
            "results/metrics.csv:2:16: error: '-40' is below 0; a total is 0 or more"]),
        .init(name: "results-rate-over-100", diagnostics: [
            "results/metrics.csv:2:33: error: '120' is above 100, and 'participation-rate' is a percentage; write a share of 100, such as 42.5"]),
        .init(name: "results-period-after-now", diagnostics: [
            "results/metrics.csv:3:1: error: 2027-Q1 starts 2027-01-01, after now; write results only for periods that have begun"]),
        .init(name: "results-small-group", diagnostics: [
            "results/metrics.csv:2:23: warning: only 3 took part in 2026-W48, fewer than min-group (5); participants and participation-rate for 2026-W48 are not shown, so that no one can be singled out"]),
        .init(name: "results-evaluation-name", diagnostics: [
            "results/q3.md:1:1: error: 'q3.md' is not named for a period; name an evaluation after its period, such as 2026-Q4.md, 2026-11.md or 2026-W48.md"]),
        .init(name: "results-stray-quote", diagnostics: [
            "results/metrics.csv:2:21: error: a double quote inside a quoted text must be written twice (\"\"), and the text must end with a quote; metrics.csv is not read past this cell"]),
        .init(name: "share-prompt-malformed", diagnostics: [
            "share/aarhus.md:11:56: error: the prompt opened with '[[' is not closed on its line; end it with ']]', as in [[what you did on the project]]",
            "share/aarhus.md:12:12: error: the prompt is empty; write between '[[' and ']]' what colleagues should fill in, such as [[what you did on the project]]",
            "share/aarhus.md:13:10: error: a prompt cannot hold another prompt; close the first with ']]' before the next '[['",
            "share/aarhus.md:19:15: error: the prompt opened with '[[' is not closed on its line; end it with ']]', as in [[what you did on the project]]"]),
        .init(name: "share-prompt-over-limit-filled", diagnostics: [
            "share/aarhus.md:10:1: warning: with each prompt filled in with a typical sentence of 60 characters, the X text is 289 characters; the limit is 280: shorten the text or use fewer prompts"]),
        .init(name: "instagram-without-image", diagnostics: [
            "share/aarhus.md:14:1: warning: the item has an Instagram text but no JPEG or PNG image, and an Instagram post needs one; set 'image' to a .jpg or .png file in media/"]),
        .init(name: "bad-site-url", diagnostics: [
            "hub.yml:7:11: error: site-url 'intranet.nordvik.dk/hub' is not the site's web address; write the address the site is served at, starting with https:// and ending with /, such as https://intranet.example.dk/advocacy/"]),
        .init(name: "base-url-not-site-path", diagnostics: [
            "hub.yml:6:11: error: base-url '/hub/' is not the path of site-url 'https://intranet.nordvik.dk/advocacy/', so the links in the feeds and the digest would lead elsewhere; write base-url: /advocacy/, or leave base-url out and it follows site-url"]),
        .init(name: "unknown-key-publish", diagnostics: [
            "share/aarhus.md:5:1: error: unknown key 'pubish'; did you mean 'publish'? As written, the item would be published at once, without an embargo"]),
        .init(name: "unknown-key-sponsored", diagnostics: [
            "share/aarhus.md:7:1: error: unknown key 'sponsered'; did you mean 'sponsored'? As written, the item would be published without the disclosure and the advertising label"]),
        .init(name: "unknown-key-hub", diagnostics: [
            "hub.yml:5:1: error: unknown key 'forbiden-terms'; did you mean 'forbidden-terms'?",
            "hub.yml:8:55: error: unknown key 'units'; did you mean 'unit'?"]),
        .init(name: "unknown-key-readiness", diagnostics: [
            "readiness.yml:4:5: error: unknown key 'descripton'; did you mean 'description'?"]),
        .init(name: "unknown-key-discipline", diagnostics: [
            "disciplines/social-selling.md:4:1: error: unknown key 'udfordring'; did you mean 'challenge'?"]),
        .init(name: "quiz-two-right-answers", diagnostics: [
            "guidelines/selvtjek.md:10:16: error: 2 answers are marked right; a question has exactly one right answer: keep 'right: true' on it and delete the line from the others"]),
        .init(name: "quiz-answer-without-why", diagnostics: [
            "guidelines/selvtjek.md:9:9: error: the answer has no 'why:'; write one line that explains why it is right or wrong, such as \"why: The customer has not agreed to be named.\""]),
    ]

    /// Where to run the command from, and the folders to pass to it.
    struct Setup {
        let directory: String
        let content: String
        let templates: String

        init(_ fixture: InvalidFixture) throws {
            directory = TestPaths.invalidFixture(fixture.name)
            content = "invalid/" + fixture.name
            let copy = directory + "/" + content
            if fixture.linkOutside {
                try FileManager.default.createSymbolicLink(atPath: copy + "/share/outside.md", withDestinationPath: "/etc/hostname")
            }
            for (path, text) in fixture.created {
                try text.write(toFile: copy + "/" + path, atomically: true, encoding: .utf8)
            }
            for path in fixture.pipes { try #require(mkfifo(copy + "/" + path, 0o644) == 0) }
            for path in fixture.loops {
                try FileManager.default.createSymbolicLink(atPath: copy + "/" + path, withDestinationPath: (path as NSString).lastPathComponent)
            }
            if fixture.ownTemplates {
                let theme = FileManager.default.enumerator(atPath: TestPaths.theme)?.allObjects as? [String] ?? []
                for path in theme where !FileManager.default.fileExists(atPath: copy + "/site-templates/" + path) {
                    try FileManager.default.copyItem(atPath: TestPaths.theme + "/" + path, toPath: copy + "/site-templates/" + path)
                }
            }
            templates = fixture.ownTemplates ? content + "/site-templates" : TestPaths.theme
        }

        func arguments(_ command: String, _ extra: [String] = []) -> [String] {
            [command, "--content", content, "--templates", templates, "--now", InvalidFixtureTests.now] + extra
        }

        /// A diagnostic line as the command prints it.
        func line(_ relative: String) -> String {
            content + "/" + relative.replacingOccurrences(of: "{hub}", with: content)
        }
    }

    @Test("advocacy check prints exactly the expected diagnostics, in English and in Danish",
          arguments: InvalidFixtureTests.fixtures, HubLanguage.allCases)
    func check(_ fixture: InvalidFixture, in language: HubLanguage) throws {
        let setup = try Setup(fixture)
        let lines = language == .en ? fixture.diagnostics : try #require(Self.danish[fixture.name], "no Danish lines for \(fixture.name)")
        let run = try CommandRun(setup.arguments("check"), in: setup.directory, language: language.rawValue)
        #expect(run.status == fixture.exitCode, "\(run.standardError)")
        let errors = lines.filter { $0.contains(language == .en ? ": error: " : ": fejl: ") }.count
        let warnings = lines.count - errors
        let count = language == .en
            ? "\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s")"
            : "\(errors) fejl, \(warnings) advars\(warnings == 1 ? "el" : "ler")"
        let expected = lines.map(setup.line) + [count]
        let printed = run.standardError.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(printed == expected + [""])
        #expect(run.standardOutput.isEmpty)
    }

    @Test func everyFixtureHasItsDanishLinesAndNoOther() {
        let names = Set(Self.fixtures.map(\.name))
        #expect(names.subtracting(Self.danish.keys).isEmpty, "no Danish lines for \(names.subtracting(Self.danish.keys).sorted())")
        #expect(Set(Self.danish.keys).subtracting(names).isEmpty, "Danish lines for no fixture: \(Set(Self.danish.keys).subtracting(names).sorted())")
        for fixture in Self.fixtures { #expect(Self.danish[fixture.name]?.count == fixture.diagnostics.count, "\(fixture.name)") }
    }

    @Test("advocacy build leaves the previous output exactly as it was when there are errors, and builds when there are only warnings",
          arguments: InvalidFixtureTests.fixtures)
    func build(_ fixture: InvalidFixture) throws {
        let setup = try Setup(fixture)
        let parent = TestPaths.temporaryFolder("output")
        let site = parent + "/site"
        try HandMadeSite.make(site, files: ["old.txt": "the previous site\n", "sub/keep.txt": "kept as it was\n"])
        let before = try Self.snapshot(site)

        let run = try CommandRun(setup.arguments("build", ["--output", site]), in: setup.directory)
        #expect(run.status == fixture.exitCode, "\(run.standardError)")
        #expect(run.standardError.contains(setup.line(fixture.diagnostics[0]) + "\n"))
        if fixture.exitCode == 0 {
            #expect(FileManager.default.fileExists(atPath: site + "/index.html"))
            #expect(!FileManager.default.fileExists(atPath: site + "/old.txt"))
        } else {
            #expect(try Self.snapshot(site) == before)
        }
        // A replaced site is kept beside the output for the next build to write into.
        let kept = fixture.exitCode == 0 ? [".site.previous", "site"] : ["site"]
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).sorted() == kept)
        try? FileManager.default.removeItem(atPath: parent)
    }

    @Test("--format json prints an array of {file, line, column, severity, message} on standard output")
    func json() throws {
        let run = try CommandRun(["check", "--content", "invalid/bad-best-time", "--templates", TestPaths.theme,
                                  "--now", Self.now, "--format", "json"], in: TestPaths.invalidFixture("bad-best-time"))
        #expect(run.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))
        let array = try #require(parsed as? [[String: Any]])
        try #require(array.count == 1)
        let diagnostic = array[0]
        #expect(Set(diagnostic.keys) == ["file", "line", "column", "severity", "message"])
        #expect(diagnostic["file"] as? String == "invalid/bad-best-time/share/aarhus.md")
        #expect(diagnostic["line"] as? Int == 7)
        #expect(diagnostic["column"] as? Int == 12)
        #expect(diagnostic["severity"] as? String == "error")
        #expect(diagnostic["message"] as? String == "'best-time' must be a window such as \"07:30-08:45\"")
    }

    @Test("--format json prints [] for a hub without findings")
    func jsonEmpty() throws {
        let folder = TestPaths.invalidFixture("symlink-outside") + "/invalid/symlink-outside"
        let run = try CommandRun(["check", "--content", folder, "--templates", TestPaths.theme,
                                  "--now", Self.now, "--format", "json"])
        #expect(run.status == 0)
        let parsed = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))
        #expect((parsed as? [Any])?.isEmpty == true)
    }

    @Test("--format github prints workflow commands on standard output")
    func github() throws {
        let error = try CommandRun(["check", "--content", "invalid/bad-best-time", "--templates", TestPaths.theme,
                                    "--now", Self.now, "--format", "github"], in: TestPaths.invalidFixture("bad-best-time"))
        #expect(error.status == 1)
        #expect(error.standardOutput
            == "::error file=invalid/bad-best-time/share/aarhus.md,line=7,col=12::'best-time' must be a window such as \"07:30-08:45\"\n")

        let warning = try CommandRun(["check", "--content", "invalid/non-markdown-file", "--templates", TestPaths.theme,
                                      "--now", Self.now, "--format", "github"], in: TestPaths.invalidFixture("non-markdown-file"))
        #expect(warning.status == 0)
        #expect(warning.standardOutput
            == "::warning file=invalid/non-markdown-file/share/notes.txt,line=1,col=1::ignored: not a Markdown file (only .md files in share/ are read)\n")
    }

    @Test("--format gitlab prints a Code Quality report: one finding per diagnostic, a fingerprint each that no edit above it moves")
    func gitlab() throws {
        func report(_ content: String) throws -> (Int32, [[String: Any]]) {
            let run = try CommandRun(["check", "--content", content, "--templates", TestPaths.theme,
                                      "--now", Self.now, "--format", "gitlab"],
                                     in: TestPaths.invalidFixture(String(content.dropFirst("invalid/".count))))
            let parsed = try JSONSerialization.jsonObject(with: Data(run.standardOutput.utf8))
            return (run.status, try #require(parsed as? [[String: Any]]))
        }
        let (status, findings) = try report("invalid/bad-best-time")
        #expect(status == 1)
        try #require(findings.count == 1)
        let finding = findings[0]
        #expect(Set(finding.keys) == ["description", "check_name", "fingerprint", "severity", "location"])
        #expect(finding["description"] as? String == "'best-time' must be a window such as \"07:30-08:45\"")
        #expect(finding["severity"] as? String == "critical")
        let location = try #require(finding["location"] as? [String: Any])
        #expect(location["path"] as? String == "invalid/bad-best-time/share/aarhus.md")
        #expect((location["lines"] as? [String: Any])?["begin"] as? Int == 7)

        // The same mistake in a second file, then a line added above the first: two fingerprints, unchanged by the edit.
        let hub = TestPaths.invalidFixture("bad-best-time") + "/invalid/bad-best-time"
        let item = hub + "/share/aarhus.md"
        let text = try String(contentsOfFile: item, encoding: .utf8)
        try text.write(toFile: hub + "/share/aarhus-2.md", atomically: false, encoding: .utf8)
        let before = try report(hub).1.compactMap { $0["fingerprint"] as? String }
        try text.replacingOccurrences(of: "---\n", with: "---\n# a comment line\n", options: [.anchored])
            .write(toFile: item, atomically: false, encoding: .utf8)
        let moved = try report(hub).1
        let lines = moved.compactMap { (($0["location"] as? [String: Any])?["lines"] as? [String: Any])?["begin"] as? Int }
        #expect(lines.sorted() == [7, 8])
        #expect(Set(before).count == 2)
        #expect(Set(moved.compactMap { $0["fingerprint"] as? String }) == Set(before))

        let warning = try report("invalid/non-markdown-file")
        #expect(warning.0 == 0)
        #expect(warning.1.first?["severity"] as? String == "minor")
    }

    @Test("a file name with a newline stays on one diagnostic line in every format")
    func newlineInFileName() throws {
        let fixture = try #require(Self.fixtures.first { $0.name == "file-name-newline" })
        let setup = try Setup(fixture)
        let file = setup.content + "/share/ny\nlinje.md"
        let message = "missing front matter: start the file with a '---' line, then 'title: …', then '---'"
        let json = try CommandRun(setup.arguments("check", ["--format", "json"]), in: setup.directory)
        let parsed = try #require(try JSONSerialization.jsonObject(with: Data(json.standardOutput.utf8)) as? [[String: Any]])
        #expect(parsed.count == 1 && parsed.first?["file"] as? String == file && parsed.first?["message"] as? String == message)
        let github = try CommandRun(setup.arguments("check", ["--format", "github"]), in: setup.directory)
        #expect(github.standardOutput == "::error file=\(setup.content)/share/ny%0Alinje.md,line=1,col=1::\(message)\n")
    }

    @Test("bad usage exits with 2", arguments: [
        ["check", "--bogus"],
        ["check", "--content", "no-such-folder", "--templates", TestPaths.theme, "--now", InvalidFixtureTests.now],
        ["check", "--content", "invalid/bad-date", "--templates", "no-such-theme", "--now", InvalidFixtureTests.now],
        ["check", "--content", "invalid/bad-date", "--templates", TestPaths.theme, "--now", InvalidFixtureTests.now, "--format", "xml"],
        ["build", "--content", "no-such-folder", "--templates", TestPaths.theme, "--now", InvalidFixtureTests.now, "--output", "no-such-output"],
    ])
    func usage(_ arguments: [String]) throws {
        let run = try CommandRun(arguments, in: TestPaths.invalidFixture("bad-date"))
        #expect(run.status == 2, "\(run.standardError)")
        #expect(!run.standardError.isEmpty)
        if arguments.contains("no-such-folder") {
            #expect(run.standardError.contains("'no-such-folder'"))
        }
        #expect(!FileManager.default.fileExists(atPath: TestPaths.fixtures + "/no-such-output"))
    }

    /// Every file and folder under `folder` with its bytes; folders end with `/`.
    static func snapshot(_ folder: String) throws -> [String: Data] {
        var result: [String: Data] = [:]
        let manager = FileManager.default
        for case let path as String in manager.enumerator(atPath: folder)?.allObjects ?? [] {
            var isDirectory: ObjCBool = false
            guard manager.fileExists(atPath: folder + "/" + path, isDirectory: &isDirectory) else { continue }
            if isDirectory.boolValue {
                result[path + "/"] = Data()
            } else {
                result[path] = try Data(contentsOf: URL(fileURLWithPath: folder + "/" + path))
            }
        }
        return result
    }
}
