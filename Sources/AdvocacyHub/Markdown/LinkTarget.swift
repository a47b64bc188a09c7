/// What a link inside Markdown points at, once the content is known.
public enum LinkTarget: Sendable, Equatable {
    /// A page that is in the site, at this URL.
    case page(String)
    /// A content file that exists but is not in this build, and why ("a draft", "embargoed until …").
    case unpublished(String)
    /// No file by this name, but a media file whose name differs only in capitals, at this content path.
    case otherCapitals(String)
    /// Nothing.
    case missing
}
