import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// hub.yml's `disclosure-label`: the one word for advertising on sponsored items, the language's own
/// when hub.yml names none, and a non-empty text when it does.
@Suite struct DisclosureLabelTests {
    /// The config and the findings (in English) of a hub.yml with these lines after the title.
    func read(_ lines: [String]) throws -> (config: HubConfig, findings: [String]) {
        let folder = TestPaths.temporaryFolder("disclosure-label")
        defer { TestPaths.remove(folder) }
        try ((["title: Hub", "site-url: https://intranet.holmvang.dk/"] + lines).joined(separator: "\n") + "\n")
            .write(toFile: folder + "/hub.yml", atomically: false, encoding: .utf8)
        var diagnostics = Diagnostics()
        let config = HubConfigLoader.load(ContentFolder(folder), diagnostics: &diagnostics)
        return (config, diagnostics.all.map { "\($0.location.line):\($0.location.column): " + $0.message.text(in: .en) })
    }

    @Test func withoutTheKeyTheLanguageNamesAdvertisingPlainly() throws {
        let danish = try read(["language: da"]), english = try read(["language: en"])
        #expect(danish.findings.isEmpty && english.findings.isEmpty)
        #expect(danish.config.disclosureLabel == nil && danish.config.advertisingLabel == "Reklame")
        #expect(english.config.advertisingLabel == "Advertisement")
    }

    @Test func theHubsWordIsTheLabel() throws {
        let (config, findings) = try read(["language: en", "disclosure-label: Paid partnership"])
        #expect(findings.isEmpty)
        #expect(config.advertisingLabel == "Paid partnership")
        #expect(config.texts.map(\.value).contains("Paid partnership"), "the label is published, so the forbidden terms read it")
    }

    @Test(arguments: ["\"\"", "\"  \"", "", "~"])
    func anEmptyLabelIsAnErrorAtItsKeyThatSaysWhatToWrite(_ written: String) throws {
        let (config, findings) = try read(["language: da", "disclosure-label: \(written)"])
        #expect(findings == ["4:1: 'disclosure-label' is empty; write the word every card, item and list shows on sponsored items, "
            + "such as \"Reklame\" (the default for 'language: da'), or remove the line to use that default"])
        #expect(config.advertisingLabel == "Reklame")
    }

    @Test func aLabelReadAsACommentIsSaidOnce() throws {
        let findings = try read(["language: en", "disclosure-label: #ad"]).findings
        #expect(findings.count == 1 && findings[0].hasPrefix("4:19: "), "\(findings)")
    }

    @Test func aLabelThatIsNotTextIsAnError() throws {
        let findings = try read(["language: en", "disclosure-label: [Ad, Annonce]"]).findings
        #expect(findings.count == 1 && findings[0].hasPrefix("4:19: 'disclosure-label' must be text"), "\(findings)")
    }

    @Test func aMisspeltKeyNamesIt() throws {
        let findings = try read(["language: en", "disclosure-lable: Ad"]).findings
        #expect(findings.count == 1 && findings[0].hasPrefix("4:1: unknown key 'disclosure-lable'") && findings[0].contains("'disclosure-label'"),
                "\(findings)")
    }
}
