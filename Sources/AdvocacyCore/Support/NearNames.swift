/// Names one typing slip away from a given name: one letter added, left out, changed, or two letters
/// swapped. Built once for many lookups: every name is indexed under itself and under each of its
/// one-letter deletions, so a lookup costs a few dictionary probes however many names there are
/// (a site can have tens of thousands of pages and a file hundreds of broken links).
package struct NearNames: Sendable {
    private var index: [String: [String]] = [:]

    /// Indexes `names`.
    package init(_ names: some Sequence<String>) {
        for name in names {
            for key in Self.keys(name) { index[key, default: []].append(name) }
        }
    }

    /// The closest name to `name` that is not `name` itself; of equally close names, the first in
    /// sorted order, so that a message never depends on the order names were found in.
    package func suggestion(for name: String) -> String? {
        var best: (distance: Int, name: String)?
        for key in Self.keys(name) {
            for candidate in index[key] ?? [] where candidate != name {
                let distance = EditDistance.between(name, candidate)
                if best.map({ (distance, candidate) < ($0.distance, $0.name) }) ?? true { best = (distance, candidate) }
            }
        }
        return best?.name
    }

    /// The name and every one-character deletion of it.
    private static func keys(_ name: String) -> Set<String> {
        let scalars = name.unicodeScalars
        var keys: Set<String> = [name]
        keys.reserveCapacity(scalars.count + 1)
        for skipped in scalars.indices {
            var key = String(scalars[..<skipped])
            key.unicodeScalars.append(contentsOf: scalars[scalars.index(after: skipped)...])
            keys.insert(key)
        }
        return keys
    }
}
