import AdvocacyCore
import AdvocacyLoad
import AdvocacyOutput
import AdvocacySite

/// The pages a build writes in the step that renders their document's body, before the other
/// documents are checked: those that show no body and no share text but their own
/// (`SitePages.showsOnlyItsOwnBody`: items, stories, guidelines, pages, evaluations), modelled from
/// the site's outline. So a body's HTML is let go of as soon as its page is written, and the build
/// never holds every body at once. Only into a new folder (`SiteWriter`), which is swapped in once
/// the whole build is good and removed when it finds an error.
struct EarlyPages: Sendable {
    /// The pages of the site's outline (`Publisher.outline`).
    let outline: SitePages
    let writer: SiteWriter
    let theme: Theme
    /// The pages written early, by the content path of the document each shows.
    let entries: [String: SitePages.Entry]
    /// What every page shows the same (see `BuildPipeline.sharedHash`).
    let shared: Int
    /// The documents whose HTML the feeds show, kept after their page is written.
    let inFeeds: Set<String>

    /// The pages of `outline` to write early, into `writer`.
    init(_ outline: SitePages, writer: SiteWriter, theme: Theme) {
        self.outline = outline
        self.writer = writer
        self.theme = theme
        var entries: [String: SitePages.Entry] = [:]
        for entry in outline.entries where SitePages.showsOnlyItsOwnBody(entry.kind) {
            if let path = outline.ownDocument(entry.kind) { entries[path] = entry }
        }
        self.entries = entries
        shared = BuildPipeline.sharedHash(outline, theme: theme)
        inFeeds = outline.bodiesInFeeds
    }

    /// Renders and writes the page of the document at `path`, if it is one written early, showing
    /// `body`, unless `reuse` keeps it; then lets go of what only that page shows of the body: its
    /// headings, and its HTML unless a feed shows it.
    /// Returns whether it rendered a page.
    func write(_ path: String, body: inout RenderedMarkdown, reuse: any BuildReuse) -> Bool {
        guard let entry = entries[path] else { return false }
        let model = outline.model(entry.kind, body: body)
        let rendered = reuse.page(entry, model: model, shared: shared) {
            writer.write(OutputFile(path: entry.path, bytes: theme.render(entry.layout, model)))
        }
        body.headings = []
        if !inFeeds.contains(path) { body.htmlUTF8 = [] }
        return rendered
    }
}
