import Foundation
import Glibc

/// An `advocacy serve` process with a temporary folder of its own (its `TMPDIR`), so a test can
/// see the preview folder it makes.
public struct PreviewProcess {
    public let process: Process
    /// The address it prints, e.g. `http://127.0.0.1:43210/`; empty when it stopped before serving.
    public let address: String
    /// The folder it was given as its temporary folder.
    public let temporary: String
    /// What it printed on standard output up to the line that says where it serves.
    public let printed: String
    /// What it printed after that line, as far as `printedLater` read it.
    private let later = Later()

    /// Starts `advocacy serve` on a free port with the default theme at a fixed `--now`, and waits
    /// until it says where it serves, in `language` (`--lang`; nil leaves it to the hub's `language:`),
    /// with `environment` added to this process's.
    public init(_ arguments: [String], language: String? = "en", environment: [String: String] = [:]) throws {
        temporary = TestPaths.temporaryFolder("serve-tmp")
        process = Process()
        process.executableURL = URL(fileURLWithPath: TestPaths.executable)
        process.arguments = ["serve"] + (language.map { ["--lang", $0] } ?? [])
            + ["--port", "0", "--templates", TestPaths.theme, "--now", "2026-12-10T09:00"] + arguments
        process.environment = ProcessInfo.processInfo.environment.merging(environment.merging(["TMPDIR": temporary + "/"]) { $1 }) { $1 }
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        var printed = ""
        while !printed.contains("(Ctrl-C"), process.isRunning {
            printed += String(decoding: output.fileHandleForReading.availableData, as: UTF8.self)
        }
        self.printed = printed
        // The address is the last word before "(Ctrl-C", in either language.
        let line = printed.split(separator: "\n").first { $0.contains("(Ctrl-C") } ?? ""
        address = line.components(separatedBy: " (Ctrl-C").first?.split(separator: " ").last.map(String.init) ?? ""
    }

    /// What it printed after the line that says where it serves, read until `condition` holds for
    /// it or 15 seconds pass.
    public func printedLater(until condition: (String) -> Bool) -> String {
        guard let output = process.standardOutput as? Pipe else { return "" }
        let descriptor = output.fileHandleForReading.fileDescriptor
        let deadline = Date().addingTimeInterval(15)
        while !condition(later.text), Date() < deadline {
            var ready = pollfd(fd: descriptor, events: Int16(POLLIN), revents: 0)
            guard poll(&ready, 1, 100) > 0 else { continue }
            var bytes = [UInt8](repeating: 0, count: 4096)
            let count = read(descriptor, &bytes, bytes.count)
            guard count > 0 else { break }
            later.text += String(decoding: bytes[..<count], as: UTF8.self)
        }
        return later.text
    }

    /// The folder it builds into, while it runs.
    public var privateFolder: String? {
        temporaryEntries.first.map { temporary + "/" + $0 }
    }

    /// The port it listens on.
    public var port: Int { Int(address.split(separator: ":").last?.prefix { $0.isNumber } ?? "") ?? 0 }

    /// What its temporary folder holds.
    public var temporaryEntries: [String] { (try? FileManager.default.contentsOfDirectory(atPath: temporary)) ?? [] }

    /// Sends `signal` and waits until it ends; returns its exit status.
    public func stop(_ signal: Int32 = SIGTERM) -> Int32 {
        if process.isRunning { kill(process.processIdentifier, signal) }
        process.waitUntilExit()
        return process.terminationStatus
    }
}

/// Text `printedLater` read so far.
private final class Later: @unchecked Sendable {
    var text = ""
}

/// Plain TCP to a server on this machine, for requests no HTTP client would send.
public enum RawHTTP {
    /// Sends `request` to 127.0.0.1:`port` (or [::1]:`port`) and returns the status code of the answer:
    /// 0 when the connection fails or nothing comes back within 5 seconds.
    public static func status(of request: String, port: Int, ipv6: Bool = false) -> Int {
        let line = answer(to: request, port: port, ipv6: ipv6, whole: false)
        guard line.hasPrefix("HTTP/1.1 ") else { return 0 }
        return Int(line.dropFirst(9).prefix(3)) ?? 0
    }

    /// Sends `request` to 127.0.0.1:`port` and returns the answer: its head and, unless `whole` is
    /// false, its body (as far as Content-Length says); what came within 5 seconds.
    public static func answer(to request: String, port: Int, ipv6: Bool = false, whole: Bool = true) -> String {
        String(decoding: answerBytes(to: Array(request.utf8), port: port, ipv6: ipv6, whole: whole), as: UTF8.self)
    }

    private static func answerBytes(to bytes: [UInt8], port: Int, ipv6: Bool, whole: Bool) -> [UInt8] {
        let descriptor = socket(ipv6 ? AF_INET6 : AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { return [] }
        defer { close(descriptor) }
        var timeout = timeval(tv_sec: 5, tv_usec: 0)
        setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = loopback(port: port), address6 = sockaddr_in6()
        address6.sin6_family = sa_family_t(AF_INET6)
        address6.sin6_port = in_port_t(UInt16(port).bigEndian)
        address6.sin6_addr = in6addr_loopback
        let connected = ipv6
            ? withUnsafePointer(to: &address6) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in6>.size)) }
            }
            : withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
            }
        guard connected == 0 else { return [] }
        var sent = 0
        while sent < bytes.count {
            let count = bytes[sent...].withUnsafeBytes { send(descriptor, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { break }
            sent += count
        }
        var answer: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 64 * 1024)
        while whole ? !isComplete(answer) : answer.count < 12 {
            let count = buffer.withUnsafeMutableBytes { recv(descriptor, $0.baseAddress, whole ? $0.count : 12 - answer.count, 0) }
            guard count > 0 else { break }
            answer += buffer[..<count]
        }
        return answer
    }

    /// Whether an answer holds its whole head and the body its Content-Length announces.
    private static func isComplete(_ answer: [UInt8]) -> Bool {
        let text = String(decoding: answer, as: UTF8.self)
        guard let end = text.range(of: "\r\n\r\n") else { return false }
        let length = text[..<end.lowerBound].split(separator: "\r\n")
            .first { $0.lowercased().hasPrefix("content-length:") }
            .flatMap { Int($0.dropFirst("content-length:".count).trimmingCharacters(in: .whitespaces)) } ?? 0
        return answer.count >= text[..<end.upperBound].utf8.count + length
    }

    /// A listening socket on a free loopback port, to stand for another program that uses it.
    public static func occupyPort() -> (descriptor: Int32, port: Int) {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        var address = loopback(port: 0)
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                _ = bind(descriptor, $0, length)
                _ = listen(descriptor, 1)
                _ = getsockname(descriptor, $0, &length)
            }
        }
        return (descriptor, Int(UInt16(bigEndian: address.sin_port)))
    }

    private static func loopback(port: Int) -> sockaddr_in {
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return address
    }
}
