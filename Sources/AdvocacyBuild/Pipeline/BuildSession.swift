import Foundation
import AdvocacyCore
import AdvocacyLoad
import AdvocacyOutput
import AdvocacyPublish
import AdvocacySite

/// Builds one hub again and again (`advocacy serve`), remembering at the pipeline's reuse points
/// what each build made. Documents by their file's stamp: an unchanged file is not read again, its
/// body is not rendered again while its links resolve as before, and its findings are kept while
/// what they depend on is the same. Pages by the hash of their typed model: a page renders again
/// exactly when its model changed. The output folder is swapped in on the first build and updated
/// in place after that. The result is byte for byte what a fresh build gives.
public final class BuildSession: BuildReuse, @unchecked Sendable {
    /// What every build of the session is asked to do.
    public let options: BuildOptions
    private let removal: SiteWriter.Removal
    /// One build at a time.
    private let lock = NSLock()
    /// What the last build made, and what the running build makes for the next one.
    private let memory = Locked(Memory())

    /// What the session remembers between builds.
    private struct Memory {
        var hubStamp: FileStamp?
        /// Every Markdown file as the last build loaded, rendered and checked it.
        var documents: [String: DocumentMemo] = [:]
        /// The hash of each page's model in the output as the last build wrote it, and of what all
        /// pages share (the theme, the site's settings and words).
        var pageHashes: [String: Int] = [:]
        var sharedHash: Int?
        var copied: [String: FileStamp] = [:]
        /// The manifest of the output folder as the last build wrote it.
        var written: SiteManifest?
        /// What the last build that wrote the site published.
        var published: Published?
        /// The pages `buildFirst` wrote since the last build, with what they replaced, to be put back
        /// if the build that follows finds errors and so keeps the last good site.
        var firstPages: [String: Replaced] = [:]
        /// What the running build made so far.
        var next = Next()
    }

    /// What the running build made, kept once it ends well.
    private struct Next {
        /// The output folder the last build wrote, when this build updates it in place.
        var inPlace: String?
        var hubStamp: FileStamp?
        /// The content folder being loaded, resolved once per build.
        var folder: ContentFolder?
        var stamps: [String: FileStamp] = [:]
        /// The files as this build loaded them, by content path.
        var files: [String: ContentLoader.LoadedFile] = [:]
        var reused: Set<String> = []
        /// Every body as this build rendered or reused it, with its HTML (the build lets go of its own
        /// copy of a body's HTML once the page is written).
        var bodies: [String: RenderedMarkdown] = [:]
        var findings: [String: (signature: String, embargoed: Bool, diagnostics: Diagnostics)] = [:]
        var pageHashes: [String: Int] = [:]
        var sharedHash: Int?
        var copied: [String: FileStamp] = [:]
        var published: Published?
    }

    /// What a build published and the theme it rendered with: what `buildFirst` starts from.
    private struct Published {
        var plan: Publisher.Plan
        /// The published site, without the documents' Markdown sources.
        var site: Site
        var context: ContentChecks.Context
        var theme: Theme
    }

    /// A page of the output as it was before `buildFirst` wrote it.
    private struct Replaced {
        /// Nil when there was no file (one deleted by hand): the next build that keeps it writes it.
        var bytes: [UInt8]?
        var modelHash: Int?
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

    /// A session for `options`. `removal` says what becomes of a replaced output folder.
    public init(_ options: BuildOptions, removal: SiteWriter.Removal = .now) {
        self.options = options
        self.removal = removal
    }

    /// Loads, publishes and checks, writing nothing. `now` overrides the options' `--now`.
    public func prepare(now: String? = nil) throws(UsageError) -> Builder.Prepared {
        lock.lock()
        defer { lock.unlock() }
        memory.withLock { $0.next = Next() }
        return try BuildPipeline(options: options, reuse: self, removal: removal).prepare(now: now ?? options.now)
    }

    /// Checks, then renders and writes the site unless an error was found. `now` overrides the options' `--now`.
    public func build(now: String? = nil) throws(UsageError) -> BuildReport {
        lock.lock()
        defer { lock.unlock() }
        memory.withLock { $0.next = Next() }
        var report = try BuildPipeline(options: options, reuse: self, removal: removal).build(now: now ?? options.now)
        if report.hasErrors {
            report.filesChanged = putBackFirstPages()
            // The last good site stays served while the content has errors: a page written first now
            // would only be put back by the build after it. First pages wait for a good build.
            memory.withLock { $0.published = nil }
        }
        return report
    }

    // MARK: The changed pages first

    /// Writes the pages of the documents at `paths` (content paths of Markdown files that changed)
    /// before anything else is built, so `serve` shows an edit at once: each file is read again and
    /// its body rendered and checked, and its page is rendered with the rest of the site as the last
    /// build published it. The `build()` that follows makes the rest and puts these pages back if it
    /// finds errors. Paths of other files are left to that build. Writes nothing unless the last build
    /// wrote the site without errors, hub.yml is not among the paths (its time zone or forbidden terms
    /// may change what is published or allowed), and every document among the paths is one the last
    /// build published, read without errors, whose change cannot change what is published or where
    /// (see `Publisher.Plan.replace`). Returns the output paths whose bytes changed.
    public func buildFirst(_ paths: [String]) -> Set<String> {
        lock.lock()
        defer { lock.unlock() }
        // The remembered site is taken out while it changes, so nothing else holds it and it changes
        // in place; it goes back only when the first pages are written.
        // Other changed files (an editor's temporary file, a picture) wait for the build.
        let documents = memory.withLock { memory in Set(paths).filter { memory.documents[$0] != nil } }
        guard !documents.isEmpty, !paths.contains("hub.yml"), OutputFolder.kind(options.output) == .folder else { return [] }
        let (remembered, written, pageHashes, sharedHash) = memory.withLock { memory in
            defer { memory.published = nil }
            return (memory.published, memory.written, memory.pageHashes, memory.sharedHash)
        }
        guard var last = remembered, let written else { return [] }
        var timer = StageTimer()
        let loader = DocumentLoader(folder: ContentFolder(options.content), clock: last.plan.clock)
        for path in documents {
            guard let markdown = ContentLoader.markdownFile(at: path) else { return [] }
            let file = ContentLoader.load(markdown, with: loader)
            guard !file.diagnostics.hasErrors, let document = file.document, last.plan.replace(document),
                  let index = last.plan.documents.firstIndex(where: { $0.path == path }),
                  last.plan.isPublished(last.plan.documents[index])
            else { return [] }
            var body = last.plan.render(last.plan.documents[index])
            body.digest = body.htmlUTF8.hashValue
            guard !body.diagnostics.hasErrors else { return [] }
            Publisher.republish(&last.site, plan: last.plan, path: path, body: body)
            let checked = ContentChecks.document(document, item: last.site.shareItem(at: path))
            guard !ContentChecks.check(checked, last.context, now: last.plan.now, body: body).hasErrors
            else { return [] }
        }
        timer.lap("first pages: load, render, publish and check")
        let pages = SitePages(last.site, words: last.theme.strings, showing: documents)
        let shared = BuildPipeline.sharedHash(pages, theme: last.theme)
        timer.lap("first pages: site pages")
        let writer = InPlaceWriter(output: options.output, keeping: written)
        var replaced: [String: Replaced] = [:]
        var hashes: [String: Int] = [:]
        for entry in pages.entries {
            let model = pages.model(entry.kind)
            let old = FileManager.default.contents(atPath: options.output + "/" + entry.path).map { [UInt8]($0) }
            replaced[entry.path] = Replaced(bytes: old, modelHash: pageHashes[entry.path])
            hashes[entry.path] = model.hashValue
            writer.write(OutputFile(path: entry.path, bytes: last.theme.render(entry.layout, model)))
        }
        guard let manifest = try? writer.commit() else { return [] }
        timer.lap("first pages: render and write")
        memory.withLock { memory in
            memory.written = manifest
            memory.published = last
            for (path, page) in replaced where memory.firstPages[path] == nil { memory.firstPages[path] = page }
            // A page is kept by the next build only while its file is what its model renders with the
            // shared parts the session remembers.
            for (path, hash) in hashes { memory.pageHashes[path] = shared == sharedHash ? hash : nil }
        }
        return writer.changed ?? []
    }

    /// Puts back the pages `buildFirst` wrote, after a build that found errors and so kept the last
    /// good site. Returns the output paths whose bytes changed.
    private func putBackFirstPages() -> Set<String> {
        let (pages, written) = memory.withLock { memory in
            defer { memory.firstPages = [:] }
            return (memory.firstPages, memory.written)
        }
        guard !pages.isEmpty, let written else { return [] }
        let writer = InPlaceWriter(output: options.output, keeping: written)
        for (path, page) in pages { if let bytes = page.bytes { writer.write(OutputFile(path: path, bytes: bytes)) } }
        let manifest = try? writer.commit()
        memory.withLock { memory in
            memory.written = manifest
            for (path, page) in pages { memory.pageHashes[path] = page.bytes == nil ? nil : page.modelHash }
        }
        return writer.changed ?? []
    }

    // MARK: Reuse points

    func beginPreparing(_ folder: ContentFolder) {
        let stamp = FileStamp(folder.absolute("hub.yml"))
        memory.withLock { memory in
            // Another hub.yml may load every document differently.
            if stamp == nil || stamp != memory.hubStamp { memory.documents = [:] }
            memory.next.hubStamp = stamp
            memory.next.folder = folder
        }
    }

    func load(_ file: ContentLoader.MarkdownFile, _ load: () -> ContentLoader.LoadedFile) -> ContentLoader.LoadedFile {
        let folder = memory.withLock { $0.next.folder } ?? ContentFolder(options.content)
        let stamp = FileStamp(folder.absolute(file.path))
        let earlier = memory.withLock { memory in
            if let stamp { memory.next.stamps[file.path] = stamp }
            return memory.documents[file.path].flatMap { $0.stamp == stamp ? $0.file : nil }
        }
        let loaded = earlier ?? load()
        memory.withLock { $0.next.files[file.path] = loaded }
        return loaded
    }

    func body(of info: DocumentInfo, plan: Publisher.Plan, _ render: () -> RenderedMarkdown) -> RenderedMarkdown {
        let earlier = memory.withLock { memory in
            memory.documents[info.path].flatMap { $0.stamp == memory.next.stamps[info.path] ? $0.body : nil }
        }
        if let earlier, plan.canReuse(earlier, for: info) {
            memory.withLock { memory in
                memory.next.reused.insert(info.path)
                memory.next.bodies[info.path] = earlier
            }
            return earlier
        }
        var body = render()
        // Page models compare bodies by this digest before their HTML.
        body.digest = body.htmlUTF8.hashValue
        memory.withLock { [body] in $0.next.bodies[info.path] = body }
        return body
    }

    func findings(of path: String, embargoed: Bool, context: ContentChecks.Context, _ check: () -> Diagnostics) -> Diagnostics {
        let signature = context.signature
        let earlier = memory.withLock { memory -> Diagnostics? in
            guard memory.next.reused.contains(path), let found = memory.documents[path]?.findings,
                  found.signature == signature, found.embargoed == embargoed else { return nil }
            return found.diagnostics
        }
        let found = earlier ?? check()
        memory.withLock { $0.next.findings[path] = (signature, embargoed, found) }
        return found
    }

    func endPreparing(_ prepared: PreparedParts) {
        memory.withLock { memory in
            var documents: [String: DocumentMemo] = [:]
            for (path, file) in memory.next.files {
                guard let stamp = memory.next.stamps[path] else { continue }
                documents[path] = DocumentMemo(stamp: stamp, file: file, body: memory.next.bodies[path],
                                               findings: memory.next.findings[path])
            }
            memory.next.published = prepared.theme.map {
                Published(plan: prepared.plan, site: prepared.site, context: prepared.context, theme: $0)
            }
            memory.documents = documents
            memory.next.files = [:]
            memory.next.bodies = [:]
            memory.hubStamp = memory.next.hubStamp
        }
    }

    func siteToUpdate(_ output: OutputFolder) -> SiteManifest? {
        let isFolder = OutputFolder.kind(output.path) == .folder
        return memory.withLock { memory in
            memory.next.inPlace = isFolder && memory.written != nil ? output.path : nil
            return memory.next.inPlace != nil ? memory.written : nil
        }
    }

    func page(_ entry: SitePages.Entry, model: PageModel, shared: Int, _ render: () -> Void) -> Bool {
        let hash = model.hashValue
        let unchanged = memory.withLock { memory in
            memory.next.pageHashes[entry.path] = hash
            memory.next.sharedHash = shared
            return memory.next.inPlace.map { Self.isThere(entry.path, in: $0) } == true
                && memory.sharedHash == shared && memory.pageHashes[entry.path] == hash
        }
        if !unchanged { render() }
        return !unchanged
    }

    func copy(_ file: CopiedFile, _ copy: () -> Void) {
        let stamp = FileStamp(file.source)
        let unchanged = memory.withLock { memory in
            if let stamp { memory.next.copied[file.path] = stamp }
            return memory.next.inPlace.map { Self.isThere(file.path, in: $0) } == true
                && stamp != nil && memory.copied[file.path] == stamp
        }
        if !unchanged { copy() }
    }

    /// Whether the file at `path` in the output folder `site` is still there: one deleted by hand
    /// is written again even when nothing it shows changed.
    private static func isThere(_ path: String, in site: String) -> Bool {
        access(site + "/" + path, F_OK) == 0
    }

    func endWriting(_ manifest: SiteManifest?) {
        memory.withLock { memory in
            memory.written = manifest
            memory.pageHashes = manifest == nil ? [:] : memory.next.pageHashes
            memory.sharedHash = manifest == nil ? nil : memory.next.sharedHash
            memory.copied = manifest == nil ? [:] : memory.next.copied
            memory.published = manifest == nil ? nil : memory.next.published
            memory.next.published = nil
            memory.firstPages = [:]
        }
    }
}
