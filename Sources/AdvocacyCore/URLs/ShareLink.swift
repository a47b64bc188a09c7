/// The item's link with UTM tags for one platform and discipline. It names the item, the discipline
/// and the platform, never a person.
public enum ShareLink {
    /// `link` with `utm_source`, `utm_medium`, `utm_campaign` and `utm_content`, placed before any `#fragment`.
    public static func tagged(_ link: String, platform: Platform, medium: String, campaign: String, discipline: String) -> String {
        tagged(link, source: platform.rawValue, medium: medium, campaign: campaign, discipline: discipline)
    }

    /// `link` tagged as read in the weekly digest (`utm_source=digest`), with the cards' other tags.
    public static func digest(_ link: String, medium: String, campaign: String, discipline: String) -> String {
        tagged(link, source: "digest", medium: medium, campaign: campaign, discipline: discipline)
    }

    private static func tagged(_ link: String, source: String, medium: String, campaign: String, discipline: String) -> String {
        let hash = link.firstIndex(of: "#") ?? link.endIndex
        let base = link[..<hash], fragment = link[hash...]
        let query = [("utm_source", source), ("utm_medium", medium),
                     ("utm_campaign", campaign), ("utm_content", discipline)]
            .map { "\($0.0)=\(URLEncoding.queryValue($0.1))" }.joined(separator: "&")
        let separator = base.contains("?") ? (base.hasSuffix("?") || base.hasSuffix("&") ? "" : "&") : "?"
        return base + separator + query + fragment
    }

    /// The address that opens the platform's composer, or nil for a platform that has none (Instagram).
    /// LinkedIn's feed takes the text with the link after it (`shareActive`, undocumented, so the
    /// card keeps the copy step as the fallback); X takes the text and the link; Facebook's sharer
    /// takes only the link, so the text is copied first.
    public static func composer(_ platform: Platform, text: String, url: String?) -> String? {
        switch platform {
        case .linkedin:
            return "https://www.linkedin.com/feed/?shareActive=true&text=" + URLEncoding.queryValue(linkedInText(text, url: url))
        case .x:
            var address = "https://x.com/intent/post?text=" + URLEncoding.queryValue(text)
            if let url { address += "&url=" + URLEncoding.queryValue(url) }
            return address
        case .facebook:
            guard let url else { return nil }
            return "https://www.facebook.com/sharer/sharer.php?u=" + URLEncoding.queryValue(url)
        case .instagram:
            return nil
        }
    }

    /// The text LinkedIn's composer is filled with: the post, a blank line and the link (either may be empty).
    public static func linkedInText(_ text: String, url: String?) -> String {
        [text, url ?? ""].filter { !$0.isEmpty }.joined(separator: "\n\n")
    }
}
