import Foundation

/// A shareable item in the content queue, from `share/*.md`.
public struct ShareItem: Sendable {
    /// Title, summary, slug and the background for colleagues.
    public var info: DocumentInfo
    /// The page being shared (`link`), without UTM tags.
    public var link: Located<String>?
    /// An image in `media/`, such as `media/aarhus.svg`.
    public let image: Located<String>?
    /// The disciplines the item is for.
    public var disciplines: [Located<String>]
    /// The embargo: before this instant the item exists nowhere in the output.
    public var publish: Located<Date>?
    /// After this instant the item leaves the queue for the archive.
    public var expires: Located<Date>?
    /// Whether `publish` and `expires` were written as days without a time: shown as days.
    public var publishIsDay = false, expiresIsDay = false
    /// The suggested posting window.
    public var bestTime: BestTime?
    /// Sponsored items count as advertising: every share text must carry the disclosure.
    public var sponsored: Bool
    /// Whose content the item shares: the company's own (the default) or another publisher's.
    public var source: ShareSource = .own
    /// The original publisher of a curated item (`via:`), shown as "Curated from …"; nil for own content.
    public var via: Located<String>?

    /// The content path `image` names (`/media/a.svg`, `./media/a.svg` and, from `share/x.md`,
    /// `../media/a.svg` name `media/a.svg`); nil without an image or when it leads outside the
    /// content folder. Worked out once, when the item is made.
    public let imagePath: String?

    /// Creates a value from its stored properties; `imagePath` is worked out from `image` here.
    package init(info: DocumentInfo, link: Located<String>? = nil, image: Located<String>? = nil, disciplines: [Located<String>], publish: Located<Date>? = nil, expires: Located<Date>? = nil, bestTime: BestTime? = nil, sponsored: Bool) {
        self.info = info
        self.link = link
        self.image = image
        self.disciplines = disciplines
        self.publish = publish
        self.expires = expires
        self.bestTime = bestTime
        self.sponsored = sponsored
        imagePath = image.flatMap { Self.contentPath($0.value, from: info.path) }
    }

    /// The content path an image written in the front matter of the file at `file` names.
    private static func contentPath(_ written: String, from file: String) -> String? {
        // `../media/a.svg` is relative to the item's file, as links in its body are.
        if written.hasPrefix("../") { return InternalLink(written)?.resolved(from: file) }
        let path = written.hasPrefix("/") ? String(written.dropFirst()) : written
        guard !path.contains("..") else { return nil }
        return InternalLink(path)?.resolved(from: "x")
    }
}

/// Whose content a share item shares (`source:`): the company's own, or curated from another
/// publisher, named by `via:`.
public enum ShareSource: String, CaseIterable, Sendable {
    case own, curated
}
