import AdvocacyCore

/// A link in a body that the browser follows from the page's own address rather than a content file:
/// written relative without `.md` (`kritik`, `../kritik/`) or from the site's root (`/guidelines/kritik/`).
/// The build checks it against the pages and files it writes.
public struct PageLink: Sendable, Hashable {
    /// The link as written.
    public var url: String
    /// Where it is written.
    public var location: SourceLocation
}
