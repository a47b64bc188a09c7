import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// hub.yml's `team:`: people with roles from a fixed set and their work contacts, strict keys, every
/// mistake an error at its line and column that says what to write, and a warning when no one owns the
/// figures or tells the stories.
@Suite struct TeamTests {
    /// The config and the findings (`line:column: severity: message` in `language`) of a hub.yml with
    /// these lines after the title and site-url (lines 1 and 2), so the first line given is line 3.
    func read(_ lines: [String], language: HubLanguage = .en) throws -> (config: HubConfig, findings: [String]) {
        let folder = TestPaths.temporaryFolder("team")
        defer { TestPaths.remove(folder) }
        try ((["title: Hub", "site-url: https://intranet.holmvang.dk/"] + lines).joined(separator: "\n") + "\n")
            .write(toFile: folder + "/hub.yml", atomically: false, encoding: .utf8)
        var diagnostics = Diagnostics()
        let config = HubConfigLoader.load(ContentFolder(folder), diagnostics: &diagnostics)
        return (config, diagnostics.all.map {
            "\($0.location.line):\($0.location.column): \($0.severity == .error ? "error" : "warning"): " + $0.message.text(in: language)
        })
    }

    /// A team that names the figures and the stories, with the person `lines` describe after them.
    func team(_ lines: [String]) -> [String] {
        ["team:", "  - name: Rasmus Vinther", "    roles: [figures, stories]"] + lines
    }

    @Test func aTeamIsReadWithItsRolesAndWorkContacts() throws {
        let (config, findings) = try read(team([
            "  - name: Sofie Brandt Nielsen",
            "    roles: [comms-contact, ambassador, comms-contact]",
            "    email: sbn@holmvang.dk",
            "    teams: https://teams.microsoft.com/l/chat/0/0?users=sbn@holmvang.dk",
            "  - name: Jonas Mikkelsen",
            "    roles:",
            "      - ambassador",
            "    teams: jmi@holmvang.dk",
        ]))
        #expect(findings.isEmpty, "\(findings)")
        #expect(config.team.map(\.name) == ["Rasmus Vinther", "Sofie Brandt Nielsen", "Jonas Mikkelsen"])
        #expect(config.team[1].roles == [.commsContact, .ambassador], "each role once, in the order written")
        #expect(config.team[1].email == "sbn@holmvang.dk")
        #expect(config.team[1].teams == "https://teams.microsoft.com/l/chat/0/0?users=sbn@holmvang.dk", "a link as written")
        #expect(config.team[2].teams == "https://teams.microsoft.com/l/chat/0/0?users=jmi@holmvang.dk", "an address becomes a chat link")
        #expect(config.team[2].email == nil && config.team[0].teams == nil)
        let published = Set(config.texts.map(\.value))
        #expect(published.isSuperset(of: ["Sofie Brandt Nielsen", "sbn@holmvang.dk", "jmi@holmvang.dk"]),
                "names and contacts are published, so the forbidden terms read them")
    }

    @Test func anUnknownRoleIsAnErrorAtItsPlaceListingTheRolesInBothLanguages() throws {
        let lines = team(["  - name: Sofie Brandt Nielsen", "    roles: [ambassador, kommunikation]"])
        let english = try read(lines).findings, danish = try read(lines, language: .da).findings
        #expect(english == ["7:25: error: unknown role 'kommunikation'; write one of: decision-maker, figures, stories, "
            + "comms-contact, ambassador; did you mean 'comms-contact'?"])
        #expect(danish == ["7:25: error: ukendt rolle 'kommunikation'; skriv en af: decision-maker, figures, stories, "
            + "comms-contact, ambassador; mente du 'comms-contact'?"])
        let slip = try read(team(["  - name: Anders", "    roles:", "      - figurs"])).findings
        #expect(slip == ["8:9: error: unknown role 'figurs'; write one of: decision-maker, figures, stories, comms-contact, "
            + "ambassador; did you mean 'figures'?"])
        let unlike = try read(team(["  - name: Anders", "    roles: [photographer]"])).findings
        #expect(unlike == ["7:13: error: unknown role 'photographer'; write one of: decision-maker, figures, stories, "
            + "comms-contact, ambassador"])
    }

    @Test func aRoleWrittenWrongIsNotAlsoWarnedAsMissing() throws {
        let findings = try read(["team:", "  - name: Rasmus Vinther", "    roles: [tal, stories]"]).findings
        #expect(findings.count == 1 && findings[0].hasPrefix("5:13: error: unknown role 'tal'") && findings[0].hasSuffix("did you mean 'figures'?"),
                "\(findings)")
    }

    @Test(arguments: [("navn", "name"), ("rolle", "roles"), ("role", "roles"), ("e-mail", "email"), ("mail", "email"), ("chat", "teams"),
                      ("Roles", "roles")])
    func aKeyWrittenAnotherWaySaysWhichWasMeant(written: String, meant: String) throws {
        let findings = try read(team(["  - name: Anders", "    roles: [ambassador]", "    \(written): x"])).findings
        #expect(findings.first == "8:5: error: unknown key '\(written)'; did you mean '\(meant)'?", "\(findings)")
    }

    @Test func aPhotoOrAFigureOfOnesOwnHasNoKey() throws {
        for key in ["photo", "image", "shares"] {
            let findings = try read(team(["  - name: Anders", "    roles: [ambassador]", "    \(key): x"])).findings
            #expect(findings == ["8:5: error: unknown key '\(key)'; known keys: email, name, roles, teams"], "\(findings)")
        }
    }

    @Test func aPersonWithoutARoleOrANameIsAnErrorThatSaysWhatToWrite() throws {
        let none = try read(team(["  - name: Anders Birk Holm", "    email: abh@holmvang.dk"]))
        #expect(none.findings == ["6:11: error: Anders Birk Holm has no role; write the person's roles under the name, such as "
            + "'roles: [ambassador]', from: decision-maker, figures, stories, comms-contact, ambassador"])
        let empty = try read(team(["  - name: Anders Birk Holm", "    roles: []"]), language: .da)
        #expect(empty.findings == ["7:5: error: Anders Birk Holm har ingen rolle; skriv personens roller under navnet, fx "
            + "'roles: [ambassador]', blandt: decision-maker, figures, stories, comms-contact, ambassador"])
        let text = try read(team(["  - name: Anders Birk Holm", "    roles: ambassador"])).findings
        #expect(text == ["7:12: error: 'roles' must be a list, such as [a, b]"], "one error, not also 'no role'")
        let nameless = try read(team(["  - roles: [ambassador]"]))
        #expect(nameless.findings == ["6:5: error: missing required key 'name'"])
        let blank = try read(team(["  - name: \" \"", "    roles: [ambassador]"]))
        #expect(blank.findings == ["6:11: error: missing required key 'name'"])
        #expect(nameless.config.team.count == 1 && blank.config.team.count == 1, "only Rasmus")
    }

    @Test(arguments: ["Anders <abh@holmvang.dk>", "mailto:abh@holmvang.dk", "abh holmvang.dk", "abh@holmvang", "abh@@holmvang.dk"])
    func anEmailThatIsNotAnAddressIsAnError(written: String) throws {
        let (config, findings) = try read(team(["  - name: Anders", "    roles: [ambassador]", "    email: \"\(written)\""]))
        #expect(findings == ["8:12: error: 'email' is '\(written)', which is not an email address; write the person's work address "
            + "alone, such as 'email: mette.holm@holmvang.dk'"])
        #expect(config.team.last?.email == nil)
    }

    @Test(arguments: ["Anders Birk Holm", "teams.microsoft.com/l/chat/0/0", "http://teams.microsoft.com/l/chat", "https://teams.microsoft.com/a b",
                      "javascript:alert(1)"])
    func aTeamsValueThatIsNeitherALinkNorAnAddressIsAnError(written: String) throws {
        let (config, findings) = try read(team(["  - name: Anders", "    roles: [ambassador]", "    teams: \"\(written)\""]), language: .da)
        #expect(findings == ["8:12: error: 'teams' er '\(written)'; skriv personens link til Teams, der begynder med https://, eller "
            + "adressen, personen chatter med i Teams, fx 'teams: mette.holm@holmvang.dk'"])
        #expect(config.team.last?.teams == nil)
    }

    @Test func aTeamThatIsNotAListIsAnErrorThatShowsTheForm() throws {
        let findings = try read(["team:", "  name: Anders", "  roles: [figures]"]).findings
        #expect(findings == ["4:3: error: 'team' must be a list with one entry per person: a line '- name: Mette Holm' and under it, "
            + "indented as 'name', 'roles: [comms-contact]'"])
        let entry = try read(["team:", "  - Anders Birk Holm"]).findings
        #expect(entry.first == "4:5: error: an entry of 'team' must be a mapping of `key: value` lines", "\(entry)")
    }

    @Test func noOneOwningTheFiguresOrTellingTheStoriesIsAWarningAtTeam() throws {
        let (config, findings) = try read(["team:", "  - name: Sofie", "    roles: [comms-contact]"])
        #expect(findings == [
            "3:1: warning: no one on the team has the role 'figures', and the programme needs someone who owns the figures "
                + "(collects, checks and reports the results): add 'figures' to that person's roles",
            "3:1: warning: no one on the team has the role 'stories', and the programme needs someone who finds and tells the "
                + "success stories: add 'stories' to that person's roles",
        ])
        #expect(config.team.count == 1, "a warning: the site is still built with the team")
        let danish = try read(["team:", "  - name: Sofie", "    roles: [comms-contact, figures]"], language: .da).findings
        #expect(danish == ["3:1: warning: ingen i teamet har rollen 'stories', og programmet skal have en, der finder og fortæller "
            + "succeshistorierne: tilføj 'stories' til den persons roller"])
        let split = try read(["team:", "  - name: Rasmus", "    roles: [figures]", "  - name: Jonas", "    roles: [stories]"]).findings
        #expect(split.isEmpty, "two people may hold the two roles")
        let empty = try read(["team: []"]).findings
        #expect(empty.count == 2 && empty.allSatisfy { $0.hasPrefix("3:1: warning: no one on the team") })
    }

    /// A hub without `team:` gets no warning: the team is optional, and every hub made before it would
    /// otherwise warn on every nightly build.
    @Test func aHubWithoutATeamIsNotWarned() throws {
        for lines in [[], ["team:"]] {
            let (config, findings) = try read(lines)
            #expect(findings.isEmpty && config.team.isEmpty, "\(lines): \(findings)")
        }
    }
}
