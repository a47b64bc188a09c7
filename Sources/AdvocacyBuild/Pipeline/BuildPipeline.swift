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
        var checking = StageTimer()
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
        checking.lap("output folder")
        // A new folder can take the pages that show only their own body while the bodies are rendered;
        // one updated in place takes nothing before the checks end.
        let startWriting: ((SitePages, Theme) -> EarlyPages?)? = inPlace ? nil : { outline, theme in
            // Every file the outline knows of (all but the media, which the bodies choose), so a kept
            // site written into keeps them.
            let paths = SiteRenderer.paths(outline) + theme.assets
            // Should the folder not be made now, it is made again once the checks end, and says why.
            return (try? SiteWriter(output: output, current: current, paths: paths, removing: removal))
                .map { EarlyPages(outline, writer: $0, theme: theme) }
        }
        var (prepared, early) = try prepare(now: now, startWriting: startWriting)
        prepared.report.outputWarnings = warnings
        var report = prepared.report
        guard !report.hasErrors, let theme = prepared.theme else {
            early?.writer.abandon()
            return report
        }
        var timer = StageTimer()
        let content = ContentFolder(options.content)
        let sources = theme.assets.map { (theme.root + "/" + $0, $0) } + prepared.site.media.map { (content.absolute($0.path), $0.path) }
        let copies = sources.map { CopiedFile(source: $0.0, path: $0.1) }
        var sitePages = SitePages(prepared.site, words: theme.strings)
        // The pages hold the site from here on, so the bodies they let go of are freed.
        prepared.site.bodies = [:]
        let pages = SiteRenderer.paths(sitePages)
        let all = pages + copies.map(\.path)
        timer.lap("page models")
        let rendered: Int
        let manifest: SiteManifest
        let changed: Set<String>?
        do {
            let writer: any SiteOutput
            if let previous {
                writer = InPlaceWriter(output: output.path, paths: all, previous: previous)
            } else if let early {
                try early.writer.add(all)
                writer = early.writer
            } else {
                writer = try SiteWriter(output: output, current: current, paths: all, removing: removal)
            }
            rendered = (early?.rendered ?? 0) + render(&sitePages, skipping: early?.paths ?? [], theme: theme, into: writer.write)
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

    /// Pages rendered at once between two lettings go of the bodies they showed.
    private static let batch = 256

    /// Renders every page but those at `written` (written early) that `reuse` does not keep, then the
    /// feeds. Returns how many files were rendered. The pages are rendered batch by batch, and the HTML
    /// of each body is let go of as soon as its page is written (but for the feeds').
    private func render(_ pages: inout SitePages, skipping written: Set<String>, theme: Theme,
                        into write: @escaping @Sendable (OutputFile) -> Void) -> Int {
        let sharedHash = Self.sharedHash(pages, theme: theme)
        let inFeeds = pages.bodiesInFeeds
        let left = pages.entries.filter { !written.contains($0.path) }
        var rendered = 0
        for start in stride(from: 0, to: left.count, by: Self.batch) {
            let entries = left[start..<min(start + Self.batch, left.count)]
            rendered += render(entries, of: pages, shared: sharedHash, theme: theme, into: write)
            pages.dropHTML(of: entries, keeping: inFeeds)
        }
        SiteRenderer.writeFeeds(pages, theme: theme, into: write)
        return rendered + SiteRenderer.feedPaths(pages.site).count
    }

    /// Renders the pages `entries` of `pages` that `reuse` does not keep. Returns how many it rendered.
    private func render(_ entries: ArraySlice<SitePages.Entry>, of pages: SitePages, shared: Int, theme: Theme,
                        into write: @escaping @Sendable (OutputFile) -> Void) -> Int {
        Array(entries).parallelMap { entry in
            let model = pages.model(entry.kind)
            return reuse.page(entry, model: model, shared: shared) {
                write(OutputFile(path: entry.path, bytes: theme.render(entry.layout, model)))
            }
        }.count { $0 }
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
        try prepare(now: nowText, startWriting: nil).prepared
    }

    /// What `prepare` makes, and the writer of the pages it wrote early, with their paths and how many
    /// it rendered. Unless the hub failed to load, `startWriting` is given the site's outline and the
    /// theme before the bodies are rendered; the pages it returns are written as their bodies are
    /// rendered, and the outline is let go of once they are.
    private func prepare(now nowText: String?, startWriting: ((SitePages, Theme) -> EarlyPages?)?)
        throws(UsageError) -> (prepared: Builder.Prepared, early: (writer: SiteWriter, paths: Set<String>, rendered: Int)?) {
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
        // A document's Markdown source is let go of as soon as its front matter is read, and read again
        // where its body is rendered and checked: the build never holds every source at once.
        let loaded = files.parallelMap { file in
            var loaded = reuse.load(file) { ContentLoader.load(file, with: loader) }
            loaded.document?.info.body = ""
            return loaded
        }
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

        let plan = Publisher.Plan(consume hub, now: now, drafts: options.drafts)
        let context = ContentChecks.Context(plan.hub, terms: plan.terms)
        let checkedDocuments = ContentChecks.documents(plan.hub, items: plan.hub.shareItems.map { PublishedItem($0, body: nil) })
        let checkOrder = checkedDocuments.map(\.info.path)
        let toCheck = Dictionary(uniqueKeysWithValues: checkedDocuments.map { ($0.info.path, $0) })
        // One step per document: its source is read, rendered and then checked, and let go of; only
        // its body goes on, and the page that shows only that body is written. The checks are the
        // checks stage's, run where the source still is.
        let early = diagnostics.hasErrors ? nil : theme.flatMap { theme in
            startWriting?(SitePages(Publisher.outline(plan), words: theme.strings), theme)
        }
        timer.lap("plan and folder")
        let steps = Array(plan.documents.indices).parallelMap { index -> (body: RenderedMarkdown, findings: Diagnostics?, rendered: Bool) in
            let info = plan.documents[index]
            // The source is read when it is first needed: a body and findings an earlier build made need none.
            var source: DocumentInfo?
            var changed = false
            func withSource() -> DocumentInfo {
                if let source { return source }
                var read = info
                if let withBody = loader.withBody(info) { read = withBody } else { changed = true }
                source = read
                return read
            }
            var body = reuse.body(of: info, plan: plan) { plan.render(withSource()) }
            let findings = toCheck[info.path].map { document in
                reuse.findings(of: info.path, embargoed: document.isEmbargoed(at: now), context: context) {
                    ContentChecks.check(document.reading(withSource(), body: body), context, now: now, body: body)
                }
            }
            if changed { body.diagnostics.error(.contentFileChangedDuringBuild, at: SourceLocation(file: info.displayPath)) }
            // The page of a document with an error of its own (a forbidden term, a file saved meanwhile) is
            // written nowhere, not even into the new folder for the moment until the build fails.
            let ownError = body.diagnostics.hasErrors || findings?.hasErrors == true
            let rendered = ownError ? false : early?.write(info.path, body: &body, reuse: reuse) ?? false
            return (body: body, findings: findings, rendered: rendered)
        }
        timer.lap("markdown and checks")
        let published = Publisher.publish(plan, bodies: steps.map(\.body))
        timer.lap("publish")
        diagnostics.append(contentsOf: published.diagnostics)

        var findings: [String: Diagnostics] = [:]
        for (info, step) in zip(plan.documents, steps) { findings[info.path] = step.findings }
        for path in checkOrder { diagnostics.append(contentsOf: findings[path] ?? Diagnostics()) }
        diagnostics.append(contentsOf: ContentChecks.checkHub(published.hub, context, copied: published.site.media,
                                                                    embargoedMedia: published.embargoedMedia))
        if let results = published.hub.results {
            diagnostics.append(contentsOf: ResultChecks.check(results, config: published.hub.config, now: now))
        }
        diagnostics.append(contentsOf: BalanceChecks.check(published.hub, now: now))
        timer.lap("checks")
        diagnostics.append(contentsOf: PageLinkCheck.check(published.site, bodies: published.bodies,
                                                           pages: SiteRenderer.writtenPaths(published.site), media: published.hub.media,
                                                           assets: theme?.assets ?? [], pageOf: plan.page(of:)))
        timer.lap("page links")
        let site = published.site
        reuse.endPreparing(PreparedParts(plan: plan, site: site, context: context, theme: theme))
        let sorted = diagnostics.sorted
        timer.lap("sorting findings")
        let report = BuildReport(
            diagnostics: sorted, active: site.activeItems.count, embargoed: site.embargoedCount,
            expired: site.expiredItems.count, draftsLeftOut: plan.left.count, changes: site.changes, now: now,
            timeZone: plan.hub.config.timeZone,
            language: options.messageLanguage ?? plan.hub.config.messageLanguage)
        return (Builder.Prepared(site: site, theme: theme, report: report),
                early.map { early in
                    // The pages written, not those that could have been: one left out for an error is
                    // rendered with the rest should the build go on.
                    let written = zip(plan.documents, steps).compactMap { $1.rendered ? early.entries[$0.path]?.path : nil }
                    return (early.writer, Set(written), written.count)
                })
    }
}
