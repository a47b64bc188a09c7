import AdvocacyCore
import CmarkTables
import Foundation

/// Bounds on Markdown where cmark-gfm's cost grows faster than the text:
/// - Tables, counted as cmark-gfm parses them (`CmarkTables`), so that the lines counted are exactly
///   those it reads as rows, wherever they are (a scan of the source before the parse can be led to
///   skip lines cmark reads, by a fence indented a space). The table extension keeps a row's cells in
///   a list it walks to the end for each new one (a row of 50,000 `|` takes 6 seconds), and Debian's
///   (0.29.0.gfm.6, CVE-2023-37463) fills every short row up to the header's width, so a few
///   kilobytes of pipes become millions of cells and take seconds and gigabytes to parse.
/// - Quote and list markers (`> > > …`, `- + - + …`), counted on every line before the parse: every
///   marker is a node, so a megabyte of them takes hundreds of megabytes. Both how deep one line
///   nests and how many a file holds are bounded. A line goes on the list items of the lines above
///   it by its indentation, so that counts too: a blank line continues every open item, and cmark
///   walks them all at each (8,000 items deep over 650,000 blank lines took 111 seconds).
/// - Brackets, counted before the parse between blank lines (no paragraph goes past one): each link
///   cmark-gfm makes walks back over every `[` before it in its paragraph (Debian's 0.29.0.gfm.6,
///   CVE-2023-22486: 300 KB of `![[]()` took 12 seconds), and each `<` of `<?` or `<!A` looks for
///   its end up to the paragraph's (CVE-2023-22483 and 22484: 400 KB of `<?` took 24 seconds).
enum MarkdownBounds {
    /// Columns a table may have.
    static let maxColumns = 100
    /// `|` a line read as a table's row may hold: a row of the widest table with a `|` at each end, twice over.
    static let maxBarsPerRow = 2 * maxColumns
    /// Cells (columns × body rows) all tables of one file may have together.
    static let maxCells = 200_000
    /// Quotes and list items one line may open inside each other.
    static let maxDepth = 50
    /// Quote and list item markers one file may hold.
    static let maxMarkers = 100_000
    /// `[`, and `<`, the lines between two blank lines may hold.
    static let maxBrackets = 5_000

    /// Errors for nesting, `[` and `<` over the bounds, at the line where they go over; empty when
    /// the source may be parsed. Every line counts, code too.
    package static func check(_ source: MarkdownSource) -> Diagnostics {
        var diagnostics = Diagnostics()
        var text = source.text
        text.withUTF8 { bytes in
            var markers = 0, brackets = 0, angles = 0, bracketsReported = false
            var line = 0, start = 0
            while start < bytes.count {
                line += 1
                let end = memchr(bytes.baseAddress! + start, 10, bytes.count - start)
                    .map { UnsafeRawPointer($0) - UnsafeRawPointer(bytes.baseAddress!) } ?? bytes.count
                let content = UnsafeBufferPointer(rebasing: bytes[start..<end])
                let (opened, depth) = nesting(content)
                start = end + 1
                if !bracketsReported {
                    let blank = content.allSatisfy { $0 == 32 || $0 == 9 || $0 == 13 }
                    brackets = blank ? 0 : brackets + count(91, in: content)
                    angles = blank ? 0 : angles + count(60, in: content)
                    if brackets > maxBrackets || angles > maxBrackets {
                        bracketsReported = true
                        diagnostics.error(brackets > maxBrackets ? .tooManyBrackets(limit: maxBrackets) : .tooManyAngleBrackets(limit: maxBrackets),
                                          at: location(source, line: line))
                    }
                }
                markers += opened
                if depth > maxDepth {
                    diagnostics.error(.nestedTooDeep(depth: "\(depth)", limit: "\(maxDepth)"), at: location(source, line: line))
                    return
                } else if markers > maxMarkers {
                    diagnostics.error(.tooManyListMarkers(limit: maxMarkers), at: location(source, line: line))
                    return
                }
            }
        }
        return diagnostics
    }

    /// Bounds the tables of the parse that follows on the calling thread.
    static func beginTables() {
        advocacy_tables_begin(Int32(maxColumns), Int32(maxCells), Int32(maxBarsPerRow))
    }

    /// The error for the bound on tables the parse since `beginTables` went over, if any; empty when none.
    static func endTables(_ source: MarkdownSource) -> Diagnostics {
        var diagnostics = Diagnostics()
        let finding = advocacy_tables_end()
        let location = location(source, line: Int(finding.line))
        switch advocacy_tables_bound(rawValue: UInt32(finding.kind)) {
        case advocacy_tables_columns:
            diagnostics.error(.tooManyTableColumns(columns: "\(finding.count)", limit: "\(maxColumns)"), at: location)
        case advocacy_tables_cells:
            diagnostics.error(.tooManyTableCells(limit: maxCells), at: location)
        case advocacy_tables_bars:
            diagnostics.error(.tooManyBarsInRow(count: Int(finding.count), limit: maxBarsPerRow), at: location)
        default:
            break
        }
        return diagnostics
    }

    private static func location(_ source: MarkdownSource, line: Int) -> SourceLocation {
        SourceLocation(file: source.displayPath, line: source.firstLine + line - 1)
    }

    /// How many times `byte` is in `line`.
    private static func count(_ byte: UInt8, in line: UnsafeBufferPointer<UInt8>) -> Int {
        guard let base = line.baseAddress else { return 0 }
        var found = 0, start = 0
        while start < line.count, let hit = memchr(base + start, Int32(byte), line.count - start) {
            found += 1
            start = UnsafeRawPointer(hit) - UnsafeRawPointer(base) + 1
        }
        return found
    }

    /// How many quote (`>`), list item (`-`, `+`, `*`, `1.`, `1)`) and footnote (`[^note]:`) markers open a line, and how
    /// deep the line may be nested at most: its markers, and a list item for every two columns of
    /// white space before and between them (a list item's text is indented at least two columns
    /// past its parent's, so a line goes on no more open items than that; a quote takes a `>` on
    /// every line it goes on). A tab goes to the next multiple of four columns, as in cmark.
    private static func nesting(_ line: UnsafeBufferPointer<UInt8>) -> (markers: Int, depth: Int) {
        var markers = 0, index = 0, column = 0, blank = 0
        func isSpace(_ at: Int) -> Bool { at >= line.count || line[at] == 32 || line[at] == 9 }
        while index < line.count {
            let byte = line[index]
            if byte == 32 || byte == 9 {
                let next = byte == 9 ? (column / 4 + 1) * 4 : column + 1
                blank += next - column
                column = next
                index += 1
            } else if byte == 62 {
                // The space after a `>` is part of the marker.
                markers += 1
                let width = index + 1 < line.count && line[index + 1] == 32 ? 2 : 1
                index += width
                column += width
            } else if (byte == 45 || byte == 43 || byte == 42) && isSpace(index + 1) {
                // The marker and the space after it; a tab after it is white space past the marker.
                markers += 1
                let width = index + 1 < line.count && line[index + 1] == 32 ? 2 : 1
                index += width
                column += width
            } else if byte == 91, index + 1 < line.count, line[index + 1] == 94,
                      let close = line[(index + 2)...].firstIndex(of: 93), close + 1 < line.count, line[close + 1] == 58 {
                // A footnote's definition (`[^note]:`) holds blocks too, and may open quotes and lists after it.
                markers += 1
                let width = close + 2 - index + (close + 2 < line.count && line[close + 2] == 32 ? 1 : 0)
                index += width
                column += width
            } else if byte >= 48 && byte <= 57 {
                var end = index
                while end < line.count && end - index < 9 && line[end] >= 48 && line[end] <= 57 { end += 1 }
                guard end < line.count, line[end] == 46 || line[end] == 41, isSpace(end + 1) else { break }
                markers += 1
                let width = end + 1 - index + (end + 1 < line.count && line[end + 1] == 32 ? 1 : 0)
                column += width
                index += width
            } else {
                break
            }
        }
        return (markers, markers + blank / 2)
    }
}
