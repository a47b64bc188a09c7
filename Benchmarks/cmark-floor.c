/* The floor: one process that only reads, parses, renders and writes the same Markdown with
 * cmark-gfm and its GFM extensions, one file after another. Usage: cmark-floor OUT FILE... */
#include <cmark-gfm.h>
#include <cmark-gfm-core-extensions.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

int main(int argc, char **argv) {
    if (argc < 2) { fprintf(stderr, "usage: cmark-floor OUT FILE...\n"); return 2; }
    cmark_gfm_core_extensions_ensure_registered();
    const char *names[] = {"table", "strikethrough", "autolink", "tagfilter", "tasklist"};
    char path[4096];
    for (int i = 2; i < argc; i++) {
        FILE *in = fopen(argv[i], "rb");
        if (!in) { perror(argv[i]); return 1; }
        fseek(in, 0, SEEK_END);
        long size = ftell(in);
        fseek(in, 0, SEEK_SET);
        char *text = malloc(size + 1);
        size_t got = fread(text, 1, size, in);
        fclose(in);
        text[got] = 0;
        char *body = text;
        if (strncmp(text, "---\n", 4) == 0) {
            char *end = strstr(text + 4, "\n---\n");
            if (end) body = end + 5;
        }
        cmark_parser *parser = cmark_parser_new(CMARK_OPT_FOOTNOTES);
        for (int k = 0; k < 5; k++) cmark_parser_attach_syntax_extension(parser, cmark_find_syntax_extension(names[k]));
        cmark_parser_feed(parser, body, strlen(body));
        cmark_node *doc = cmark_parser_finish(parser);
        char *html = cmark_render_html(doc, CMARK_OPT_FOOTNOTES, cmark_parser_get_syntax_extensions(parser));
        snprintf(path, sizeof path, "%s/%d.html", argv[1], i);
        FILE *out = fopen(path, "wb");
        if (!out) { perror(path); return 1; }
        fputs(html, out);
        fclose(out);
        free(html);
        cmark_node_free(doc);
        cmark_parser_free(parser);
        free(text);
    }
    return 0;
}
