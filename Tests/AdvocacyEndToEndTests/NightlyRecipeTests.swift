import Foundation
import Testing
import AdvocacyTestSupport

/// Runs the nightly job's scripts (examples/nightly/ci/) the way the recipes do, against the example hub, with
/// the binary just built. Tests/Release runs every recipe end to end with the release binary.
@Suite(.serialized) struct NightlyRecipeTests {
    /// Runs ci/nightly.sh from a folder of its own, as a hub's folder (the job keeps its state there),
    /// never from the repository.
    func run(_ environment: [String: String], in folder: String = TestPaths.temporaryFolder("job")) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/bash")
        process.arguments = [TestPaths.repository + "/examples/nightly/ci/nightly.sh"]
        process.currentDirectoryURL = URL(fileURLWithPath: folder)
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
            .filter { $0.key != "GITHUB_ACTIONS" }
        let pipe = Pipe()
        process.standardOutput = pipe
        process.standardError = pipe
        try process.run()
        let output = String(decoding: pipe.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        return (process.terminationStatus, output)
    }

    @Test func theRecipeChecksBuildsAndPublishesIntoTheWebFolder() throws {
        let web = TestPaths.temporaryFolder("web") + "/www", job = TestPaths.temporaryFolder("job")
        let (status, output) = try run(["ADVOCACY": TestPaths.executable, "CONTENT": TestPaths.exampleHub,
                                        "TEMPLATES": TestPaths.theme, "WEB_DIR": web, "BASE_URL": "/advocacy/"], in: job)
        #expect(status == 0, "\(output)")
        // The instant the build used, kept in the job's state folder for the server's re-arm.
        let built = try String(contentsOfFile: job + "/.advocacy-state/last-build", encoding: .utf8)
        #expect(built.hasSuffix("+00:00\n") && built.count == "2026-12-14T06:00:00+00:00\n".count, "\(built)")
        // The example hub is Danish, so the recipe's log is too.
        #expect(output.contains("0 fejl, 0 advarsler"))
        #expect(output.contains("byggede ") && output.contains(" aktive, "))
        #expect(output.contains(" udløbet, 1 kladde udeladt; "), "the example hub's one draft is counted")
        #expect(try String(contentsOfFile: web + "/index.html", encoding: .utf8).contains("href=\"/advocacy/assets/"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: (web as NSString).deletingLastPathComponent) == ["www"])
    }

    @Test func aBrokenHubStopsTheRecipeAndKeepsYesterdaysSite() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        try "title: [unclosed".write(toFile: content + "/hub.yml", atomically: true, encoding: .utf8)
        let web = TestPaths.temporaryFolder("web") + "/www"
        try FileManager.default.createDirectory(atPath: web, withIntermediateDirectories: true)
        try "yesterday".write(toFile: web + "/index.html", atomically: true, encoding: .utf8)
        let (status, output) = try run(["ADVOCACY": TestPaths.executable, "CONTENT": content,
                                        "TEMPLATES": TestPaths.theme, "WEB_DIR": web])
        #expect(status == 1, "\(output)")
        #expect(output.contains("hub.yml:1:"))
        #expect(try String(contentsOfFile: web + "/index.html", encoding: .utf8) == "yesterday")
    }

    /// A web server on 127.0.0.1 that keeps the body and content type of every POST, by its path, in a folder.
    final class Recorder {
        let process = Process()
        let folder = TestPaths.temporaryFolder("webhook")
        let port: Int

        init() throws {
            let script = """
            import http.server, os, signal, sys, threading
            # The test runner's blocked signals are inherited: let SIGTERM end the server, and end it
            # anyway after a minute, so that it never outlives the test holding the runner's output.
            signal.pthread_sigmask(signal.SIG_UNBLOCK, [signal.SIGTERM])
            threading.Timer(60, os._exit, [0]).start()
            class Hook(http.server.BaseHTTPRequestHandler):
                def do_POST(self):
                    name = os.path.join(sys.argv[1], self.path.strip("/"))
                    with open(name, "wb") as f: f.write(self.rfile.read(int(self.headers["Content-Length"])))
                    with open(name + ".type", "w") as f: f.write(self.headers["Content-Type"])
                    self.send_response(200); self.end_headers(); self.wfile.write(b"1")
                def log_message(self, *args): pass
            server = http.server.HTTPServer(("127.0.0.1", 0), Hook)
            print(server.server_address[1], flush=True)
            server.serve_forever()
            """
            process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
            process.arguments = ["python3", "-c", script, folder]
            let out = Pipe()
            process.standardOutput = out
            try process.run()
            var line = Data()
            while !line.contains(UInt8(ascii: "\n")) {
                let chunk = out.fileHandleForReading.availableData
                if chunk.isEmpty { break }
                line += chunk
            }
            port = Int(String(decoding: line, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) ?? 0
        }

        func posted(_ name: String) -> (body: Data, type: String)? {
            guard let body = FileManager.default.contents(atPath: folder + "/" + name),
                  let type = try? String(contentsOfFile: folder + "/" + name + ".type", encoding: .utf8) else { return nil }
            return (body, type)
        }

        deinit { process.terminate() }
    }

    func postDigest(_ environment: [String: String]) throws -> (Int32, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/bin/sh")
        process.arguments = [TestPaths.repository + "/examples/nightly/ci/post-digest.sh"]
        process.environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasSuffix("_WEBHOOK_URL") }.merging(environment) { $1 }
        // Into a file, not a pipe: the test's web server, started alongside, may hold a pipe open.
        let log = TestPaths.temporaryFolder("post-digest") + "/log"
        FileManager.default.createFile(atPath: log, contents: nil)
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: log))
        process.standardOutput = handle
        process.standardError = handle
        try process.run()
        process.waitUntilExit()
        try handle.close()
        return (process.terminationStatus, try String(contentsOfFile: log, encoding: .utf8))
    }

    /// The example hub built on Monday 7 December 2026 (ISO week 2026-W50), and a state folder.
    func mondaySite() throws -> (site: String, state: String) {
        let folder = TestPaths.temporaryFolder("digest")
        let build = try CommandRun(["build", "--content", TestPaths.exampleHub, "--templates", TestPaths.theme,
                                    "--output", folder + "/site", "--now", "2026-12-07T06:00"])
        #expect(build.status == 0, "\(build.standardError)")
        return (folder + "/site", folder + "/state")
    }

    @Test func onTheDigestDayTheScriptPostsTheTeamsAndSlackMessagesOnce() throws {
        let (site, state) = try mondaySite()
        #expect(try String(contentsOfFile: site + "/digest/week.txt", encoding: .utf8) == "2026-W50-1\n")
        let server = try Recorder()
        let hook = "http://127.0.0.1:\(server.port)/"
        let environment = ["SITE_DIR": site, "ADVOCACY_STATE": state, "TEAMS_WEBHOOK_URL": hook + "teams", "SLACK_WEBHOOK_URL": hook + "slack"]
        let (status, output) = try postDigest(environment)
        #expect(status == 0, "\(output)")
        let teams = try #require(server.posted("teams"))
        #expect(teams.body == FileManager.default.contents(atPath: site + "/digest/teams.json"))
        #expect(teams.type == "application/json")
        #expect(String(decoding: teams.body, as: UTF8.self).contains("\"Uge 50: nyt at dele\""))
        #expect(server.posted("slack")?.body == FileManager.default.contents(atPath: site + "/digest/slack.json"))
        #expect(try String(contentsOfFile: state + "/digest-posted", encoding: .utf8) == "2026-W50 teams\n2026-W50 slack\n")

        // A second run the same week posts nothing.
        try FileManager.default.removeItem(atPath: server.folder + "/teams")
        let (again, log) = try postDigest(environment)
        #expect(again == 0, "\(log)")
        #expect(log.contains("ugens nyhedsbrev er allerede sendt til teams (2026-W50)"))
        #expect(server.posted("teams") == nil)
    }

    @Test func beforeTheDigestDayOrWithoutAWebhookTheScriptPostsNothing() throws {
        let (site, state) = try mondaySite()
        let server = try Recorder()
        let hook = "http://127.0.0.1:\(server.port)/teams"
        let early = try postDigest(["SITE_DIR": site, "ADVOCACY_STATE": state, "DIGEST_DAY": "2", "TEAMS_WEBHOOK_URL": hook])
        #expect(early.0 == 0 && early.1.isEmpty, "\(early.1)")
        let unset = try postDigest(["SITE_DIR": site, "ADVOCACY_STATE": state])
        #expect(unset.0 == 0 && unset.1.isEmpty, "\(unset.1)")
        #expect(server.posted("teams") == nil)
        #expect(!FileManager.default.fileExists(atPath: state))
    }
}
