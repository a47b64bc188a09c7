#ifndef CMARK_ARENA_H
#define CMARK_ARENA_H

#include <stddef.h>

/// An allocator for cmark-gfm's `cmark_mem` that hands out memory from the calling thread's arena
/// and lets go of it all at once: a document's parser, tree and HTML are made of many small blocks
/// that live exactly as long as the document is rendered, so freeing them one by one costs as much
/// as making them (about a quarter of cmark's own time). `free` does nothing to a block cut from the
/// arena; `realloc` grows the newest block in place where it can. Past 8 MB for one document,
/// blocks are allocated and freed one by one, so a parse that makes and drops memory over and over
/// holds what it keeps, not all it ever made.
void *advocacy_arena_calloc(size_t count, size_t size);
void *advocacy_arena_realloc(void *block, size_t size);
void advocacy_arena_free(void *block);

/// Opens a use of the calling thread's arena. Uses may nest; the arena is emptied when the
/// outermost one is closed (`advocacy_arena_end`), and keeps one chunk for the next, which is let
/// go of when the thread ends.
void advocacy_arena_begin(void);
void advocacy_arena_end(void);

/// The bytes the calling thread's arena holds for the document (headers and rounding included):
/// those cut from its chunks since it was last emptied, at most 8 MB, and those of the blocks
/// allocated alone past that and not freed yet. What a test reads to see that it is used, bounded
/// and emptied.
size_t advocacy_arena_used(void);

#endif
