import AdvocacyCore

/// Reads the personalisation prompts of a share text: `[[` and `]]` on one line around the words
/// that say what to fill in.
public enum SharePrompts {
    /// A malformed prompt and where its `[[` is: the line of the text (from 0) and the character
    /// on that line (from 0).
    public struct Mistake: Sendable, Hashable {
        /// What is wrong.
        public enum Kind: Sendable, Hashable {
            /// `[[` without `]]` on the same line.
            case notClosed
            /// `[[ ]]` with nothing to fill in.
            case empty
            /// `[[` inside a prompt.
            case nested

            /// The catalogue's message for the mistake.
            public var messageID: MessageID {
                switch self {
                case .notClosed: .promptNotClosed
                case .empty: .promptEmpty
                case .nested: .promptNested
                }
            }
        }

        public var kind: Kind
        public var line: Int
        public var column: Int
    }

    /// What a typical sentence filled into a prompt is taken to weigh when `check` measures a text
    /// against its platform's limit: 60 characters, a short sentence of about ten words.
    public static let typicalFill = 60

    /// The prompts of `text` in order, and the malformed ones.
    public static func read(_ text: String) -> (prompts: [SharePrompt], mistakes: [Mistake]) {
        var prompts: [SharePrompt] = [], mistakes: [Mistake] = []
        var line = 0, column = 0
        var open: (index: String.Index, line: Int, column: Int)?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let pair = next < text.endIndex ? text[next] : nil
            if character.isNewline {
                if let start = open { mistakes.append(Mistake(kind: .notClosed, line: start.line, column: start.column)) }
                open = nil
                line += 1
                column = 0
                index = next
                continue
            }
            if character == "[" && pair == "[" {
                if open != nil {
                    mistakes.append(Mistake(kind: .nested, line: line, column: column))
                    // The outer prompt is given up, and reading goes on at the next line.
                    open = nil
                    index = text[next...].firstIndex(where: \.isNewline) ?? text.endIndex
                    continue
                }
                open = (index, line, column)
                index = text.index(after: next)
                column += 2
                continue
            }
            if character == "]" && pair == "]", let start = open {
                let end = text.index(after: next)
                let hint = text[text.index(start.index, offsetBy: 2)..<index]
                if hint.allSatisfy(\.isWhitespace) {
                    mistakes.append(Mistake(kind: .empty, line: start.line, column: start.column))
                } else {
                    prompts.append(SharePrompt(hint: String(hint), range: start.index..<end))
                }
                open = nil
                index = end
                column += 2
                continue
            }
            index = next
            column += 1
        }
        if let start = open { mistakes.append(Mistake(kind: .notClosed, line: start.line, column: start.column)) }
        return (prompts, mistakes)
    }

    /// `text` with every prompt replaced by a typical sentence of `typicalFill` characters.
    public static func filled(_ text: String, prompts: [SharePrompt]) -> String {
        var result = "", from = text.startIndex
        for prompt in prompts {
            result += text[from..<prompt.range.lowerBound]
            result += String(repeating: "x", count: typicalFill)
            from = prompt.range.upperBound
        }
        return result + text[from...]
    }
}
