import Foundation
import HTTPTypes
import HummingbirdCore
import NIOCore
import AdvocacyBuild
import AdvocacyCore
import AdvocacyLoad

/// `advocacy serve`: builds into a private folder, serves it on loopback, watches the content and the
/// theme, rebuilds on change and reloads open pages. A build with errors keeps the last good site
/// served; the errors show in the terminal and in a box at the top of every page. Until a build has
/// no errors there is no site: every page is the error page (`PreviewErrorPage`).
public final class PreviewServer: Sendable {
    private let options: BuildOptions
    private let host: String
    private let port: UInt16
    private let state = PreviewState()

    /// A server for `options` (its output is replaced by a private folder; the site is served at `/`
    /// unless the options give a base URL) on `host:port`; port 0 picks a free one.
    public init(options: BuildOptions, host: String = "127.0.0.1", port: UInt16 = 8000) {
        var options = options
        options.baseURL = options.baseURL ?? "/"
        self.options = options
        self.host = host
        self.port = port
    }

    /// Makes a private folder (see `PreviewFolder`), listens, builds into the folder, then serves until
    /// the task is cancelled or a signal ends the process (see `StopSignals`); the folder is removed
    /// either way. `ready` gets the address once the first build is done. A port in use, or a host that
    /// cannot be listened on, is a `UsageError` thrown before anything is built.
    public func run(ready: @Sendable @escaping (String) -> Void) async throws {
        let made = Locked<PreviewFolder?>(nil)
        let signals = StopSignals.handle { number in
            made.withLock { $0 }?.remove()
            exit(128 + number)
        }
        defer { signals.restore() }
        let folder = try made.withLock { made in
            let folder = try PreviewFolder()
            made = folder
            return folder
        }
        defer { folder.remove() }
        var options = self.options
        options.output = folder.site
        let base = HubConfigLoader.normalizedBaseURL(options.baseURL ?? "/") ?? "/"
        let site = folder.site, state = self.state
        let listener = try await PreviewListener(host: host, port: port) { request, writer, _ in
            var response = await Self.answer(request, site: site, base: base, state: state)
            response.headers[.xContentTypeOptions] = "nosniff"
            let sent = request.method == .head ? response.createHeadResponse() : response
            try await writer.write(response: sent.head, body: sent.body)
        }
        let session = BuildSession(options, removal: .backgroundThread)
        let watched = [options.content, options.templates]
        let paths = ChangedPaths()
        let changes = FolderWatcher.changes(in: watched, paths: paths)
        await rebuild(session, in: folder, watching: watched, changed: nil)
        ready(listener.origin + base)
        let watcher = Task.detached { [self] in
            for await _ in changes { await rebuild(session, in: folder, watching: watched, changed: paths.take()) }
        }
        defer { watcher.cancel() }
        await listener.serve()
    }

    /// The live-reload status and script, and the site's files (the error page while there is no site).
    private static func answer(_ request: Request, site: String, base: String, state: PreviewState) async -> Response {
        switch (request.method, request.uri.path) {
        case (.get, "/__advocacy/status"):
            // A page asks with its file in the site (`page`), and gets that file's version.
            let page = request.uri.queryParameters["page"].map(String.init)
            let (version, errors, language, hasSite) = await state.snapshot(page: page)
            let heading = Message(hasSite ? .previewHasErrors : .previewNoSite).text(in: language)
            let body = "{\"version\":\(version),\"errors\":\(JSON.array(errors)),\"heading\":\(JSON.string(heading))}"
            return Response(status: .ok, headers: [.contentType: "application/json", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(string: body)))
        case (.get, "/__advocacy/live.js"):
            return Response(status: .ok, headers: [.contentType: "text/javascript", .cacheControl: "no-store"],
                            body: .init(byteBuffer: ByteBuffer(string: LiveReload.script)))
        case (.get, let path), (.head, let path):
            // The version is taken before the file is read: a rebuild in between makes the page reload once
            // more, never once less.
            let (version, errors, language, hasSite) = await state.snapshot()
            guard hasSite else { return PreviewErrorPage.response(errors: errors, language: language, version: version) }
            return PreviewFiles.response(for: path, in: site, base: base, versions: await state.versions())
        default:
            return Response(status: .methodNotAllowed, headers: [.allow: "GET, HEAD"])
        }
    }

    /// Builds again, unless a watched folder has just gone (moved away or deleted): that is said in
    /// the terminal and on the page, and the next build comes when a folder is back at its path. A
    /// folder replaced by another is said in the terminal. When the watcher knows which files
    /// `changed`, the pages of the changed documents are written and shown first.
    private func rebuild(_ session: BuildSession, in folder: PreviewFolder, watching watched: [String],
                         changed: Set<String>?) async {
        let identities = watched.map(FolderIdentity.init)
        let (replaced, language) = await state.follow(identities)
        let hasSite = await state.snapshot().hasSite
        let words: [MessageID] = [.contentFolderWord, .templatesFolderWord]
        let messageLanguage = options.messageLanguage ?? language
        for index in replaced where identities[index] != nil {
            Self.say(Message(.previewFolderReplaced(what: Message(words[index]), folder: watched[index]))
                .text(in: messageLanguage) + "\n")
        }
        if let index = replaced.first(where: { identities[$0] == nil }) {
            let what = Message(words[index]), folder = watched[index]
            let gone = Message(hasSite ? .previewFolderGone(what: what, folder: folder) : .previewFolderGoneNoSite(what: what, folder: folder))
                .text(in: messageLanguage)
            // The page first: whoever reads the terminal and asks for the page sees what it says.
            await state.update(errors: [gone], language: messageLanguage, changed: [])
            Self.say(gone + "\n")
            return
        }
        let started = ContinuousClock.now
        let content = options.content
        let documents = changed.map { paths in paths.compactMap { Self.contentPath($0, in: content) } } ?? []
        if hasSite, !documents.isEmpty,
           let first = await Task.detached(operation: { folder.whileOpen { session.buildFirst(documents) } }).value,
           !first.isEmpty {
            await state.update(pagesFirst: first)
            Self.say(Message(.previewPagesFirst(pages: first.count, milliseconds: Int(Self.milliseconds(since: started))))
                .text(in: messageLanguage) + "\n")
        }
        guard let outcome = await Task.detached(operation: { folder.whileOpen { Self.build(session, hasSite: hasSite) } }).value
        else { return }
        let milliseconds = Self.milliseconds(since: started)
        await state.update(errors: outcome.errors, language: outcome.language, changed: outcome.changed)
        Self.say("\(outcome.summary) [\(milliseconds) ms]\n")
    }

    /// Whole milliseconds since `start`.
    private static func milliseconds(since start: ContinuousClock.Instant) -> Int64 {
        let elapsed = ContinuousClock.now - start
        return elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000
    }

    /// The content path of a path the watcher saw below the content folder `content`.
    private static func contentPath(_ path: String, in content: String) -> String? {
        path.hasPrefix(content + "/") ? String(path.dropFirst(content.count + 1)) : nil
    }

    /// Builds once; prints the diagnostics and says what the terminal and the page should show, in
    /// which language, and which of the site's files changed (nil: all). `hasSite` says whether an
    /// earlier build made a site, still shown when this one fails.
    private static func build(_ session: BuildSession, hasSite: Bool)
        -> (summary: String, errors: [String], language: HubLanguage, changed: Set<String>?) {
        do {
            let report = try session.build()
            if !report.diagnostics.isEmpty {
                Self.say(DiagnosticFormat.text.format(report.diagnostics, in: report.language), to: .standardError)
            }
            let summary = report.hasErrors ? Message(hasSite ? .notRebuiltErrors : .notBuiltErrors).text(in: report.language)
                : report.summary + Message(.filesRendered(files: report.filesRendered)).text(in: report.language)
            return (summary, report.diagnostics.filter { $0.severity == .error }.map { $0.line(in: report.language) },
                    report.language, report.filesChanged)
        } catch {
            let language = session.options.messageLanguage
                ?? MessageLanguage.resolve(override: nil, content: session.options.content)
            return (Message(.notRebuilt(reason: error.message)).text(in: language),
                    [error.message.text(in: language)], language, [])
        }
    }

    /// Writes to the terminal; a terminal that went away (a closed pipe) is no reason to stop.
    private static func say(_ text: String, to terminal: FileHandle = .standardOutput) {
        try? terminal.write(contentsOf: Data(text.utf8))
    }
}

/// The preview's version (bumped on every rebuild), the last build's errors, the language of its
/// messages, and whether a build has made a site (one with no errors; later failures keep it). Each
/// file of the site has a version of its own: the last one that changed it, or that changed a file
/// every page may show (the theme's `assets/`, the content's `media/`) or the whole site; the search
/// page shows the search index too, and the not-found page stands for every file that is not there, so
/// it moves on with any change to the site (the missing page may be the one that appeared). An open
/// page reloads when its own version moves on, not whenever anything was rebuilt; feeds, calendars
/// and the digest's texts are shown by no page.
actor PreviewState {
    private var version = 0
    private var errors: [String] = []
    private var language = HubLanguage.en
    private var hasSite = false
    /// The last version that made a whole new site or changed a file other than a page.
    private var everyPage = 0
    /// The last version that changed each other file (`share/x/index.html`, `search-index.json`).
    private var pages: [String: Int] = [:]
    /// The last version that changed any file of the site.
    private var anyFile = 0
    /// The search page's file and the search index's, in the site's folder.
    private let search = SiteURLs(base: "/")

    /// The folders the watched paths led to at the last rebuild; nil for one that was gone.
    private var folders: [FolderIdentity?]?

    /// Notes a rebuild's outcome; one with no errors wrote the site. `changed` are the site's files
    /// whose bytes it changed; nil for a whole new site.
    package func update(errors: [String], language: HubLanguage, changed: Set<String>?) {
        version += 1
        self.errors = errors
        self.language = language
        hasSite = hasSite || errors.isEmpty
        guard let changed else {
            everyPage = version
            anyFile = version
            pages = [:]
            return
        }
        note(changed)
    }

    /// Notes pages written ahead of a rebuild (see `BuildSession.buildFirst`).
    package func update(pagesFirst changed: Set<String>) {
        guard !changed.isEmpty else { return }
        version += 1
        note(changed)
    }

    private func note(_ changed: Set<String>) {
        if !changed.isEmpty { anyFile = version }
        for path in changed {
            if path.hasPrefix("assets/") || path.hasPrefix("media/") { everyPage = version } else { pages[path] = version }
        }
        if changed.contains(search.file(for: search.searchIndex)) { pages[search.file(for: search.search)] = version }
    }

    /// The version of the file `page` of the site (nil: of the preview as a whole), the errors, their
    /// language, and whether there is a site.
    package func snapshot(page: String? = nil) -> (version: Int, errors: [String], language: HubLanguage, hasSite: Bool) {
        (page.map { versions().of($0) } ?? version, errors, language, hasSite)
    }

    /// Every file's version, as `snapshot(page:)` tells it.
    package func versions() -> PageVersions { PageVersions(everyPage: everyPage, anyFile: anyFile, pages: pages) }

    /// Notes the folders the watched paths lead to now; returns the indices of those that changed
    /// since the last rebuild, and the language of the last messages.
    package func follow(_ now: [FolderIdentity?]) -> (changed: [Int], language: HubLanguage) {
        defer { folders = now }
        guard let folders else { return ([], language) }
        return (now.indices.filter { now[$0] != folders[$0] }, language)
    }
}

/// The version of each file of the site at one moment (see `PreviewState`).
struct PageVersions: Sendable {
    let everyPage: Int
    let anyFile: Int
    let pages: [String: Int]

    /// The not-found page's file, answered for every path the site has no file for.
    static let notFound = "404.html"

    /// The version of the file at `path` in the site's folder.
    func of(_ path: String) -> Int { path == Self.notFound ? max(everyPage, anyFile) : max(everyPage, pages[path] ?? 0) }
}
