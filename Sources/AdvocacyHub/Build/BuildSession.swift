import Foundation

/// Builds one hub again and again, as `advocacy serve` does: each build reloads only files whose
/// stamp changed, re-renders only bodies whose file or links changed, re-checks only changed
/// documents, re-renders only pages whose inputs changed and hard-links the rest from the previous
/// output. The result is byte for byte what a fresh build gives.
public final class BuildSession: @unchecked Sendable {
    /// What every build of the session is asked to do.
    public let options: BuildOptions
    private let lock = NSLock()
    private var hubStamp: FileStamp?
    private var files: [String: ContentLoader.LoadedFile] = [:]
    private var bodies: [String: RenderedMarkdown] = [:]
    private var checks = ContentChecks.Cache()
    private var revisions: [String: Int] = [:]
    private var nextRevision = 0
    /// What the output folder holds from this session's last written build.
    private var memo = SiteRenderer.Memo()
    private var copied: [String: FileStamp] = [:]

    private let removal: SiteWriter.Removal
    private let inPlace: Bool
    /// Whether results are kept for a next build; a one-shot build lets go of them as it goes.
    private let keepsResults: Bool
    /// The files of the output folder as this session last wrote it.
    private var written: Set<String>?

    /// A session for `options`. `removal` says what becomes of a replaced output folder. With
    /// `inPlace`, builds after the first update the output folder file by file instead of swapping in
    /// a new one (for a private preview folder). Without `keepsResults`, every build is as fresh as
    /// the first and uses less memory.
    public init(_ options: BuildOptions, removal: SiteWriter.Removal = .now, inPlace: Bool = false, keepsResults: Bool = true) {
        self.options = options
        self.removal = removal
        self.inPlace = inPlace
        self.keepsResults = keepsResults
    }

    /// Loads, resolves and checks, writing nothing. `now` overrides the options' `--now`.
    public func prepare(now: String? = nil) throws(UsageError) -> Builder.Prepared {
        lock.lock()
        defer { lock.unlock() }
        return try prepareLocked(now: now ?? options.now)
    }

    /// Checks, then renders and writes the site unless an error was found. `now` overrides the options' `--now`.
    public func build(now: String? = nil) throws(UsageError) -> BuildReport {
        lock.lock()
        defer { lock.unlock() }
        let prepared = try prepareLocked(now: now ?? options.now)
        var report = prepared.report
        guard !report.hasErrors, let theme = prepared.theme else { return report }
        var timer = StageTimer()
        var memo = self.memo
        let content = ContentFolder(options.content)
        let sources = theme.assets.map { (theme.root + "/" + $0, $0) } + prepared.site.media.map { (content.absolute($0.path), $0.path) }
        var stamps: [String: FileStamp] = [:]
        let copies = sources.map { source, path in
            let stamp = FileStamp(source)
            stamps[path] = stamp
            return SiteWriter.Copy(source: source, path: path, unchanged: stamp != nil && copied[path] == stamp)
        }
        let pages = SiteRenderer.paths(prepared.site)
        let all = pages + copies.map(\.path)
        let rendered: Int
        do {
            if inPlace, let written, FileManager.default.fileExists(atPath: options.output) {
                let writer = InPlaceWriter(output: options.output, paths: all, previous: written)
                rendered = SiteRenderer.render(prepared.site, theme: theme, revisions: revisions, memo: &memo,
                                                  shapes: theme.pageShapes(), into: writer.write)
                _ = copies.parallelMap { writer.copy($0) }
                timer.lap("render and write")
                try writer.commit()
            } else {
                let writer = try SiteWriter(output: options.output, paths: all)
                rendered = SiteRenderer.render(prepared.site, theme: theme, revisions: revisions, memo: &memo,
                                                  shapes: theme.pageShapes(), into: writer.write)
                _ = copies.parallelMap { writer.copy($0) }
                timer.lap("render and write")
                try writer.commit(removing: removal)
                timer.lap("swap")
            }
        } catch {
            self.memo = SiteRenderer.Memo()
            copied = [:]
            written = nil
            throw UsageError(error.description)
        }
        written = Set(all)
        self.memo = memo
        copied = stamps
        report.filesWritten = pages.count + copies.count
        report.pagesWritten = pages.filter { $0.hasSuffix(".html") }.count
        report.filesRendered = rendered
        return report
    }

    private func prepareLocked(now nowText: String?) throws(UsageError) -> Builder.Prepared {
        let content = ContentFolder(options.content)
        guard content.exists else { throw UsageError("content folder '\(options.content)' does not exist") }
        guard ContentFolder(options.templates).exists else {
            throw UsageError("templates folder '\(options.templates)' does not exist")
        }
        var timer = StageTimer()
        let hubStamp = FileStamp(content.absolute("hub.yml"))
        if hubStamp == nil || hubStamp != self.hubStamp {
            files = [:]
            bodies = [:]
            checks = ContentChecks.Cache()
        }
        self.hubStamp = hubStamp
        let loaded = ContentLoader.load(options.content, reusing: files)
        if keepsResults { files = loaded.files }
        var hub = loaded.hub, diagnostics = loaded.diagnostics
        timer.lap("load")
        if let base = options.baseURL {
            guard let normalized = HubConfigLoader.normalizedBaseURL(base) else {
                throw UsageError("--base-url '\(base)' is not a path such as /advocacy/")
            }
            hub.config.baseURL = normalized
        }
        let clock = HubClock(timeZone: hub.config.timeZone)
        let now: Date
        if let text = nowText {
            guard let parsed = clock.now(text) else {
                throw UsageError("--now '\(text)' is not a date; write 2026-12-01, 2026-12-01T07:30 or 2026-12-01T07:30:00+01:00")
            }
            now = parsed
        } else {
            now = Date()
        }
        // A theme that loaded has no diagnostics: Theme.load reports only errors, and then gives no theme.
        let (theme, themeDiagnostics) = if let given = options.theme, given.language == hub.config.language {
            (Optional(given), Diagnostics())
        } else {
            Theme.load(options.templates, language: hub.config.language)
        }
        diagnostics.append(contentsOf: themeDiagnostics)
        timer.lap("theme")
        let published = Publisher.publish(hub, now: now, drafts: options.drafts, previous: bodies, changed: loaded.changed)
        if keepsResults { bodies = published.bodies }
        let fresh = loaded.changed.union(published.rendered)
        for path in fresh {
            revisions[path] = nextRevision
            nextRevision += 1
        }
        timer.lap("markdown")
        diagnostics.append(contentsOf: published.diagnostics)
        diagnostics.append(contentsOf: ContentChecks.run(published.hub, now: now, termsInTexts: published.bodies.mapValues(\.termsInText),
                                                         cache: &checks, fresh: fresh))
        timer.lap("checks")
        var site = published.site
        if !keepsResults { site.dropSources() }
        let report = BuildReport(
            diagnostics: diagnostics.sorted, active: site.activeItems.count, embargoed: site.embargoedCount,
            expired: site.expiredItems.count, nextChange: site.nextChange, now: now, timeZone: hub.config.timeZone)
        return Builder.Prepared(site: site, theme: theme, report: report)
    }
}
