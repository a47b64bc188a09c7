import Foundation
import Testing
import AdvocacyCore
import AdvocacyLoad
import AdvocacyPublish
import AdvocacyTestSupport
@testable import AdvocacySite

/// The search index the build splits into small files (`SearchIndex`), and the folding it shares
/// with search.js (`SearchText`).
@Suite struct SearchIndexTests {
    /// Every spelling search.js folds together folds to the same word in the index.
    @Test(arguments: [
        ("København", "kobenhavn"), ("Koebenhavn", "kobenhavn"), ("kobenhavn", "kobenhavn"),
        ("Århus", "arhus"), ("Aarhus", "arhus"), ("arhus", "arhus"),
        ("Sjællandsk", "sjallandsk"), ("sjaellandsk", "sjallandsk"),
        ("Håndtering", "handtering"), ("haandtering", "handtering"), ("DIREKTØRENS", "direktorens"),
        ("Café", "cafe"), ("Ære", "are"), ("Straße", "straße"),
        ("a\u{30A}", "a"),  // a decomposed "å": search.js drops the ring as it drops every accent
    ])
    func foldsAsSearchJSDoes(text: String, folded: String) {
        #expect(SearchText.fold(text) == folded)
    }

    @Test func wordsAreFoldedDistinctSortedAndSplitAtHashes() {
        #expect(SearchText.words("Skybrud i København, skybrud i #Reklame-sagen: 100% c#") ==
                ["#reklame", "100", "c", "c#", "i", "kobenhavn", "reklame", "sagen", "skybrud"])
    }

    static func document(_ title: String, text: String, summary: String = "", kind: String = "guideline") -> SearchIndex.Document {
        SearchIndex.Document(title: title, summary: summary, url: "/\(title)/", kind: kind, disciplines: [],
                             words: SearchText.words(text))
    }

    static func json(_ file: OutputFile) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(file.bytes))
    }

    /// The index's files are named before anything renders (the writer makes their folders, and a
    /// kept site keeps them), from the number of documents counted without making them: those are the
    /// files the index renders. The example hub has every kind the index lists, items in the queue
    /// and in the archive, and evaluations; with drafts it has more.
    @Test(arguments: [(TestPaths.exampleHub, false), (TestPaths.exampleHub, true), (TestPaths.validHub, false)])
    func thePathsNamedBeforeRenderingAreTheFilesRendered(content: String, drafts: Bool) throws {
        let (hub, _) = ContentLoader.load(content)
        let now = try HubClock(timeZone: hub.config.timeZone).now("2026-12-10T09:00")
        let site = Publisher.publish(hub, now: now, drafts: drafts).site
        if content == TestPaths.exampleHub {
            #expect(!site.activeItems.isEmpty && !site.expiredItems.isEmpty && site.results?.evaluations.isEmpty == false)
        }
        #expect(SearchIndex.count(site) == SearchIndex.documents(site).count)
        #expect(SearchIndex.paths(site) == SearchIndex.render(site).map(\.path))
    }

    /// A word far into a long page (the old index cut every text at 1,000 characters) is in the
    /// term file its first three letters name, with the page's number and where it stands.
    @Test func everyWordOfALongTextIsInTheTermFileOfItsPrefix() throws {
        let filler = String(repeating: "ord og mere ord ", count: 300)
        #expect(filler.count > 3_000)
        let documents = (0..<120).map { Self.document("Side \($0)", text: "Intro. " + filler + "Til sidst: anmeldes \($0)") }
            + [Self.document("Mærkningen", text: "Om #reklame.", summary: "Skybrud")]
        let files = SearchIndex.render(documents, disciplines: [])
        let counts = SearchIndex.fileCounts(documents: documents.count)
        #expect(counts.terms == 3 && counts.documents == 16)
        #expect(files.map(\.path) == ["search-index.json"] + (0..<3).map { "search/terms/\($0).json" }
                + (0..<16).map { "search/docs/\($0).json" })
        let terms = try files.dropFirst().prefix(counts.terms).map { try #require(try Self.json($0) as? [String: [Int]]) }
        for (number, file) in terms.enumerated() {
            for word in file.keys { #expect(SearchIndex.termFile(of: word[...], files: 3) == number, "\(word)") }
        }
        func postings(_ word: String) -> [Int: Int] {
            let values = terms[SearchIndex.termFile(of: word[...], files: 3)][word] ?? []
            var document = -1, found: [Int: Int] = [:]
            for value in values { document += value >> 3; found[document] = value & 7 }
            return found
        }
        #expect(postings("anmeldes") == Dictionary(uniqueKeysWithValues: (0..<120).map { ($0, 1) }))
        #expect(postings("119") == [119: 5] && postings("sidst").count == 120)
        #expect(postings("markningen") == [120: 4] && postings("skybrud") == [120: 2])
        #expect(postings("reklame") == [120: 1] && postings("#reklame") == [120: 1])
        #expect(postings("side") == Dictionary(uniqueKeysWithValues: (0..<120).map { ($0, 4) }))
        let last = try #require(try Self.json(files[files.count - 1]) as? [[String: Any]])
        #expect(last.count == 1 && last[0]["title"] as? String == "Mærkningen" && last[0]["summary"] as? String == "Skybrud")
        let manifest = try #require(try Self.json(files[0]) as? [String: Any])
        #expect(manifest["documents"] as? Int == 121 && manifest["termFiles"] as? Int == 3 && manifest["perFile"] as? Int == 8)
    }

    /// The same documents give the same bytes; any changed word changes the manifest's version, so
    /// `serve` reloads an open search page.
    @Test func theBytesAreDeterministicAndTheVersionFollowsEveryFile() throws {
        let documents = (0..<60).map { Self.document("Side \($0)", text: "ord \($0) skybrud") }
        let first = SearchIndex.render(documents, disciplines: [("sales", "Salg")])
        #expect(first.map(\.bytes) == SearchIndex.render(documents, disciplines: [("sales", "Salg")]).map(\.bytes))
        var changed = documents
        changed[59].words = SearchText.words("ord 59 skybrudt")
        let second = SearchIndex.render(changed, disciplines: [("sales", "Salg")])
        #expect(first[0].bytes != second[0].bytes)
        #expect(zip(first, second).dropFirst().filter { $0.bytes != $1.bytes }.count == 1, "only the manifest and one term file")
    }

    /// The term files as the index first wrote them: a dictionary of places per document, then each
    /// word's posting; entries joined as strings. The plain reading `SearchIndex.render` is held to.
    static func plainTermFiles(_ documents: [SearchIndex.Document]) -> [[UInt8]] {
        let counts = SearchIndex.fileCounts(documents: documents.count)
        var numbers: [String: Int] = [:]
        var lastDocument: [Int] = [], values: [[Int]] = []
        for (number, document) in documents.enumerated() {
            var places: [String: Int] = [:]
            for word in SearchText.words(document.title) { places[word, default: 0] |= 4 }
            for word in SearchText.words(document.summary) { places[word, default: 0] |= 2 }
            for word in document.words { places[word, default: 0] |= 1 }
            for (word, place) in places {
                let id: Int
                if let known = numbers[word] { id = known } else {
                    id = values.count
                    numbers[word] = id
                    lastDocument.append(-1)
                    values.append([])
                }
                values[id].append((number - lastDocument[id]) << 3 | place)
                lastDocument[id] = number
            }
        }
        var buckets = Array(repeating: [(String, Int)](), count: counts.terms)
        for (word, id) in numbers { buckets[SearchIndex.termFile(of: word[...], files: counts.terms)].append((word, id)) }
        return buckets.map { bucket in
            let entries = bucket.sorted { $0.0 < $1.0 }.map { word, id in
                JSON.string(word) + ":[" + values[id].map(String.init).joined(separator: ",") + "]"
            }
            return Array(("{" + entries.joined(separator: ",\n") + "}\n").utf8)
        }
    }

    /// Random documents, their words in the title, the summary and the text in any mix (a text's words
    /// given twice or unsorted too): the term files are those of the plain reading, byte for byte.
    @Test func theTermFilesAreThoseOfAPlainReading() {
        let vocabulary = ["ord", "og", "mere", "skybrud", "Skybrud", "kobenhavn", "København", "#reklame", "c#", "100", "å", "aa",
                          "æble", "x", "\"citat\"", "a<b", "e\u{301}", "é"]
        for seed in PropertyRun.seeds(default: 300) {
            var random = SeededRandom(seed: seed)
            var documents: [SearchIndex.Document] = []
            for number in 0..<random.below(130) {
                let title = (0..<random.below(4)).map { _ in random.pick(vocabulary) }.joined(separator: " ")
                let summary = (0..<random.below(4)).map { _ in random.pick(vocabulary) }.joined(separator: " ")
                let text = (0..<random.below(8)).map { _ in random.pick(vocabulary) }.joined(separator: " ")
                let words = random.chance(0.2) ? text.split(separator: " ").map { SearchText.fold(String($0)) } : SearchText.words(text)
                documents.append(SearchIndex.Document(title: title, summary: summary, url: "/\(number)/", kind: "item", disciplines: [],
                                                      words: words))
            }
            let terms = SearchIndex.fileCounts(documents: documents.count).terms
            let files = SearchIndex.render(documents, disciplines: [])
            #expect(files.dropFirst().prefix(terms).map(\.bytes) == Self.plainTermFiles(documents), "seed \(seed)")
        }
    }

    /// A built site: every published page is found by the words of its whole body; an embargoed
    /// item's words, title and address are in no file of the index.
    @Test func theIndexHoldsPublishedDocumentsOnly() throws {
        let published = try BuiltSite(now: "2026-12-10T09:00").searchIndex()
        #expect(published.urls(holding: "karriere") == ["/hub/share/aarhus-kontor/"], "a word of a share text")
        #expect(published.urls(holding: "baggrund").contains("/hub/share/aarhus-kontor/"))
        // The example hub then has items under embargo: the hackathon's words are its own.
        let site = try BuiltSite(content: TestPaths.exampleHub, now: "2026-12-10T09:00")
        #expect(site.report.embargoed > 0)
        let index = try site.searchIndex()
        #expect(index.urls(holding: "skybrud").contains("/disciplines/social-selling/"), "past the first 1,000 characters")
        #expect(index.urls(holding: "anmeldes") == ["/guidelines/kritik/"])
        #expect(!index.entries.contains { ($0["url"] as? String)?.contains("hackathon") == true })
        for path in site.files where path == "search-index.json" || path.hasPrefix("search/") && path.hasSuffix(".json") {
            let text = site.file(path)
            #expect(!text.contains("skybrudsvarsling") && !text.contains("hackathon") && !text.contains("Hackathon"), "\(path)")
        }
    }
}

/// `SearchText.words` folds scalar by scalar in one pass; it must give the words of the whole text folded.
@Suite struct SearchWordsTests {
    @Test(arguments: [
        "Åa aå åå Aaa AAA", "a\u{30A}a Å\u{301}e", "İstanbul ΣΑΣ Straße ﬁnd Kelvin \u{212A}",
        "Sjællandsk Ærø Øen Müller Ökonomie Ä", "🎉emoji🎉mellem, #reklame#job, a#b", "Café-Œuvre naïve coöperate",
        "æe øe åe ae oe aa", "e\u{301}\u{20D7}x", "",
    ])
    func oneScalarAtATimeGivesTheWholeTextsWords(text: String) {
        #expect(SearchText.words(text) == Self.wordsOfTheWholeFold(text))
    }

    /// Random texts of the letters the reductions work on (runs of a, o, e, æ, ø, å in both cases,
    /// decomposed ones, `#`, digits, separators and emoji): the words are those of the whole fold.
    @Test func randomTextsGiveTheWordsOfTheWholeFold() {
        let pieces = ["a", "A", "o", "O", "e", "E", "æ", "Æ", "ø", "Ø", "å", "Å", "a\u{30A}", "ä", "ö", "ü", "é",
                      "#", "1", " ", "-", "\n", "🎉", "ß", "ﬁ", "x", "İ", "\u{301}",
                      // Capitals whose lower case depends on, or leaves, ASCII; marks that NFD reorders.
                      "Σ", "\u{212A}", "\u{5B0}", "\u{316}", "\u{327}"]
        for seed in PropertyRun.seeds(default: 2_000) {
            var random = SeededRandom(seed: seed)
            let text = (0..<random.below(24)).map { _ in random.pick(pieces) }.joined()
            #expect(SearchText.words(text) == Self.wordsOfTheWholeFold(text), "seed \(seed): \(text.debugDescription)")
        }
    }

    /// Long texts of many distinct words, some hundreds of letters long and some repeated in other
    /// cases: past every size the word sets start with, the words are still those of the whole fold.
    @Test func longTextsOfManyWordsGiveTheWordsOfTheWholeFold() {
        let letters = ["a", "e", "o", "æ", "ø", "å", "Å", "b", "K", "9", "#"]
        for seed in PropertyRun.seeds(default: 40) {
            var random = SeededRandom(seed: seed)
            var words: [String] = []
            for _ in 0..<(200 + random.below(1_500)) {
                let long = random.below(20) == 0
                let word = (0..<(long ? 60 + random.below(400) : 1 + random.below(9))).map { _ in random.pick(letters) }.joined()
                words.append(random.below(4) == 0 && !words.isEmpty ? random.pick(words).uppercased() : word)
            }
            let text = words.joined(separator: random.pick([" ", "\n", ", ", " – ", "🎉"]))
            #expect(SearchText.words(text) == Self.wordsOfTheWholeFold(text), "seed \(seed)")
        }
    }

    /// Parts read one after another give the words of the parts joined by line breaks: a word
    /// never runs on from one part into the next, nor does a pair such as `a` `a` reduce across them.
    @Test func theWordsOfPartsAreThoseOfThePartsJoined() {
        let pieces = ["a", "A", "e", "o", "æ", "Ø", "å", "a\u{30A}", "\u{301}", "#", "1", " ", "\n", "🎉", "x", "K"]
        for seed in PropertyRun.seeds(default: 1_000) {
            var random = SeededRandom(seed: seed)
            let parts = (0..<random.below(5)).map { _ in (0..<random.below(12)).map { _ in random.pick(pieces) }.joined() }
            #expect(SearchText.words(of: parts) == SearchText.words(parts.joined(separator: "\n")), "seed \(seed): \(parts)")
        }
    }

    /// Every scalar is folded once per process and shared by every text: texts read at once on
    /// several threads, each meeting scalars others met first, give the words of their whole fold.
    @Test func scalarsFoldedOnceServeEveryText() async {
        let pieces = ["é", "É", "ñ", "ß", "ﬁ", "İ", "Σ", "\u{212A}", "🎉", "ä", "ü", "Œ", "ç", "ł", "a", "e", "o", " ", "#", "\u{301}"]
        let seeds = PropertyRun.seeds(default: 400)
        let texts = seeds.map { seed in
            var random = SeededRandom(seed: seed)
            return (0..<random.below(30)).map { _ in random.pick(pieces) }.joined()
        }
        let words = await withTaskGroup(of: (Int, [String]).self) { group in
            for (index, text) in texts.enumerated() { group.addTask { (index, SearchText.words(text)) } }
            var words = [[String]](repeating: [], count: texts.count)
            for await (index, found) in group { words[index] = found }
            return words
        }
        for (index, text) in texts.enumerated() {
            #expect(words[index] == Self.wordsOfTheWholeFold(text), "seed \(seeds[index]): \(text.debugDescription)")
        }
    }

    /// A text that holds more distinct scalars than the process keeps folded (Latin, Greek and
    /// Cyrillic letters with their accents, kana and signs; about 4,400 of them) is read as its whole fold
    /// reads, as is a text read after it.
    @Test func scalarsPastTheKeptOnesAreFoldedWhereTheyAreMet() {
        let scalars = (0xC0...0x24F).map { $0 } + (0x370...0x52F).map { $0 } + (0x1E00...0x1FFF).map { $0 } + (0x2100...0x2BFF).map { $0 } + (0x3040...0x30FF).map { $0 }
        let text = scalars.compactMap(Unicode.Scalar.init).map { "x\($0)y " }.joined()
        #expect(SearchText.words(text) == Self.wordsOfTheWholeFold(text))
        let after = "Ærø ål \u{1E9E}ber café naïve"
        #expect(SearchText.words(after) == Self.wordsOfTheWholeFold(after))
    }

    /// The words search.js would cut from the whole text folded at once: the reference `words` keeps to.
    static func wordsOfTheWholeFold(_ text: String) -> [String] {
        Set(SearchText.fold(text).unicodeScalars.split { !("a"..."z" ~= $0 || "0"..."9" ~= $0 || $0 == "#") }
            .flatMap { word -> [String] in
                let w = String(String.UnicodeScalarView(word))
                return [w] + (w.contains("#") ? w.split(separator: "#").map(String.init) : [])
            }).sorted()
    }
}
