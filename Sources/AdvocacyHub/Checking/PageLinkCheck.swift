import Foundation

/// Checks the links a browser follows from a page's address (`PageLink`) against what the build writes.
enum PageLinkCheck {
    /// What a build writes, as paths below the site's root: `guidelines/kritik/` for a page,
    /// `media/aarhus.svg` for a file, the empty path for the home page.
    struct Written: Sendable {
        private let paths: Set<String>
        /// Made on the first suggestion asked for, by whichever thread asks first.
        private let near = Locked<NearNames?>(nil)

        init(_ paths: some Sequence<String>) { self.paths = Set(paths) }

        /// Whether `path` is written, as a page (with or without its closing `/` or `index.html`) or a file.
        func contains(_ path: String) -> Bool {
            if path.isEmpty || paths.contains(path) || paths.contains(path + "/") { return true }
            return path.hasSuffix("/index.html") && paths.contains(String(path.dropLast("index.html".count)))
        }

        /// The written path one typing slip away from `path`, found with an index made on the first call.
        func suggestion(for path: String) -> String? {
            let index = near.withLock { near in
                if near == nil { near = NearNames(paths.map(Self.trimmed)) }
                return near!
            }
            return index.suggestion(for: Self.trimmed(path)).map { paths.contains($0 + "/") ? $0 + "/" : $0 }
        }

        private static func trimmed(_ path: String) -> String { path.hasSuffix("/") ? String(path.dropLast()) : path }
    }

    /// Checks the page links of every body against what the build writes: the site's pages, feeds and
    /// media, and the theme's `assets`. `pageOf` gives the address of a content file's page below
    /// the site's root, nil for a file that has none in this build.
    static func check(_ site: Site, bodies: [String: RenderedMarkdown], assets: [String],
                      pageOf: @Sendable (String) -> String?) -> Diagnostics {
        var diagnostics = Diagnostics()
        let linked = bodies.filter { !$0.value.pageLinks.isEmpty }.sorted { $0.key < $1.key }
        guard !linked.isEmpty else { return diagnostics }
        let base = site.urls.base
        let written = Written(SitePages.entries(site).map { String($0.url.dropFirst(base.count)) }
                              + SiteRenderer.feedPaths(site) + site.media.map(\.path) + assets)
        let found = linked.parallelMap { path, body in
            var found = Diagnostics()
            if let page = pageOf(path) {
                check(body.pageLinks, page: page, contentPath: path, base: base, written: written,
                      isDocument: { pageOf($0) != nil }, diagnostics: &found)
            }
            return found
        }
        for result in found { diagnostics.append(contentsOf: result) }
        return diagnostics
    }

    /// Checks the page links of the document at `contentPath`, whose page is at `page` (below the
    /// site's root). `isDocument` says whether a content path is a document of this build, to point
    /// a link written without `.md` at the file it meant.
    static func check(_ links: [PageLink], page: String, contentPath: String, base: String,
                      written: Written, isDocument: (String) -> Bool, diagnostics: inout Diagnostics) {
        for link in links {
            guard let target = target(of: link.url, page: page, base: base) else {
                diagnostics.error(.pageLinkAboveSite, ["url": .text(link.url)], at: link.location)
                continue
            }
            guard !written.contains(target) else { continue }
            var suggestion: Message.Argument = ""
            if !link.url.hasPrefix("/"), let file = InternalLink(link.url)?.resolved(from: contentPath),
               isDocument(file + ".md") {
                suggestion = .message(Message(.pageLinkWithoutMd, ["fixed": .text(withMd(link.url))]))
            } else if let near = written.suggestion(for: target) {
                suggestion = .message(Message(.didYouMean, ["name": .text("/" + near)]))
            }
            if link.url.hasPrefix("/") {
                diagnostics.error(.rootLinkMissing, ["url": .text(link.url), "suggestion": suggestion], at: link.location)
            } else {
                diagnostics.error(.pageLinkMissing, ["url": .text(link.url), "target": .text("/" + target), "suggestion": suggestion],
                                  at: link.location)
            }
        }
    }

    /// The path below the site's root that `url` leads to from `page`; nil when it climbs above the root.
    static func target(of url: String, page: String, base: String) -> String? {
        var path = String(url.prefix { $0 != "#" && $0 != "?" })
        path = path.removingPercentEncoding ?? path
        var parts: [Substring]
        if path.hasPrefix("/") {
            if base != "/", path.hasPrefix(base) { path = "/" + path.dropFirst(base.count) }
            parts = []
        } else {
            parts = page.split(separator: "/")
        }
        let segments = path.split(separator: "/", omittingEmptySubsequences: true)
        for segment in segments {
            switch segment {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(segment)
            }
        }
        let joined = parts.joined(separator: "/")
        let isFolder = path.hasSuffix("/") || segments.last == "." || segments.last == ".."
        return joined.isEmpty || !isFolder ? joined : joined + "/"
    }

    /// `url` with `.md` after its path, before any `?` or `#` part.
    private static func withMd(_ url: String) -> String {
        let end = url.firstIndex { $0 == "#" || $0 == "?" } ?? url.endIndex
        var path = url[..<end]
        if path.hasSuffix("/") { path = path.dropLast() }
        return path + ".md" + url[end...]
    }
}
