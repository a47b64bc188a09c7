#ifndef CMARK_ARENA_H
#define CMARK_ARENA_H

#include <stddef.h>

/// An allocator for cmark-gfm's `cmark_mem` that hands out memory from the calling thread's arena
/// and lets go of it all at once: a document's parser, tree and HTML are made of many small blocks
/// that live exactly as long as the document is rendered, so freeing them one by one costs as much
/// as making them (about a quarter of cmark's own time). `free` does nothing; `realloc` grows the
/// newest block in place where it can.
void *advocacy_arena_calloc(size_t count, size_t size);
void *advocacy_arena_realloc(void *block, size_t size);
void advocacy_arena_free(void *block);

/// Opens a use of the calling thread's arena. Uses may nest; the arena is emptied when the
/// outermost one is closed (`advocacy_arena_end`), and keeps one chunk for the next.
void advocacy_arena_begin(void);
void advocacy_arena_end(void);

/// The bytes the calling thread's arena has handed out (headers and rounding included) since it
/// was last emptied: what a test reads to see that it is used, and emptied.
size_t advocacy_arena_used(void);

#endif
