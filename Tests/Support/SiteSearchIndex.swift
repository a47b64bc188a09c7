import Foundation

/// A built site's search index read back as search.js reads it: the manifest, every document's
/// entry in order, and the folded words each document is found by.
public struct SiteSearchIndex {
    public let manifest: [String: Any]
    /// The documents' entries (`title`, `url`, `kind`, `disciplines`, `summary`), by number.
    public let entries: [[String: Any]]
    /// Per document number, each word that finds it with where it stands (4 title, 2 summary, 1 text).
    public let words: [[String: Int]]

    public init(site output: String) throws {
        func json(_ path: String) throws -> Any {
            try JSONSerialization.jsonObject(with: Data(contentsOf: URL(fileURLWithPath: output + "/" + path)))
        }
        guard let manifest = try json("search-index.json") as? [String: Any],
              let count = manifest["documents"] as? Int, let perFile = manifest["perFile"] as? Int,
              let termFiles = manifest["termFiles"] as? Int, let terms = manifest["terms"] as? String,
              let docs = manifest["docs"] as? String else { throw CocoaError(.fileReadCorruptFile) }
        self.manifest = manifest
        var entries: [[String: Any]] = []
        for number in 0..<((count + perFile - 1) / perFile) {
            entries += try json(docs + "\(number).json") as? [[String: Any]] ?? []
        }
        var words = Array(repeating: [String: Int](), count: count)
        for number in 0..<termFiles {
            for case let (word, values as [Int]) in try json(terms + "\(number).json") as? [String: Any] ?? [:] {
                var document = -1
                for value in values {
                    document += value >> 3
                    words[document][word] = value & 7
                }
            }
        }
        self.entries = entries
        self.words = words
    }

    /// The addresses of the documents `word` (folded) finds, in order.
    public func urls(holding word: String) -> [String] {
        words.indices.filter { words[$0][word] != nil }.compactMap { entries[$0]["url"] as? String }
    }
}

extension BuiltSite {
    /// The site's search index, read back.
    public func searchIndex() throws -> SiteSearchIndex { try SiteSearchIndex(site: output) }

    /// The size in bytes of a file of the site; 0 when missing.
    public func size(_ path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: output + "/" + path))?[.size] as? Int) ?? 0
    }
}
