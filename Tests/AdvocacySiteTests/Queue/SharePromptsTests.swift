import Testing
import AdvocacyCore
import AdvocacyTestSupport
@testable import AdvocacyLoad
@testable import AdvocacyPublish
@testable import AdvocacySite

@Suite struct SharePromptsTests {
    @Test func readsPromptsInOrder() {
        let text = "Jeg var med: [[hvad du selv lavede]].\nSpørg mig om [[et emne]]!"
        let read = SharePrompts.read(text)
        #expect(read.mistakes.isEmpty)
        #expect(read.prompts.map(\.hint) == ["hvad du selv lavede", "et emne"])
        #expect(read.prompts.map { String(text[$0.range]) } == ["[[hvad du selv lavede]]", "[[et emne]]"])
    }

    @Test func aTextWithoutPromptsHasNone() {
        #expect(SharePrompts.read("Se [link] og [x] ]] her").prompts.isEmpty)
        #expect(SharePrompts.read("Se [link] og [x] ]] her").mistakes.isEmpty)
    }

    @Test func malformedPromptsAreFoundAtTheirOpeningBrackets() {
        #expect(SharePrompts.read("Hej\nø [[ikke lukket\n[[ok]]").mistakes == [.init(kind: .notClosed, line: 1, column: 2)])
        #expect(SharePrompts.read("ab [[ikke lukket]\n").mistakes == [.init(kind: .notClosed, line: 0, column: 3)])
        #expect(SharePrompts.read("[[  ]] og [[]]").mistakes == [.init(kind: .empty, line: 0, column: 0), .init(kind: .empty, line: 0, column: 10)])
        let nested = SharePrompts.read("Æ [[ydre [[indre]] ]] [[ny]]\n[[næste]]")
        #expect(nested.mistakes == [.init(kind: .nested, line: 0, column: 9)])
        #expect(nested.prompts.map(\.hint) == ["næste"], "the rest of a line with a nested prompt is skipped")
    }

    /// Random texts of brackets, line breaks of every kind, letters and combining marks: reading
    /// only the lines that hold `[[` finds what reading every character finds, at the same places.
    @Test func readingLineByLineFindsWhatReadingEveryCharacterFinds() {
        let pieces = ["[[", "]]", "[", "]", "x", "ø", " ", "\n", "\r\n", "\r", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}",
                      "\u{2029}", "\u{301}", "[\u{301}", "🎉", "\u{600}",
                      // Another prepended mark, a joiner after a bracket, and a flag (two scalars, one character).
                      "\u{6DD}", "[\u{200D}", "\u{1F1E9}\u{1F1F0}"]
        for seed in PropertyRun.seeds(default: 3_000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(20)).map { _ in random.pick(pieces) }.joined()
            let read = SharePrompts.read(text), reference = Self.readCharacterByCharacter(text)
            #expect(read.mistakes == reference.mistakes, "seed \(seed): \(text.debugDescription)")
            #expect(read.prompts.map(\.hint) == reference.prompts.map(\.hint), "seed \(seed): \(text.debugDescription)")
            #expect(read.prompts.map(\.range) == reference.prompts.map(\.range), "seed \(seed): \(text.debugDescription)")
        }
    }

    /// What prompts are, read over the whole text one character at a time: the reference.
    static func readCharacterByCharacter(_ text: String) -> (prompts: [SharePrompt], mistakes: [SharePrompts.Mistake]) {
        var prompts: [SharePrompt] = [], mistakes: [SharePrompts.Mistake] = []
        var line = 0, column = 0
        var open: (index: String.Index, line: Int, column: Int)?
        var index = text.startIndex
        while index < text.endIndex {
            let character = text[index], next = text.index(after: index)
            let pair = next < text.endIndex ? text[next] : nil
            if character.isNewline {
                if let start = open { mistakes.append(.init(kind: .notClosed, line: start.line, column: start.column)) }
                open = nil
                line += 1
                column = 0
                index = next
            } else if character == "[" && pair == "[" {
                if open != nil {
                    mistakes.append(.init(kind: .nested, line: line, column: column))
                    open = nil
                    index = text[next...].firstIndex(where: \.isNewline) ?? text.endIndex
                } else {
                    open = (index, line, column)
                    index = text.index(after: next)
                    column += 2
                }
            } else if character == "]" && pair == "]", let start = open {
                let end = text.index(after: next), hint = text[text.index(start.index, offsetBy: 2)..<index]
                if hint.allSatisfy(\.isWhitespace) {
                    mistakes.append(.init(kind: .empty, line: start.line, column: start.column))
                } else {
                    prompts.append(SharePrompt(hint: String(hint), range: start.index..<end))
                }
                open = nil
                index = end
                column += 2
            } else {
                index = next
                column += 1
            }
        }
        if let start = open { mistakes.append(.init(kind: .notClosed, line: start.line, column: start.column)) }
        return (prompts, mistakes)
    }

    @Test func fillingReplacesEveryPromptWithATypicalSentence() {
        let text = "A [[x]] B [[y]]"
        let filled = SharePrompts.filled(text, prompts: SharePrompts.read(text).prompts)
        #expect(filled == "A " + String(repeating: "x", count: SharePrompts.typicalFill) + " B "
                + String(repeating: "x", count: SharePrompts.typicalFill))
    }

    @Test func cardPartsMarkPromptsAndTheFold() {
        let text = "Hej [[dit navn]] og farvel"
        let fold = text.index(text.startIndex, offsetBy: 8)
        let parts = ShareTextPart.parts(of: text, prompts: SharePrompts.read(text).prompts, fold: fold)
        #expect(parts.map(\.text) == ["Hej ", "[[di", "t navn]]", " og farvel"])
        #expect(parts.map(\.isPrompt) == [false, true, true, false])
        #expect(parts.map(\.isAfterFold) == [false, false, true, true])
        #expect(parts.map(\.startsAtFold) == [false, false, true, false])
    }
}
