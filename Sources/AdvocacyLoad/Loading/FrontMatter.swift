import AdvocacyCore

/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the `---` lines.
    package var yaml: String
    /// The file line the YAML starts on.
    var yamlLine: Int
    /// The Markdown after the closing `---`.
    package var body: String
    /// The file line the body starts on.
    package var bodyLine: Int

    /// Why a file's front matter cannot be found.
    package enum Failure: Error {
        case missing
        case unclosed
    }

    /// Splits `text`, which must open with a `---` line; the front matter ends at a `---` or `...` line.
    package static func split(_ text: String) throws(Failure) -> FrontMatter {
        let bytes = text.utf8
        var lineStart = bytes.startIndex
        var line = 1
        var yamlStart: String.Index?
        while lineStart < bytes.endIndex {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? bytes.endIndex
            var content = text[lineStart..<lineEnd]
            while let last = content.last, last == " " || last == "\t" { content = content.dropLast() }
            let next = lineEnd < bytes.endIndex ? bytes.index(after: lineEnd) : lineEnd
            if line == 1 {
                guard content == "---" else { throw .missing }
                yamlStart = next
            } else if content == "---" || content == "..." {
                return FrontMatter(yaml: String(text[yamlStart!..<lineStart]), yamlLine: 2,
                                   body: String(text[next...]), bodyLine: line + 1)
            }
            lineStart = next
            line += 1
        }
        if line == 1 { throw .missing }
        throw .unclosed
    }
}
