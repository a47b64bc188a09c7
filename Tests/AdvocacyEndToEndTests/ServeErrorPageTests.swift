import Foundation
import Testing
import AdvocacyTestSupport

/// `advocacy serve` started on content with errors: there is no site yet, so every page is a page
/// listing the errors in the hub's language, which turns into the site once the content is fixed.
extension ServeTests {
    /// What the preview says about a hub with two broken links, in one language.
    struct NoSiteTexts {
        let language: String
        let terminal: String
        let title: String
        let heading: String
        /// The two errors' texts after the file:line:column, HTML-escaped as the page writes them.
        let errors: [String]
        let built: String
    }

    @Test func startedOnADanishHubWithErrorsEveryPageListsThemInDanishUntilTheyAreFixed() async throws {
        try await expectErrorPageUntilFixed(NoSiteTexts(
            language: "da",
            terminal: "ikke bygget: indholdet har fejl, så der er intet site at vise endnu; siden viser fejlene og viser sitet, så snart de er rettet",
            title: "Ikke bygget: indholdet har fejl",
            heading: "Indholdet har fejl, så der er intet site at vise endnu. Siden her viser sitet, så snart fejlene er rettet.",
            errors: ["fejl: linket &#39;findes-ikke.md&#39; peger på &#39;guidelines/findes-ikke.md&#39;, som ikke findes",
                     "fejl: linket &#39;a&amp;b.md&#39; peger på &#39;guidelines/a&amp;b.md&#39;, som ikke findes"],
            built: "byggede "))
    }

    @Test func startedOnAnEnglishHubWithErrorsEveryPageListsThemInEnglishUntilTheyAreFixed() async throws {
        try await expectErrorPageUntilFixed(NoSiteTexts(
            language: "en",
            terminal: "not built: the content has errors, so there is no site to show yet; the page lists them and shows the site as soon as they are fixed",
            title: "Not built: the content has errors",
            heading: "The content has errors, so there is no site to show yet. This page shows the site as soon as they are fixed.",
            errors: ["error: the link &#39;findes-ikke.md&#39; points at &#39;guidelines/findes-ikke.md&#39;, which does not exist",
                     "error: the link &#39;a&amp;b.md&#39; points at &#39;guidelines/a&amp;b.md&#39;, which does not exist"],
            built: "built "))
    }

    /// Serves a copy of the valid hub in `texts.language` (its `language:`, no `--lang`, and `LC_ALL`
    /// and `LANG` saying the other language) with a broken link in two guidelines; checks the error page on
    /// every path, then fixes both files and checks that the site is served.
    func expectErrorPageUntilFixed(_ texts: NoSiteTexts) async throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let hub = content + "/hub.yml"
        try String(contentsOfFile: hub, encoding: .utf8).replacingOccurrences(of: "language: da", with: "language: \(texts.language)")
            .write(toFile: hub, atomically: true, encoding: .utf8)
        let kritik = content + "/guidelines/kritik.md", politik = content + "/guidelines/politik.md"
        let originals = try [kritik, politik].map { try String(contentsOfFile: $0, encoding: .utf8) }
        try (originals[0] + "\n[brudt](findes-ikke.md)\n").write(toFile: kritik, atomically: true, encoding: .utf8)
        try (originals[1] + "\n[x](a&b.md)\n").write(toFile: politik, atomically: true, encoding: .utf8)
        #expect(try String(contentsOfFile: kritik, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)[8] == "[brudt](findes-ikke.md)")
        #expect(try String(contentsOfFile: politik, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)[28] == "[x](a&b.md)")

        let other = texts.language == "da" ? "en_US.UTF-8" : "da_DK.UTF-8"
        let preview = try PreviewProcess(["--content", content], language: nil, environment: ["LC_ALL": other, "LANG": other])
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent, preview.temporary) }
        defer { _ = preview.stop() }
        #expect(preview.printed.hasPrefix(texts.terminal + " ["), "\(preview.printed)")
        #expect(!preview.printed.contains("last good") && !preview.printed.contains("sidste gode"))

        let box = ([texts.heading, "", "\(kritik):9:1: \(texts.errors[0])", "\(politik):29:1: \(texts.errors[1])"]).joined(separator: "\n")
        for path in ["", "guidelines/kritik/", "findes/ikke/", "assets/style.css"] {
            let (status, page) = try await fetch(preview.address + path)
            #expect(status == 503, "\(path)")
            #expect(page.hasPrefix("<!doctype html>\n<html lang=\"\(texts.language)\">\n"), "\(path)")
            #expect(page.contains("<title>\(texts.title)</title>"), "\(path)")
            #expect(page.contains("<div id=\"advocacy-preview-errors\" role=\"alert\" style=\"") && page.contains("\">\(box)</div>"),
                    "\(path): \(page)")
            // The live-reload script, from the preview itself, with the version the page shows.
            #expect(page.contains("<script src=\"/__advocacy/live.js\" data-version=\"1\" defer></script>"), "\(path)")
            #expect(page.components(separatedBy: "<script").count == 2 && !page.contains("http"), "no other script, no other host")
        }
        let (_, script) = try await fetch(preview.address + "__advocacy/live.js")
        #expect(script.contains("document.getElementById(\"advocacy-preview-errors\")"), "the script keeps the page's box up to date")
        #expect(script.contains("if (seen !== null && s.version !== seen && !s.errors.length) { window.location.reload(); return; }"))
        let (_, status) = try await fetch(preview.address + "__advocacy/status")
        #expect(status.hasPrefix("{\"version\":1,\"errors\":[") && status.hasSuffix(",\"heading\":\"\(texts.heading)\"}"), "\(status)")

        try originals[0].write(toFile: kritik, atomically: true, encoding: .utf8)
        try originals[1].write(toFile: politik, atomically: true, encoding: .utf8)
        #expect(try await eventually(preview.address + "guidelines/kritik/") { $0.contains("Kommunikation svarer inden for en arbejdsdag.") })
        let (siteStatus, home) = try await fetch(preview.address)
        #expect(siteStatus == 200 && home.contains("Testhubben"))
        let (_, fixed) = try await fetch(preview.address + "__advocacy/status")
        #expect(fixed.contains("\"errors\":[]") && !fixed.hasPrefix("{\"version\":1,"), "the open error page reloads: \(fixed)")
        #expect(preview.printedLater { $0.contains(texts.built) }.contains(texts.built), "the terminal says the site was built")
    }

    @Test func aChangeWithErrorsAfterAGoodSiteSaysTheLastGoodSiteIsStillShown() async throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let preview = try PreviewProcess(["--content", content])
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent, preview.temporary) }
        defer { _ = preview.stop() }
        let file = content + "/guidelines/kritik.md"
        try (String(contentsOfFile: file, encoding: .utf8) + "\n[brudt](findes-ikke.md)\n").write(toFile: file, atomically: true, encoding: .utf8)
        let line = "not rebuilt: the content has errors; still serving the last good site ["
        #expect(preview.printedLater { $0.contains(line) }.contains(line))
        let (status, page) = try await fetch(preview.address + "guidelines/kritik/")
        #expect(status == 200 && page.contains("Kommunikation svarer inden for en arbejdsdag."))
        #expect(try await fetch(preview.address + "__advocacy/status").1.hasSuffix(",\"heading\":\"The last change has errors; this is the last good build.\"}"))
    }
}

extension ServeTests {
    @Test func aContentFolderGoneBeforeAnyGoodBuildClaimsNoLastGoodSite() async throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let file = content + "/guidelines/kritik.md"
        try (String(contentsOfFile: file, encoding: .utf8) + "\n[brudt](findes-ikke.md)\n").write(toFile: file, atomically: true, encoding: .utf8)
        let preview = try PreviewProcess(["--content", content], language: "da")
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent, preview.temporary) }
        defer { _ = preview.stop() }
        #expect(rename(content, content + ".væk") == 0)
        let gone = "indholdsmappen '\(content)' er flyttet eller slettet; bygger, så snart mappen '\(content)' findes igen"
        #expect(preview.printedLater { $0.contains(gone + "\n") }.contains(gone + "\n"))
        let (status, page) = try await fetch(preview.address)
        #expect(status == 503 && page.contains("\n\n" + gone.replacingOccurrences(of: "'", with: "&#39;") + "</div>"), "\(page)")
    }
}
