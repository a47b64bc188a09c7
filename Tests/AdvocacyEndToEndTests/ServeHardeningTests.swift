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

    @Test func anAbsoluteTargetIsForTheHostItNames() throws {
        let preview = try PreviewProcess(["--content", TestPaths.validHub])
        defer { TestPaths.remove(preview.temporary) }
        defer { _ = preview.stop() }
        let port = preview.port
        let cases: [(String, Int)] = [
            ("GET http://evil.example/ HTTP/1.1\r\nHost: localhost\r\n\r\n", 421),
            ("GET http://evil.example:\(port)/guidelines/kritik/ HTTP/1.1\r\nHost: localhost:\(port)\r\n\r\n", 421),
            ("GET HTTP://EVIL.EXAMPLE/ HTTP/1.1\r\nHost: localhost\r\n\r\n", 421),
            ("GET http://localhost:\(port + 1)/ HTTP/1.1\r\nHost: localhost\r\n\r\n", 421),
            ("GET https://localhost:\(port)/ HTTP/1.1\r\nHost: localhost\r\n\r\n", 421),
            ("GET ftp://localhost/ HTTP/1.1\r\nHost: localhost\r\n\r\n", 421),
            ("GET http://evil.example/ HTTP/1.0\r\n\r\n", 421),
            ("CONNECT evil.example:443 HTTP/1.1\r\nHost: evil.example:443\r\n\r\n", 421),
            ("GET http://localhost@evil.example/ HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
            ("GET http://evil.example@localhost/ HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
            ("GET http:///guidelines/ HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
            ("GET http:guidelines/ HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
            ("GET evil.example:80 HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
            ("GET * HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
            ("CONNECT / HTTP/1.1\r\nHost: localhost\r\n\r\n", 400),
            ("GET http://localhost:\(port)/guidelines/kritik/ HTTP/1.1\r\nHost: localhost\r\n\r\n", 200),
            ("GET http://127.0.0.1:\(port)/guidelines/kritik/ HTTP/1.1\r\nHost: evil.example\r\n\r\n", 200),
            ("GET //evil.example/ HTTP/1.1\r\nHost: localhost\r\n\r\n", 404),
            ("OPTIONS * HTTP/1.1\r\nHost: localhost\r\n\r\n", 405),
            ("CONNECT localhost:\(port) HTTP/1.1\r\nHost: localhost:\(port)\r\n\r\n", 405),
        ]
        for (request, status) in cases {
            #expect(RawHTTP.status(of: request, port: port) == status, "\(request.prefix(70))")
        }
        let page = RawHTTP.answer(to: "GET http://localhost:\(port)/guidelines/kritik/ HTTP/1.1\r\nHost: localhost\r\n\r\n", port: port)
        #expect(page.contains("Kommunikation svarer inden for en arbejdsdag."), "the absolute target's path is served")
    }

    /// A share item whose title is a script: the calendar that carries it is only ever served as a
    /// calendar, however its name is spelt in the request.
    @Test func aPathWithAControlCharacterIs400AndTheTypeComesFromTheFileServed() throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let item = content + "/share/aarhus-kontor.md"
        try String(contentsOfFile: item, encoding: .utf8)
            .replacingOccurrences(of: "title: Vi åbner kontor i Aarhus", with: "title: Hej <script>alert(document.domain)</script>")
            .write(toFile: item, atomically: true, encoding: .utf8)
        let preview = try PreviewProcess(["--content", content])
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent, preview.temporary) }
        defer { _ = preview.stop() }
        let get = { (path: String) in RawHTTP.answer(to: "GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n", port: preview.port) }

        let calendar = get("/queue.ics")
        #expect(calendar.hasPrefix("HTTP/1.1 200 "))
        #expect(calendar.contains("\r\nContent-Type: text/calendar; charset=utf-8\r\n"))
        #expect(calendar.contains("\r\nX-Content-Type-Options: nosniff\r\n"))
        #expect(calendar.contains("SUMMARY:Hej <script>"), "the title is in the calendar")

        let controls = (0x00...0x1F).map { String(format: "%%%02X", $0) } + ["%0a", "%0d", "%1f", "%7F", "%7f"]
            + (0x80...0x9F).map { String(format: "%%C2%%%02X", $0) } + ["%c2%85"]
        let malformed = ["%", "%4", "%zz", "%G0", "%FF", "%C3%28", "%ED%A0%80", "%F8%88%80%80%80"]
        for file in ["/queue.ics", "/digest/email.txt", "/media/logo.svg"] {
            for spelling in controls + malformed + controls.map({ "%00" + $0 }) {
                let answer = get(file + spelling + ".html")
                #expect(answer.hasPrefix("HTTP/1.1 400 "), "\(file)\(spelling).html: \(answer.prefix(40))")
                #expect(!answer.contains("<script>alert"))
            }
            for raw in ["\u{01}", "\u{7F}", "\u{85}", "\t"] {
                #expect(RawHTTP.status(of: "GET \(file)\(raw).html HTTP/1.1\r\nHost: localhost\r\n\r\n", port: preview.port) == 400)
            }
        }
        #expect(get("/queue%2Eics").contains("Content-Type: text/calendar"), "an encoded dot names the same file")
        #expect(get("/digest%2Femail.txt").contains("Content-Type: text/plain"), "an encoded slash names the same file")
        #expect(get("/queue.ics%2500.html").hasPrefix("HTTP/1.1 404 "), "decoded once: a file named 'queue.ics%00.html'")
        #expect(get("/queue.ics/").hasPrefix("HTTP/1.1 404 "), "a final / names a folder")
        #expect(get("/queue.ics%2f").hasPrefix("HTTP/1.1 404 "), "a final / names a folder")
    }

    @Test func noSpellingOfAPathLeavesTheSiteFolder() throws {
        let preview = try PreviewProcess(["--content", TestPaths.validHub])
        defer { TestPaths.remove(preview.temporary) }
        defer { _ = preview.stop() }
        let folder = try #require(preview.privateFolder)
        try "SECRET-BESIDE-THE-SITE".write(toFile: folder + "/secret.txt", atomically: false, encoding: .utf8)
        try "SECRET-IN-TMP".write(toFile: preview.temporary + "/secret.txt", atomically: false, encoding: .utf8)
        let ups = ["..", "%2e%2e", "%2E%2E", ".%2e", "%2e.", "..%2f..", "%2e%2e%2f%2e%2e", "..%5c..", "..\\..", "%252e%252e",
                   "%c0%ae%c0%ae", ".%00.", "...", "site/..", "./.."]
        for up in ups {
            for path in ["/\(up)/secret.txt", "/\(up)/\(up)/secret.txt", "/assets/\(up)/\(up)/secret.txt", "/\(up)%2fsecret.txt"] {
                let answer = RawHTTP.answer(to: "GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n", port: preview.port)
                #expect(!answer.contains("SECRET"), "\(path)")
                #expect(["400", "403", "404"].contains(answer.dropFirst(9).prefix(3)), "\(path): \(answer.prefix(40))")
            }
        }
    }

    /// Random spellings of paths, seeded (`SERVE_PATH_SEED` repeats a run): none leaves the site, a
    /// path that decodes to a control character is 400, and a file served is the one the decoded path
    /// names, with the type of its name.
    @Test func randomPathsAreServedAsTheFileTheyName() throws {
        let preview = try PreviewProcess(["--content", TestPaths.validHub])
        defer { TestPaths.remove(preview.temporary) }
        defer { _ = preview.stop() }
        let folder = try #require(preview.privateFolder)
        try "SECRET-BESIDE-THE-SITE".write(toFile: folder + "/secret.txt", atomically: false, encoding: .utf8)
        let site = folder + "/site"
        let seed = ProcessInfo.processInfo.environment["SERVE_PATH_SEED"].flatMap(UInt64.init) ?? UInt64.random(in: 1...UInt64.max)
        var random = SeededRandom(seed: seed)
        let pieces = ["queue.ics", "index.html", "digest", "email.txt", "media", "logo.svg", "guidelines", "kritik", "secret.txt",
                      "site", ".html", ".ics", "%00", "%0a", "%0D", "%7f", "%c2%85", "%2e", "%2E", ".", "..", "%2f", "%2F", "/", "/",
                      "//", "%5c", "\\", "%25", "%252e", "%", "%zz", "%20", "?x=.html", "%3f", "#.html", "%23", ";", "%ff", "ø", "%c3%b8"]
        var served = 0
        for _ in 0..<400 {
            let path = "/" + (0..<random.below(6) + 1).map { _ in pieces[random.below(pieces.count)] }.joined()
            let answer = RawHTTP.answer(to: "GET \(path) HTTP/1.1\r\nHost: localhost\r\n\r\n", port: preview.port)
            let status = String(answer.dropFirst(9).prefix(3))
            #expect(["200", "400", "403", "404"].contains(status), "seed \(seed): \(path): \(answer.prefix(40))")
            #expect(!answer.contains("SECRET"), "seed \(seed): \(path)")
            let decoded = path.split(separator: "?", maxSplits: 1, omittingEmptySubsequences: false)[0].removingPercentEncoding
            if let decoded, decoded.unicodeScalars.contains(where: { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) }) {
                #expect(status == "400", "seed \(seed): \(path)")
            }
            guard status == "200", let decoded else { continue }
            served += 1
            var file = site + decoded, isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: file, isDirectory: &isFolder), isFolder.boolValue { file += "/index.html" }
            let type = ["html": "text/html", "ics": "text/calendar", "svg": "image/svg+xml", "txt": "text/plain", "css": "text/css"]
            let expected = type[(file as NSString).pathExtension] ?? "application/octet-stream"
            #expect(FileManager.default.fileExists(atPath: file), "seed \(seed): \(path) names no file")
            #expect(answer.contains("\r\nContent-Type: \(expected)"), "seed \(seed): \(path): \(answer.prefix(120))")
        }
        #expect(served > 0, "seed \(seed): some paths name a file")
    }

    @Test(arguments: [SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGUSR1, SIGUSR2, SIGALRM, SIGSTKFLT, SIGXCPU, SIGXFSZ, SIGVTALRM,
                      SIGPROF, SIGIO, SIGPWR, __libc_current_sigrtmin(), __libc_current_sigrtmin() + 5, __libc_current_sigrtmax(),
                      SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGTRAP, SIGABRT, SIGSYS])
    func aStopSignalRemovesThePrivateFolder(_ signal: Int32) throws {
        let preview = try PreviewProcess(["--content", TestPaths.validHub])
        defer { TestPaths.remove(preview.temporary) }
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

    @Test func aClosedTerminalAndSIGPIPEDoNotStopThePreview() async throws {
        let content = TestPaths.copy(TestPaths.validHub)
        let preview = try PreviewProcess(["--content", content])
        defer { TestPaths.remove((content as NSString).deletingLastPathComponent, preview.temporary) }
        kill(preview.process.processIdentifier, SIGPIPE)
        try (preview.process.standardOutput as? Pipe)?.fileHandleForReading.close()
        let file = content + "/guidelines/kritik.md"
        try String(contentsOfFile: file, encoding: .utf8).replacingOccurrences(of: "inden for en arbejdsdag", with: "inden for to timer")
            .write(toFile: file, atomically: true, encoding: .utf8)
        #expect(try await eventually(preview.address + "guidelines/kritik/") { $0.contains("inden for to timer") },
                "it rebuilt and said so to a terminal that is gone")
        #expect(preview.stop() == 128 + SIGTERM)
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

