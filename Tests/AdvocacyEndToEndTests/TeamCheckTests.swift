import Foundation
import Testing
import AdvocacyTestSupport

/// `advocacy check` on a hub whose team names no one for the figures or the stories: a warning at
/// hub.yml's `team:` in the hub's language, exit 0, and `build` still publishes (the nightly job goes on).
@Suite struct TeamCheckTests {
    @Test func aTeamWithoutTheFiguresOrTheStoriesIsWarnedAndStillBuilt() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let root = (content as NSString).deletingLastPathComponent
        defer { TestPaths.remove(root) }
        let hub = content + "/hub.yml"
        let lines = try String(contentsOfFile: hub, encoding: .utf8)
        let teamLine = lines.split(separator: "\n", omittingEmptySubsequences: false).count
        try (lines + "team:\n  - name: Mette Holm\n    roles: [comms-contact, figures]\n").write(toFile: hub, atomically: false, encoding: .utf8)

        let danish = try CommandRun(["check", "--content", content, "--templates", TestPaths.theme, "--now", "2026-12-02T09:00"], language: nil)
        #expect(danish.status == 0, "\(danish.standardError)")
        #expect(danish.standardError == "\(hub):\(teamLine):1: advarsel: ingen i teamet har rollen 'stories', og programmet skal have en, "
            + "der finder og fortæller succeshistorierne: tilføj 'stories' til den persons roller\n0 fejl, 1 advarsel\n")

        let json = try CommandRun(["check", "--content", content, "--templates", TestPaths.theme, "--now", "2026-12-02T09:00",
                                   "--format", "json"])
        #expect(json.status == 0 && json.standardOutput.contains("\"severity\": \"warning\""), "\(json.standardOutput)")

        let output = root + "/_site"
        let build = try CommandRun(["build", "--content", content, "--templates", TestPaths.theme, "--now", "2026-12-02T09:00",
                                    "--output", output])
        #expect(build.status == 0, "\(build.standardError)")
        #expect(build.standardError.contains("warning: no one on the team has the role 'stories'"), "\(build.standardError)")
        #expect(FileManager.default.fileExists(atPath: output + "/digest/email.txt"))
    }
}
