import Foundation

/// Links compared as the same page: scheme and host in any case, with or without a trailing slash,
/// UTM tags and a fragment, so an entry shared before with `?utm_source=…` is not imported again.
package enum FeedLink {
    /// The form two links of the same page share: scheme and host lower-case, the default port, a
    /// trailing `/` of the path, every `utm_*` parameter of the query and the fragment left out.
    package static func key(_ link: String) -> String {
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard var parts = URLComponents(string: trimmed), let scheme = parts.scheme?.lowercased() else { return trimmed }
        parts.scheme = scheme
        parts.host = parts.host?.lowercased()
        if (scheme == "https" && parts.port == 443) || (scheme == "http" && parts.port == 80) { parts.port = nil }
        while parts.percentEncodedPath.hasSuffix("/") { parts.percentEncodedPath.removeLast() }
        let kept = parts.percentEncodedQueryItems?.filter { !$0.name.lowercased().hasPrefix("utm_") } ?? []
        parts.percentEncodedQueryItems = kept.isEmpty ? nil : kept
        parts.fragment = nil
        return parts.string ?? trimmed
    }

    /// `link` as an item writes it: trimmed, its scheme and host lower-case and its `utm_*` parameters
    /// left out (the hub adds its own UTM tags to what colleagues share); the rest as the feed has it.
    package static func written(_ link: String) -> String {
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard var parts = URLComponents(string: trimmed), parts.scheme != nil else { return trimmed }
        parts.scheme = parts.scheme?.lowercased()
        parts.host = parts.host?.lowercased()
        if let items = parts.percentEncodedQueryItems {
            let kept = items.filter { !$0.name.lowercased().hasPrefix("utm_") }
            parts.percentEncodedQueryItems = kept.isEmpty ? nil : kept
        }
        return parts.string ?? trimmed
    }
}
