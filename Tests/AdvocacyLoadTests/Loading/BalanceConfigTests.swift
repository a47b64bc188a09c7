import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// hub.yml's `balance`: per cent curated overall and per discipline, strict keys, and errors at the
/// value that say what to write, in both languages.
@Suite struct BalanceConfigTests {
    /// The config and the findings in `language` of a hub.yml with these lines after the title.
    func read(_ lines: [String], in language: HubLanguage = .en) throws -> (config: HubConfig, findings: [String]) {
        let folder = TestPaths.temporaryFolder("balance")
        defer { TestPaths.remove(folder) }
        try ((["title: Hub", "site-url: https://intranet.holmvang.dk/"] + lines).joined(separator: "\n") + "\n")
            .write(toFile: folder + "/hub.yml", atomically: false, encoding: .utf8)
        var diagnostics = Diagnostics()
        let config = HubConfigLoader.load(ContentFolder(folder), diagnostics: &diagnostics)
        return (config, diagnostics.all.map { "\($0.location.line):\($0.location.column): " + $0.message.text(in: language) })
    }

    @Test func theOverallAndEachDisciplinesTargetAreRead() throws {
        let (config, findings) = try read(["balance:", "  curated: 30", "  disciplines:", "    social-selling: { curated: 50 }",
                                           "    employer-branding:", "      curated: 0"])
        #expect(findings.isEmpty, "\(findings)")
        let balance = try #require(config.balance)
        #expect(balance.curated?.value == 30 && balance.curated?.location.line == 4 && balance.curated?.location.column == 12)
        #expect(balance.disciplines.map(\.id.value) == ["social-selling", "employer-branding"])
        #expect(balance.target(for: "social-selling")?.value == 50 && balance.target(for: "employer-branding")?.value == 0)
        #expect(balance.target(for: "thought-leadership")?.value == 30)
        #expect(balance.disciplines[0].id.location.line == 6 && balance.disciplines[0].id.location.column == 5)
    }

    @Test func withoutTheKeyThereIsNoTarget() throws {
        let (config, findings) = try read(["language: en"])
        #expect(findings.isEmpty && config.balance == nil)
        #expect(try read(["balance: { disciplines: { social-selling: { curated: 100 } } }"]).config.balance?.curated == nil)
    }

    /// A value that is not a whole per cent from 0 to 100 is an error at the value that says what to write.
    @Test(arguments: [("30%", 21), ("130", 21), ("-1", 21), ("thirty", 21), ("12.5", 21)])
    func aTargetThatIsNotAPerCentIsAnErrorAtItsValue(written: String, column: Int) throws {
        let english = try read(["balance: { curated: \(written) }"])
        #expect(english.findings == ["3:\(column): 'curated' is '\(written)', and it must be a whole per cent from 0 to 100, without %: "
            + "write curated: 30 when 30 of every 100 items published should be curated"])
        #expect(english.config.balance == nil)
        let danish = try read(["balance: { curated: \(written) }"], in: .da)
        #expect(danish.findings == ["3:\(column): 'curated' er '\(written)', og den skal være en hel procent fra 0 til 100, uden %: "
            + "skriv curated: 30, når 30 af hver 100 udgivne opslag skal være kuraterede"])
    }

    @Test func aListIsNotAPerCent() throws {
        #expect(try read(["balance: { curated: [30] }"]).findings == ["3:21: 'curated' must be a whole number"])
    }

    @Test func aDisciplinesTargetIsCheckedWhereItIsWritten() throws {
        let findings = try read(["balance:", "  curated: 30", "  disciplines:", "    social-selling:", "      curated: 101"]).findings
        #expect(findings == ["7:16: 'curated' is '101', and it must be a whole per cent from 0 to 100, without %: "
            + "write curated: 30 when 30 of every 100 items published should be curated"])
    }

    @Test func aBalanceWithoutATargetSaysWhatToWrite() throws {
        let empty = "'balance' sets no target; write curated: 30 under it (the per cent of the items published that are curated), "
            + "and disciplines: for a discipline with its own, such as social-selling: { curated: 50 }"
        #expect(try read(["balance: 30"]).findings == ["3:10: " + empty], "a number alone most likely meant the overall target")
        #expect(try read(["balance: {}"]).findings == ["3:1: " + empty])
        #expect(try read(["balance: {}"], in: .da).findings == ["3:1: 'balance' sætter intet mål; skriv curated: 30 under den "
            + "(hvor mange procent af de udgivne opslag, der er kuraterede), og disciplines: for en disciplin med sit eget, "
            + "fx social-selling: { curated: 50 }"])
        let noTarget = "the balance of 'social-selling' has no target; write social-selling: { curated: 50 } with the per cent of its "
            + "items that are curated, from 0 to 100"
        #expect(try read(["balance:", "  disciplines:", "    social-selling: 50"]).findings == ["5:21: " + noTarget])
        #expect(try read(["balance:", "  disciplines:", "    social-selling: {}"]).findings == ["5:5: " + noTarget])
        #expect(try read(["balance:", "  disciplines:", "    social-selling: {}"], in: .da).findings
                == ["5:5: balancen for 'social-selling' har intet mål; skriv social-selling: { curated: 50 } med hvor mange procent "
                    + "af dens opslag, der er kuraterede, fra 0 til 100"])
    }

    @Test func keysAreStrict() throws {
        let findings = try read(["balance:", "  curate: 30", "  disciplines:", "    social-selling: { curated: 50, own: 50 }"]).findings
        #expect(findings.count == 2, "\(findings)")
        #expect(findings.contains { $0.hasPrefix("4:3: unknown key 'curate'") && $0.contains("'curated'") }, "\(findings)")
        #expect(findings.contains { $0.hasPrefix("6:36: unknown key 'own'") }, "\(findings)")
        let misspelt = try read(["balance: { curate: 30 }"]).findings
        #expect(misspelt == ["3:12: unknown key 'curate'; did you mean 'curated'?"], "the misspelling only: \(misspelt)")
        #expect(try read(["balance: { curated: }"]).findings.first?.hasPrefix("3:1: 'balance' sets no target") == true)
    }
}
