import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyBuild
@testable import AdvocacyCore
@testable import AdvocacyLoad
@testable import AdvocacyOutput
@testable import AdvocacyPublish
@testable import AdvocacySite

/// Builds the valid fixture hub end to end and looks at the pages a colleague would open.
@Suite struct SiteBuildTests {
    static let now = "2026-12-10T09:00"

    @Test func writesEveryPageOfTheOutputContract() throws {
        let site = try BuiltSite(now: Self.now)
        #expect(!site.report.hasErrors, "\(site.report.diagnostics)")
        for path in ["index.html", "share/index.html", "share/aarhus-kontor/index.html", "share/archive/index.html",
                     "share/webinar/index.html", "disciplines/index.html", "disciplines/social-selling/index.html",
                     "guidelines/index.html", "guidelines/politik/index.html", "stories/index.html",
                     "stories/foerste-kunde/index.html", "readiness/index.html", "om-hubben/index.html",
                     "search/index.html", "search-index.json", "feed.xml", "queue.ics", "sitemap.xml",
                     "assets/style.css", "assets/hub.js", "media/logo.svg", "media/aarhus.svg"] {
            #expect(site.exists(path), "\(path) is missing")
        }
    }

    /// The menu links only to pages the site has: without readiness.yml there is no readiness page
    /// and no link to it.
    @Test func theMenuHasNoLinkToAReadinessPageThatIsNotThere() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        try FileManager.default.removeItem(atPath: content + "/readiness.yml")
        let site = try BuiltSite(content: content, now: Self.now)
        #expect(!site.exists("readiness/index.html"))
        #expect(!site.file("index.html").contains("/readiness/"))
        #expect(try BuiltSite(now: Self.now).file("index.html").contains("href=\"/hub/readiness/\""), "with readiness.yml it is there")
    }

    @Test func shareCardsShowEscapedTextsWithTaggedLinks() throws {
        let page = try BuiltSite(now: Self.now).file("share/aarhus-kontor/index.html")
        #expect(page.contains("Vi har fået nyt kontor i Aarhus &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; mere.\n#karriere"))
        #expect(!page.contains("<script>alert"))
        #expect(page.contains("data-discipline=\"employer-branding\" data-platform=\"linkedin\""))
        #expect(page.contains("https://www.nordvik.dk/nyheder/aarhus?utm_source=linkedin&amp;utm_medium=employee-advocacy&amp;utm_campaign=aarhus-kontor&amp;utm_content=employer-branding"))
        #expect(page.contains("<code data-share-url>https://www.nordvik.dk/nyheder/aarhus?utm_source=x&amp;utm_medium=employee-advocacy&amp;utm_campaign=aarhus-kontor&amp;utm_content=social-selling</code>"))
        #expect(page.contains("href=\"https://x.com/intent/post?text=&amp;url=https%3A%2F%2Fwww.nordvik.dk%2Fnyheder%2Faarhus%3Futm_source%3Dx%26utm_medium%3Demployee-advocacy%26utm_campaign%3Daarhus-kontor%26utm_content%3Dsocial-selling\" data-composer"),
                "the composer link carries the card's tagged link, so it works before the script puts the (edited) text in")
        #expect(page.components(separatedBy: "utm_campaign=aarhus-kontor").count - 1 == 2,
                "each of the two cards shows its tagged link once")
        #expect(page.contains("<meter max=\"280\" value=\"51\">"), "X: 25 characters + 2 for the emoji + a space + 23 for the link")
        #expect(page.contains("Baggrund for kolleger: <!-- raw HTML omitted -->fed<!-- raw HTML omitted --> &amp; &quot;citat&quot;."))
    }

    @Test func linksBetweenContentFilesPointAtTheirPagesUnderTheBaseURL() throws {
        let page = try BuiltSite(now: Self.now).file("guidelines/politik/index.html")
        #expect(page.contains("href=\"/hub/guidelines/kritik/#hvem-svarer\""))
        #expect(page.contains("href=\"/hub/share/aarhus-kontor/\""))
        #expect(page.contains("href=\"/hub/stories/foerste-kunde/\""))
        #expect(page.contains("src=\"/hub/media/logo.svg\""))
        #expect(page.contains("<h2 id=\"hvorfor-vi-er-her\">") && page.contains("<h2 id=\"hvorfor-vi-er-her-1\">"))
        #expect(page.contains("<del>overstregning</del>"))
        #expect(page.contains("<a href=\"http://www.nordvik.dk\">www.nordvik.dk</a>"))
        #expect(page.contains("class=\"footnotes\""))
        #expect(page.contains("<table>"))
        #expect(page.contains("<a href=\"\">farlig</a>"))
        #expect(!page.contains("<script>alert(1)"))
    }

    @Test func everyRootRelativeURLStartsWithTheBaseURL() throws {
        let site = try BuiltSite(now: Self.now)
        let pattern = try NSRegularExpression(pattern: "(?:href|src|action|data-search-index)=\"(/[^\"]*)\"")
        for path in site.files where path.hasSuffix(".html") {
            let html = site.file(path)
            for match in pattern.matches(in: html, range: NSRange(html.startIndex..., in: html)) {
                let url = String(html[Range(match.range(at: 1), in: html)!])
                #expect(url.hasPrefix("/hub/"), "\(path): \(url)")
            }
        }
    }

    @Test func baseURLFlagOverridesHubYml() throws {
        let site = try BuiltSite(now: Self.now, baseURL: "/andet/sted")
        #expect(site.file("index.html").contains("href=\"/andet/sted/assets/style.css\""))
    }

    @Test func nothingInTheSiteCallsAnotherHost() throws {
        let site = try BuiltSite(now: Self.now)
        let pattern = try NSRegularExpression(pattern: "<(?:script|link|img|iframe|source)[^>]+(?:src|href)=\"(?:https?:)?//")
        for path in site.files where path.hasSuffix(".html") {
            let html = site.file(path)
            #expect(pattern.firstMatch(in: html, range: NSRange(html.startIndex..., in: html)) == nil, "\(path)")
            // The digest email is styled inline, as mail clients ask, and is read outside the site.
            if path != "digest/email.html" { #expect(html.contains("Content-Security-Policy"), "\(path)") }
        }
        let css = site.file("assets/style.css")
        #expect(!css.contains("@import") && !css.contains("url(http"))
    }

    @Test func theSiteSpeaksTheHubsLanguage() throws {
        let danish = try BuiltSite(now: Self.now)
        #expect(danish.file("index.html").contains("<html lang=\"da\">"))
        #expect(danish.file("share/aarhus-kontor/index.html").contains("tirsdag 1. december 2026 kl. 08:00"))
        let content = TestPaths.copy(TestPaths.validHub)
        let hubYml = try String(contentsOfFile: content + "/hub.yml", encoding: .utf8)
        try hubYml.replacingOccurrences(of: "language: da", with: "language: en")
            .write(toFile: content + "/hub.yml", atomically: true, encoding: .utf8)
        let english = try BuiltSite(content: content, now: Self.now)
        #expect(english.file("index.html").contains("<html lang=\"en\">"))
        #expect(english.file("index.html").contains("Share now"))
        #expect(english.file("share/aarhus-kontor/index.html").contains("Tuesday 1 December 2026, 08:00"))
    }

    @Test func twoBuildsWithTheSameInputsAreByteIdentical() throws {
        let first = try BuiltSite(now: Self.now), second = try BuiltSite(now: Self.now)
        #expect(first.files == second.files)
        for path in first.files {
            let a = FileManager.default.contents(atPath: first.output + "/" + path)
            let b = FileManager.default.contents(atPath: second.output + "/" + path)
            #expect(a == b, "\(path) differs")
        }
    }

    @Test func readinessPageHasOneRadioGroupPerParameter() throws {
        let page = try BuiltSite(now: Self.now).file("readiness/index.html")
        #expect(page.components(separatedBy: "<fieldset class=\"parameter\"").count - 1 == 3)
        #expect(page.components(separatedBy: "type=\"radio\" name=\"p1-kommunikationspolitik\"").count - 1 == 5)
        #expect(page.contains("<legend>Data/måling</legend>"))
        #expect(page.contains("<label for=\"p3-data-maaling-4\"><strong>Alle</strong> <span>c5</span></label>"))
    }
}
