import AdvocacyCore

/// What a link inside Markdown points at, once the content is known.
public enum LinkTarget: Sendable, Equatable {
    /// A page that is in the site, at this URL.
    case page(String)
    /// A content file that exists but is not in this build, and what it is ("a draft", "an item embargoed until …").
    case unpublished(Message)
    /// A content file that exists but could not be read; its own error says why, so a link to it
    /// is not reported again.
    case unreadable
    /// No file by this name, but a media file whose name differs only in capitals, at this content path.
    case otherCapitals(String)
    /// Nothing; the content path one typing slip away, if there is one.
    case missing(suggestion: String?)
}
