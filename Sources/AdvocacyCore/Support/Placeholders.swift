/// Fills `{name}` placeholders in the site's own words, such as `{length} af {limit} tegn`.
package enum Placeholders {
    /// `pattern` with every `{name}` whose name `value` knows replaced; other braces stay as written.
    package static func fill(_ pattern: String, _ value: (Substring) -> String?) -> String {
        let open = UInt8(ascii: "{"), close = UInt8(ascii: "}")
        guard pattern.utf8.contains(open) else { return pattern }
        var out = ""
        var rest = pattern[...]
        // The braces are ASCII bytes, so the text can be cut at them.
        while let start = rest.utf8.firstIndex(of: open) {
            out += rest[..<start]
            let name = rest.utf8.index(after: start)
            guard let end = rest.utf8[name...].firstIndex(of: close), let replacement = value(rest[name..<end]) else {
                out += "{"
                rest = rest[name...]
                continue
            }
            out += replacement
            rest = rest[rest.utf8.index(after: end)...]
        }
        return out + rest
    }
}
