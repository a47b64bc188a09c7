/// A guideline's self-check (`quiz:` in its front matter): questions a colleague answers on the
/// page to test their understanding. The site keeps the answers and the score only in the browser.
public struct QuizQuestion: Sendable, Equatable {
    /// The question as written.
    public var text: String
    /// The answers in the order written; exactly one is right once the content has no errors.
    public var answers: [QuizAnswer]

    /// Creates a value from its stored properties.
    package init(text: String, answers: [QuizAnswer]) {
        self.text = text
        self.answers = answers
    }
}

/// One answer of a quiz question, with the line that explains why it is right or wrong.
public struct QuizAnswer: Sendable, Equatable {
    /// The answer as written.
    public var text: String
    /// Whether it is the right answer (`right: true`).
    public var right: Bool
    /// The one-line explanation shown when it is chosen.
    public var why: String

    /// Creates a value from its stored properties.
    package init(text: String, right: Bool, why: String) {
        self.text = text
        self.right = right
        self.why = why
    }
}
