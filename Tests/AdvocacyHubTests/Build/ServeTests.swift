import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Testing
@testable import AdvocacyHub

/// `advocacy serve`: starts on a free port, serves pages with the live-reload script, rebuilds when
/// a file changes, keeps serving the last good site when a change has errors, and stops.
@Suite struct ServeTests {
    func fetch(_ url: String) async throws -> (Int, String) {
        let (data, response) = try await URLSession.shared.data(from: URL(string: url)!)
        return ((response as? HTTPURLResponse)?.statusCode ?? 0, String(decoding: data, as: UTF8.self))
    }

    /// Starts `advocacy serve` with `arguments` on a free port; returns the process and the address it prints.
    func serve(_ arguments: [String]) throws -> (Process, String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.executable)
        process.arguments = ["serve", "--port", "0", "--templates", TestPaths.theme, "--now", "2026-12-10T09:00"] + arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = ""
        while !printed.contains("(Ctrl-C"), process.isRunning {
            printed += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        let address = printed.components(separatedBy: "serving at ").last.map { String($0.prefix { $0 != " " }) } ?? ""
        return (process, address)
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
        let (process, address) = try serve(["--content", content])
        defer { if process.isRunning { process.terminate() } }
        #expect(address.hasPrefix("http://127.0.0.1:"))

        let (status, page) = try await fetch(address + "guidelines/kritik/")
        #expect(status == 200)
        #expect(page.contains("Kommunikation svarer inden for en arbejdsdag."))
        #expect(page.contains("<script src=\"/__advocacy/live.js\" defer></script>"))

        let file = content + "/guidelines/kritik.md"
        let original = try String(contentsOfFile: file, encoding: .utf8)
        try original.replacingOccurrences(of: "inden for en arbejdsdag", with: "inden for to timer")
            .write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await eventually(address + "guidelines/kritik/") { $0.contains("inden for to timer") })

        try (original + "\n[brudt](findes-ikke.md)\n").write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await eventually(address + "__advocacy/status") { $0.contains("findes-ikke.md") })
        let (_, stillGood) = try await fetch(address + "guidelines/kritik/")
        #expect(stillGood.contains("inden for to timer"), "the last good site is still served")

        process.terminate()
        process.waitUntilExit()
        #expect(!process.isRunning)
    }

    @Test func servesUnderABaseURL() async throws {
        let (process, address) = try serve(["--base-url", "/hub/", "--content", TestPaths.validHub])
        defer { process.terminate() }
        #expect(address.hasSuffix("/hub/"))
        let (status, page) = try await fetch(address + "guidelines/kritik/")
        #expect(status == 200)
        #expect(page.contains("href=\"/hub/assets/style.css\""))
        let root = String(address.dropLast("hub/".count))
        #expect(try await fetch(root + "guidelines/kritik/").0 == 404)
    }
}
