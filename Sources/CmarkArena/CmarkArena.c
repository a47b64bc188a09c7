#include "CmarkArena.h"

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

/// Each block is preceded by its size, in a header that keeps blocks aligned to 16 bytes.
enum { header = 16, chunkCapacity = 256 * 1024 };

static _Thread_local chunk *chunks;
static _Thread_local unsigned depth;
static _Thread_local size_t handedOut;

static size_t rounded(size_t size) { return (size + 15) & ~(size_t)15; }

static void outOfMemory(void) {
    // As cmark's own allocator does: its code never looks for a failed allocation.
    fprintf(stderr, "[cmark] out of memory\n");
    abort();
}

static void *take(size_t size) {
    if (size > SIZE_MAX / 2) outOfMemory();
    size_t need = header + rounded(size);
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
    unsigned char *block = current->data + current->used + header;
    *(size_t *)(block - header) = size;
    current->used += need;
    handedOut += need;
    return block;
}

void *advocacy_arena_calloc(size_t count, size_t size) {
    if (size != 0 && count > SIZE_MAX / size) outOfMemory();
    void *block = take(count * size);
    memset(block, 0, count * size);
    return block;
}

void *advocacy_arena_realloc(void *block, size_t size) {
    if (!block) return take(size);
    size_t *old = (size_t *)((unsigned char *)block - header);
    if (size <= *old) return block;
    chunk *current = chunks;
    // The newest block of the current chunk grows where it is.
    if (current && (unsigned char *)block + rounded(*old) == current->data + current->used
        && size <= SIZE_MAX / 2 && rounded(size) - rounded(*old) <= current->capacity - current->used) {
        size_t more = rounded(size) - rounded(*old);
        current->used += more;
        handedOut += more;
        *old = size;
        return block;
    }
    void *moved = take(size);
    memcpy(moved, block, *old);
    return moved;
}

void advocacy_arena_free(void *block) { (void)block; }

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
}

size_t advocacy_arena_used(void) { return handedOut; }
