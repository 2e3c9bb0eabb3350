// The grammar's scanner frees its indentation stack and allocates a new one every time
// tree-sitter restores the scanner's state, which happens several times per parse: a third of
// the mallocs of a one-line script. Each thread keeps one small block for the next request.
// Blocks carry their capacity in a header, so that a kept block is known to be big enough.
#include "parser/grammar_alloc.h"

#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

typedef struct Block {
    alignas(max_align_t) size_t cap;  // bytes after the header
} Block;

enum { GRAMMAR_SMALL = 48 };  // the scanner's stacks start at a few bytes

static _Thread_local Block *grammar_spare;

static void *block_data(Block *b) {
    return b + 1;
}

static Block *block_of(void *p) {
    return (Block *)p - 1;
}

void *grammar_malloc(size_t size) {
    if (size <= GRAMMAR_SMALL && grammar_spare) {
        Block *b = grammar_spare;
        grammar_spare = NULL;
        return block_data(b);
    }
    size_t cap = size < GRAMMAR_SMALL ? GRAMMAR_SMALL : size;
    if (cap > SIZE_MAX - sizeof(Block)) return NULL;
    Block *b = malloc(sizeof(Block) + cap);
    if (!b) return NULL;
    b->cap = cap;
    return block_data(b);
}

void *grammar_calloc(size_t count, size_t size) {
    if (size && count > SIZE_MAX / size) return NULL;
    void *p = grammar_malloc(count * size);
    if (p) memset(p, 0, count * size);
    return p;
}

void *grammar_realloc(void *p, size_t size) {
    if (!p) return grammar_malloc(size);
    Block *b = block_of(p);
    if (size <= b->cap) return p;
    if (size > SIZE_MAX - sizeof(Block)) return NULL;
    Block *grown = realloc(b, sizeof(Block) + size);
    if (!grown) return NULL;
    grown->cap = size;
    return block_data(grown);
}

void grammar_free(void *p) {
    if (!p) return;
    Block *b = block_of(p);
    if (b->cap == GRAMMAR_SMALL && !grammar_spare) {
        grammar_spare = b;
        return;
    }
    free(b);
}

void grammar_release_spare(void) {
    free(grammar_spare);
    grammar_spare = NULL;
}
