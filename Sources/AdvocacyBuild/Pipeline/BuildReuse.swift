import Foundation
import AdvocacyCore
import AdvocacyLoad
import AdvocacyOutput
import AdvocacyPublish
import AdvocacySite

/// The points where a build may take what an earlier build made instead of making it again. The
/// pipeline (`BuildPipeline`) calls them at its seams and is the same for every build; a one-shot
/// build reuses nothing (`FreshBuild`), and `BuildSession` remembers what it built for the next
/// build of `advocacy serve`. Each point is handed the work that makes the value, so a build that
/// reuses nothing does exactly that work and no more. Called from many threads at once.
protocol BuildReuse: Sendable {
    /// Starts preparing a build of the hub in `folder`.
    func beginPreparing(_ folder: ContentFolder)
    /// The file `file` loaded: by `load`, or as an earlier build loaded it when it did not change.
    func load(_ file: ContentLoader.MarkdownFile, _ load: () -> ContentLoader.LoadedFile) -> ContentLoader.LoadedFile
    /// The body of the document `info`: rendered by `render`, or an earlier build's that `plan` says
    /// renders the same now.
    func body(of info: DocumentInfo, plan: Publisher.Plan, _ render: () -> RenderedMarkdown) -> RenderedMarkdown
    /// The findings of the document at `path`: made by `check`, or an earlier build's when neither the
    /// document, nor whether it is embargoed, nor what its checks depend on (`context`) changed.
    func findings(of path: String, embargoed: Bool, context: ContentChecks.Context, _ check: () -> Diagnostics) -> Diagnostics
    /// Ends preparing, with what it made.
    func endPreparing(_ prepared: PreparedParts)
    /// The manifest of `output` as an earlier build wrote it, when this build updates that folder in
    /// place; nil when it swaps in a new folder.
    func siteToUpdate(_ output: OutputFolder) -> SiteManifest?
    /// Renders the page `entry` with `render` unless an earlier build wrote it from the same model
    /// and the same shared parts (`shared`: theme, settings, words). Returns whether it rendered.
    func page(_ entry: SitePages.Entry, model: PageModel, shared: Int, _ render: () -> Void) -> Bool
    /// Copies `file` with `copy` unless an earlier build copied it from the same source file.
    func copy(_ file: CopiedFile, _ copy: () -> Void)
    /// Ends a build: what it wrote, or nil when writing failed and nothing earlier can be trusted.
    func endWriting(_ manifest: SiteManifest?)
}

/// A build that reuses nothing: every stage makes its values, and the site is swapped in whole.
struct FreshBuild: BuildReuse {
    func beginPreparing(_ folder: ContentFolder) {}
    func load(_ file: ContentLoader.MarkdownFile, _ load: () -> ContentLoader.LoadedFile) -> ContentLoader.LoadedFile { load() }
    func body(of info: DocumentInfo, plan: Publisher.Plan, _ render: () -> RenderedMarkdown) -> RenderedMarkdown { render() }
    func findings(of path: String, embargoed: Bool, context: ContentChecks.Context, _ check: () -> Diagnostics) -> Diagnostics { check() }
    func endPreparing(_ prepared: PreparedParts) {}
    func siteToUpdate(_ output: OutputFolder) -> SiteManifest? { nil }
    func page(_ entry: SitePages.Entry, model: PageModel, shared: Int, _ render: () -> Void) -> Bool {
        render()
        return true
    }
    func copy(_ file: CopiedFile, _ copy: () -> Void) { copy() }
    func endWriting(_ manifest: SiteManifest?) {}
}

/// What preparing a build made, as the pipeline hands it to `BuildReuse.endPreparing`.
struct PreparedParts {
    /// What the build publishes, without the documents' Markdown sources (the files `load` gave hold them).
    let plan: Publisher.Plan
    /// The published site, without the documents' Markdown sources.
    let site: Site
    /// What the per-document checks depended on.
    let context: ContentChecks.Context
    /// The theme, if it loaded.
    let theme: Theme?
}
