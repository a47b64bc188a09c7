/// A guideline: the social media policy and how-tos, from `guidelines/*.md`.
public struct Guideline: Sendable {
    /// Title, summary, slug and text.
    public var info: DocumentInfo
    /// Position in lists; lower first.
    public var order: Int
    /// The self-check of `quiz:`, in the order written; empty when there is none.
    public var quiz: [QuizQuestion]

    /// Creates a value from its stored properties.
    package init(info: DocumentInfo, order: Int, quiz: [QuizQuestion] = []) {
        self.info = info
        self.order = order
        self.quiz = quiz
    }
}
