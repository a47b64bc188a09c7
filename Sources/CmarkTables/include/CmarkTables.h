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
/// trimmed). The output is the same, byte for byte; only the header row's source position is now
/// its own line's (the extension counted its columns from the paragraph's start, and put it on the
/// paragraph's first line).
void *advocacy_tables_reading_last_row(const void *table_extension);

#endif
