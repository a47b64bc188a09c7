import CSV
import AdvocacyCore

/// The records of a CSV text with the line and column each cell starts at, so that a message can
/// point at a cell. CSV.swift's `CSVReader` reads the records; the cells' places come from walking
/// the text alongside it: a cell that starts with `"` was written quoted (with every `"` inside
/// doubled), any other cell was written as it reads, and one comma or line break follows each
/// cell. The walk checks that the text really holds what it expects, so a place is never a guess:
/// where it does not (a stray `"` the reader took in its own way) reading stops with an error there.
/// Columns are counted in Unicode scalars, which are characters for text written in the usual (NFC) form.
/// A file whose first line holds semicolons and no comma, as a Danish Excel saves "CSV", is read with
/// semicolons between the cells.
struct CSVRecords {
    /// One record: its cells, each where it starts.
    struct Record {
        package var cells: [Located<String>]
        /// The line the record starts on.
        package var line: Int { cells.first?.location.line ?? 1 }
        /// Whether every cell is empty: a blank line.
        package var isBlank: Bool { cells.allSatisfy { $0.value.isEmpty } }
    }

    /// Every record, the first line included, in order.
    private(set) var records: [Record] = []

    /// Reads `text`, the contents of `file` as shown in messages.
    package init(_ text: String, file: String, diagnostics: inout Diagnostics) {
        let firstLine = text.prefix { $0 != "\n" && $0 != "\r" && $0 != "\r\n" }
        let delimiter: Unicode.Scalar = firstLine.contains(";") && !firstLine.contains(",") ? ";" : ","
        guard let reader = try? CSVReader(string: text, delimiter: delimiter) else { return }
        var walk = Walk(text)
        while let fields = reader.next() {
            var cells: [Located<String>] = []
            for (index, field) in fields.enumerated() {
                let location = SourceLocation(file: file, line: walk.line, column: walk.column)
                guard walk.skip(walk.startsQuoted ? Self.quoted(field) : field) else {
                    diagnostics.error(.resultsStrayQuote, at: location)
                    return
                }
                cells.append(Located(field, at: location))
                walk.skipSeparator(endOfRecord: index == fields.count - 1)
            }
            records.append(Record(cells: cells))
        }
    }

    /// How a quoted cell is written: in quotes, every quote inside doubled.
    private static func quoted(_ field: String) -> String {
        "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// A position in the text, with its line and column.
    private struct Walk {
        let scalars: [Unicode.Scalar]
        var position = 0
        var line = 1
        var column = 1

        init(_ text: String) { scalars = Array(text.unicodeScalars) }

        var startsQuoted: Bool { position < scalars.count && scalars[position] == "\"" }

        /// Moves over `written` if the text holds it here; false if it does not.
        mutating func skip(_ written: String) -> Bool {
            let expected = Array(written.unicodeScalars)
            guard position + expected.count <= scalars.count,
                  scalars[position..<(position + expected.count)].elementsEqual(expected) else { return false }
            for scalar in expected { advance(over: scalar) }
            return true
        }

        /// Moves over the comma (or semicolon) after a cell, or the line break after a record (CR LF counts as one).
        mutating func skipSeparator(endOfRecord: Bool) {
            guard position < scalars.count else { return }
            if endOfRecord, scalars[position] == "\r", position + 1 < scalars.count, scalars[position + 1] == "\n" {
                position += 1
            }
            advance(over: scalars[position])
        }

        private mutating func advance(over scalar: Unicode.Scalar) {
            position += 1
            let crBeforeLF = scalar == "\r" && position < scalars.count && scalars[position] == "\n"
            if (scalar == "\n" || scalar == "\r") && !crBeforeLF {
                line += 1
                column = 1
            } else if !crBeforeLF {
                column += 1
            }
        }
    }
}
