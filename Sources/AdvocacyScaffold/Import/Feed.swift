import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif
import AdvocacyCore

/// An Atom, RSS 2.0 or RSS 1.0 (RDF) feed read with Foundation's `XMLParser` (libxml2): its entries
/// with the fields `advocacy import` uses, each as written in the feed (text already decoded from
/// XML; markup in summaries and HTML titles is taken out by `FeedText`).
package struct Feed: Sendable {
    /// One `<entry>` (Atom) or `<item>` (RSS).
    package struct Entry: Sendable, Equatable {
        /// The title as text: entities decoded, markup of an HTML title taken out.
        package var title = ""
        /// The summary as text, or "" without one.
        package var summary = ""
        /// The entry's web address: Atom's `rel="alternate"` link (or its first link), RSS's `<link>`,
        /// else a `<guid>` that is a permalink.
        package var link = ""
        /// When the entry was published (Atom `published`, else `updated`; RSS `pubDate`, RSS 1.0 `dc:date`).
        package var date: Date?
        /// The line the entry starts on, for messages.
        package var line = 0
    }

    /// Which feed format the root element names.
    package enum Format: Sendable { case atom, rss, rdf }

    package let format: Format
    package let entries: [Entry]

    /// Why a feed could not be read, and where (line and column, 1-based; 0 where unknown).
    package struct Problem: Error, Sendable {
        package let message: Message
        package let line: Int
        package let column: Int
    }

    /// Reads `data`. External entities and DTDs are never loaded (`shouldResolveExternalEntities`
    /// stays off and the resolving policy is `.never`), so a feed cannot make the parser read a file
    /// or ask a host. Entities declared in the feed's DTD never reach the text either: FoundationXML
    /// hands the delegate none of their replacement text, and libxml2 ends a feed whose entities
    /// expand into entities (the "billion laughs") with an error (89, `importXMLEntityLoop`).
    package static func parse(_ data: Data) throws(Problem) -> Feed {
        guard !data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) else {
            throw Problem(message: Message(.importMalformedFeed(problem: Message(.importXMLEmpty))), line: 1, column: 1)
        }
        let parser = XMLParser(data: data)
        parser.shouldResolveExternalEntities = false
        parser.externalEntityResolvingPolicy = .never
        parser.shouldProcessNamespaces = false
        let reader = Reader()
        parser.delegate = reader
        let finished = parser.parse()
        if let problem = reader.problem { throw problem }
        if !finished || reader.error != nil {
            let (line, column) = reader.errorPlace ?? (parser.lineNumber, parser.columnNumber)
            let code = (reader.error ?? parser.parserError).map { ($0 as NSError).code } ?? 0
            throw Problem(message: Message(.importMalformedFeed(problem: Reader.explain(code))), line: max(line, 1), column: max(column, 1))
        }
        guard let format = reader.format else {
            throw Problem(message: Message(.importNotAFeed(root: reader.root ?? "")), line: 1, column: 1)
        }
        return Feed(format: format, entries: reader.entries)
    }

    /// The parser's delegate: collects entries.
    private final class Reader: NSObject, XMLParserDelegate {
        var root: String?
        var format: Format?
        var entries: [Entry] = []
        var problem: Problem?
        var error: Error?
        var errorPlace: (Int, Int)?

        /// The entry being read, the elements open inside it, and the text of the innermost one.
        private var entry: Entry?
        private var path: [String] = []
        private var text = ""
        /// The `type` of the Atom title or summary being read (`text`, `html` or `xhtml`).
        private var textType = "text"
        /// Links of the current Atom entry: the `alternate` one wins over the first.
        private var alternate: String?, firstLink: String?
        /// The RSS `guid` when it is a permalink, the Atom `summary` and `content`, the dates.
        private var guid: String?, atomSummary: String?, atomContent: String?, published: Date?, updated: Date?

        /// A message for libxml2's error `code` (`XMLParser.ErrorCode`'s numbers).
        static func explain(_ code: Int) -> Message {
            switch code {
            case 76: Message(.importXMLTagMismatch)
            case 26: Message(.importXMLUndeclaredEntity)
            case 22, 23, 68: Message(.importXMLBareAmpersand)
            case 5, 73, 77: Message(.importXMLEndsEarly)
            case 4: Message(.importXMLEmpty)
            case 89: Message(.importXMLEntityLoop)
            default: Message(.importXMLOther(code: "\(code)"))
            }
        }

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String]) {
            if root == nil {
                root = name
                switch name {
                case "feed": format = .atom
                case "rss": format = .rss
                case "rdf:RDF", "RDF": format = .rdf
                default:
                    parser.abortParsing()
                    problem = Problem(message: Message(.importNotAFeed(root: name)), line: parser.lineNumber, column: 1)
                }
                return
            }
            if entry == nil {
                if (format == .atom && name == "entry") || (format != .atom && name == "item") {
                    entry = Entry(line: parser.lineNumber)
                    path = []
                    (alternate, firstLink, guid, atomSummary, atomContent, published, updated) = (nil, nil, nil, nil, nil, nil, nil)
                }
                return
            }
            path.append(name)
            guard path.count == 1 else {
                // An XHTML title or summary: its elements' text is the text.
                return
            }
            text = ""
            textType = attributes["type"] ?? "text"
            if format == .atom && name == "link" {
                let href = attributes["href"]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
                guard !href.isEmpty else { return }
                if firstLink == nil { firstLink = href }
                if (attributes["rel"] ?? "alternate") == "alternate" && alternate == nil { alternate = href }
            }
            if format != .atom && name == "guid" {
                guid = attributes["isPermaLink"].map { $0.lowercased() == "false" } == true ? nil : ""
            }
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            guard entry != nil else { return }
            if path.isEmpty {
                guard (format == .atom && name == "entry") || (format != .atom && name == "item") else { return }
                finishEntry()
                return
            }
            path.removeLast()
            guard path.isEmpty else { return }
            let value = text.trimmingCharacters(in: .whitespacesAndNewlines)
            let isHTML = format != .atom || textType == "html"
            switch (format, name) {
            case (.atom, "title"):
                entry?.title = textType == "html" ? FeedText.plain(fromHTML: value) : FeedText.oneLine(value)
            case (.atom, "summary"): atomSummary = isHTML ? FeedText.plain(fromHTML: value) : FeedText.oneLine(value)
            case (.atom, "content"): atomContent = isHTML ? FeedText.plain(fromHTML: value) : FeedText.oneLine(value)
            case (.atom, "published"): published = FeedDate.rfc3339(value)
            case (.atom, "updated"): updated = FeedDate.rfc3339(value)
            case (_, "title"): entry?.title = FeedText.oneLine(FeedText.decodingEntities(value))
            case (_, "description"): entry?.summary = FeedText.plain(fromHTML: value)
            case (_, "link"): entry?.link = value
            case (_, "guid") where guid != nil: guid = value
            case (_, "pubDate"): published = FeedDate.rfc822(value)
            case (_, "dc:date"): published = published ?? FeedDate.rfc3339(value)
            default: break
            }
        }

        private func finishEntry() {
            guard var done = entry else { return }
            if format == .atom {
                done.link = alternate ?? firstLink ?? ""
                done.summary = atomSummary ?? atomContent ?? ""
                done.date = published ?? updated
            } else {
                if done.link.isEmpty, let guid { done.link = guid }
                done.date = published
            }
            entries.append(done)
            entry = nil
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            if entry != nil, !path.isEmpty { text += string }
        }

        func parser(_ parser: XMLParser, foundCDATA block: Data) {
            if entry != nil, !path.isEmpty { text += String(decoding: block, as: UTF8.self) }
        }

        func parser(_ parser: XMLParser, parseErrorOccurred parseError: Error) {
            guard error == nil else { return }
            error = parseError
            errorPlace = (parser.lineNumber, parser.columnNumber)
            parser.abortParsing()
        }

        func parser(_ parser: XMLParser, resolveExternalEntityName name: String, systemID: String?) -> Data? { nil }
    }
}
