import Testing
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
