import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
import AdvocacyTestSupport

/// `advocacy serve`: starts on a free port, serves pages with the live-reload script, rebuilds when
/// a file changes, keeps serving the last good site when a change has errors, and stops.
@Suite struct ServeTests {
    func fetch(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Polls until `condition` holds for the page, for at most 15 seconds.
    func eventually(_ url: String, _ condition: (String) -> Bool) async throws -> Bool {
        for _ in 0..<75 {
            if let (_, body) = try? await fetch(url), condition(body) { return true }
            try await Task.sleep(for: .milliseconds(200))
        }
        return false
    }

    @Test func servesRebuildsOnChangeAndKeepsTheLastGoodSite() async throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let preview = try PreviewProcess(["--content", content])
        let address = preview.address
        defer { _ = preview.stop() }
        #expect(address.hasPrefix("http://127.0.0.1:"))

        let (status, page) = try await fetch(address + "guidelines/kritik/")
        #expect(status == 200)
        #expect(page.contains("Kommunikation svarer inden for en arbejdsdag."))
        #expect(page.contains("<script src=\"/__advocacy/live.js\" data-version=\"1\" data-page=\"guidelines/kritik/index.html\" defer></script>"))

        let file = content + "/guidelines/kritik.md"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try original.replacingOccurrences(of: "inden for en arbejdsdag", with: "inden for to timer")
            .write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await eventually(address + "guidelines/kritik/") { $0.contains("inden for to timer") })

        try (original + "\n[brudt](findes-ikke.md)\n").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await eventually(address + "__advocacy/status") { $0.contains("findes-ikke.md") })
        let (_, stillGood) = try await fetch(address + "guidelines/kritik/")
        #expect(stillGood.contains("inden for to timer"), "the last good site is still served")

        #expect(preview.stop() == 128 + SIGTERM)
    }

    @Test func aDanishHubIsServedWithDanishMessages() async throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let preview = try PreviewProcess(["--content", content], language: "da")
        defer { _ = preview.stop() }
        #expect(preview.printed.contains("viser sitet på http://127.0.0.1:"), "\(preview.printed)")
        #expect(preview.printed.hasPrefix("byggede "), "\(preview.printed)")
        let file = content + "/guidelines/kritik.md"
        try (String(contentsOfFile: file, encoding: .utf8) + "\n[brudt](findes-ikke.md)\n").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await eventually(preview.address + "__advocacy/status") {
            $0.contains("fejl: linket 'findes-ikke.md' peger på 'guidelines/findes-ikke.md', som ikke findes")
                && $0.contains("\"heading\":\"Den seneste ændring har fejl; dette er den sidste gode version.\"")
        })
    }

    /// The version of one file of the preview's site, as an open page showing it asks for it.
    func version(_ address: String, of page: String) async throws -> Int {
        let (_, status) = try await fetch(address + "__advocacy/status?page=" + page)
        return Int(status.dropFirst("{\"version\":".count).prefix { $0.isNumber }) ?? -1
    }

    /// An edited document's page is written and served first; an open page is told to reload only
    /// when what it shows changed: its own file, the theme's assets, or (the search page) the index.
    @Test func theEditedPageComesFirstAndOnlyPagesThatChangedReload() async throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let templates = TestPaths.copy(TestPaths.theme)
        let preview = try PreviewProcess(["--content", content, "--templates", templates])
        let address = preview.address
        defer { _ = preview.stop() }
        let kritik = "guidelines/kritik/index.html", politik = "guidelines/politik/index.html", search = "search/index.html"
        let (page, other, index) = (try await version(address, of: kritik), try await version(address, of: politik),
                                    try await version(address, of: search))

        let file = content + "/guidelines/kritik.md"
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "inden for en arbejdsdag", with: "inden for to timer")
            .write(toFile: file, atomically: true, encoding: .utf8)
        #expect(preview.printedLater { $0.contains("1 changed page shown first [") }.contains("; building the rest\n"))
        #expect(try await fetch(address + "guidelines/kritik/").1.contains("inden for to timer"), "served before the rest is built")
        #expect(preview.printedLater { $0.contains(" files rendered [") }.contains(" files rendered ["))
        #expect(try await version(address, of: kritik) > page)
        #expect(try await version(address, of: search) > index, "the search index holds the page's words")
        #expect(try await version(address, of: politik) == other, "nothing this page shows changed")

        try "/* ændret */\n".write(toFile: templates + "/assets/style.css", atomically: true, encoding: .utf8)
        #expect(try await eventually(address + "assets/style.css") { $0.contains("ændret") })
        #expect(try await version(address, of: politik) > other, "every page shows the style sheet")
    }

    /// The not-found page is answered for every file the site does not have, so it reloads when any
    /// file changed: the page it was answered for may be the one that appeared.
    @Test func theNotFoundPageReloadsWhenAPageAppears() async throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let preview = try PreviewProcess(["--content", content])
        let address = preview.address
        defer { _ = preview.stop() }
        let (status, missing) = try await fetch(address + "guidelines/ny/")
        #expect(status == 404)
        #expect(missing.contains("data-page=\"404.html\""))
        let before = try await version(address, of: "404.html")

        try "---\ntitle: Ny\n---\nEn ny retningslinje.\n".write(toFile: content + "/guidelines/ny.md", atomically: true, encoding: .utf8)
        #expect(try await eventually(address + "guidelines/ny/") { $0.contains("En ny retningslinje.") })
        #expect(try await version(address, of: "404.html") > before)
    }

    @Test func rebuildsOnAnEditorStyleSaveAndOnAFileInANewSubfolder() async throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let preview = try PreviewProcess(["--content", content])
        let address = preview.address
        defer { _ = preview.stop() }

        let file = content + "/guidelines/kritik.md"
        let edited = try String(contentsOfFile: file, encoding: .utf8)
            .replacingOccurrences(of: "inden for en arbejdsdag", with: "inden for en halv dag")
        try edited.write(toFile: content + "/guidelines/.kritik.md.swx", atomically: false, encoding: .utf8)
        #expect(rename(content + "/guidelines/.kritik.md.swx", file) == 0)
        #expect(try await eventually(address + "guidelines/kritik/") { $0.contains("inden for en halv dag") })

        let (_, before) = try await fetch(address + "__advocacy/status")
        try FileManager.default.createDirectory(atPath: content + "/media/kontorer", withIntermediateDirectories: false)
        #expect(try await eventually(address + "__advocacy/status") { $0 != before }, "making a folder is a change")
        try "<svg xmlns=\"http://www.w3.org/2000/svg\"/>".write(toFile: content + "/media/kontorer/odense.svg",
                                                                 atomically: false, encoding: .utf8)
        try (edited + "\n![Odense](../media/kontorer/odense.svg)\n").write(toFile: file, atomically: false, encoding: .utf8)
        #expect(try await eventually(address + "media/kontorer/odense.svg") { $0.contains("<svg") },
                "a file in a folder made while serving is seen (and copied, as a page shows it)")
    }

    /// `mv content content.old && cp -a content.old content`: the preview follows the folder at the
    /// path it was given, not the one it watched first.
    @Test func followsAContentFolderReplacedByACopy() async throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let preview = try PreviewProcess(["--content", content])
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent, preview.temporary) }
        defer { _ = preview.stop() }
        #expect(rename(content, content + ".old") == 0)
        try FileManager.default.copyItem(atPath: content + ".old", toPath: content)
        let line = "the content folder '\(content)' was replaced; watching the new one\n"
        #expect(preview.printedLater { $0.contains(line) }.contains(line))

        let file = content + "/guidelines/kritik.md"
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "inden for en arbejdsdag", with: "inden for to timer")
            .write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await eventually(preview.address + "guidelines/kritik/") { $0.contains("inden for to timer") })
    }

    @Test func saysWhenTheContentFolderIsGoneAndBuildsWhenItIsBack() async throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let preview = try PreviewProcess(["--content", content], language: "da")
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent, preview.temporary) }
        defer { _ = preview.stop() }
        #expect(rename(content, content + ".væk") == 0)
        let gone = "indholdsmappen '\(content)' er flyttet eller slettet; viser stadig det sidste gode site og bygger igen, "
            + "så snart mappen '\(content)' findes igen"
        #expect(try await eventually(preview.address + "__advocacy/status") { $0.contains(gone) }, "on the page")
        #expect(preview.printedLater { $0.contains(gone + "\n") }.contains(gone + "\n"), "in the terminal")
        #expect(try await fetch(preview.address + "guidelines/kritik/").1.contains("inden for en arbejdsdag"), "the last good site")

        let file = content + ".væk/guidelines/kritik.md"
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "inden for en arbejdsdag", with: "inden for to timer")
            .write(toFile: file, atomically: true, encoding: .utf8)
        #expect(rename(content + ".væk", content) == 0)
        let back = "indholdsmappen '\(content)' er skiftet ud; holder nu øje med den nye\n"
        #expect(preview.printedLater { $0.contains(back) }.contains(back))
        #expect(try await eventually(preview.address + "guidelines/kritik/") { $0.contains("inden for to timer") })
        #expect(try await eventually(preview.address + "__advocacy/status") { $0.contains("\"errors\":[]") })
    }

    @Test func followsATemplatesFolderMovedAwayAndBack() async throws {
        let templates = TestPaths.copy(TestPaths.theme)
        let preview = try PreviewProcess(["--content", TestPaths.validHub, "--templates", templates])
        let moved = TestPaths.temporaryFolder("templates-moved") + "/theme"
        defer { TestPaths.remove((templates as NSString).deletingLastPathComponent, (moved as NSString).deletingLastPathComponent, preview.temporary) }
        defer { _ = preview.stop() }
        #expect(rename(templates, moved) == 0)
        let gone = "the templates folder '\(templates)' was moved away or deleted; still showing the last good site, "
            + "and building again as soon as there is a folder at '\(templates)' again"
        #expect(try await eventually(preview.address + "__advocacy/status") { $0.contains(gone) })

        try FileManager.default.copyItem(atPath: moved, toPath: templates)
        let footer = templates + "/partials/footer.mustache"
        try String(contentsOfFile: footer, encoding: .utf8).replacingOccurrences(of: "</footer>", with: "<p>NY-SKABELON</p></footer>")
            .write(toFile: footer, atomically: true, encoding: .utf8)
        #expect(try await eventually(preview.address + "guidelines/kritik/") { $0.contains("NY-SKABELON") })
    }

    @Test func servesUnderABaseURL() async throws {
        let preview = try PreviewProcess(["--base-url", "/hub/", "--content", TestPaths.validHub])
        let address = preview.address
        defer { _ = preview.stop() }
        #expect(address.hasSuffix("/hub/"))
        let (status, page) = try await fetch(address + "guidelines/kritik/")
        #expect(status == 200)
        #expect(page.contains("href=\"/hub/assets/style.css\""))
        let root = String(address.dropLast("hub/".count))
        #expect(try await fetch(root + "guidelines/kritik/").0 == 404)
    }
}
