#include "CmarkTables.h"

#include <stdlib.h>

#include <cmark-gfm.h>
#include <cmark-gfm-extension_api.h>
#include <cmark-gfm/buffer.h>
#include <cmark-gfm/node.h>
#include <cmark-gfm/parser.h>
#include <cmark-gfm/syntax_extension.h>

/// The table extension's own function that opens blocks, which the wrapper calls.
static cmark_open_block_func tableOpen;

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
    // cmark ends every line of a paragraph with `\n` (it reads `\r` and `\r\n` as line ends too),
    // and the extension's row reader starts a row again after each: the last line is the header.
    cmark_strbuf whole = parent->content;
    bufsize_t end = whole.size;
    if (whole.ptr[end - 1] == '\n') --end;
    bufsize_t start = end;
    while (start > 0 && whole.ptr[start - 1] != '\n') --start;
    if (start == 0) return tableOpen(self, indented, parser, parent, input, len);

    parent->content.ptr = whole.ptr + start;
    parent->content.size = whole.size - start;
    parent->content.asize = whole.asize - start;
    cmark_node *opened = tableOpen(self, indented, parser, parent, input, len);
    parent->content = whole;
    if (parent->type != CMARK_NODE_PARAGRAPH) {
        int headerLine = parent->start_line;
        for (bufsize_t index = 0; index < start; ++index) headerLine += whole.ptr[index] == '\n';
        insertParagraphAbove(parser, parent, whole.ptr, start, headerLine);
        placeHeaderRow(parent, headerLine);
    }
    return opened;
}

void *advocacy_tables_reading_last_row(const void *table_extension) {
    const cmark_syntax_extension *table = table_extension;
    cmark_syntax_extension *copy = malloc(sizeof *copy);
    *copy = *table;
    tableOpen = table->try_opening_block;
    cmark_syntax_extension_set_open_block_func(copy, openReadingLastRow);
    return copy;
}
