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
/// trimmed). The output is the same, byte for byte. The source positions are the file's: the
/// paragraph gets its lines (the extension gave it none, and its inlines positions in its own lines
/// only), and the table, its header row and cells start on the header's line (the extension put them
/// on the paragraph's first, with columns counted from the paragraph's start).
void *advocacy_tables_reading_last_row(const void *table_extension);

#endif
