import AdvocacyCore

/// The mistakes authors make in YAML, recognised from libyaml's complaint and the text around it,
/// and said in plain words with what to write instead.
struct YAMLMistake {
    /// What to tell the author.
    package let message: Message
    /// 0-based line and 1-based column in the YAML text.
    package let line: Int
    package let column: Int

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
                return YAMLMistake(message: Message(.tabIndent),
                                   line: index, column: indentation.distance(from: indentation.startIndex, to: tab) + 1)
            }
        }
        let text = lines.indices.contains(line) ? lines[line] : ""
        if problem.hasPrefix("mapping values are not allowed"), let colon = text.range(of: ": ") {
            let key = text[..<colon.lowerBound].trimmingCharacters(in: .whitespaces)
            let value = text[colon.upperBound...].trimmingCharacters(in: .whitespaces)
            return YAMLMistake(message: Message(.colonInValue(key: key,
                                                              value: value.replacingOccurrences(of: "\"", with: "\\\""))),
                               line: line, column: column)
        }
        if let context, context.text.hasPrefix("while scanning a quoted scalar") {
            return YAMLMistake(message: Message(.unclosedQuote),
                               line: context.line, column: context.column)
        }
        if let context, context.text.hasPrefix("while parsing a flow sequence") {
            return YAMLMistake(message: Message(.unclosedBracket),
                               line: context.line, column: context.column)
        }
        if let context, context.text.hasPrefix("while parsing a flow mapping") {
            return YAMLMistake(message: Message(.unclosedBrace),
                               line: context.line, column: context.column)
        }
        // `-item` without the space YAML needs after '-', at the start of a line: libyaml took it for a key.
        if let context, context.text.hasPrefix("while scanning a simple key"), lines.indices.contains(context.line),
           let message = dashWithoutSpace(lines[context.line].dropFirst(context.column - 1)) {
            return YAMLMistake(message: message, line: context.line, column: context.column)
        }
        // `key:value` without the space YAML needs after ':'.
        for (index, candidate) in lines.enumerated().prefix(line + 1).reversed() {
            let body = candidate.drop { $0 == " " }
            if let colon = body.firstIndex(of: ":"), body[..<colon].allSatisfy({ $0.isLetter || $0 == "-" || $0 == "_" }),
               body.index(after: colon) < body.endIndex, !body[body.index(after: colon)].isWhitespace,
               body[body.index(after: colon)] != "/", !body[..<colon].isEmpty {
                return YAMLMistake(message: Message(.colonWithoutSpace(fixed: "\(body[...colon]) \(body[body.index(after: colon)...])")),
                                   line: index, column: candidate.distance(from: candidate.startIndex, to: colon) + 2)
            }
        }
        return nil
    }

    /// What to say about `text`, written where a list is meant, when it is a list item without the space
    /// YAML needs after '-' (`-social-selling`); nil for any other text, such as `-5` or `---`.
    package static func dashWithoutSpace(_ text: Substring) -> Message? {
        guard text.first == "-", let second = text.dropFirst().first, second.isLetter else { return nil }
        var written = text
        if let end = written.firstRange(of: " -") ?? written.firstRange(of: " #") { written = written[..<end.lowerBound] }
        while written.last?.isWhitespace == true { written = written.dropLast() }
        return Message(.dashWithoutSpace(written: String(written), fixed: "- \(written.dropFirst())"))
    }

    /// A value written in curly quotes (“…”, ‘…’), which YAML keeps as part of the text.
    static func curlyQuotes(_ value: String) -> Bool {
        guard let first = value.first, let last = value.last, value.count >= 2 else { return false }
        return "“”„‘’‚«»".contains(first) && "“”‘’«»".contains(last)
    }

    /// What to say about `key`'s value in curly quotes, where its format matters.
    package static func curlyQuoted(_ key: String, _ value: String) -> Message {
        Message(.curlyQuoted(key: key, open: "\(value.first!)", close: "\(value.last!)", value: "\(value.dropFirst().dropLast())"))
    }
}
