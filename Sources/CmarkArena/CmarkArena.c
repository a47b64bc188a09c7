#include "CmarkArena.h"

#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/// A chunk of memory blocks are cut from, newest first in a thread's list.
typedef struct chunk {
    struct chunk *next;
    size_t capacity, used;
    _Alignas(16) unsigned char data[];
} chunk;

/// Each block is preceded by a header of 16 bytes, which keeps blocks aligned to 16 bytes: its size,
/// and whether it was cut from a chunk or allocated alone (past the cap).
typedef struct header {
    size_t size;
    size_t alone;
} header;

/// A block allocated alone, in its thread's list of them, so those cmark never frees go at the
/// document's end with the chunks. Its header comes last, right before the block.
typedef struct loose {
    struct loose *previous, *next;
    header head;
} loose;

enum {
    chunkCapacity = 256 * 1024,
    /// The most a thread's arena hands out for one document. Past it blocks are allocated and freed
    /// one by one as cmark's own allocator does: a parse that makes and drops memory over and over
    /// (the table extension parses a paragraph again at every line that looks like a table's
    /// delimiter row, and drops the cells) then holds what it keeps, not all it ever made.
    cap = 8 * 1024 * 1024,
};

static _Thread_local chunk *chunks;
static _Thread_local loose *looseBlocks;
/// The bytes of the blocks allocated alone and not freed yet, headers included.
static _Thread_local size_t looseHeld;
static _Thread_local unsigned depth;
static _Thread_local size_t handedOut;

/// The chunk a thread keeps between documents is let go of when the thread ends.
static pthread_key_t keptChunk;
static pthread_once_t keptChunkMade = PTHREAD_ONCE_INIT;
static void makeKeptChunk(void) { pthread_key_create(&keptChunk, free); }

static size_t rounded(size_t size) { return (size + 15) & ~(size_t)15; }
static header *headerOf(void *block) { return (header *)((unsigned char *)block - sizeof(header)); }
static loose *looseOf(void *block) { return (loose *)((unsigned char *)block - sizeof(loose)); }

static size_t looseSize(loose *block) { return sizeof(loose) + rounded(block->head.size); }

static void attach(loose *block) {
    looseHeld += looseSize(block);
    block->previous = NULL;
    block->next = looseBlocks;
    if (looseBlocks) looseBlocks->previous = block;
    looseBlocks = block;
}

static void detach(loose *block) {
    looseHeld -= looseSize(block);
    if (block->previous) block->previous->next = block->next; else looseBlocks = block->next;
    if (block->next) block->next->previous = block->previous;
}

static void outOfMemory(void) {
    // As cmark's own allocator does: its code never looks for a failed allocation.
    fprintf(stderr, "[cmark] out of memory\n");
    abort();
}

static void *take(size_t size) {
    if (size > SIZE_MAX / 2) outOfMemory();
    size_t need = sizeof(header) + rounded(size);
    if (handedOut + need > cap) {
        loose *alone = malloc(sizeof(loose) + rounded(size));
        if (!alone) outOfMemory();
        alone->head.size = size;
        alone->head.alone = 1;
        attach(alone);
        return alone + 1;
    }
    chunk *current = chunks;
    if (!current || current->capacity - current->used < need) {
        // A large block gets a chunk of its own, put behind the current one, which stays in use.
        int own = need > chunkCapacity / 4;
        size_t capacity = own ? need : chunkCapacity;
        chunk *made = malloc(sizeof(chunk) + capacity);
        if (!made) outOfMemory();
        made->capacity = capacity;
        made->used = 0;
        if (own && current) {
            made->next = current->next;
            current->next = made;
        } else {
            made->next = current;
            chunks = made;
        }
        current = made;
    }
    header *cut = (header *)(current->data + current->used);
    cut->size = size;
    cut->alone = 0;
    current->used += need;
    handedOut += need;
    return cut + 1;
}

void *advocacy_arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) outOfMemory();
    void *block = take(count * size);
    memset(block, 0, count * size);
    return block;
}

void *advocacy_arena_realloc(void *block, size_t size) {
    if (!block) return take(size);
    header *old = headerOf(block);
    if (size <= old->size) return block;
    if (old->alone) {
        if (size > SIZE_MAX / 2) outOfMemory();
        loose *alone = looseOf(block);
        detach(alone);
        loose *grown = realloc(alone, sizeof(loose) + rounded(size));
        if (!grown) outOfMemory();
        grown->head.size = size;
        attach(grown);
        return grown + 1;
    }
    chunk *current = chunks;
    // The newest block of the current chunk grows where it is, while the arena is under its cap.
    if (current && (unsigned char *)block + rounded(old->size) == current->data + current->used && size <= SIZE_MAX / 2) {
        size_t more = rounded(size) - rounded(old->size);
        if (more <= current->capacity - current->used && handedOut + more <= cap) {
            current->used += more;
            handedOut += more;
            old->size = size;
            return block;
        }
    }
    void *moved = take(size);
    memcpy(moved, block, old->size);
    return moved;
}

void advocacy_arena_free(void *block) {
    if (!block || !headerOf(block)->alone) return;
    detach(looseOf(block));
    free(looseOf(block));
}

void advocacy_arena_begin(void) { depth += 1; }

void advocacy_arena_end(void) {
    if (depth == 0 || --depth > 0) return;
    // Keep one ordinary chunk for the next document; let go of the rest.
    chunk *kept = NULL;
    for (chunk *each = chunks; each;) {
        chunk *next = each->next;
        if (!kept && each->capacity == chunkCapacity) {
            kept = each;
            kept->next = NULL;
            kept->used = 0;
        } else {
            free(each);
        }
        each = next;
    }
    chunks = kept;
    handedOut = 0;
    while (looseBlocks) {
        loose *next = looseBlocks->next;
        free(looseBlocks);
        looseBlocks = next;
    }
    looseHeld = 0;
    pthread_once(&keptChunkMade, makeKeptChunk);
    pthread_setspecific(keptChunk, kept);
}

size_t advocacy_arena_used(void) { return handedOut + looseHeld; }
