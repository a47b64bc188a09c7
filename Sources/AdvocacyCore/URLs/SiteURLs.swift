import Foundation

/// Where every kind of page lives in the output, all under the hub's `base-url`.
public struct SiteURLs: Sendable, Hashable {
    /// `base-url`, starting and ending with `/`.
    public let base: String
    /// `site-url`: the absolute address of `base`, ending with `/`; nil when hub.yml has none.
    public let site: String?

    /// The hosts and paths under which an address leads into the site (`sitePath`): those of
    /// `site-url` and of an absolute `base-url`, read once.
    private let roots: [Root]

    /// URLs under `base`, made absolute with `site`.
    public init(base: String, site: String? = nil) {
        self.base = base
        self.site = site
        roots = [site, base].compactMap { $0.flatMap(Self.authority).map(Root.init) }
    }

    /// The absolute address of a URL under `base`: itself when `base-url` is absolute already, the
    /// same path under `site-url` otherwise; nil without `site-url`, where no absolute address is known.
    public func absolute(_ url: String) -> String? {
        if url.hasPrefix("https://") || url.hasPrefix("http://") { return url }
        guard let site, url.hasPrefix(base) else { return nil }
        return site + url.dropFirst(base.count)
    }

    public var home: String { base }
    public var queue: String { base + "share/" }
    public func queuePage(_ number: Int) -> String { number <= 1 ? queue : base + "share/\(Self.queuePagesFolder)/\(number)/" }
    public var archive: String { base + "share/\(Self.archiveFolder)/" }
    public func shareItem(_ slug: String) -> String { base + "share/\(slug)/" }
    public var disciplines: String { base + "disciplines/" }
    public func discipline(_ id: String) -> String { base + "disciplines/\(id)/" }
    /// The Atom feed of one discipline's active items.
    public func disciplineFeed(_ id: String) -> String { discipline(id) + "feed.xml" }
    /// The calendar of one discipline's active items.
    public func disciplineCalendar(_ id: String) -> String { discipline(id) + "queue.ics" }
    public var guidelines: String { base + "guidelines/" }
    public func guideline(_ slug: String) -> String { base + "guidelines/\(slug)/" }
    public var stories: String { base + "stories/" }
    public func story(_ slug: String) -> String { base + "stories/\(slug)/" }
    public func page(_ slug: String) -> String { base + "\(slug)/" }
    public var readiness: String { base + "readiness/" }
    public var results: String { base + "results/" }
    public func evaluation(_ period: Period) -> String { base + "results/\(period)/" }
    public var search: String { base + "search/" }
    public var searchIndex: String { base + "search-index.json" }
    public var feed: String { base + "feed.xml" }
    public var calendar: String { base + "queue.ics" }
    public var digest: String { base + "digest/" }
    public func media(_ path: String) -> String { base + path }
    public func asset(_ path: String) -> String { base + "assets/" + path }

    /// The output file of a page URL: `share/x/` → `share/x/index.html`.
    public func file(for url: String) -> String {
        let path = String(url.dropFirst(base.count))
        return path.isEmpty || path.hasSuffix("/") ? path + "index.html" : path
    }

    /// The path below the site's root (`media/a.svg`, `guidelines/kritik/`, empty for the home page) that
    /// `url` leads to when a browser follows it from the page at `page` (also below the root). An address
    /// under `site-url` or an absolute `base-url`, a path from the host's root with or without `base-url`,
    /// and a relative path all lead into the site; the query and fragment are dropped and percent-escapes
    /// (`%2D`, `%2F`) decoded, as a web server does. Nil for another site's address, another scheme, and a
    /// path that climbs above the site's root.
    public func sitePath(of url: String, from page: String) -> String? {
        // An address of ASCII (nearly every one) is cut byte by byte, as each of its characters is one byte.
        let written = url.utf8.allSatisfy({ $0 < 0x80 })
            ? Substring(url.utf8.prefix { $0 != UInt8(ascii: "#") && $0 != UInt8(ascii: "?") })
            : url.prefix { $0 != "#" && $0 != "?" }
        var parts: [Substring]
        var path: String
        if let (authority, rest) = Self.authority(of: written) {
            let rest = Self.decoded(rest)
            let host = Root(authority: authority, path: "")
            guard let root = roots.filter({ $0.sameHost(host) }).map(\.path).first(where: { rest.hasPrefix($0) }) else { return nil }
            path = String(rest.dropFirst(root.count))
            parts = []
        } else if written.hasPrefix("/") {
            path = Self.decoded(written)
            if base != "/", path.hasPrefix(base) { path = "/" + path.dropFirst(base.count) }
            parts = []
        } else if written.contains(where: { $0 == ":" }) && !written.prefix(while: { $0 != ":" }).contains("/") {
            return nil
        } else {
            path = Self.decoded(written)
            parts = page.pathSegments()
        }
        let segments = path.pathSegments()
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

    /// Whether `url` names a host: `https://host/…` or `//host/…`.
    public static func namesHost(_ url: String) -> Bool { authority(of: url) != nil }

    /// Whether `url` names a host (`namesHost`) and leads into the site (`sitePath` has it): a full
    /// address under `site-url` or an absolute `base-url`.
    public func isFullAddressInSite(_ url: String) -> Bool {
        guard let (authority, _) = Self.authority(of: url) else { return false }
        // Another host's address (nearly every one) is told at its host, before its path is read.
        let host = Root(authority: authority, path: "")
        return roots.contains { $0.sameHost(host) } && sitePath(of: url, from: "") != nil
    }

    /// `https://host` (or `//host`, without a scheme) and the path after it, for an address that names a host.
    ///
    /// An address of ASCII (nearly every one) is read byte by byte, as each of its characters is one
    /// byte; any other character by character, where a `:` or `/` with a mark on it is neither.
    private static func authority(of url: some StringProtocol) -> (authority: Substring, path: Substring)? {
        let text = Substring(url)
        guard text.utf8.allSatisfy({ $0 < 0x80 }) else { return authorityByCharacters(of: text) }
        let bytes = text.utf8
        var rest = bytes[...]
        if let colon = bytes.firstIndex(of: UInt8(ascii: ":")), !bytes[..<colon].contains(UInt8(ascii: "/")) {
            rest = bytes[bytes.index(after: colon)...]
        }
        guard rest.starts(with: "//".utf8) else { return nil }
        let host = rest.dropFirst(2).prefix { $0 != UInt8(ascii: "/") }
        return (text[..<host.endIndex], text[host.endIndex...])
    }

    /// `authority(of:)`, character by character.
    private static func authorityByCharacters(of text: Substring) -> (authority: Substring, path: Substring)? {
        var rest = text
        if let colon = text.firstIndex(of: ":"), !text[..<colon].contains("/") {
            rest = text[text.index(after: colon)...]
        }
        guard rest.hasPrefix("//") else { return nil }
        let host = rest.dropFirst(2).prefix { $0 != "/" }
        return (text[..<host.endIndex], text[host.endIndex...])
    }

    /// An address's authority (`https://host` or `//host`) and its path, percent-escapes decoded.
    private struct Root: Sendable, Hashable {
        /// The authority in lower case, and its host after `//` in lower case.
        let authority: String, host: String
        let path: String
        /// Whether the authority has no scheme (`//host`).
        let schemeless: Bool

        init(authority: Substring, path: Substring) {
            self.authority = authority.lowercased()
            schemeless = authority.hasPrefix("//")
            host = schemeless ? self.authority : String(self.authority.drop { $0 != "/" })
            self.path = SiteURLs.decoded(path)
        }

        /// Whether two authorities name one host: letters in any case, a missing scheme (`//host`) matching any.
        func sameHost(_ other: Root) -> Bool {
            schemeless || other.schemeless ? host == other.host : authority == other.authority
        }
    }

    private static func decoded(_ text: some StringProtocol) -> String {
        // Without a `%` there is nothing to decode, and Foundation's decoding is slow to find that out.
        text.utf8.contains(UInt8(ascii: "%")) ? String(text).removingPercentEncoding ?? String(text) : String(text)
    }

    /// The folders under `share/` of the archive and of the queue's pages after the first.
    static let archiveFolder = "archive", queuePagesFolder = "page"
    /// Names that share items may not take as their slug: the folders of the site's own pages under `share/`.
    package static let reservedForItems: Set<String> = [archiveFolder, queuePagesFolder]

    /// Top-level names that pages may not take as their slug.
    package static let reserved: Set<String> = ["share", "disciplines", "guidelines", "stories", "readiness", "results", "search", "digest",
                                        "assets", "media", "feed.xml", "queue.ics", "sitemap.xml", "search-index.json"]
}
