import AdvocacyCore
import AdvocacyPublish

/// Renders a published site: every page from its typed model with the theme's layouts, then the
/// feeds, the sitemap and the search index. Pages render in parallel.
public enum SiteRenderer {
    /// The feeds, indexes and the digest's files of `site`, which follow the pages: the whole hub's,
    /// and each discipline's feed and calendar; and the script of the share cards' tools.
    package static func feedPaths(_ site: Site) -> [String] {
        ["feed.xml", "queue.ics", "sitemap.xml", CardToolsScript.path] + SearchIndex.paths(site) + DigestFiles.paths
            + site.disciplines.flatMap { [site.urls.file(for: site.urls.disciplineFeed($0.id)),
                                          site.urls.file(for: site.urls.disciplineCalendar($0.id))] }
    }

    /// The paths below the site's root of every page and feed of `site`, for the page-link check.
    package static func writtenPaths(_ site: Site) -> [String] {
        SitePages.entries(site).map { String($0.url.dropFirst(site.urls.base.count)) } + feedPaths(site)
    }

    /// Every file of the site whose pages are `pages`, before anything renders, so the writer can
    /// make the folders.
    package static func paths(_ pages: SitePages) -> [String] {
        pages.entries.map(\.path) + feedPaths(pages.site)
    }

    /// Renders every file of the site into memory, sorted by path.
    public static func render(_ site: Site, theme: Theme) -> [OutputFile] {
        let files = Locked([OutputFile]())
        render(SitePages(site, words: theme.strings), theme: theme) { file in files.withLock { $0.append(file) } }
        return files.withLock { $0 }.sorted { $0.path < $1.path }
    }

    /// Renders every page and feed and hands each file to `write` as soon as it is rendered, on any
    /// thread. Returns how many files were rendered.
    @discardableResult
    package static func render(_ pages: SitePages, theme: Theme, into write: @escaping @Sendable (OutputFile) -> Void) -> Int {
        _ = pages.entries.parallelMap { entry in
            write(OutputFile(path: entry.path, bytes: theme.render(entry.layout, pages.model(entry.kind))))
        }
        writeFeeds(pages, theme: theme, into: write)
        return pages.entries.count + feedPaths(pages.site).count
    }

    /// Renders the feeds, the sitemap, the search index, the digest's files and the card tools' script
    /// of the site whose pages are `pages`.
    package static func writeFeeds(_ pages: SitePages, theme: Theme, into write: @escaping @Sendable (OutputFile) -> Void) {
        let site = pages.site
        // A sitemap's <loc> is absolute where hub.yml gives site-url.
        let pageURLs = pages.entries.filter { $0.url.hasSuffix("/") }.sorted { $0.path < $1.path }
            .map { site.urls.absolute($0.url) ?? $0.url }
        let disciplineFeeds = site.disciplines.map { discipline -> @Sendable () -> [OutputFile] in
            { [OutputFile(path: site.urls.file(for: site.urls.disciplineFeed(discipline.id)), bytes: AtomFeed.render(site, discipline: discipline))] }
        }
        let feeds: [@Sendable () -> [OutputFile]] = [
            { [OutputFile(path: "feed.xml", bytes: AtomFeed.render(site))] },
            {
                CalendarFeed.render(site, into: write)
                return []
            },
            { [OutputFile(path: "sitemap.xml", contents: Sitemap.render(urls: pageURLs))] },
            { SearchIndex.render(site) },
            { [CardToolsScript.render(pages, theme: theme)] },
        ] + disciplineFeeds + DigestFiles.render(pages, theme: theme).map { file in { [file()] } }
        _ = Array(feeds.indices).parallelMap { feeds[$0]().forEach(write) }
    }
}
