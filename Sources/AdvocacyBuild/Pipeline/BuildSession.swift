import Foundation
import AdvocacyCore
import AdvocacyLoad
import AdvocacyOutput
import AdvocacyPublish
import AdvocacySite

/// Builds one hub, once (`Builder`) or again and again (`advocacy serve`). The stages are pure
/// functions; a session that keeps its results caches at two seams on top of them. Documents by
/// their file's stamp: an unchanged file is not read again, its body is not rendered again while
/// its links resolve as before, and its findings are kept while what they depend on is the same.
/// Pages by the hash of their typed model: a page renders again exactly when its model changed. The
/// result is byte for byte what a fresh build gives.
public final class BuildSession: @unchecked Sendable {
    /// What every build of the session is asked to do.
    public let options: BuildOptions
    private let lock = NSLock()
    private var hubStamp: FileStamp?
    /// Every Markdown file as this session last loaded, rendered and checked it.
    private var documents: [String: DocumentMemo] = [:]
    /// The hash of each page's model in the output as this session last wrote it, and of what all
    /// pages share (the theme, the site's settings and words).
    private var pageHashes: [String: Int] = [:]
    private var sharedHash: Int?
    private var copied: [String: FileStamp] = [:]

    private let removal: SiteWriter.Removal
    /// Whether results are kept for a next build; a one-shot build lets go of them as it goes.
    private let keepsResults: Bool
    /// The manifest of the output folder as this session last wrote it.
    private var written: SiteManifest?

    /// A session for `options`. `removal` says what becomes of a replaced output folder. A session
    /// that keeps its results swaps in a new output folder on its first build and updates it in
    /// place after that, writing only what changed (for a private preview folder). Without
    /// `keepsResults`, every build is as fresh as the first and uses less memory.
    public init(_ options: BuildOptions, removal: SiteWriter.Removal = .now, keepsResults: Bool = true) {
        self.options = options
        self.removal = removal
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
        try checkFolders()
        let output = try OutputFolder(options.output, content: options.content, templates: options.templates)
        let inPlace = keepsResults && written != nil && OutputFolder.kind(output.path) == .folder
        // A folder that is not the build's own is refused before anything beside it is touched;
        // cleaning up after killed builds may then put a site back where there was none.
        let existed = OutputFolder.kind(output.path) == .folder
        var current = inPlace || !existed ? nil : try output.currentSite()
        var warnings = output.recoverAbandonedBuilds()
        if !inPlace && !existed { current = try output.currentSite() }
        var prepared = try prepareLocked(now: now ?? options.now)
        prepared.report.outputWarnings = warnings
        var report = prepared.report
        guard !report.hasErrors, let theme = prepared.theme else { return report }
        var timer = StageTimer()
        let content = ContentFolder(options.content)
        let sources = theme.assets.map { (theme.root + "/" + $0, $0) } + prepared.site.media.map { (content.absolute($0.path), $0.path) }
        let copies = sources.map { CopiedFile(source: $0.0, path: $0.1) }
        let stamps = keepsResults ? copies.map { FileStamp($0.source) } : []
        let sitePages = SitePages(prepared.site, words: theme.strings)
        let pages = SiteRenderer.paths(sitePages)
        let all = pages + copies.map(\.path)
        let rendered: Int
        let manifest: SiteManifest
        do {
            let writer: any SiteOutput = if inPlace, let written {
                InPlaceWriter(output: output.path, paths: all, previous: written)
            } else {
                try SiteWriter(output: output, current: current, paths: all, removing: removal)
            }
            rendered = render(sitePages, theme: theme, onlyChanged: inPlace, into: writer.write)
            _ = Array(copies.indices).parallelMap { index in
                if !inPlace || stamps[index] == nil || copied[copies[index].path] != stamps[index] { writer.copy(copies[index]) }
            }
            timer.lap("render and write")
            manifest = try writer.commit()
            if let writer = writer as? SiteWriter { warnings += writer.warnings }
            timer.lap("commit")
        } catch {
            pageHashes = [:]
            sharedHash = nil
            copied = [:]
            written = nil
            throw UsageError(error.message)
        }
        report.outputWarnings = warnings
        if keepsResults {
            written = manifest
            copied = Dictionary(zip(copies.map(\.path), stamps).compactMap { path, stamp in stamp.map { (path, $0) } }) { $1 }
        }
        report.filesWritten = pages.count + copies.count
        report.pagesWritten = sitePages.entries.count
        report.filesRendered = rendered
        return report
    }

    /// Renders the site: every page, or with `onlyChanged` only the pages whose model changed since
    /// this session's last build. Returns how many files were rendered.
    private func render(_ pages: SitePages, theme: Theme, onlyChanged: Bool, into write: @escaping @Sendable (OutputFile) -> Void) -> Int {
        guard keepsResults else { return SiteRenderer.render(pages, theme: theme, into: write) }
        var shared = Hasher()
        shared.combine(pages.sharedHash)
        shared.combine(theme.signature)
        let sharedHash = shared.finalize()
        let previous = onlyChanged && sharedHash == self.sharedHash ? pageHashes : [:]
        let results = pages.entries.parallelMap { entry -> (path: String, hash: Int, rendered: Bool) in
            let model = pages.model(entry.kind)
            let hash = model.hashValue
            guard previous[entry.path] != hash else { return (entry.path, hash, false) }
            write(OutputFile(path: entry.path, bytes: theme.render(entry.layout, model)))
            return (entry.path, hash, true)
        }
        SiteRenderer.writeFeeds(pages, theme: theme, into: write)
        pageHashes = Dictionary(uniqueKeysWithValues: results.map { ($0.path, $0.hash) })
        self.sharedHash = sharedHash
        return results.count { $0.rendered } + SiteRenderer.feedPaths(pages.site).count
    }

    /// Fails when the content or templates folder does not exist.
    private func checkFolders() throws(UsageError) {
        guard ContentFolder(options.content).exists else { throw ContentFolder.missing(options.content) }
        guard ContentFolder(options.templates).exists else {
            throw UsageError(.templatesFolderMissing(folder: options.templates))
        }
    }

    /// A Markdown file as a build of the session left it.
    private struct DocumentMemo {
        var stamp: FileStamp
        var file: ContentLoader.LoadedFile
        var body: RenderedMarkdown?
        /// The findings with what they were made from: the check context's signature and whether
        /// the document was embargoed.
        var findings: (signature: String, embargoed: Bool, diagnostics: Diagnostics)?
    }

    private func prepareLocked(now nowText: String?) throws(UsageError) -> Builder.Prepared {
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
        let hubStamp = keepsResults ? FileStamp(folder.absolute("hub.yml")) : nil
        let previous = hubStamp != nil && hubStamp == self.hubStamp ? documents : [:]
        let loader = DocumentLoader(folder: folder, clock: HubClock(timeZone: config.timeZone))
        let files = ContentLoader.markdownFiles(folder, diagnostics: &diagnostics)
        let loaded = files.parallelMap { file -> (stamp: FileStamp?, file: ContentLoader.LoadedFile, memo: DocumentMemo?) in
            let stamp = keepsResults ? FileStamp(folder.absolute(file.path)) : nil
            if let stamp, let memo = previous[file.path], memo.stamp == stamp { return (stamp, memo.file, memo) }
            return (stamp, ContentLoader.load(file, with: loader), nil)
        }
        let unchanged = Dictionary(uniqueKeysWithValues: zip(files, loaded).compactMap { file, result in
            result.memo.map { (file.path, $0) }
        })
        let (hub, loadDiagnostics) = ContentLoader.assemble(config, files: loaded.map(\.file), folder: folder, diagnostics: diagnostics)
        diagnostics = loadDiagnostics
        timer.lap("load")

        let clock = HubClock(timeZone: hub.config.timeZone)
        let now: Date
        if let text = nowText {
            now = try clock.now(text)
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

        let plan = Publisher.Plan(hub, now: now, drafts: options.drafts)
        let bodies = plan.documents.parallelMap { info -> (body: RenderedMarkdown, reused: Bool) in
            if let body = unchanged[info.path]?.body, plan.canReuse(body, for: info) { return (body, true) }
            var body = plan.render(info)
            if keepsResults { body.digest = body.html.hashValue }
            return (body, false)
        }
        let published = Publisher.publish(plan, bodies: bodies.map(\.body))
        let reused = Set(zip(plan.documents, bodies).filter(\.1.reused).map(\.0.path))
        timer.lap("markdown")
        diagnostics.append(contentsOf: published.diagnostics)

        let context = ContentChecks.Context(published.hub, terms: plan.terms)
        let signature = keepsResults ? context.signature : ""
        let checked = ContentChecks.documents(published.hub).parallelMap { document -> (path: String, embargoed: Bool, found: Diagnostics) in
            let path = document.info.path, embargoed = document.isEmbargoed(at: now)
            if reused.contains(path), let earlier = unchanged[path]?.findings, earlier.signature == signature, earlier.embargoed == embargoed {
                return (path, embargoed, earlier.diagnostics)
            }
            return (path, embargoed, ContentChecks.check(document, context, now: now,
                                                         termsInText: published.bodies[path]?.termsInText ?? []))
        }
        for result in checked { diagnostics.append(contentsOf: result.found) }
        diagnostics.append(contentsOf: ContentChecks.checkHub(published.hub, context, copied: published.site.media))
        if let results = published.hub.results {
            diagnostics.append(contentsOf: ResultChecks.check(results, config: published.hub.config, now: now))
        }
        timer.lap("checks")
        diagnostics.append(contentsOf: PageLinkCheck.check(published.site, bodies: published.bodies,
                                                           pages: SiteRenderer.writtenPaths(published.site), media: published.hub.media,
                                                           assets: theme?.assets ?? [], pageOf: plan.page(of:)))
        timer.lap("page links")

        if keepsResults {
            var memos: [String: DocumentMemo] = [:]
            for (file, result) in zip(files, loaded) {
                guard let stamp = result.stamp else { continue }
                memos[file.path] = DocumentMemo(stamp: stamp, file: result.file, body: published.bodies[file.path])
            }
            for result in checked { memos[result.path]?.findings = (signature, result.embargoed, result.found) }
            documents = memos
            self.hubStamp = hubStamp
        }
        var site = published.site
        if !keepsResults { site.dropSources() }
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
