import Foundation

/// A success story, from `stories/*.md`.
public struct Story: Sendable {
    /// Title, summary, slug and the story itself.
    public var info: DocumentInfo
    /// When it happened.
    public var date: Located<Date>?
    /// The disciplines the story shows.
    public var disciplines: [Located<String>]
    /// Who the story is about.
    public var person: String?
    /// Their role.
    public var role: String?
    /// What came of it, as label and value pairs.
    public var results: [StoryResult]

    /// Creates a value from its stored properties.
    package init(info: DocumentInfo, date: Located<Date>? = nil, disciplines: [Located<String>], person: String? = nil, role: String? = nil, results: [StoryResult]) {
        self.info = info
        self.date = date
        self.disciplines = disciplines
        self.person = person
        self.role = role
        self.results = results
    }
}
