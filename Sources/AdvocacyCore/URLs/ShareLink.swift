/// The item's link with UTM tags for one platform and discipline. It names the item, the discipline
/// and the platform, never a person.
public enum ShareLink {
    /// `link` with `utm_source`, `utm_medium`, `utm_campaign` and `utm_content`, placed before any `#fragment`.
    public static func tagged(_ link: String, platform: Platform, medium: String, campaign: String, discipline: String) -> String {
        tagged(link, source: platform.rawValue, medium: medium, campaign: campaign, discipline: discipline)
    }

    /// `utm_source` of a link handed to the system share sheet ("Del…"), whatever app the person picks
    /// there. The cards write only their platform's link; the share sheet's is that link with this source.
    public static let shareSheetSource = "share-sheet"

    private static func tagged(_ link: String, source: String, medium: String, campaign: String, discipline: String) -> String {
        var link = link
        let values = [source, medium, campaign, discipline].map(URLEncoding.queryValue)
        return link.withUTF8 { link in
            // A URL's delimiters are bytes (RFC 3986), so they are looked for as bytes, not characters.
            let hash = link.firstIndex(of: UInt8(ascii: "#")) ?? link.count
            let base = UnsafeBufferPointer(rebasing: link[..<hash])
            let separator = base.contains(UInt8(ascii: "?"))
                ? (base.last == UInt8(ascii: "?") || base.last == UInt8(ascii: "&") ? "" : "&") : "?"
            var pieces = [separator, "utm_source=", values[0], "&utm_medium=", values[1], "&utm_campaign=", values[2],
                          "&utm_content=", values[3]]
            let length = link.count + pieces.reduce(0) { $0 + $1.utf8.count }
            return String(unsafeUninitializedCapacity: length) { out in
                var end = 0
                func append(_ bytes: UnsafeBufferPointer<UInt8>) {
                    _ = UnsafeMutableBufferPointer(rebasing: out[end...]).initialize(from: bytes)
                    end += bytes.count
                }
                append(base)
                for index in pieces.indices { pieces[index].withUTF8(append) }
                append(UnsafeBufferPointer(rebasing: link[hash...]))
                return end
            }
        }
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
        guard let url, !url.isEmpty else { return text }
        return text.isEmpty ? url : text + "\n\n" + url
    }
}
