import AdvocacyCore

/// hub.yml's forbidden terms and the placeholders `advocacy new` writes, found together in one pass
/// over a document's Markdown source: what `ForbiddenTerms` and `UnfinishedText` report of a body.
/// A term's matches do not depend on the other terms searched with it, so each finds what a search
/// for its own list alone would.
struct SourceTerms: Sendable {
    /// What one pass found, each term's matches as a 0-based line of the source and a 1-based column
    /// in characters, in order.
    struct Found {
        /// By the index of the forbidden term.
        var forbidden: [Int: [(line: Int, column: Int)]] = [:]
        /// By the index of the placeholder in `UnfinishedText.placeholders`.
        var placeholders: [Int: [(line: Int, column: Int)]] = [:]
    }

    /// The forbidden terms, then the placeholders.
    private let search: TermSearch
    private let forbiddenCount: Int

    /// The search for `forbidden` (hub.yml's terms, in order) and the placeholders.
    init(forbidden: [String]) {
        search = TermSearch(forbidden + UnfinishedText.placeholders.map(\.1))
        forbiddenCount = forbidden.count
    }

    /// Every match of each term in `source`.
    func matches(in source: String) -> Found {
        var found = Found()
        for (term, matches) in search.matches(in: source) {
            if term < forbiddenCount {
                found.forbidden[term] = matches
            } else {
                found.placeholders[term - forbiddenCount] = matches
            }
        }
        return found
    }
}
