/// Fills `{name}` placeholders in the site's own words, such as `{length} af {limit} tegn`.
package enum Placeholders {
    /// `pattern` with every `{name}` whose name `value` knows replaced; other braces stay as written.
    package static func fill(_ pattern: String, _ value: (Substring) -> String?) -> String {
        guard pattern.utf8.contains(UInt8(ascii: "{")) else { return pattern }
        var out = ""
        var rest = pattern[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            guard let close = rest[open...].firstIndex(of: "}"),
                  let replacement = value(rest[rest.index(after: open)..<close]) else {
                out += "{"
                rest = rest[rest.index(after: open)...]
                continue
            }
            out += replacement
            rest = rest[rest.index(after: close)...]
        }
        return out + rest
    }
}
