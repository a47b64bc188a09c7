/// The mistakes authors make in YAML, recognised from libyaml's complaint and the text around it,
/// and said in plain words with what to write instead.
struct YAMLMistake {
    /// What to tell the author.
    let message: String
    /// 0-based line and 1-based column in the YAML text.
    let line: Int
    let column: Int

    /// The plain-words version of a syntax error that libyaml reported as `problem` at `line` and
    /// `column` (0-based line, 1-based column), with `context` (what it was reading, and where)
    /// when it said. Nil when the mistake is not one of those recognised.
    static func explain(problem: String, line: Int, column: Int, context: (text: String, line: Int, column: Int)?,
                        in yaml: String) -> YAMLMistake? {
        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        // A tab in the indentation, anywhere up to the error: YAML indents with spaces only.
        for (index, text) in lines.enumerated().prefix(line + 1) {
            let indentation = text.prefix { $0 == " " || $0 == "\t" }
            if let tab = indentation.firstIndex(of: "\t") {
                return YAMLMistake(message: "a tab indents this line, and YAML indents with spaces only: replace the tab with spaces",
                                   line: index, column: indentation.distance(from: indentation.startIndex, to: tab) + 1)
            }
        }
        let text = lines.indices.contains(line) ? lines[line] : ""
        if problem.hasPrefix("mapping values are not allowed"), let colon = text.range(of: ": ") {
            let key = text[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
            let value = text[colon.upperBound...].trimmingCharacters(in: .whitespaces)
            return YAMLMistake(message: "the value of '\(key)' holds ': ', which YAML reads as the start of another key; "
                + "put the value in quotes: \(key): \"\(value.replacingOccurrences(of: "\"", with: "\\\""))\"",
                line: line, column: column)
        }
        if let context, context.text.hasPrefix("while scanning a quoted scalar") {
            return YAMLMistake(message: "the quote opened here is never closed: end the value with the same quote mark",
                               line: context.line, column: context.column)
        }
        if let context, context.text.hasPrefix("while parsing a flow sequence") {
            return YAMLMistake(message: "the list opened here with [ is never closed: end it with ], as in [a, b]",
                               line: context.line, column: context.column)
        }
        if let context, context.text.hasPrefix("while parsing a flow mapping") {
            return YAMLMistake(message: "the { opened here is never closed: end it with }, as in { limit: 280 }",
                               line: context.line, column: context.column)
        }
        // `key:value` or `-item` without the space YAML needs after ':' and '-'.
        for (index, candidate) in lines.enumerated().prefix(line + 1).reversed() {
            let body = candidate.drop { $0 == " " }
            if let colon = body.firstIndex(of: ":"), body[..<colon].allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }),
               body.index(after: colon) < body.endIndex, !body[body.index(after: colon)].isWhitespace,
               body[body.index(after: colon)] != "/", !body[..<colon].isEmpty {
                return YAMLMistake(message: "a space is missing after ':'; write '\(body[...colon]) \(body[body.index(after: colon)...])'",
                                   line: index, column: candidate.distance(from: candidate.startIndex, to: colon) + 2)
            }
        }
        return nil
    }

    /// A value written in curly quotes (“…”, ‘…’), which YAML keeps as part of the text.
    static func curlyQuotes(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last, value.count >= 2 else { return false }
        return "“”„‘’‚«»".contains(first) && "“”‘’«»".contains(last)
    }

    /// What to say about `key`'s value in curly quotes, where its format matters.
    static func curlyQuoted(_ key: String, _ value: String) -> String {
        "'\(key)' is in curly quotes (\(value.first!)…\(value.last!)), which YAML keeps as part of the value; "
            + "write straight quotes or none: \(key): \"\(value.dropFirst().dropLast())\""
    }
}
