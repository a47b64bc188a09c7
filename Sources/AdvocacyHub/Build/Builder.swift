import Foundation

/// The whole pipeline: load → resolve at `now` → check → render → write.
public enum Builder {
    /// Everything up to rendering: what `check` runs, and what `build` runs before it writes.
    public struct Prepared: Sendable {
        /// The published site; only meaningful when there are no errors.
        public var site: Site
        /// The loaded theme, if it loaded.
        public var theme: Theme?
        /// The report so far.
        public var report: BuildReport
    }

    /// Loads, resolves and checks, writing nothing.
    public static func prepare(_ options: BuildOptions) throws(UsageError) -> Prepared {
        let content = ContentFolder(options.content)
        guard content.exists else { throw UsageError("content folder '\(options.content)' does not exist") }
        guard ContentFolder(options.templates).exists else {
            throw UsageError("templates folder '\(options.templates)' does not exist")
        }
        var timer = StageTimer()
        var (hub, diagnostics) = ContentLoader.load(options.content)
        timer.lap("load")
        if let base = options.baseURL {
            guard let normalized = HubConfigLoader.normalizedBaseURL(base) else {
                throw UsageError("--base-url '\(base)' is not a path such as /advocacy/")
            }
            hub.config.baseURL = normalized
        }
        let clock = HubClock(timeZone: hub.config.timeZone)
        let now: Date
        if let text = options.now {
            guard let parsed = clock.now(text) else {
                throw UsageError("--now '\(text)' is not a date; write 2026-12-01, 2026-12-01T07:30 or 2026-12-01T07:30:00+01:00")
            }
            now = parsed
        } else {
            now = Date()
        }
        let (theme, themeDiagnostics) = Theme.load(options.templates, language: hub.config.language)
        diagnostics.append(contentsOf: themeDiagnostics)
        timer.lap("theme")
        let published = Publisher.publish(hub, now: now, drafts: options.drafts)
        timer.lap("markdown")
        diagnostics.append(contentsOf: published.diagnostics)
        diagnostics.append(contentsOf: ContentChecks.run(published.hub, now: now, plainTexts: published.bodies.mapValues(\.plainText)))
        timer.lap("checks")
        let site = published.site
        let report = BuildReport(
            diagnostics: diagnostics.sorted, active: site.activeItems.count, embargoed: site.embargoedCount,
            expired: site.expiredItems.count, nextChange: site.nextChange, now: now, timeZone: hub.config.timeZone)
        return Prepared(site: site, theme: theme, report: report)
    }

    /// Checks, then renders and writes the site unless an error was found.
    public static func build(_ options: BuildOptions) throws(UsageError) -> BuildReport {
        let prepared = try prepare(options)
        var report = prepared.report
        guard !report.hasErrors, let theme = prepared.theme else { return report }
        var timer = StageTimer()
        let files = SiteRenderer.render(prepared.site, theme: theme)
        timer.lap("render")
        var copies = theme.assets.map { SiteWriter.Copy(source: theme.root + "/" + $0, path: $0) }
        let content = ContentFolder(options.content)
        copies += prepared.site.media.map { SiteWriter.Copy(source: content.absolute($0.path), path: $0.path) }
        do {
            try SiteWriter.write(files, copies: copies, to: options.output)
            timer.lap("write")
        } catch {
            throw UsageError(error.description)
        }
        report.filesWritten = files.count + copies.count
        report.pagesWritten = files.filter { $0.path.hasSuffix(".html") }.count
        return report
    }
}
