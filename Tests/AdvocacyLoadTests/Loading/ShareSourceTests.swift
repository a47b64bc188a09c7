import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// `source: own|curated` and `via:`: curated content names its publisher, own content names none,
/// and every mistake is an error at its line and column that says what to write.
@Suite struct ShareSourceTests {
    /// The item loaded from front matter `yaml` (after `title`), and its diagnostics in `language`.
    private func load(_ yaml: String, language: HubLanguage = .en) throws -> (ShareItem?, [String]) {
        let content = TestPaths.temporaryFolder("source")
        try FileManager.default.createDirectory(atPath: content + "/share", withIntermediateDirectories: true)
        try "---\ntitle: T\ndisciplines: [social-selling]\n\(yaml)---\nBody.\n"
            .write(toFile: content + "/share/t.md", atomically: true, encoding: .utf8)
        var diagnostics = Diagnostics()
        let loader = DocumentLoader(folder: ContentFolder(content), clock: HubClock(timeZone: TimeZone(identifier: "Europe/Copenhagen")!))
        let item = loader.shareItem("share/t.md", diagnostics: &diagnostics)
        return (item, diagnostics.all.map { $0.line(in: language).replacingOccurrences(of: content + "/", with: "") })
    }

    @Test func ownIsTheDefaultAndCuratedNamesItsPublisher() throws {
        let (own, none) = try load("")
        #expect(none.isEmpty && own?.source == .own && own?.via == nil)
        let (curated, clean) = try load("source: curated\nvia: \"Dansk Industri\"\n")
        #expect(clean.isEmpty, "\(clean)")
        #expect(curated?.source == .curated && curated?.via?.value == "Dansk Industri")
        #expect(curated?.via?.location.line == 5 && curated?.via?.location.column == 6)
        #expect(curated?.info.texts.contains { $0.value == "Dansk Industri" } == true, "via is published, so forbidden terms are checked in it")
        let (explicit, _) = try load("source: own\n")
        #expect(explicit?.source == .own)
    }

    @Test func curatedWithoutViaIsAnErrorThatSaysWhatToWrite() throws {
        for via in ["", "via:\n", "via: \"  \"\n"] {
            let (_, found) = try load("source: curated\n" + via)
            #expect(found == ["share/t.md:4:9: error: the item is curated, so it needs 'via:' with the original publisher's name, such as 'via: Dansk Industri'; or delete 'source: curated' if the content is your own"], "\(via): \(found)")
        }
        let (_, danish) = try load("source: curated\n", language: .da)
        #expect(danish == ["share/t.md:4:9: fejl: opslaget er kurateret, så det skal have 'via:' med den oprindelige udgivers navn, fx 'via: Dansk Industri'; eller slet 'source: curated', hvis indholdet er jeres eget"])
    }

    @Test func viaOnOwnContentIsAnError() throws {
        for source in ["", "source: own\n"] {
            let (item, found) = try load(source + "via: Børsen\n")
            #expect(item?.via == nil)
            let line = source.isEmpty ? 4 : 5
            #expect(found == ["share/t.md:\(line):6: error: 'via' names the original publisher, but the item is your own content; write 'source: curated' if it comes from Børsen, or delete 'via'"])
        }
    }

    @Test(arguments: ["kurateret", "Curated", "external", "true"])
    func anotherSourceIsAnErrorThatNamesBoth(written: String) throws {
        let (item, found) = try load("source: \(written)\n")
        #expect(item?.source == .own)
        #expect(found == ["share/t.md:4:9: error: 'source' is '\(written)'; write 'source: own' for the company's own content, or 'source: curated' with 'via: Dansk Industri' (the original publisher) for content from others"])
    }

    @Test(arguments: [("sorce", "source"), ("kilde", "source"), ("kurateret fra", "via"), ("udgiver", "via"), ("Via", "via")])
    func nearMissesOfTheKeysSayWhichWasMeant(written: String, meant: String) throws {
        let (_, found) = try load("\(written): x\n")
        #expect(found.first == "share/t.md:4:1: error: unknown key '\(written)'; did you mean '\(meant)'?", "\(found)")
    }
}
