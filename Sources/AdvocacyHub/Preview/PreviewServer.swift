import FlyingFox
import Foundation

/// `advocacy serve`: builds into a private folder, serves it on loopback, watches the content and the
/// theme, rebuilds on change and reloads open pages. A build with errors keeps the last good site
/// served; the errors show in the terminal and on top of the page.
public final class PreviewServer: Sendable {
    private let options: BuildOptions
    private let session: BuildSession
    private let host: String
    private let port: UInt16
    private let state = PreviewState()

    /// A server for `options` (its output is replaced by a private folder; the site is served at `/`
    /// unless the options give a base URL) on `host:port`; port 0 picks a free one.
    public init(options: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000) {
        var options = options
        options.output = NSTemporaryDirectory() + "advocacy-serve-\(getpid())/site"
        options.baseURL = options.baseURL ?? "/"
        self.options = options
        self.session = BuildSession(options, removal: .backgroundThread, inPlace: true)
        self.host = host
        self.port = port
    }

    /// Builds, then serves until the task is cancelled. `ready` gets the address once listening.
    public func run(ready: @Sendable @escaping (String) -> Void) async throws {
        try FileManager.default.createDirectory(atPath: (options.output as NSString).deletingLastPathComponent,
                                                withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: (options.output as NSString).deletingLastPathComponent) }
        await rebuild()
        let server = HTTPServer(address: try .inet(ip4: host, port: port), timeout: 30, logger: .disabled)
        let output = options.output, state = self.state
        let base = HubConfigLoader.normalizedBaseURL(options.baseURL ?? "/") ?? "/"
        await server.appendRoute("GET /__advocacy/status") { _ in
            let (version, errors) = await state.snapshot()
            let body = "{\"version\":\(version),\"errors\":\(JSON.array(errors))}"
            return HTTPResponse(statusCode: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                                body: Data(body.utf8))
        }
        await server.appendRoute("GET /__advocacy/live.js") { _ in
            HTTPResponse(statusCode: .ok, headers: [.contentType: "text/javascript", .cacheControl: "no-store"],
                         body: Data(LiveReload.script.utf8))
        }
        await server.appendRoute("GET,HEAD *") { request in
            PreviewFiles.response(for: request.path, in: output, base: base)
        }
        let watcher = Task.detached { [self] in await watch() }
        defer { watcher.cancel() }
        let serving = Task { try await server.run() }
        try await server.waitUntilListening()
        if case .ip4(let ip, let listeningPort) = await server.listeningAddress {
            ready("http://\(ip):\(listeningPort)\(base)")
        }
        try await withTaskCancellationHandler {
            try await serving.value
        } onCancel: {
            serving.cancel()
        }
    }

    private func watch() async {
        let folders = [options.content, options.templates]
        var last = ContentFingerprint(folders)
        while !Task.isCancelled {
            try? await Task.sleep(for: .milliseconds(300))
            let current = ContentFingerprint(folders)
            if current != last {
                last = current
                await rebuild()
            }
        }
    }

    private func rebuild() async {
        let session = self.session
        let started = ContinuousClock.now
        let outcome: (summary: String, errors: [String]) = await Task.detached {
            do {
                let report = try session.build()
                let shown = report.diagnostics.map(\.description)
                if !shown.isEmpty { FileHandle.standardError.write(Data(DiagnosticFormat.text.format(report.diagnostics).utf8)) }
                return (report.hasErrors ? "not rebuilt: the content has errors; still serving the last good site"
                            : report.summary + ", \(report.filesRendered) files rendered",
                        report.diagnostics.filter { $0.severity == .error }.map(\.description))
            } catch {
                return ("not rebuilt: \(error)", ["\(error)"])
            }
        }.value
        let elapsed = ContinuousClock.now - started
        let milliseconds = elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
        FileHandle.standardOutput.write(Data("\(outcome.summary) [\(milliseconds) ms]\n".utf8))
        await state.update(errors: outcome.errors)
    }
}

/// The preview's version (bumped on every rebuild) and the last build's errors.
actor PreviewState {
    private var version = 0
    private var errors: [String] = []

    func update(errors: [String]) {
        version += 1
        self.errors = errors
    }

    func snapshot() -> (Int, [String]) { (version, errors) }
}
