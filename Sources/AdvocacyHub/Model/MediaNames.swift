/// The hub's media paths by their lower-case form, to tell an author whose reference differs from a
/// file's name only in capitals which name the file has.
struct MediaNames: Sendable {
    private let byFolded: [String: String]

    /// The names of `media`.
    init(_ media: [MediaFile]) {
        byFolded = Dictionary(media.map { ($0.path.lowercased(), $0.path) }) { first, _ in first }
    }

    /// The path of the media file that `path` names with other capitals, if there is one.
    func otherCapitals(of path: String) -> String? {
        byFolded[path.lowercased()].flatMap { $0 == path ? nil : $0 }
    }

    /// The end of a message about a reference to `written` when the file is `actual`: the file's name,
    /// and that the reference must use its capitals.
    static func advice(written: String, actual: String) -> Message {
        let parent = { (path: String) in path.split(separator: "/").dropLast() }
        let name = parent(written) == parent(actual) ? String(actual.split(separator: "/").last ?? "") : actual
        return Message(.mediaNameCapitals, ["name": .text(name)])
    }
}
