/// Entries of the calendar feed and the search index, kept between the builds of a session and made
/// again only for documents that changed.
final class EntryCache: Sendable {
    private let previous: [String: (signature: String, text: String)]
    private let revisions: [String: Int]
    private let made = Locked([String: (signature: String, text: String)]())

    init(_ previous: [String: (signature: String, text: String)] = [:], revisions: [String: Int] = [:]) {
        self.previous = previous
        self.revisions = revisions
    }

    /// The entry of `kind` for the document at `path`, made with `make` unless the document did not change.
    func entry(_ kind: String, _ path: String, extra: String = "", make: () -> String) -> String {
        let key = kind + ":" + path
        let signature = revisions[path].map { "\($0)|" + extra }
        if let signature, let earlier = previous[key], earlier.signature == signature {
            made.withLock { $0[key] = earlier }
            return earlier.text
        }
        let text = make()
        if let signature { made.withLock { $0[key] = (signature, text) } }
        return text
    }

    /// What this build made or reused, for the next one.
    var kept: [String: (signature: String, text: String)] { made.withLock { $0 } }
}
