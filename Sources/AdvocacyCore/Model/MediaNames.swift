/// The hub's media paths by their lower-case form, to tell an author whose reference differs from a
/// file's name only in capitals which name the file has.
package struct MediaNames: Sendable {
    private let byFolded: [String: String]
    /// The paths by their folder and name without extension, `media/aarhus-kontor` for `media/aarhus-kontor.png`.
    private let byStem: [String: [String]]

    /// The names of `media`.
    package init(_ media: [MediaFile]) {
        self.init(paths: media.map(\.path))
    }

    /// The names of the media files at `paths` (`media/…`).
    package init(paths: [String]) {
        byFolded = Dictionary(paths.map { ($0.lowercased(), $0) }) { first, _ in first }
        byStem = Dictionary(grouping: paths.sorted(), by: Self.stem)
    }

    /// `path` without its name's extension.
    private static func stem(_ path: String) -> String {
        guard let dot = path.lastIndex(of: "."), !path[dot...].contains("/") else { return path }
        return String(path[..<dot])
    }

    /// The media file with the same folder and name as `path` but another extension (`aarhus-kontor.png`
    /// for `aarhus-kontor.jpg`), if there is one.
    package func otherExtension(of path: String) -> String? {
        byStem[Self.stem(path)]?.first { $0 != path }
    }

    /// The path of the media file that `path` names with other capitals, if there is one.
    package func otherCapitals(of path: String) -> String? {
        byFolded[path.lowercased()].flatMap { $0 == path ? nil : $0 }
    }

    /// The end of a message about a reference to `written` when the file is `actual`: the file's name,
    /// and that the reference must use its capitals.
    package static func advice(written: String, actual: String) -> Message {
        let parent = { (path: String) in path.split(separator: "/").dropLast() }
        let name = parent(written) == parent(actual) ? String(actual.split(separator: "/").last ?? "") : actual
        return Message(.mediaNameCapitals(name: name))
    }
}
