import Yams
import AdvocacyCore

extension YAMLFields {
    /// A guideline's `quiz:`: a list of `question:` with `answers:`, each answer a `text:`, a `why:`
    /// and, on exactly one, `right: true`. Every mistake is reported where it is written; a question
    /// with mistakes is still returned as far as it could be read, since a build with errors renders
    /// nothing.
    mutating func quiz() -> [QuizQuestion] {
        guard let node = node("quiz") else { return [] }
        guard let list = node.sequence else {
            diagnostics.error(.quizNotList, at: location(of: node))
            return []
        }
        var questions: [QuizQuestion] = []
        for entry in list {
            var question = nested(entry, what: Message(.eachEntryOf(key: "quiz")))
            defer { append(question) }
            // `nested` has reported an entry that is not a mapping; it has no keys to miss.
            guard entry.mapping != nil else { continue }
            let text = question.requiredText("question")
            question.checkKeys(["question", "answers"])
            let answers = question.quizAnswers()
            if let text { questions.append(QuizQuestion(text: text.value, answers: answers)) }
        }
        return questions
    }

    /// A required published text at `key`; one of white space only is missing too (an empty legend or
    /// label), said at its key.
    private mutating func requiredText(_ key: String) -> Located<String>? {
        guard let text = requiredString(key, published: true) else { return nil }
        guard text.value.allSatisfy(\.isWhitespace) else { return text }
        diagnostics.error(.missingRequiredKey(key: key), at: keyLocation(key) ?? text.location)
        return nil
    }

    /// The `answers:` of one question, checked: at least two, exactly one right, a `why:` each.
    private mutating func quizAnswers() -> [QuizAnswer] {
        guard let node = node("answers") else {
            diagnostics.error(.missingRequiredKey(key: "answers"), at: keyLocation("answers") ?? location)
            return []
        }
        guard let list = node.sequence else {
            diagnostics.error(.quizAnswersNotList, at: location(of: node))
            return []
        }
        var answers: [QuizAnswer] = [], rightAt: [SourceLocation] = []
        for entry in list {
            var answer = nested(entry, what: Message(.eachEntryOf(key: "answers")))
            defer { append(answer) }
            guard entry.mapping != nil else { continue }
            let text = answer.requiredText("text")
            let right = answer.bool("right") ?? false
            let written = answer.string("why", published: true)
            let why = written.flatMap { $0.value.allSatisfy(\.isWhitespace) ? nil : $0 }
            // A `why:` of another type than text has been reported as such.
            if why == nil && (written != nil || answer.node("why") == nil) {
                answer.diagnostics.error(.quizAnswerWithoutWhy, at: answer.keyLocation("why") ?? answer.location)
            }
            answer.checkKeys(["text", "right", "why"])
            if right, let value = answer.node("right") { rightAt.append(answer.location(of: value)) }
            if let text { answers.append(QuizAnswer(text: text.value, right: right, why: why?.value ?? "")) }
        }
        if list.count < 2 {
            diagnostics.error(.quizTooFewAnswers(count: list.count), at: location(of: node))
        } else if rightAt.isEmpty {
            diagnostics.error(.quizNoRightAnswer, at: keyLocation("answers") ?? location(of: node))
        } else if rightAt.count > 1 {
            diagnostics.error(.quizSeveralRightAnswers(count: rightAt.count), at: rightAt[1])
        }
        return answers
    }
}
