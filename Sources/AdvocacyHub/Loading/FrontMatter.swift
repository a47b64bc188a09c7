/// A Markdown file split into its YAML front matter and its body.
struct FrontMatter {
    /// The YAML between the `---` lines.
    var yaml: String
    /// The file line the YAML starts on.
    var yamlLine: Int
    /// The Markdown after the closing `---`.
    var body: String
    /// The file line the body starts on.
    var bodyLine: Int

    /// Why a file's front matter cannot be found.
    enum Failure: Error {
        case missing
        case unclosed
    }

    /// Splits `text`, which must open with a `---` line.
    static func split(_ text: String) throws(Failure) -> FrontMatter {
        var lines = text.split(separator: "\n", maxSplits: .max, omittingEmptySubsequences: false)[...]
        guard let first = lines.first, first.trimmingTrailingSpace == "---" else { throw .missing }
        lines = lines.dropFirst()
        var yamlLines: [Substring] = []
        var line = 2
        while let next = lines.first {
            lines = lines.dropFirst()
            let trimmed = next.trimmingTrailingSpace
            if trimmed == "---" || trimmed == "..." {
                return FrontMatter(yaml: yamlLines.joined(separator: "\n"), yamlLine: 2,
                                   body: lines.joined(separator: "\n"), bodyLine: line + 1)
            }
            yamlLines.append(next)
            line += 1
        }
        throw .unclosed
    }
}

extension Substring {
    var trimmingTrailingSpace: Substring {
        var s = self
        while let last = s.last, last == " " || last == "\t" { s = s.dropLast() }
        return s
    }
}
