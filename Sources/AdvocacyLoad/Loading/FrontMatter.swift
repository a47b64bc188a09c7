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
    /// A mark may have spaces and tabs after it. The lines are read as bytes: no byte of another
    /// character in UTF-8 is a `-`, `.`, space, tab or line feed, and none of these joins the character
    /// before it, so a reading by character finds the same lines.
    package static func split(_ text: String) throws(Failure) -> FrontMatter {
        var text = text
        let found = text.withUTF8 { bounds($0) }
        let bytes = text.utf8
        func index(_ offset: Int) -> String.Index { bytes.index(bytes.startIndex, offsetBy: offset) }
        switch found {
        case .success(let bounds):
            return FrontMatter(yaml: String(text[index(bounds.yaml.lowerBound)..<index(bounds.yaml.upperBound)]), yamlLine: 2,
                               body: String(text[index(bounds.body)...]), bodyLine: bounds.bodyLine)
        case .failure(let failure):
            throw failure
        }
    }

    /// The byte ranges of the YAML and the start of the body, with the body's line.
    private static func bounds(_ bytes: UnsafeBufferPointer<UInt8>) -> Result<(yaml: Range<Int>, body: Int, bodyLine: Int), Failure> {
        let count = bytes.count
        var lineStart = 0, line = 1, yamlStart = 0
        while lineStart < count {
            let lineEnd = bytes[lineStart...].firstIndex(of: 10) ?? count
            var end = lineEnd
            while end > lineStart, bytes[end - 1] == 0x20 || bytes[end - 1] == 0x09 { end -= 1 }
            let next = lineEnd < count ? lineEnd + 1 : lineEnd
            func isMark(_ byte: UInt8) -> Bool {
                end - lineStart == 3 && bytes[lineStart] == byte && bytes[lineStart + 1] == byte && bytes[lineStart + 2] == byte
            }
            if line == 1 {
                guard isMark(UInt8(ascii: "-")) else { return .failure(.missing) }
                yamlStart = next
            } else if isMark(UInt8(ascii: "-")) || isMark(UInt8(ascii: ".")) {
                return .success((yamlStart..<lineStart, next, line + 1))
            }
            lineStart = next
            line += 1
        }
        return .failure(line == 1 ? .missing : .unclosed)
    }
}
