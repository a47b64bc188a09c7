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
    ///
    /// A prompt never spans a line, so the text is cut into lines by its bytes (a line break is
    /// always a character of its own) and only a line holding `[[` is read character by character.
    public static func read(_ text: String) -> (prompts: [SharePrompt], mistakes: [Mistake]) {
        var prompts: [SharePrompt] = [], mistakes: [Mistake] = []
        let utf8 = text.utf8
        for line in linesWithOpenings(text) {
            let start = utf8.index(utf8.startIndex, offsetBy: line.start), end = utf8.index(utf8.startIndex, offsetBy: line.end)
            readLine(text[start..<end], number: line.number, prompts: &prompts, mistakes: &mistakes)
        }
        return (prompts, mistakes)
    }

    /// The lines of `text` that hold `[[`: their number from 0 and their bytes without the break. A
    /// break is a character for which `isNewline` holds: LF, VT, FF, CR, CR LF, NEL, LS or PS.
    private static func linesWithOpenings(_ text: String) -> [(number: Int, start: Int, end: Int)] {
        var copy = text
        return copy.withUTF8 { bytes in
            var lines: [(number: Int, start: Int, end: Int)] = []
            var number = 0, start = 0, index = 0, opens = false, previous: UInt8 = 0
            while index < bytes.count {
                let byte = bytes[index]
                var breakLength = 0
                switch byte {
                case 10, 11, 12: breakLength = 1
                case 13: breakLength = index + 1 < bytes.count && bytes[index + 1] == 10 ? 2 : 1
                case 0xC2: breakLength = index + 1 < bytes.count && bytes[index + 1] == 0x85 ? 2 : 0
                case 0xE2:
                    breakLength = index + 2 < bytes.count && bytes[index + 1] == 0x80 && (bytes[index + 2] == 0xA8 || bytes[index + 2] == 0xA9) ? 3 : 0
                case 91:
                    if previous == 91 { opens = true }
                default: break
                }
                if breakLength == 0 {
                    previous = byte
                    index += 1
                    continue
                }
                if opens { lines.append((number, start, index)) }
                index += breakLength
                start = index
                number += 1
                opens = false
                previous = 0
            }
            if opens { lines.append((number, start, bytes.count)) }
            return lines
        }
    }

    /// The prompts and mistakes of one line (without its break), character by character.
    private static func readLine(_ text: Substring, number line: Int, prompts: inout [SharePrompt], mistakes: inout [Mistake]) {
        var column = 0
        var open: (index: String.Index, column: Int)?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index]
            let next = text.index(after: index)
            let pair = next < text.endIndex ? text[next] : nil
            if character == "[" && pair == "[" {
                if open != nil {
                    // The outer prompt is given up, and reading goes on at the next line.
                    mistakes.append(Mistake(kind: .nested, line: line, column: column))
                    return
                }
                open = (index, column)
                index = text.index(after: next)
                column += 2
                continue
            }
            if character == "]" && pair == "]", let start = open {
                let end = text.index(after: next)
                let hint = text[text.index(start.index, offsetBy: 2)..<index]
                if hint.allSatisfy(\.isWhitespace) {
                    mistakes.append(Mistake(kind: .empty, line: line, column: start.column))
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
        if let start = open { mistakes.append(Mistake(kind: .notClosed, line: line, column: start.column)) }
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
