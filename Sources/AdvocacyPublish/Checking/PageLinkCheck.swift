import Foundation
import AdvocacyCore
import AdvocacyLoad

/// Checks the links a browser follows from a page's address (`PageLink`) against what the build writes.
package enum PageLinkCheck {
    /// What a build writes, as paths below the site's root: `guidelines/kritik/` for a page,
    /// `media/aarhus.svg` for a file, the empty path for the home page.
    package struct Written: Sendable {
        private let paths: Set<String>
        /// The first part of every path (`guidelines`, `media`, `feed.xml`): the site's own places.
        private let places: Set<Substring>
        /// Made on the first suggestion asked for, by whichever thread asks first.
        private let near = Locked<NearNames?>(nil)
        /// The files of `media/`, sorted, and their names: made on the first missing link that may mean one.
        private let media = Locked<(paths: [String], names: MediaNames)?>(nil)

        package init(_ paths: some Sequence<String>) {
            self.paths = Set(paths)
            places = Set(self.paths.map { $0.prefix { $0 != "/" } })
        }

        /// Whether `path` is written, as a page (with or without its closing `/` or `index.html`) or a file.
        package func contains(_ path: String) -> Bool {
            if path.isEmpty || paths.contains(path) || paths.contains(path + "/") { return true }
            guard path == "index.html" || path.hasSuffix("/index.html") else { return false }
            let folder = String(path.dropLast("index.html".count))
            return folder.isEmpty || paths.contains(folder)
        }

        /// Whether `path` starts in a place the site writes (`guidelines/…`, `media/…`), as a page of
        /// the hub does: of the addresses on the site's host, those are the hub's whatever else is
        /// served there.
        func isInAPlaceOfTheSite(_ path: String) -> Bool {
            path.isEmpty || places.contains(path.prefix { $0 != "/" })
        }

        /// The written path one typing slip away from `path`, found with an index made on the first call.
        package func suggestion(for path: String) -> String? {
            let index = near.withLock { near in
                if near == nil { near = NearNames(paths.map(Self.trimmed)) }
                return near!
            }
            return index.suggestion(for: Self.trimmed(path)).map { paths.contains($0 + "/") ? $0 + "/" : $0 }
        }

        /// The file of `media/` a link to the missing `path` (its path as written, decoded, without `./`,
        /// `../` or a leading `/`) most likely meant: the same path below `media/` (a link written from
        /// the wrong folder), else a file of the same name in another folder of it, else the same name
        /// with another extension beside where it pointed.
        func mediaMeant(by path: String) -> String? {
            let (media, names) = self.media.withLock { index in
                if index == nil {
                    let media = paths.filter { $0.hasPrefix("media/") }.sorted()
                    index = (media, MediaNames(paths: media))
                }
                return index!
            }
            let wanted = path.hasPrefix("media/") ? path : "media/" + path
            if media.contains(wanted) { return wanted }
            let inMedia = wanted.dropFirst("media/".count), name = wanted.split(separator: "/").last ?? ""
            if let tail = media.first(where: { wanted.hasSuffix("/" + $0.dropFirst("media/".count)) || $0.hasSuffix("/" + inMedia) })
                ?? media.first(where: { $0.split(separator: "/").last == name }) {
                return tail
            }
            return names.otherExtension(of: wanted)
        }

        private static func trimmed(_ path: String) -> String { path.hasSuffix("/") ? String(path.dropLast()) : path }
    }

    /// Checks the page links of every body against what the build writes: the site's pages and feeds,
    /// the theme's `assets`, and the hub's `media` (each is copied once a published page uses it, so
    /// an embargoed item may show an image that is copied when it is published). `pages` are the paths
    /// below the site's root of the pages and feeds the build writes. `pageOf` gives the address of a
    /// content file's page below the site's root, nil for a file that has none in this build.
    package static func check(_ site: Site, bodies: [String: RenderedMarkdown], pages: [String], media: [MediaFile], assets: [String],
                      pageOf: @Sendable (String) -> String?) -> Diagnostics {
        var diagnostics = Diagnostics()
        let linked = bodies.filter { !$0.value.pageLinks.isEmpty }.sorted { $0.key < $1.key }
        guard !linked.isEmpty else { return diagnostics }
        let urls = site.urls
        let written = Written(pages + media.map(\.path) + assets)
        let found = linked.parallelMap { path, body in
            var found = Diagnostics()
            if let page = pageOf(path) {
                check(body.pageLinks, page: page, contentPath: path, urls: urls, written: written,
                      isDocument: { pageOf($0) != nil }, diagnostics: &found)
            }
            return found
        }
        for result in found { diagnostics.append(contentsOf: result) }
        return diagnostics
    }

    /// Checks the page links of the document at `contentPath`, whose page is at `page` (below the
    /// site's root). `isDocument` says whether a content path is a document of this build, to point
    /// a link written without `.md` at the file it meant. `urls` say which full addresses lead into the site.
    package static func check(_ links: [PageLink], page: String, contentPath: String, urls: SiteURLs,
                      written: Written, isDocument: (String) -> Bool, diagnostics: inout Diagnostics) {
        for link in links {
            guard let target = urls.sitePath(of: link.url, from: page) else {
                diagnostics.error(.pageLinkAboveSite(url: link.url), at: link.location)
                continue
            }
            let isFullAddress = urls.isFullAddressInSite(link.url)
            // A full address on the site's host that leads to no place of the hub may be another
            // service's there (`site-url` at the root of a shared intranet host).
            guard !written.contains(target), !isFullAddress || written.isInAPlaceOfTheSite(target) else { continue }
            var suggestion: Message?
            let fromRoot = link.url.hasPrefix("/") && !isFullAddress
            if !fromRoot && !isFullAddress, let file = InternalLink(link.url)?.resolved(from: contentPath),
               isDocument(file + ".md") {
                suggestion = Message(.pageLinkWithoutMd(fixed: withMd(link.url)))
            } else if let media = written.mediaMeant(by: isFullAddress ? target : Self.writtenPath(link.url)) {
                // Written the way the link was: from the content file, or from the site's root (as
                // a full address is suggested too).
                let fixed = fromRoot || isFullAddress ? "/" + media : InternalLink.relative(from: contentPath, to: media)
                suggestion = Message(.didYouMean(name: fixed))
            } else if let near = written.suggestion(for: target) {
                suggestion = Message(.didYouMean(name: "/" + near))
            }
            if fromRoot {
                diagnostics.error(.rootLinkMissing(url: link.url, suggestion: suggestion), at: link.location)
            } else {
                diagnostics.error(.pageLinkMissing(url: link.url, target: "/" + target, suggestion: suggestion),
                                  at: link.location)
            }
        }
    }

    /// The path a link names, decoded, without its `?` or `#` part and without leading `/`, `./` or `../`.
    private static func writtenPath(_ url: String) -> String {
        let end = url.firstIndex { $0 == "#" || $0 == "?" } ?? url.endIndex
        var parts = url[..<end].split(separator: "/").map(String.init)
        while let first = parts.first, first == "." || first == ".." { parts.removeFirst() }
        let path = parts.joined(separator: "/")
        return path.removingPercentEncoding ?? path
    }

    /// `url` with `.md` after its path, before any `?` or `#` part.
    private static func withMd(_ url: String) -> String {
        let end = url.firstIndex { $0 == "#" || $0 == "?" } ?? url.endIndex
        var path = url[..<end]
        if path.hasSuffix("/") { path = path.dropLast() }
        return path + ".md" + url[end...]
    }
}
