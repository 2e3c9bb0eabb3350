// Bump allocator for the AST, identifiers and checker types: freed all at once with its owner.
#ifndef MOAT_PARSER_ARENA_H
#define MOAT_PARSER_ARENA_H

#include <stdbool.h>
#include <stddef.h>

typedef struct ArenaChunk ArenaChunk;

typedef struct Arena {
    ArenaChunk *head;  // chunk being filled; older chunks follow
    char *next, *end;  // free space in head
    size_t used;       // bytes taken from malloc so far
    size_t budget;     // guard: bytes this arena may take from malloc, 0 = unlimited
    bool failed;       // an allocation hit the budget or malloc failed
} Arena;

void arena_init(Arena *a);
void arena_fini(Arena *a);
// 8-aligned, uninitialised; NULL (and a->failed) past the budget or when malloc fails.
void *arena_alloc(Arena *a, size_t size);
// Zeroed storage for n elements of `size` bytes; NULL on overflow or failure.
void *arena_calloc(Arena *a, size_t n, size_t size);
// Copy of s[0..len) with a NUL after it.
char *arena_strndup(Arena *a, const char *s, size_t len);

#endif
