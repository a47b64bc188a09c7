/// Escaping for text placed into HTML and XML by code rather than by a template.
enum HTML {
    /// Escapes `& < > " '`, and replaces the characters no page or feed may hold by spaces
    /// (`UnsafeCharacters`; the content checks keep them out, this keeps them out of any output).
    static func escape(_ text: String) -> String {
        guard text.utf8.contains(where: { $0 == 38 || $0 == 60 || $0 == 62 || $0 == 34 || $0 == 39 })
                || UnsafeCharacters.contains(text) else { return text }
        var out = ""
        out.reserveCapacity(text.utf8.count + 16)
        for c in text.unicodeScalars {
            switch c {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            default: out.unicodeScalars.append(UnsafeCharacters.isUnsafe(c) ? " " : c)
            }
        }
        return out
    }
}
