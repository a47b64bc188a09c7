import Foundation

/// A relative link written in Markdown, such as `../guidelines/policy.md#kritik`.
package struct InternalLink {
    /// The path part, percent-decoded.
    package let path: String
    /// `#…` or empty.
    package let fragment: String

    /// Nil for absolute URLs, root-relative paths, fragments alone and anything with a scheme.
    package init?(_ url: String) {
        guard !url.isEmpty, !url.hasPrefix("/"), !url.hasPrefix("#"), !url.hasPrefix("?") else { return nil }
        // A character is one of `:#?%` only where its byte is, so the characters are looked for
        // only when the bytes are there: a link of a few words is not read character by character.
        func has(_ scalar: Unicode.Scalar, _ text: some StringProtocol) -> Bool { text.utf8.contains(UInt8(ascii: scalar)) }
        if has(":", url), let colon = url.firstIndex(of: ":"), !url[..<colon].contains("/") { return nil }
        let hash = has("#", url) ? url.firstIndex(of: "#") ?? url.endIndex : url.endIndex
        var path = String(url[..<hash])
        if has("?", path), let query = path.firstIndex(of: "?") { path = String(path[..<query]) }
        self.path = has("%", path) ? path.removingPercentEncoding ?? path : path
        self.fragment = String(url[hash...])
    }

    /// The link from the file at `source` to the content path `target`, both relative to the content
    /// folder: `share/a.md` to `guidelines/b.md` is `../guidelines/b.md`.
    package static func relative(from source: String, to target: String) -> String {
        let from = source.pathSegments().dropLast(), to = target.pathSegments()
        let shared = zip(from, to.dropLast()).prefix { $0 == $1 }.count
        return (Array(repeating: "..", count: from.count - shared) + to.dropFirst(shared).map(String.init)).joined(separator: "/")
    }

    /// The content-relative path the link names from a file at `from`; nil if it climbs out of the folder.
    package func resolved(from: String) -> String? {
        var parts = from.pathSegments().dropLast().map(String.init)
        for part in path.pathSegments() {
            switch part {
            case ".": continue
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
            default: parts.append(String(part))
            }
        }
        return parts.joined(separator: "/")
    }
}
