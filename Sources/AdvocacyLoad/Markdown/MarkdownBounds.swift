import AdvocacyCore
import Foundation

/// Bounds on the Markdown source, checked before cmark-gfm parses it, where its cost grows faster
/// than the text:
/// - Tables. Debian's cmark-gfm (0.29.0.gfm.6, CVE-2023-37463) fills every short row up to the
///   header's width, so a few kilobytes of pipes become millions of cells and take seconds and
///   gigabytes to parse.
/// - Cells of one row. The table extension keeps a row's cells in a list it walks to the end for
///   each new cell, so a line of 50,000 `|` takes 6 seconds; it reads as a row any line of a table,
///   any line that could be a delimiter row, and the line above one. Every line is bounded.
/// - Quote and list markers (`> > > …`, `- + - + …`): every marker is a node, so a megabyte of them
///   takes hundreds of megabytes. Both how deep one line nests and how many a file holds are bounded.
///
/// The scan errs on the side of counting: every line with a delimiter row (`|---|:-:|`) after a
/// non-blank line starts a table whose rows run to the next blank line. Only fenced code blocks
/// opened in the first column are skipped, and only before any line that could open raw HTML, since
/// HTML blocks and list items can make such a fence mean something else to cmark.
enum MarkdownBounds {
    /// Columns a table may have.
    static let maxColumns = 100
    /// `|` one line may hold: a row of the widest table with a `|` at each end, twice over.
    static let maxBarsPerLine = 2 * maxColumns
    /// Cells (columns × body rows) all tables of one file may have together.
    static let maxCells = 200_000
    /// Quotes and list items one line may open inside each other.
    static let maxDepth = 50
    /// Quote and list item markers one file may hold.
    static let maxMarkers = 100_000

    /// Errors for tables and nesting over the bounds, at the line where they start; empty when the
    /// source may be parsed.
    package static func check(_ source: MarkdownSource) -> Diagnostics {
        var diagnostics = Diagnostics()
        var text = source.text
        text.withUTF8 { bytes in
            var fence: (byte: UInt8, count: Int)?
            var mayHoldHTML = false, previousIsBlank = true
            var table: (columns: Int, line: Int)?
            var cells = 0, cellsReported = false, markers = 0, nestingReported = false
            // Lines over the bound of `|`, and the header and delimiter lines of tables told they are
            // too wide; the first of the former not among the latter is told.
            var wideLines: [(line: Int, bars: Int)] = [], tooWideTables: Set<Int> = []
            var line = 0, start = 0
            while start < bytes.count {
                line += 1
                let end = memchr(bytes.baseAddress! + start, 10, bytes.count - start)
                    .map { UnsafeRawPointer($0) - UnsafeRawPointer(bytes.baseAddress!) } ?? bytes.count
                let content = UnsafeBufferPointer(rebasing: bytes[start..<end])
                start = end + 1
                if let open = fence {
                    if isClosing(content, open) { fence = nil }
                    continue
                }
                if !mayHoldHTML, let open = opening(content) {
                    fence = open
                    table = nil
                    previousIsBlank = false
                    continue
                }
                if content.count > maxBarsPerLine && !wideLines.contains(where: { $0.line < line - 1 && !tooWideTables.contains($0.line) }) {
                    let bars = count(124, in: content)
                    if bars > maxBarsPerLine { wideLines.append((line, bars)) }
                }
                let depth = nesting(content)
                markers += depth
                if depth > maxDepth && !nestingReported {
                    nestingReported = true
                    diagnostics.error(.nestedTooDeep(depth: "\(depth)", limit: "\(maxDepth)"), at: location(source, line: line))
                } else if markers > maxMarkers && !nestingReported {
                    nestingReported = true
                    diagnostics.error(.tooManyListMarkers(limit: maxMarkers), at: location(source, line: line))
                }
                let stripped = content.drop { $0 == 32 || $0 == 9 || $0 == 62 }
                if stripped.first == 60 { mayHoldHTML = true }
                let isBlank = stripped.allSatisfy { $0 == 32 || $0 == 9 }
                defer { previousIsBlank = isBlank }
                if isBlank {
                    table = nil
                } else if let current = table {
                    cells += current.columns
                    if cells > maxCells && !cellsReported {
                        cellsReported = true
                        diagnostics.error(.tooManyTableCells(limit: maxCells), at: location(source, line: current.line))
                    }
                } else if !previousIsBlank, let columns = delimiterColumns(stripped) {
                    table = (columns, line - 1)
                    if columns > maxColumns {
                        diagnostics.error(.tooManyTableColumns(columns: "\(columns)", limit: "\(maxColumns)"),
                                          at: location(source, line: line - 1))
                        tooWideTables.formUnion([line - 1, line])
                        table = (0, line - 1)
                    }
                }
            }
            if let wide = wideLines.first(where: { !tooWideTables.contains($0.line) }) {
                diagnostics.error(.tooManyBarsInLine(count: wide.bars, limit: maxBarsPerLine), at: location(source, line: wide.line))
            }
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

    /// How many quote (`>`) and list item (`-`, `+`, `*`, `1.`, `1)`) markers open a line.
    private static func nesting(_ line: UnsafeBufferPointer<UInt8>) -> Int {
        var depth = 0, index = 0
        func isSpace(_ at: Int) -> Bool { at >= line.count || line[at] == 32 || line[at] == 9 }
        while index < line.count {
            let byte = line[index]
            if byte == 32 || byte == 9 {
                index += 1
            } else if byte == 62 {
                depth += 1
                index += 1
            } else if (byte == 45 || byte == 43 || byte == 42) && isSpace(index + 1) {
                depth += 1
                index += 2
            } else if byte >= 48 && byte <= 57 {
                var end = index
                while end < line.count && end - index < 9 && line[end] >= 48 && line[end] <= 57 { end += 1 }
                guard end < line.count, line[end] == 46 || line[end] == 41, isSpace(end + 1) else { break }
                depth += 1
                index = end + 2
            } else {
                break
            }
        }
        return depth
    }

    /// The cells of a delimiter row such as `| --- | :-: |`, or nil when the line is not one.
    private static func delimiterColumns(_ line: Slice<UnsafeBufferPointer<UInt8>>) -> Int? {
        var pipes = 0, dashes = false
        for byte in line {
            switch byte {
            case 124: pipes += 1
            case 45: dashes = true
            case 58, 32, 9: break
            default: return nil
            }
        }
        guard pipes > 0, dashes else { return nil }
        let trimmed = line.reversed().drop { $0 == 32 || $0 == 9 }
        return pipes + 1 - (line.first == 124 ? 1 : 0) - (trimmed.first == 124 ? 1 : 0)
    }

    /// A fence opened in the first column: three or more backticks (without a backtick after them) or tildes.
    private static func opening(_ line: UnsafeBufferPointer<UInt8>) -> (byte: UInt8, count: Int)? {
        guard let first = line.first, first == 96 || first == 126 else { return nil }
        let count = line.prefix { $0 == first }.count
        guard count >= 3, first == 126 || !line[count...].contains(96) else { return nil }
        return (first, count)
    }

    /// Whether a line closes a fence: up to three spaces, at least as many of its characters, then only spaces.
    private static func isClosing(_ line: UnsafeBufferPointer<UInt8>, _ fence: (byte: UInt8, count: Int)) -> Bool {
        let indent = line.prefix { $0 == 32 }.count
        guard indent <= 3 else { return false }
        let rest = line[indent...]
        let count = rest.prefix { $0 == fence.byte }.count
        return count >= fence.count && rest.dropFirst(count).allSatisfy { $0 == 32 || $0 == 9 }
    }
}
