import AdvocacyCore
import AdvocacyTemplates

/// A guideline's self-check as the theme shows it: numbered questions whose answers are radio
/// buttons, with ids made from the numbers so that every label points at its own. The ids have an
/// underscore (`quiz_2_1`), which no heading's id has (`Slug`), so a body heading never takes one.
struct QuizModel: TemplateObject, Hashable {
    let questions: [Question]

    /// One question: `id` names its radio group (`quiz_2`).
    struct Question: TemplateObject, Hashable {
        let number: Int
        let text: String
        let id: String
        let answers: [Answer]

        func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .number: .integer(number)
            case .text: .text(text)
            case .id: .text(id)
            case .answers: .objects(answers)
            default: nil
            }
        }
    }

    /// One answer: `id` is its radio button's (`quiz_2_1`), `name` its question's group.
    struct Answer: TemplateObject, Hashable {
        let number: Int
        let text: String
        let why: String
        let right: Bool
        let id: String
        let name: String

        func value(for key: TemplateKey) -> TemplateValue? {
            switch TemplateField(key) {
            case .number: .integer(number)
            case .text: .text(text)
            case .why: .text(why)
            case .right: .bool(right)
            case .id: .text(id)
            case .name: .text(name)
            default: nil
            }
        }
    }

    /// The model of `questions`, or nil when there are none, so the page shows no self-check.
    init?(_ questions: [QuizQuestion]) {
        guard !questions.isEmpty else { return nil }
        self.questions = questions.enumerated().map { index, question in
            let id = "quiz_\(index + 1)"
            return Question(number: index + 1, text: question.text, id: id, answers: question.answers.enumerated().map { number, answer in
                Answer(number: number + 1, text: answer.text, why: answer.why, right: answer.right, id: "\(id)_\(number + 1)", name: id)
            })
        }
    }

    func value(for key: TemplateKey) -> TemplateValue? {
        switch TemplateField(key) {
        case .questions: .objects(questions)
        case .count: .integer(questions.count)
        default: nil
        }
    }
}
