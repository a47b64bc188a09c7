import AdvocacyCore
import AdvocacyLoad
import AdvocacyPublish

/// What the search page searches, built from the published site only, in files small enough that a
/// query loads a few of them whatever the size of the hub:
///
/// - `search-index.json`, the manifest: how many documents and files there are, where they are,
///   the disciplines' titles, and a version that changes with any file of the index.
/// - `search/terms/<n>.json`: every folded word of every page (`SearchText.words`) with the pages
///   that hold it. A word is in file `n = fnv1a(first three letters) % termFiles`, so a query word
///   of three letters or more finds every word it begins in one file; a shorter one finds itself.
/// - `search/docs/<n>.json`: the title, address, kind, disciplines and summary of documents
///   `n * perFile ..< (n + 1) * perFile`, loaded for the hits shown.
///
/// The files' number depends only on the number of documents, so their paths are known before
/// anything renders. A word's postings are numbers `gap << 3 | where`: `gap` from the previous
/// document holding the word (from -1 for the first), `where` 4 for the title, 2 for the summary,
/// 1 for the text.
package enum SearchIndex {
    /// One term file per this many documents: about 10 KB a file on the generated hubs; a file holding
    /// the words of common beginnings is bigger (18 KB at 1,000 items, 84 KB at 10,000).
    package static let documentsPerTermFile = 50
    /// Documents per documents file: the 50 hits shown load at most 50 of these small files.
    package static let documentsPerFile = 8
    /// The folders of the index's files, relative to the manifest.
    package static let termFolder = "search/terms/", documentFolder = "search/docs/"

    /// A document as the index holds it.
    package struct Document: Sendable {
        var title: String, summary: String, url: String, kind: String, disciplines: [String]
        /// The folded words of its text.
        var words: [String]
    }

    /// The published documents in the order the index numbers them (the order ties between equal
    /// hits are broken in): active items, archived items, disciplines, guidelines, stories, pages, evaluations.
    package static func documents(_ site: Site) -> [Document] {
        let listed = listed(site)
        var documents: [Document] = []
        documents.reserveCapacity(listed.count)
        for entry in listed {
            var words = site.bodies[entry.path]?.searchWords ?? []
            // Words the page shows beside its body (a guideline's self-check), merged in sorted and once.
            if !entry.more.isEmpty { words = Array(Set(words).union(SearchText.words(of: entry.more))).sorted() }
            documents.append(Document(title: entry.title, summary: entry.summary, url: entry.url, kind: entry.kind,
                                      disciplines: entry.disciplines, words: words))
        }
        return documents
    }

    /// A document the index lists, before its words are read: its content path, title and summary,
    /// its page, its kind as search.js shows it, its disciplines and the words its page shows beside its body.
    struct Listed {
        let path: String, title: String, summary: String, url: String, kind: String, disciplines: [String]
        var more: [String] = []

        init(_ info: DocumentInfo, url: String, kind: String, disciplines: [String], more: [String] = []) {
            path = info.path
            title = info.title.value
            summary = info.summary ?? ""
            self.url = url
            self.kind = kind
            self.disciplines = disciplines
            self.more = more
        }
    }

    /// The documents of `site` the index lists, in its order.
    private static func listed(_ site: Site) -> [Listed] {
        DocumentKind.allCases.sorted { $0.site.searchRank < $1.site.searchRank }.flatMap { $0.site.indexed(site) }
    }

    /// How many documents `documents(site)` gives, without making them.
    static func count(_ site: Site) -> Int { DocumentKind.allCases.reduce(0) { $0 + $1.site.indexedCount(site) } }

    /// How many term files and documents files an index of `documents` documents has.
    package static func fileCounts(documents: Int) -> (terms: Int, documents: Int) {
        (max(1, (documents + documentsPerTermFile - 1) / documentsPerTermFile), (documents + documentsPerFile - 1) / documentsPerFile)
    }

    /// The paths of the index's files for `site`: the manifest, then the term and documents files.
    package static func paths(_ site: Site) -> [String] {
        let counts = fileCounts(documents: count(site))
        return ["search-index.json"] + (0..<counts.terms).map { termFolder + "\($0).json" }
            + (0..<counts.documents).map { documentFolder + "\($0).json" }
    }

    /// The term file a folded word is in: FNV-1a of its first three letters (all ASCII), as search.js computes it.
    package static func termFile(of word: Substring, files: Int) -> Int {
        var hash: UInt32 = 0x811C_9DC5
        for byte in word.utf8.prefix(3) {
            hash ^= UInt32(byte)
            hash = hash &* 0x0100_0193
        }
        return Int(hash % UInt32(files))
    }

    /// Every file of the index for `site`.
    package static func render(_ site: Site) -> [OutputFile] {
        let documents = documents(site)
        var disciplineTitles: [(String, String)] = []
        for d in site.disciplines { disciplineTitles.append((d.id, d.info.title.value)) }
        return render(documents, disciplines: disciplineTitles)
    }

    /// The index's files for `documents`, with the disciplines' ids and titles.
    package static func render(_ documents: [Document], disciplines: [(id: String, title: String)]) -> [OutputFile] {
        let counts = fileCounts(documents: documents.count)
        // Postings per word, documents in order: word → number, then per number the last document and the values.
        var numbers: [String: Int] = [:]
        var lastDocument: [Int] = [], values: [[Int]] = []
        for (number, document) in documents.enumerated() {
            // A word's places in one document are or-ed into its one posting there, found as the
            // word's last one: one look-up of the word per place it stands in.
            func post(_ word: String, _ place: Int) {
                let id: Int
                if let known = numbers[word] { id = known } else {
                    id = values.count
                    numbers[word] = id
                    lastDocument.append(-1)
                    values.append([])
                }
                if lastDocument[id] == number {
                    values[id][values[id].count - 1] |= place
                } else {
                    values[id].append((number - lastDocument[id]) << 3 | place)
                    lastDocument[id] = number
                }
            }
            for word in SearchText.words(document.title) { post(word, 4) }
            for word in SearchText.words(document.summary) { post(word, 2) }
            for word in document.words { post(word, 1) }
        }
        var buckets = Array(repeating: [(String, Int)](), count: counts.terms)
        for (word, id) in numbers { buckets[termFile(of: word[...], files: counts.terms)].append((word, id)) }
        var files: [OutputFile] = []
        for (number, bucket) in buckets.enumerated() {
            var bytes: [UInt8] = [UInt8(ascii: "{")]
            for (index, (word, id)) in bucket.sorted(by: { $0.0 < $1.0 }).enumerated() {
                if index > 0 { append(",\n", to: &bytes) }
                append(string: word, to: &bytes)
                append(":[", to: &bytes)
                for (position, value) in values[id].enumerated() {
                    if position > 0 { bytes.append(UInt8(ascii: ",")) }
                    append(number: value, to: &bytes)
                }
                bytes.append(UInt8(ascii: "]"))
            }
            append("}\n", to: &bytes)
            files.append(OutputFile(path: termFolder + "\(number).json", bytes: bytes))
        }
        for number in 0..<counts.documents {
            let part = documents[(number * documentsPerFile)..<min(documents.count, (number + 1) * documentsPerFile)]
            var bytes: [UInt8] = []
            append("[\n", to: &bytes)
            for (index, d) in part.enumerated() {
                if index > 0 { append(",\n", to: &bytes) }
                append("{\"title\":", to: &bytes)
                append(string: d.title, to: &bytes)
                append(",\"url\":", to: &bytes)
                append(string: d.url, to: &bytes)
                append(",\"kind\":", to: &bytes)
                append(string: d.kind, to: &bytes)
                append(",\"disciplines\":[", to: &bytes)
                for (position, discipline) in d.disciplines.enumerated() {
                    if position > 0 { bytes.append(UInt8(ascii: ",")) }
                    append(string: discipline, to: &bytes)
                }
                append("],\"summary\":", to: &bytes)
                append(string: d.summary, to: &bytes)
                bytes.append(UInt8(ascii: "}"))
            }
            append("\n]\n", to: &bytes)
            files.append(OutputFile(path: documentFolder + "\(number).json", bytes: bytes))
        }
        // FNV-1a over every file: the manifest changes whenever a file of the index does.
        var version: UInt64 = 0xCBF2_9CE4_8422_2325
        for file in files {
            for byte in file.bytes {
                version ^= UInt64(byte)
                version = version &* 0x0000_0100_0000_01B3
            }
        }
        let titles = disciplines.map { JSON.string($0.id) + ":" + JSON.string($0.title) }.joined(separator: ",")
        let manifest = "{\"version\":\(JSON.string(String(version, radix: 16))),\"documents\":\(documents.count),"
            + "\"perFile\":\(documentsPerFile),\"termFiles\":\(counts.terms),"
            + "\"terms\":\(JSON.string(termFolder)),\"docs\":\(JSON.string(documentFolder)),\"disciplines\":{\(titles)}}\n"
        return [OutputFile(path: "search-index.json", contents: manifest)] + files
    }

    /// Appends the UTF-8 of `text`.
    private static func append(_ text: StaticString, to bytes: inout [UInt8]) {
        bytes.append(contentsOf: UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
    }

    /// Appends `JSON.string(text)`: the text as it is between quotes when it holds nothing that writes
    /// escapes (a control character, `"`, `\`, `<` or an unsafe character), as that writes it.
    private static func append(string text: String, to bytes: inout [UInt8]) {
        var text = text
        let appended = text.withUTF8 { utf8 in
            guard !utf8.contains(where: { $0 < 0x20 || $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "<") }),
                  UnsafeCharacters.firstOffset(in: utf8) == nil else { return false }
            bytes.append(UInt8(ascii: "\""))
            bytes.append(contentsOf: utf8)
            bytes.append(UInt8(ascii: "\""))
            return true
        }
        if !appended { bytes += JSON.string(text).utf8 }
    }

    /// Appends the decimal digits of `value`, at least 0, as `String(value)` writes them.
    private static func append(number value: Int, to bytes: inout [UInt8]) {
        var divisor = 1
        while divisor <= value / 10 { divisor *= 10 }
        var rest = value
        while divisor > 0 {
            bytes.append(UInt8(ascii: "0") + UInt8(rest / divisor))
            rest %= divisor
            divisor /= 10
        }
    }
}
