// Bump allocator: chunks from malloc, carved in 8-byte steps, all freed by arena_fini.
#include "parser/arena.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <threads.h>

// Under AddressSanitizer the arena poisons what it has not handed out, so an overflow of one
// allocation into the next is caught as it would be with malloc.
#if defined(__has_feature)
#if __has_feature(address_sanitizer) && !defined(__SANITIZE_ADDRESS__)
#define __SANITIZE_ADDRESS__ 1  // clang's spelling of it
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#include <sanitizer/asan_interface.h>
#define ARENA_POISON(p, n) ASAN_POISON_MEMORY_REGION((p), (n))
#define ARENA_UNPOISON(p, n) ASAN_UNPOISON_MEMORY_REGION((p), (n))
#else
#define ARENA_POISON(p, n) ((void)(p), (void)(n))
#define ARENA_UNPOISON(p, n) ((void)(p), (void)(n))
#endif

struct ArenaChunk {
    ArenaChunk *prev;
    size_t size;
    _Alignas(8) char data[];
};

// Chunks start at 8 KiB and double: most arenas (a one-line script's compile, a run's
// progress with its Run) fit in the first, which the thread keeps for the next (below).
enum { ARENA_FIRST_CHUNK = 8 * 1024, ARENA_MAX_CHUNK = 64 * 1024 };

// Each thread keeps a few free chunks of the first size: a compile, its parser's scratch and
// each run's progress start an arena, and blocks this large take malloc's slow path (each
// one asked for makes it consolidate its small free blocks). The spares are freed when their
// thread ends.
enum { ARENA_SPARES = 4 };

typedef struct ArenaSpares {
    ArenaChunk *chunks[ARENA_SPARES];
    int count;
    bool registered;  // its thread frees them at its end
} ArenaSpares;

static _Thread_local ArenaSpares arena_spares;
static tss_t arena_spares_slot;
static bool arena_spares_slot_ok;
static once_flag arena_spares_once = ONCE_FLAG_INIT;

static void arena_spares_free(void *spares) {
    ArenaSpares *s = spares;
    while (s->count > 0) {
        ArenaChunk *c = s->chunks[--s->count];
        ARENA_UNPOISON(c->data, c->size);
        free(c);
    }
}

static void arena_spares_slot_init(void) {
    arena_spares_slot_ok = tss_create(&arena_spares_slot, arena_spares_free) == thrd_success;
}

// Keeps chunk c as a spare if it has the first size and there is room; false otherwise.
static bool arena_spare_keep(ArenaChunk *c) {
    ArenaSpares *s = &arena_spares;
    if (c->size != ARENA_FIRST_CHUNK || s->count == ARENA_SPARES) return false;
    if (!s->registered) {
        call_once(&arena_spares_once, arena_spares_slot_init);
        if (!arena_spares_slot_ok || tss_set(arena_spares_slot, s) != thrd_success) return false;
        s->registered = true;
    }
    ARENA_POISON(c->data, c->size);
    s->chunks[s->count++] = c;
    return true;
}

void arena_init(Arena *a) {
    memset(a, 0, sizeof *a);
}

void arena_fini(Arena *a) {
    ArenaChunk *c = a->head;
    while (c) {
        ArenaChunk *prev = c->prev;
        if (!arena_spare_keep(c)) {
            ARENA_UNPOISON(c->data, c->size);
            free(c);
        }
        c = prev;
    }
    memset(a, 0, sizeof *a);
}

static bool arena_grow(Arena *a, size_t need) {
    size_t size = a->head ? a->head->size * 2 : ARENA_FIRST_CHUNK;
    if (size > ARENA_MAX_CHUNK) size = ARENA_MAX_CHUNK;
    if (size < need) size = need;
    size_t total;
    if (__builtin_add_overflow(size, sizeof(ArenaChunk), &total)) return false;
    // guard: a compile may not take more memory than its budget
    if (a->budget && a->used + total > a->budget) return false;
    ArenaSpares *spares = &arena_spares;
    ArenaChunk *c = size == ARENA_FIRST_CHUNK && spares->count > 0 ? spares->chunks[--spares->count]
                                                                   : malloc(total);
    if (!c) return false;
    c->prev = a->head;
    c->size = size;
    ARENA_POISON(c->data, size);
    a->head = c;
    a->next = c->data;
    a->end = c->data + size;
    a->used += total;
    return true;
}

void *arena_alloc_slow(Arena *a, size_t size) {
    size_t rounded;
    if (__builtin_add_overflow(size, 7, &rounded)) goto fail;
    rounded &= ~(size_t)7;
    if ((size_t)(a->end - a->next) < rounded || !a->next) {
        if (!arena_grow(a, rounded)) goto fail;
    }
    void *p = a->next;
    a->next += rounded;
    ARENA_UNPOISON(p, size);
#if defined(MOAT_DEBUG)
    memset(p, 0xA5, size);  // a field left unset reads as garbage at once, not by luck as 0
#endif
    return p;
fail:
    a->failed = true;
    return NULL;
}

char *arena_strndup(Arena *a, const char *s, size_t len) {
    char *p = arena_alloc(a, len + 1);
    if (!p) return NULL;
    memcpy(p, s, len);
    p[len] = '\0';
    return p;
}
