import AdvocacyCore

/// The text of a feed's titles and summaries as one line of plain text: markup taken out, HTML
/// entities decoded, whitespace and the characters no output may hold turned into single spaces.
package enum FeedText {
    /// The longest summary `import` writes, in characters: it is cut at the last sentence end within
    /// it, or else at the last space, with "…".
    package static let summaryLimit = 240

    /// `html` as text: tags and comments removed (the content of `script` and `style` too), entities
    /// decoded, one line. A `<` that starts no tag stays as it is.
    package static func plain(fromHTML html: String) -> String {
        var out = ""
        var rest = Substring(html)
        while let open = rest.firstIndex(of: "<") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if after.hasPrefix("!--") {
                guard let end = after.range(of: "-->") else { rest = ""; break }
                rest = after[end.upperBound...]
                continue
            }
            guard let first = after.first, first.isLetter || first == "/" || first == "!" || first == "?",
                  let close = after.firstIndex(of: ">") else {
                out += "<"
                rest = after
                continue
            }
            let name = after.drop { $0 == "/" }.prefix { $0.isLetter || $0.isNumber }.lowercased()
            rest = after[after.index(after: close)...]
            if name == "script" || name == "style", after.first != "/", let end = rest.range(of: "</" + name, options: .caseInsensitive) {
                rest = rest[end.upperBound...]
                if let close = rest.firstIndex(of: ">") { rest = rest[rest.index(after: close)...] }
            }
            // Block tags end words (`<p>A</p><p>B</p>` is "A B"); inline ones do not (`<b>A</b>.` is "A.").
            if blocks.contains(name) { out += " " }
        }
        out += rest
        return oneLine(decodingEntities(out))
    }

    /// `text` with every run of whitespace (line breaks, tabs, no-break spaces) and every character no
    /// output may hold made one space, trimmed; soft hyphens and U+FEFF (a byte order mark, which YAML
    /// drops at the start of a value, so a title written with one would not load back as written) left out.
    package static func oneLine(_ text: String) -> String {
        var out = "", space = false
        for scalar in text.unicodeScalars where scalar != "\u{AD}" && scalar != "\u{FEFF}" {
            if scalar.properties.isWhitespace || UnsafeCharacters.isUnsafe(scalar) || scalar == "\u{2028}" || scalar == "\u{2029}" {
                space = !out.isEmpty
                continue
            }
            if space { out.unicodeScalars.append(" ") }
            space = false
            out.unicodeScalars.append(scalar)
        }
        return out
    }

    /// The summary as written: `text` cut at the last sentence end (`.`, `!` or `?` before a space)
    /// within `summaryLimit` characters, or at the last space with "…" when it has none.
    package static func summary(_ text: String) -> String {
        guard text.count > summaryLimit else { return text }
        let head = text.prefix(summaryLimit)
        var cut: String.Index?
        var index = head.startIndex
        while index < head.endIndex {
            let next = head.index(after: index)
            if ".!?".contains(head[index]), next < text.endIndex, text[next] == " " { cut = next }
            index = next
        }
        if let cut, head.distance(from: head.startIndex, to: cut) >= summaryLimit / 3 { return String(head[..<cut]) }
        let word = head.lastIndex(of: " ") ?? head.endIndex
        return String(head[..<word]).trimmingCharacters(in: .whitespaces) + "…"
    }

    /// `text` with HTML's character references decoded: numeric ones (`&#230;`, `&#xE6;`) and the
    /// named ones news feeds use; an unknown name stays as it is.
    package static func decodingEntities(_ text: String) -> String {
        guard text.contains("&") else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            let body = after.prefix { $0 != ";" && $0 != "&" && !$0.isWhitespace }
            guard body.count <= 32, body.endIndex < after.endIndex, after[body.endIndex] == ";",
                  let decoded = character(for: body) else {
                out += "&"
                rest = after
                continue
            }
            out.unicodeScalars.append(decoded)
            rest = after[after.index(after: body.endIndex)...]
        }
        out += rest
        return out
    }

    private static func character(for name: Substring) -> Unicode.Scalar? {
        if name.hasPrefix("#x") || name.hasPrefix("#X") {
            return UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).flatMap(usable)
        }
        if name.hasPrefix("#") { return UInt32(name.dropFirst(), radix: 10).flatMap(Unicode.Scalar.init).flatMap(usable) }
        return named[String(name)]
    }

    /// A numeric reference to NUL or another character no output may hold decodes to a space.
    private static func usable(_ scalar: Unicode.Scalar) -> Unicode.Scalar {
        scalar.value == 0 || UnsafeCharacters.isUnsafe(scalar) ? " " : scalar
    }

    /// The HTML elements that start a line of their own.
    private static let blocks: Set<String> = [
        "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "figcaption", "figure", "footer", "h1", "h2",
        "h3", "h4", "h5", "h6", "header", "hr", "li", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
    ]

    private static let named: [String: Unicode.Scalar] = [
        "amp": "&", "lt": "<", "gt": ">", "quot": "\"", "apos": "'", "nbsp": "\u{A0}", "shy": "\u{AD}",
        "aelig": "æ", "AElig": "Æ", "oslash": "ø", "Oslash": "Ø", "aring": "å", "Aring": "Å",
        "auml": "ä", "Auml": "Ä", "ouml": "ö", "Ouml": "Ö", "uuml": "ü", "Uuml": "Ü", "szlig": "ß",
        "eacute": "é", "Eacute": "É", "egrave": "è", "aacute": "á", "oacute": "ó", "iacute": "í", "uacute": "ú",
        "ndash": "–", "mdash": "—", "hellip": "…", "lsquo": "‘", "rsquo": "’", "sbquo": "‚", "ldquo": "“",
        "rdquo": "”", "bdquo": "„", "laquo": "«", "raquo": "»", "bull": "•", "middot": "·", "copy": "©",
        "reg": "®", "trade": "™", "euro": "€", "pound": "£", "deg": "°", "times": "×", "frac12": "½", "sect": "§",
    ]
}
