// Bump allocator for the AST, identifiers and checker types: freed all at once with its owner.
#ifndef MOAT_PARSER_ARENA_H
#define MOAT_PARSER_ARENA_H

#include <stdbool.h>
#include <stddef.h>
#include <string.h>

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
// arena_alloc's path for what does not fit the free space (and, in sanitizer builds, for every
// allocation, which it poisons and fills).
void *arena_alloc_slow(Arena *a, size_t size);

// 8-aligned, uninitialised; NULL (and a->failed) past the budget or when malloc fails.
// Inline: a compile makes hundreds of small allocations.
static inline void *arena_alloc(Arena *a, size_t size) {
#ifndef MOAT_DEBUG
    size_t rounded = (size + 7) & ~(size_t)7;
    if (size <= ((size_t)1 << 20) && rounded <= (size_t)(a->end - a->next) && a->next) {
        void *p = a->next;
        a->next += rounded;
        return p;
    }
#endif
    return arena_alloc_slow(a, size);
}

// Zeroed storage for n elements of `size` bytes; NULL on overflow or failure.
static inline void *arena_calloc(Arena *a, size_t n, size_t size) {
    size_t total;
    if (__builtin_mul_overflow(n, size, &total)) {
        a->failed = true;
        return NULL;
    }
    void *p = arena_alloc(a, total);
    if (p) memset(p, 0, total);
    return p;
}
// Copy of s[0..len) with a NUL after it.
char *arena_strndup(Arena *a, const char *s, size_t len);

#endif
