import Foundation
import Testing
import AdvocacyTestSupport
@testable import AdvocacyCore

/// docs/forfattere.md is the Danish twin of docs/authoring.md. These tests keep the two complete: the same
/// sections in the same order, with the same tables and examples, and every message that authoring.md's
/// message tables quote in English quoted in Danish, as the Danish catalogue says it, at the same place.
@Suite("The Danish authoring guide")
struct DanishGuideTests {
    static let english = GuideOutline(name: "authoring.md")
    static let danish = GuideOutline(name: "forfattere.md")

    @Test func eachGuideLinksToTheOtherAtTheTop() {
        #expect(Self.english.top.contains("](forfattere.md)"), "authoring.md's first lines do not link to forfattere.md")
        #expect(Self.danish.top.contains("](authoring.md)"), "forfattere.md's first lines do not link to authoring.md")
    }

    @Test func bothGuidesHaveTheSameSectionsTablesAndExamples() {
        #expect(!Self.english.sections.isEmpty && Self.english.tables.count > 10, "docs/authoring.md was not read")
        for note in GuideOutline.differences(Self.english, Self.danish) { Issue.record("\(note)") }
    }

    @Test func everyQuotedMessageHasItsDanishTwinAtTheSamePlace() {
        let english = Self.english, danish = Self.danish
        guard GuideOutline.differences(english, danish).isEmpty else {
            Issue.record("the guides' sections or tables differ (see the other test); messages are compared once they agree")
            return
        }
        var compared = 0
        for (englishTable, danishTable) in zip(english.tables, danish.tables) where englishTable.quotesMessages {
            let section = english.sections[englishTable.section].title
            let danishSection = danish.sections[danishTable.section].title
            for (row, (englishRow, danishRow)) in zip(englishTable.rows, danishTable.rows).enumerated() {
                let place = "section '\(section)' (forfattere.md: '\(danishSection)'), table row \(row + 1)"
                let danishQuotes = GuideOutline.codeSpans(danishRow.first ?? "")
                for (index, quote) in GuideOutline.codeSpans(englishRow.first ?? "").enumerated() {
                    let (warning, text) = MessageQuote.strip(quote, prefix: MessageID.severityWarning.english + ": ")
                    let ids = MessageQuote.bestMatches(text, in: .en)
                    if index > 0, ids.score < MessageQuote.leastScoreOfAFurtherQuote { continue }
                    guard !ids.ids.isEmpty else {
                        Issue.record("authoring.md, \(place): `\(quote)` is not a message of the English catalogue (EnglishMessages.swift); quote it as the catalogue says it")
                        continue
                    }
                    compared += 1
                    let twin = danishQuotes.contains { danishQuote in
                        let (danishWarning, danishText) = MessageQuote.strip(danishQuote, prefix: MessageID.severityWarning.danish + ": ")
                        return danishWarning == warning
                            && !ids.ids.isDisjoint(with: MessageQuote.bestMatches(danishText, in: .da).ids)
                    }
                    if !twin {
                        let expected = ids.ids.sorted { $0.name < $1.name }
                            .map { (warning ? MessageID.severityWarning.danish + ": " : "") + $0.danish }
                        Issue.record("""
                            forfattere.md, \(place): no Danish twin of `\(quote)`; quote the Danish catalogue's text \
                            (DanishMessages.swift) with the same values, as in: \(expected.joined(separator: " or "))
                            """)
                    }
                }
            }
        }
        #expect(compared > 100, "only \(compared) messages were found in authoring.md's message tables")
    }

    @Test func aQuoteMatchesItsMessageAndNoOther() {
        func names(_ quote: String, in language: HubLanguage) -> Set<String> {
            Set(MessageQuote.bestMatches(quote, in: language).ids.map(\.name))
        }
        #expect(names("unknown key 'sumary'; did you mean 'summary'?", in: .en) == ["unknownKey"])
        #expect(names("ukendt nøgle 'sumary'; mente du 'summary'?", in: .da) == ["unknownKey"])
        #expect(names("'…' leads outside the content folder; it is not read", in: .en) == ["fileLeadsOutside"])
        #expect(names("metrics.csv has no 'value' column; …", in: .en) == ["resultsColumnMissing"])
        #expect(names("the key 'order' is written twice", in: .en).isEmpty)
        #expect(names("'role' is empty; …", in: .en).contains("emptyKey"))
        #expect(GuideOutline.codeSpans("`a` and `` b `c` `` and `d ```share x`") == ["a", "b `c`", "d ```share x"])
    }
}

/// A guide's headings and tables, outside fenced code blocks.
struct GuideOutline {
    struct Section {
        var level: Int
        var title: String
        var tables: [Int] = []
        var examples = 0
    }

    struct Table {
        var section: Int
        var header: [String]
        var rows: [[String]]
        var quotesMessages: Bool { header.first == "message" }
    }

    var name: String
    var top = ""
    var sections: [Section] = [Section(level: 0, title: "(before the first heading)")]
    var tables: [Table] = []

    init(name: String) {
        self.name = name
        let text = (try? String(contentsOfFile: TestPaths.repository + "/docs/" + name, encoding: .utf8)) ?? ""
        let lines = text.components(separatedBy: "\n")
        top = lines.prefix(5).joined(separator: "\n")
        var fence: (mark: Character, length: Int)?
        var inTable = false
        for line in lines {
            let trimmed = line.drop { $0 == " " }
            let opening = Self.fence(trimmed, indent: line.count - trimmed.count)
            if let open = fence {
                if let close = opening, close.mark == open.mark, close.length >= open.length, close.rest.allSatisfy(\.isWhitespace) {
                    fence = nil
                }
                continue
            }
            if let opening {
                fence = (opening.mark, opening.length)
                sections[sections.count - 1].examples += 1
                inTable = false
                continue
            }
            let hashes = line.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), line.dropFirst(hashes).first == " " {
                sections.append(Section(level: hashes, title: String(line)))
                inTable = false
            } else if line.hasPrefix("|") {
                let cells = Self.cells(line)
                if inTable {
                    if !cells.allSatisfy({ $0.allSatisfy { "-: ".contains($0) } }) { tables[tables.count - 1].rows.append(cells) }
                } else {
                    sections[sections.count - 1].tables.append(tables.count)
                    tables.append(Table(section: sections.count - 1, header: cells, rows: []))
                    inTable = true
                }
            } else {
                inTable = false
            }
        }
    }

    /// A fence line: three or more backticks or tildes, indented by at most three spaces.
    private static func fence(_ line: Substring, indent: Int) -> (mark: Character, length: Int, rest: Substring)? {
        guard indent <= 3, let mark = line.first, mark == "`" || mark == "~" else { return nil }
        let length = line.prefix { $0 == mark }.count
        return length >= 3 ? (mark, length, line.dropFirst(length)) : nil
    }

    /// The cells of a table row, split at `|` outside code spans; in a code span, `\|` is a `|`, as
    /// the table extension reads it before the span.
    static func cells(_ line: String) -> [String] {
        var cells: [String] = [], current = ""
        var rest = Substring(line.trimmingCharacters(in: .whitespaces))
        if rest.first == "|" { rest = rest.dropFirst() }
        while let character = rest.first {
            if character == "`", let span = codeSpan(at: rest) {
                current += rest[..<span].replacingOccurrences(of: "\\|", with: "|")
                rest = rest[span...]
            } else if character == "\\", rest.dropFirst().first == "|" {
                current += "\\|"
                rest = rest.dropFirst(2)
            } else if character == "|" {
                cells.append(current.trimmingCharacters(in: .whitespaces))
                current = ""
                rest = rest.dropFirst()
            } else {
                current.append(character)
                rest = rest.dropFirst()
            }
        }
        if !current.trimmingCharacters(in: .whitespaces).isEmpty { cells.append(current.trimmingCharacters(in: .whitespaces)) }
        return cells
    }

    /// Where the code span that opens at the start of `text` ends, if it is closed by a run of as many backticks.
    private static func codeSpan(at text: Substring) -> Substring.Index? {
        let length = text.prefix { $0 == "`" }.count
        var index = text.index(text.startIndex, offsetBy: length)
        while index < text.endIndex {
            if text[index] == "`" {
                let run = text[index...].prefix { $0 == "`" }.count
                let end = text.index(index, offsetBy: run)
                if run == length { return end }
                index = end
            } else {
                index = text.index(after: index)
            }
        }
        return nil
    }

    /// The texts of the code spans in `text`, as Markdown reads them (one space either side is dropped).
    static func codeSpans(_ text: String) -> [String] {
        var spans: [String] = []
        var rest = Substring(text)
        while let start = rest.firstIndex(of: "`") {
            rest = rest[start...]
            guard let end = codeSpan(at: rest) else {
                rest = rest.drop { $0 == "`" }
                continue
            }
            let ticks = rest.prefix { $0 == "`" }.count
            var inner = rest[rest.index(rest.startIndex, offsetBy: ticks)..<rest.index(end, offsetBy: -ticks)]
            if inner.count > 2, inner.first == " ", inner.last == " " { inner = inner.dropFirst().dropLast() }
            spans.append(String(inner))
            rest = rest[end...]
        }
        return spans
    }

    /// What a section holds, for lining up two guides: its level, its number (`12a.`), its examples and the
    /// number of rows and columns of each table.
    private func shape(_ index: Int) -> String {
        let section = sections[index]
        let number = section.title.drop { $0 == "#" || $0 == " " }.prefix { $0.isNumber || $0.isLetter && $0.isASCII && $0.isLowercase }
        let numbered = section.title.drop { $0 == "#" || $0 == " " }.dropFirst(number.count).first == "." && number.first?.isNumber == true
        let tables = section.tables.map { "\(self.tables[$0].rows.count) rows × \(self.tables[$0].header.count) columns" }
        return "level \(section.level)" + (numbered ? ", number \(number)" : "") + ", \(section.examples) examples"
            + (tables.isEmpty ? ", no table" : ", tables: " + tables.joined(separator: "; "))
    }

    /// Notes naming every section that one guide has and the other has not, or that differs between them.
    static func differences(_ english: GuideOutline, _ danish: GuideOutline) -> [String] {
        let a = english.sections.indices.map(english.shape), b = danish.sections.indices.map(danish.shape)
        // The longest common run of sections, so that a missing section is named, not every one after it.
        var common = Array(repeating: Array(repeating: 0, count: b.count + 1), count: a.count + 1)
        for i in a.indices.reversed() {
            for j in b.indices.reversed() {
                common[i][j] = a[i] == b[j] ? common[i + 1][j + 1] + 1 : max(common[i + 1][j], common[i][j + 1])
            }
        }
        var notes: [String] = []
        var i = 0, j = 0
        func before(_ outline: GuideOutline, _ index: Int) -> String {
            index > 0 ? " (after '\(outline.sections[index - 1].title)')" : ""
        }
        while i < a.count || j < b.count {
            if i < a.count, j < b.count, a[i] == b[j] {
                i += 1; j += 1
            } else if i < a.count, j < b.count, common[i + 1][j + 1] == common[i][j] {
                notes.append("""
                    section '\(english.sections[i].title)' of \(english.name) is out of step with \
                    '\(danish.sections[j].title)' of \(danish.name) at the same place: \(english.name) has \(a[i]); \
                    \(danish.name) has \(b[j])
                    """)
                i += 1; j += 1
            } else if i < a.count, j == b.count || common[i + 1][j] >= common[i][j + 1] {
                notes.append("\(danish.name) is missing section '\(english.sections[i].title)' of \(english.name)\(before(english, i)): \(a[i])")
                i += 1
            } else {
                notes.append("\(danish.name) has section '\(danish.sections[j].title)'\(before(danish, j)), which \(english.name) does not have: \(b[j])")
                j += 1
            }
        }
        return notes
    }
}

/// Finds the catalogue message a guide quotes: the text as a message prints it, with the message's values
/// filled in, and `…` for any part left out.
enum MessageQuote {
    /// A code span after the first in a message cell counts as a message when it matches this many characters
    /// of a message's own words (not its values): enough to tell `; did you mean '…'?` from a plain key.
    static let leastScoreOfAFurtherQuote = 10

    private enum Piece: Equatable {
        case character(Character)
        case value
    }

    /// `quote` without `prefix` (`warning: `), and whether it had it.
    static func strip(_ quote: String, prefix: String) -> (Bool, String) {
        quote.hasPrefix(prefix) ? (true, String(quote.dropFirst(prefix.count))) : (false, quote)
    }

    /// The messages whose text in `language` the quote matches with the most of their own words, and how many
    /// characters of them it matches.
    static func bestMatches(_ quote: String, in language: HubLanguage) -> (ids: Set<MessageID>, score: Int) {
        let pieces = quote.map { $0 == "…" ? Piece.value : .character($0) }
        var best: (ids: Set<MessageID>, score: Int) = ([], 1)
        for id in MessageID.examples {
            guard let score = match(template(id.template(in: language)), pieces) else { continue }
            if score > best.score { best = ([id], score) } else if score == best.score { best.ids.insert(id) }
        }
        return best.ids.isEmpty ? ([], 0) : best
    }

    /// A catalogue text as characters and values (`{name}`, `{count:one|more}`).
    private static func template(_ text: String) -> [Piece] {
        var pieces: [Piece] = []
        var rest = Substring(text)
        while let character = rest.first {
            if character == "{", let close = rest.firstIndex(of: "}") {
                let inside = rest[rest.index(after: rest.startIndex)..<close]
                let name = inside.prefix { $0 != ":" }
                let forms = inside.dropFirst(name.count)
                if !name.isEmpty, name.allSatisfy({ $0.isLetter || $0.isNumber }), forms.isEmpty || forms.contains("|") {
                    pieces.append(.value)
                    rest = rest[rest.index(after: close)...]
                    continue
                }
            }
            pieces.append(.character(character))
            rest = rest.dropFirst()
        }
        return pieces
    }

    /// How many of the template's own characters the quote matches, when it matches the whole template: a
    /// value in the template stands for any text of the quote, and a `…` in the quote for any part of the
    /// template; nil when it does not match.
    private static func match(_ template: [Piece], _ quote: [Piece]) -> Int? {
        // Quick refusal: the words both start and end with must agree.
        let head = zip(template.prefix { $0 != .value }, quote.prefix { $0 != .value })
        let tail = zip(template.reversed().prefix { $0 != .value }, quote.reversed().prefix { $0 != .value })
        guard head.allSatisfy({ $0 == $1 }), tail.allSatisfy({ $0 == $1 }) else { return nil }
        // score[i][j]: the most template characters matched when template[i...] matches quote[j...], or -1.
        let width = quote.count + 1
        var score = Array(repeating: -1, count: (template.count + 1) * width)
        score[template.count * width + quote.count] = 0
        for i in stride(from: template.count, through: 0, by: -1) {
            for j in stride(from: quote.count, through: 0, by: -1) where i < template.count || j < quote.count {
                var best = -1
                if j < quote.count, quote[j] == .value {
                    best = score[i * width + j + 1]
                    if i < template.count { best = max(best, score[(i + 1) * width + j]) }
                } else if i < template.count, template[i] == .value {
                    best = score[(i + 1) * width + j]
                    if j < quote.count { best = max(best, score[i * width + j + 1]) }
                } else if i < template.count, j < quote.count, template[i] == quote[j], score[(i + 1) * width + j + 1] >= 0 {
                    best = score[(i + 1) * width + j + 1] + 1
                }
                score[i * width + j] = best
            }
        }
        return score[0] >= 0 ? score[0] : nil
    }
}
