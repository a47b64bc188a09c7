#ifndef CMARK_TABLES_H
#define CMARK_TABLES_H

/// A copy of cmark-gfm's table extension (`table_extension`, a `cmark_syntax_extension *`, typed
/// `void *` here so that Swift sees cmark's types through one module only) that reads a paragraph's
/// last line alone when it looks for a table's header row, instead of the whole paragraph so far.
/// The extension itself is left as it is; the copy is made once and lives as long as the process.
///
/// At every line that looks like a delimiter row (`-|-`), Debian's cmark-gfm (0.29.0.gfm.6) reads
/// the paragraph above it again as table rows, and for each of its lines walks back to the last
/// `|` before it; only the last line's cells count. So a paragraph of such lines whose widths
/// differ takes time with the square of its length (25 KB: 3 seconds), and a table under a long
/// paragraph without `|` as much once (160 KB: 3 seconds). CVE-2023-37463; upstream's later fix
/// never tries a paragraph again, which changes what renders.
///
/// The extension's own code still decides; it is handed the last line, and when it opens a table
/// the lines above become a paragraph before it, exactly as it makes them (pipes unescaped,
/// trimmed). The output is the same, byte for byte, but where a line above the header has 65,535
/// cells or more (the library then gives up on the whole paragraph; such a line is never read as a
/// row here). The source positions are the file's lines: the paragraph gets its lines (the
/// extension gave it none, and its inlines positions in its own lines only), and the table, its
/// header row and cells start on the header's line (the extension put them on the paragraph's first,
/// with columns counted from the paragraph's start). A header cell's column is still counted from
/// the paragraph's first column, as cmark keeps no column for a paragraph's later lines.
///
/// The copy also bounds the tables of a parse (`advocacy_tables_begin`).
void *advocacy_tables_reading_last_row(const void *table_extension);

/// The bound a parse went over first, if any, and where.
typedef enum advocacy_tables_bound {
    advocacy_tables_fine = 0,
    /// A delimiter row of more than `maxColumns` columns (`count`), at the header's line.
    advocacy_tables_columns = 1,
    /// More than `maxCells` cells in all tables, at the start of the table that went over.
    advocacy_tables_cells = 2,
    /// A line read as a table's row (a header, or a row of an open table) with more than
    /// `maxBarsPerRow` `|` (`count`), at that line.
    advocacy_tables_bars = 3,
} advocacy_tables_bound;

typedef struct advocacy_tables_finding {
    int kind;
    /// The line, counted from 1 in the text parsed.
    int line;
    int count;
} advocacy_tables_finding;

/// Bounds the tables of the next parse on the calling thread, counted where the copy's code reads
/// lines as rows, so that they are exactly the lines cmark takes for rows (not in code, HTML or
/// anything else): the extension keeps a row's cells in a list it walks to the end for each new one
/// (a row of 50,000 `|` takes 6 seconds), and fills every short row up to its table's width
/// (CVE-2023-37463). Once over a bound, no table opens and no row goes on one, so the parse ends
/// fast; its tree is not to be used. Without `begin`, a parse is not bounded.
void advocacy_tables_begin(int maxColumns, int maxCells, int maxBarsPerRow);

/// Ends the bounds of the calling thread's parse, and returns the first it went over.
advocacy_tables_finding advocacy_tables_end(void);

#endif
