import Foundation
import AdvocacyCore
import AdvocacyLoad
import AdvocacyOutput
import AdvocacyPublish
import AdvocacySite

/// One build, stage by stage: load → publish at `now` → check → model pages → render → write. The
/// stages are the same for every build; what an earlier build made comes in only through `reuse`.
struct BuildPipeline {
    /// What the build is asked to do.
    let options: BuildOptions
    /// Where it may take what an earlier build made.
    let reuse: any BuildReuse
    /// What becomes of a replaced output folder.
    var removal: SiteWriter.Removal = .now

    /// Checks, then renders and writes the site unless an error was found. `now` overrides the options' `--now`.
    func build(now: String? = nil) throws(UsageError) -> BuildReport {
        try checkFolders()
        let output = try OutputFolder(options.output, content: options.content, templates: options.templates)
        let previous = reuse.siteToUpdate(output)
        let inPlace = previous != nil
        // A folder that is not the build's own is refused before anything beside it is touched;
        // cleaning up after killed builds may then put a site back where there was none.
        let existed = OutputFolder.kind(output.path) == .folder
        var current = inPlace || !existed ? nil : try output.currentSite()
        var warnings = output.recoverAbandonedBuilds()
        if !inPlace && !existed { current = try output.currentSite() }
        var prepared = try prepare(now: now)
        prepared.report.outputWarnings = warnings
        var report = prepared.report
        guard !report.hasErrors, let theme = prepared.theme else { return report }
        var timer = StageTimer()
        let content = ContentFolder(options.content)
        let sources = theme.assets.map { (theme.root + "/" + $0, $0) } + prepared.site.media.map { (content.absolute($0.path), $0.path) }
        let copies = sources.map { CopiedFile(source: $0.0, path: $0.1) }
        let sitePages = SitePages(prepared.site, words: theme.strings)
        let pages = SiteRenderer.paths(sitePages)
        let all = pages + copies.map(\.path)
        let rendered: Int
        let manifest: SiteManifest
        let changed: Set<String>?
        do {
            let writer: any SiteOutput = if let previous {
                InPlaceWriter(output: output.path, paths: all, previous: previous)
            } else {
                try SiteWriter(output: output, current: current, paths: all, removing: removal)
            }
            rendered = render(sitePages, theme: theme, into: writer.write)
            _ = copies.parallelMap { file in reuse.copy(file) { writer.copy(file) } }
            timer.lap("render and write")
            manifest = try writer.commit()
            changed = writer.changed
            if let writer = writer as? SiteWriter { warnings += writer.warnings }
            timer.lap("commit")
        } catch {
            reuse.endWriting(nil)
            throw UsageError(error.message)
        }
        reuse.endWriting(manifest)
        report.outputWarnings = warnings
        report.filesWritten = pages.count + copies.count
        report.pagesWritten = sitePages.entries.count
        report.filesRendered = rendered
        report.filesChanged = changed
        return report
    }

    /// Renders every page that `reuse` does not keep, then the feeds. Returns how many files were rendered.
    private func render(_ pages: SitePages, theme: Theme, into write: @escaping @Sendable (OutputFile) -> Void) -> Int {
        let sharedHash = Self.sharedHash(pages, theme: theme)
        let rendered = pages.entries.parallelMap { entry in
            let model = pages.model(entry.kind)
            return reuse.page(entry, model: model, shared: sharedHash) {
                write(OutputFile(path: entry.path, bytes: theme.render(entry.layout, model)))
            }
        }
        SiteRenderer.writeFeeds(pages, theme: theme, into: write)
        return rendered.count { $0 } + SiteRenderer.feedPaths(pages.site).count
    }

    /// A hash of what every page shows the same (see `BuildReuse.page`): the pages' shared parts and the theme.
    static func sharedHash(_ pages: SitePages, theme: Theme) -> Int {
        var shared = Hasher()
        shared.combine(pages.sharedHash)
        shared.combine(theme.signature)
        return shared.finalize()
    }

    /// Fails when the content or templates folder does not exist.
    private func checkFolders() throws(UsageError) {
        guard ContentFolder(options.content).exists else { throw ContentFolder.missing(options.content) }
        guard ContentFolder(options.templates).exists else {
            throw UsageError(.templatesFolderMissing(folder: options.templates))
        }
    }

    /// Loads, publishes at `now` and checks, writing nothing. `now` overrides the options' `--now`.
    func prepare(now nowText: String? = nil) throws(UsageError) -> Builder.Prepared {
        try checkFolders()
        let folder = ContentFolder(options.content)
        var timer = StageTimer()
        var diagnostics = Diagnostics()
        var config = HubConfigLoader.load(folder, diagnostics: &diagnostics)
        if let base = options.baseURL {
            guard let normalized = HubConfigLoader.normalizedBaseURL(base) else {
                throw UsageError(.baseURLOptionNotAPath(url: base))
            }
            config.baseURL = normalized
        }
        reuse.beginPreparing(folder)
        let loader = DocumentLoader(folder: folder, clock: HubClock(timeZone: config.timeZone))
        let files = ContentLoader.markdownFiles(folder, diagnostics: &diagnostics)
        let loaded = files.parallelMap { file in reuse.load(file) { ContentLoader.load(file, with: loader) } }
        let (hub, loadDiagnostics) = ContentLoader.assemble(config, files: loaded, folder: folder, diagnostics: diagnostics)
        diagnostics = loadDiagnostics
        timer.lap("load")

        let clock = HubClock(timeZone: hub.config.timeZone)
        let now = try nowText.map { text throws(UsageError) in try clock.now(text) } ?? Date()
        // A theme given in the options was loaded, and its warnings seen, by whoever gave it.
        let (theme, themeDiagnostics) = if let given = options.theme, given.language == hub.config.language {
            (Optional(given), Diagnostics())
        } else {
            Theme.load(options.templates, language: hub.config.language)
        }
        diagnostics.append(contentsOf: themeDiagnostics)
        timer.lap("theme")

        let plan = Publisher.Plan(hub, now: now, drafts: options.drafts)
        let bodies = plan.documents.parallelMap { info in reuse.body(of: info, plan: plan) { plan.render(info) } }
        let published = Publisher.publish(plan, bodies: bodies)
        timer.lap("markdown")
        diagnostics.append(contentsOf: published.diagnostics)

        let context = ContentChecks.Context(published.hub, terms: plan.terms)
        let checked = ContentChecks.documents(published.hub, items: published.items).parallelMap { document in
            let path = document.info.path
            return reuse.findings(of: path, embargoed: document.isEmbargoed(at: now), context: context) {
                ContentChecks.check(document, context, now: now, termsInText: published.bodies[path]?.termsInText ?? [])
            }
        }
        for found in checked { diagnostics.append(contentsOf: found) }
        diagnostics.append(contentsOf: ContentChecks.checkHub(published.hub, context, copied: published.site.media))
        if let results = published.hub.results {
            diagnostics.append(contentsOf: ResultChecks.check(results, config: published.hub.config, now: now))
        }
        timer.lap("checks")
        diagnostics.append(contentsOf: PageLinkCheck.check(published.site, bodies: published.bodies,
                                                           pages: SiteRenderer.writtenPaths(published.site), media: published.hub.media,
                                                           assets: theme?.assets ?? [], pageOf: plan.page(of:)))
        timer.lap("page links")
        // The sources are rendered; pages need only the bodies.
        var site = published.site
        site.dropSources()
        reuse.endPreparing(PreparedParts(files: loaded, plan: plan, site: site, bodies: published.bodies,
                                         context: context, theme: theme))
        let sorted = diagnostics.sorted
        timer.lap("sorting findings")
        let report = BuildReport(
            diagnostics: sorted, active: site.activeItems.count, embargoed: site.embargoedCount,
            expired: site.expiredItems.count, draftsLeftOut: plan.left.count, changes: site.changes, now: now,
            timeZone: hub.config.timeZone,
            language: options.messageLanguage ?? hub.config.messageLanguage)
        return Builder.Prepared(site: site, theme: theme, report: report)
    }
}
