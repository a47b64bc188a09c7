import Foundation
import Glibc
import Testing
import AdvocacyTestSupport

/// `advocacy serve` against what a hostile page or client sends, on a port in use, on other loopback
/// names, and when it is stopped.
extension ServeTests {
    @Test func refusesOversizedHeadsForeignHostsAndBodiesAndStillServes() async throws {
        let preview = try PreviewProcess(["--content", TestPaths.validHub])
        defer { _ = preview.stop() }
        let port = preview.port
        let long = String(repeating: "a", count: 9000), megabyte = String(repeating: "b", count: 1_000_000)
        let manyLines = (1...9).map { "X-Line-\($0): " + String(repeating: "c", count: 7900) + "\r\n" }.joined()
        let refused: [(String, Int)] = [
            ("GET /\(long) HTTP/1.1\r\nHost: localhost\r\n\r\n", 414),
            ("GET / HTTP/1.1\r\nHost: localhost\r\nX-Long: \(long)\r\n\r\n", 431),
            ("GET / HTTP/1.1\r\nHost: localhost\r\nX-A: \(megabyte)\r\nX-B: \(megabyte)\r\n\r\n", 431),
            ("GET / HTTP/1.1\r\nHost: localhost\r\n\(manyLines)\r\n", 431),
            ("GET / HTTP/1.1\r\nHost: attacker.example\r\n\r\n", 421),
            ("GET / HTTP/1.1\r\nHost: attacker.example:\(port)\r\n\r\n", 421),
            ("GET / HTTP/1.1\r\nHost: localhost:\(port + 1)\r\n\r\n", 421),
            ("GET / HTTP/1.1\r\n\r\n", 400),
            ("GET / HTTP/1.1\r\nHost: localhost\r\nHost: attacker.example\r\n\r\n", 400),
            ("POST / HTTP/1.1\r\nHost: localhost\r\nContent-Length: 5\r\n\r\nhello", 413),
        ]
        for (request, status) in refused {
            #expect(RawHTTP.status(of: request, port: port) == status, "\(request.prefix(60))")
        }
        let answered = ["localhost", "localhost:\(port)", "LOCALHOST", "127.0.0.1", "127.0.0.1:\(port)", "[::1]:\(port)"]
        for host in answered {
            #expect(RawHTTP.status(of: "GET / HTTP/1.1\r\nHost: \(host)\r\n\r\n", port: port) == 200, "\(host)")
        }
        #expect(RawHTTP.status(of: "GET / HTTP/1.0\r\n\r\n", port: port) == 200, "HTTP/1.0 needs no Host")

        let (status, page) = try await fetch(preview.address + "guidelines/kritik/")
        #expect(status == 200)
        #expect(page.contains("Kommunikation svarer inden for en arbejdsdag."))
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP])
    func aStopSignalRemovesThePrivateFolder(_ signal: Int32) throws {
        let preview = try PreviewProcess(["--content", TestPaths.validHub])
        let entries = preview.temporaryEntries
        #expect(entries.count == 1)
        let name = try #require(entries.first)
        #expect(name.hasPrefix("advocacy-serve-") && name.count == "advocacy-serve-".count + 6, "mkdtemp's random name: \(name)")
        let folder = preview.temporary + "/" + name
        #expect(try FileManager.default.attributesOfItem(atPath: folder)[.posixPermissions] as? Int == 0o700)
        #expect(FileManager.default.fileExists(atPath: folder + "/site/index.html"))

        #expect(preview.stop(signal) == 128 + signal)
        #expect(preview.temporaryEntries == [])
    }

    @Test func aPortInUseIsReportedAtOnceWithoutBuilding() throws {
        let (descriptor, port) = RawHTTP.occupyPort()
        defer { close(descriptor) }
        let temporary = TestPaths.temporaryFolder("serve-tmp")
        let run = try CommandRun(["serve", "--port", "\(port)", "--content", TestPaths.validHub, "--templates", TestPaths.theme,
                                  "--now", "2026-12-10T09:00"], environment: ["TMPDIR": temporary + "/"])
        #expect(run.status == 2)
        #expect(run.standardError == "advocacy: error: port \(port) is in use; try --port \(port + 1), or --port 0 for a free one\n")
        #expect(run.standardOutput == "", "nothing was built")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary) == [])
    }

    @Test func servesOnLocalhost() async throws {
        let preview = try PreviewProcess(["--host", "localhost", "--content", TestPaths.validHub])
        defer { _ = preview.stop() }
        #expect(preview.address.hasPrefix("http://localhost:"))
        let (status, page) = try await fetch(preview.address + "guidelines/kritik/")
        #expect(status == 200)
        #expect(page.contains("Kommunikation svarer inden for en arbejdsdag."))
    }

    @Test func servesOnIPv6Loopback() throws {
        let preview = try PreviewProcess(["--host", "::1", "--content", TestPaths.validHub])
        defer { _ = preview.stop() }
        #expect(preview.address.hasPrefix("http://[::1]:"))
        let request = "GET /guidelines/kritik/ HTTP/1.1\r\nHost: [::1]:\(preview.port)\r\n\r\n"
        #expect(RawHTTP.status(of: request, port: preview.port, ipv6: true) == 200)
        #expect(RawHTTP.status(of: "GET / HTTP/1.1\r\nHost: attacker.example\r\n\r\n", port: preview.port, ipv6: true) == 421)
    }
}
