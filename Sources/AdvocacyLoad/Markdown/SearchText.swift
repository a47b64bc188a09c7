import AdvocacyCore

/// The part of a body's plain text the build keeps for the search index and the forbidden-term report.
package enum SearchText {
    /// How much of a body's text goes into the index.
    package static let limit = 1000

    /// The part of a body's text that goes into the index.
    package static func excerpt(_ text: String) -> String {
        text.utf8.count > limit ? String(text.prefix(limit)) : text
    }
}
