import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore
@testable import AdvocacyLoad

/// A guideline's `quiz:`: questions with answers, exactly one right and an explanation each. Every
/// mistake is an error at its line and column, in the hub's language, saying what to write.
@Suite struct QuizTests {
    /// The guideline loaded from front matter `yaml` (after `title`, which is line 2), and its
    /// diagnostics in `language`.
    private func load(_ yaml: String, language: HubLanguage = .en) throws -> (Guideline?, [String]) {
        let content = TestPaths.temporaryFolder("quiz")
        try FileManager.default.createDirectory(atPath: content + "/guidelines", withIntermediateDirectories: true)
        try "---\ntitle: T\n\(yaml)---\nBody.\n".write(toFile: content + "/guidelines/t.md", atomically: true, encoding: .utf8)
        var diagnostics = Diagnostics()
        let loader = DocumentLoader(folder: ContentFolder(content), clock: HubClock(timeZone: TimeZone(identifier: "Europe/Copenhagen")!))
        let guideline = loader.guideline("guidelines/t.md", diagnostics: &diagnostics)
        return (guideline, diagnostics.all.map { $0.line(in: language).replacingOccurrences(of: content + "/", with: "") })
    }

    /// A question with three answers, the second right: lines 3 to 12 of the file.
    private let good = """
        quiz:
          - question: Må jeg nævne kunden?
            answers:
              - text: Ja, altid
                why: Kun med kundens ja.
              - text: Når kunden har sagt ja
                right: true
                why: "Kundeoplysninger er fortrolige <til> da."
              - text: Aldrig
                why: Cases i hubben er godkendt.

        """

    @Test func aQuizIsReadInOrderWithItsRightAnswerAndExplanations() throws {
        let (guideline, found) = try load(good)
        #expect(found.isEmpty, "\(found)")
        let quiz = try #require(guideline?.quiz)
        #expect(quiz.count == 1)
        #expect(quiz[0].text == "Må jeg nævne kunden?")
        #expect(quiz[0].answers.map(\.text) == ["Ja, altid", "Når kunden har sagt ja", "Aldrig"])
        #expect(quiz[0].answers.map(\.right) == [false, true, false])
        #expect(quiz[0].answers[1].why == "Kundeoplysninger er fortrolige <til> da.")
        #expect(guideline?.info.texts.contains { $0.value == "Cases i hubben er godkendt." } == true,
                "the quiz is published, so forbidden terms are checked in it")
    }

    @Test func aGuidelineWithoutQuizHasNone() throws {
        let (guideline, found) = try load("")
        #expect(found.isEmpty && guideline?.quiz.isEmpty == true)
    }

    @Test func noRightAnswerIsAnErrorAtAnswersInBothLanguages() throws {
        let yaml = good.replacingOccurrences(of: "        right: true\n", with: "")
        let (_, english) = try load(yaml)
        #expect(english == ["guidelines/t.md:5:5: error: no answer is marked right; write 'right: true' under the one right answer"])
        let (_, danish) = try load(yaml, language: .da)
        #expect(danish == ["guidelines/t.md:5:5: fejl: intet svar er markeret som rigtigt; skriv 'right: true' under det ene rigtige svar"])
    }

    @Test func twoRightAnswersAreAnErrorAtTheSecond() throws {
        let yaml = good.replacingOccurrences(of: "      - text: Aldrig\n", with: "      - text: Aldrig\n        right: yes\n")
        let (_, english) = try load(yaml)
        #expect(english == ["guidelines/t.md:12:16: error: 2 answers are marked right; a question has exactly one right answer: keep 'right: true' on it and delete the line from the others"])
        let (_, danish) = try load(yaml, language: .da)
        #expect(danish == ["guidelines/t.md:12:16: fejl: 2 svar er markeret som rigtige; et spørgsmål har præcis ét rigtigt svar: behold 'right: true' på det og slet linjen fra de andre"])
    }

    @Test(arguments: ["", "        why:\n", "        why: \"  \"\n"])
    func anAnswerWithoutWhyIsAnErrorThatSaysWhatToWrite(why: String) throws {
        let yaml = good.replacingOccurrences(of: "        why: Cases i hubben er godkendt.\n", with: why)
        let (_, english) = try load(yaml)
        let at = why.isEmpty ? "11:9" : "12:9"
        #expect(english == ["guidelines/t.md:\(at): error: the answer has no 'why:'; write one line that explains why it is right or wrong, such as \"why: The customer has not agreed to be named.\""])
        let (_, danish) = try load(yaml, language: .da)
        #expect(danish == ["guidelines/t.md:\(at): fejl: svaret har ingen 'why:'; skriv én linje, der forklarer, hvorfor det er rigtigt eller forkert, fx \"why: Kunden har ikke sagt ja til at blive nævnt.\""])
    }

    /// A question or an answer without words would be an empty legend or a radio button without a
    /// label: an error at its key, as a missing one is, in both languages.
    @Test(arguments: ["", "\"  \""])
    func aBlankQuestionOrAnswerIsMissing(blank: String) throws {
        let question = good.replacingOccurrences(of: "question: Må jeg nævne kunden?", with: "question: " + blank)
        let (_, english) = try load(question)
        #expect(english == ["guidelines/t.md:4:5: error: missing required key 'question'"], "\(english)")
        let answer = good.replacingOccurrences(of: "text: Aldrig", with: "text: " + blank)
        let (_, danish) = try load(answer, language: .da)
        #expect(danish == ["guidelines/t.md:11:9: fejl: nøglen 'text' mangler: tilføj en linje med 'text: …'"], "\(danish)")
    }

    @Test func oneAnswerIsTooFew() throws {
        let (_, english) = try load("quiz:\n  - question: Q?\n    answers:\n      - text: A\n        right: true\n        why: W.\n")
        #expect(english == ["guidelines/t.md:6:7: error: the question has 1 answer; write at least two under 'answers:', so there is a choice to make"])
        let (_, danish) = try load("quiz:\n  - question: Q?\n    answers: []\n", language: .da)
        #expect(danish == ["guidelines/t.md:5:14: fejl: spørgsmålet har 0 svar; skriv mindst to under 'answers:', så der er noget at vælge imellem"])
    }

    @Test func misspeltKeysAreErrorsWithDidYouMean() throws {
        let yaml = good.replacingOccurrences(of: "    answers:", with: "    anwsers:").replacingOccurrences(of: "quiz:", with: "quizz:")
        let (_, found) = try load(yaml)
        #expect(found == ["guidelines/t.md:3:1: error: unknown key 'quizz'; did you mean 'quiz'?"])
        let (_, nested) = try load(yaml.replacingOccurrences(of: "quizz:", with: "quiz:"))
        #expect(nested == [
            "guidelines/t.md:5:5: error: unknown key 'anwsers'; did you mean 'answers'?",
            "guidelines/t.md:4:5: error: missing required key 'answers'",
        ], "\(nested)")
        let (_, answer) = try load(good.replacingOccurrences(of: "        why: Kun med", with: "        whyy: Kun med"))
        #expect(answer == [
            "guidelines/t.md:6:9: error: the answer has no 'why:'; write one line that explains why it is right or wrong, such as \"why: The customer has not agreed to be named.\"",
            "guidelines/t.md:7:9: error: unknown key 'whyy'; did you mean 'why'?",
        ], "\(answer)")
    }

    @Test func aQuizThatIsNoListSaysHowToWriteOne() throws {
        let (_, english) = try load("quiz: Test dig selv\n")
        #expect(english == ["guidelines/t.md:3:7: error: 'quiz' must be a list of questions: start each with '- question:' and write its answers under 'answers:'"])
        let (_, answers) = try load("quiz:\n  - question: Q?\n    answers: Ja eller nej\n", language: .da)
        #expect(answers == ["guidelines/t.md:5:14: fejl: 'answers' skal være en liste: start hvert svar med '- text:', giv det en 'why:'-linje, og markér det rigtige med 'right: true'"])
    }
}
