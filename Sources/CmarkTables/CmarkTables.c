#include "CmarkTables.h"

#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm-core-extensions.h>
#include <cmark-gfm/buffer.h>
#include <cmark-gfm/node.h>
#include <cmark-gfm/parser.h>
#include <cmark-gfm/syntax_extension.h>

/// The table extension's own functions that open a table or a row, and that tell whether a line
/// goes on a table, which the copy's functions call.
static cmark_open_block_func tableOpen;
static cmark_match_block_func tableMatches;

/// The extension's node type of tables, and the scanner it tells delimiter rows by (both exported by
/// the library, not declared in its headers).
extern cmark_node_type CMARK_NODE_TABLE;
bufsize_t _ext_scan_at(bufsize_t (*scanner)(const unsigned char *), unsigned char *ptr, int len, bufsize_t offset);
bufsize_t _scan_table_start(const unsigned char *p);

/// The bounds of the parse running on the calling thread (between `advocacy_tables_begin` and
/// `advocacy_tables_end`), the cells its tables have so far, and the first bound it went over.
static _Thread_local struct {
    bool active;
    int maxColumns, maxCells, maxBars;
    long cells;
    advocacy_tables_finding finding;
} bounds;

void advocacy_tables_begin(int maxColumns, int maxCells, int maxBarsPerRow) {
    bounds.active = true;
    bounds.maxColumns = maxColumns;
    bounds.maxCells = maxCells;
    bounds.maxBars = maxBarsPerRow;
    bounds.cells = 0;
    bounds.finding = (advocacy_tables_finding){advocacy_tables_fine, 0, 0};
}

advocacy_tables_finding advocacy_tables_end(void) {
    bounds.active = false;
    return bounds.finding;
}

/// Whether the parse went over a bound: from then on no table opens and no row goes on one.
static bool overBounds(void) { return bounds.active && bounds.finding.kind != advocacy_tables_fine; }

static void found(int kind, int line, int count) {
    if (bounds.finding.kind == advocacy_tables_fine) bounds.finding = (advocacy_tables_finding){kind, line, count};
}

/// The `|` in `length` bytes at `text`.
static int bars(const unsigned char *text, bufsize_t length) {
    int count = 0;
    const unsigned char *end = text + length;
    while (text < end && (text = memchr(text, '|', (size_t)(end - text))) != NULL) {
        ++count;
        ++text;
    }
    return count;
}

/// White space as the extension's scanner reads it (`spacechar`: space, tab, vertical tab, form
/// feed), or a line end.
static bool isBlank(unsigned char byte) {
    return byte == ' ' || byte == '\t' || byte == '\v' || byte == '\f' || byte == '\n' || byte == '\r';
}

/// The columns of a delimiter row the extension's scanner took (`| --- | :-: |`): one more than the
/// `|` between its cells.
static int delimiterColumns(const unsigned char *row, bufsize_t length) {
    while (length > 0 && isBlank(row[length - 1])) --length;
    while (length > 0 && isBlank(row[0])) ++row, --length;
    int count = bars(row, length) + 1;
    if (length > 0 && row[0] == '|') --count;
    if (length > 1 && row[length - 1] == '|') --count;
    return count;
}

/// What the extension does with the lines above a table's header row: a paragraph of them, with
/// `\|` read as `|` and spaces trimmed, put before the table (its `try_inserting_table_header_paragraph`).
/// The extension gives it no position; it gets theirs, from the table's start to the line above
/// `headerLine`, so that its inlines are placed in the file's lines.
static void insertParagraphAbove(cmark_parser *parser, cmark_node *table, const unsigned char *text, bufsize_t length,
                                 int headerLine) {
    cmark_mem *mem = parser->mem;
    cmark_strbuf content;
    cmark_strbuf_init(mem, &content, length + 1);
    cmark_strbuf_put(&content, text, length);
    cmark_strbuf_putc(&content, '\0');
    bufsize_t written = 0;
    for (bufsize_t read = 0; read < length; ++read) {
        if (content.ptr[read] == '\\' && content.ptr[read + 1] == '|') ++read;
        content.ptr[written++] = content.ptr[read];
    }
    cmark_strbuf_truncate(&content, written);
    cmark_strbuf_trim(&content);
    cmark_node *paragraph = cmark_node_new_with_mem(CMARK_NODE_PARAGRAPH, mem);
    cmark_node_set_string_content(paragraph, (const char *)content.ptr);
    cmark_strbuf_free(&content);
    bufsize_t lastLine = length - 1;
    while (lastLine > 0 && text[lastLine - 1] != '\n') --lastLine;
    paragraph->start_line = table->start_line;
    paragraph->start_column = table->start_column;
    paragraph->end_line = headerLine - 1;
    paragraph->end_column = table->start_column + (length - 1 - lastLine) - 1;
    if (!cmark_node_insert_before(table, paragraph)) cmark_node_free(paragraph);
}

/// The extension places the table, its header row and the row's cells on the paragraph's first
/// line; they start on its last.
static void placeHeaderRow(cmark_node *table, int line) {
    table->start_line = line;
    cmark_node *row = table->first_child;
    if (row == NULL) return;
    row->start_line = row->end_line = line;
    for (cmark_node *cell = row->first_child; cell != NULL; cell = cell->next) cell->start_line = cell->end_line = line;
}

static cmark_node *openReadingLastRow(cmark_syntax_extension *self, int indented, cmark_parser *parser,
                                      cmark_node *parent, unsigned char *input, int len) {
    if (indented || parent->type != CMARK_NODE_PARAGRAPH || parent->content.size == 0) {
        return tableOpen(self, indented, parser, parent, input, len);
    }
    // What the extension does first: a line that is no delimiter row opens nothing.
    if (!_ext_scan_at(_scan_table_start, input, len, cmark_parser_get_first_nonspace(parser))) return parent;
    // The loader gives cmark lines ending in `\n` (a lone `\r` is an error, `\r\n` becomes `\n`), and
    // the extension's row reader starts a row again after each: the last line is the header.
    cmark_strbuf whole = parent->content;
    bufsize_t end = whole.size;
    if (whole.ptr[end - 1] == '\n') --end;
    bufsize_t start = end;
    while (start > 0 && whole.ptr[start - 1] != '\n') --start;
    // The paragraph's last line is the line above this one.
    int headerLine = cmark_parser_get_line_number(parser) - 1;
    if (bounds.active) {
        if (overBounds()) return parent;
        bufsize_t first = cmark_parser_get_first_nonspace(parser);
        int columns = delimiterColumns(input + first, len - first), headerBars = bars(whole.ptr + start, end - start);
        if (columns > bounds.maxColumns) {
            found(advocacy_tables_columns, headerLine, columns);
            return parent;
        }
        if (headerBars > bounds.maxBars) {
            found(advocacy_tables_bars, headerLine, headerBars);
            return parent;
        }
    }
    if (start == 0) return tableOpen(self, indented, parser, parent, input, len);

    parent->content.ptr = whole.ptr + start;
    parent->content.size = whole.size - start;
    parent->content.asize = whole.asize - start;
    cmark_node *opened = tableOpen(self, indented, parser, parent, input, len);
    parent->content = whole;
    if (parent->type != CMARK_NODE_PARAGRAPH) {
        insertParagraphAbove(parser, parent, whole.ptr, start, headerLine);
        placeHeaderRow(parent, headerLine);
    }
    return opened;
}

/// Whether a line goes on an open table, as the extension tells, unless it goes over a bound: a row
/// of too many `|`, or the cells of the body's tables (each row as many as its table's columns).
static int matchesWithinBounds(cmark_syntax_extension *self, cmark_parser *parser, unsigned char *input, int len,
                               cmark_node *parent) {
    if (!bounds.active || parent->type != CMARK_NODE_TABLE) return tableMatches(self, parser, input, len, parent);
    if (overBounds()) return 0;
    bufsize_t first = cmark_parser_get_first_nonspace(parser);
    int rowBars = bars(input + first, len - first);
    if (rowBars > bounds.maxBars) {
        found(advocacy_tables_bars, cmark_parser_get_line_number(parser), rowBars);
        return 0;
    }
    int matched = tableMatches(self, parser, input, len, parent);
    if (matched) {
        bounds.cells += cmark_gfm_extensions_get_table_columns(parent);
        if (bounds.cells > bounds.maxCells) {
            found(advocacy_tables_cells, parent->start_line, bounds.maxCells);
            return 0;
        }
    }
    return matched;
}

void *advocacy_tables_reading_last_row(const void *table_extension) {
    const cmark_syntax_extension *table = table_extension;
    cmark_syntax_extension *copy = malloc(sizeof *copy);
    *copy = *table;
    // The library's own functions, once: a copy of a copy calls the same.
    if (table->try_opening_block != openReadingLastRow) {
        tableOpen = table->try_opening_block;
        tableMatches = table->last_block_matches;
    }
    cmark_syntax_extension_set_open_block_func(copy, openReadingLastRow);
    cmark_syntax_extension_set_match_block_func(copy, matchesWithinBounds);
    return copy;
}
