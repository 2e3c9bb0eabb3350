// The run's tracked allocator: every byte a run takes goes through here and counts against
// its limits. See mem.c.
#ifndef MOAT_INTERP_MEM_H
#define MOAT_INTERP_MEM_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

typedef struct Run Run;

// Why a run was stopped; limit errors are not exceptions, so no `except` can catch them.
typedef enum RunAbort {
    ABORT_NONE,
    ABORT_MEMORY,        // memory bytes limit
    ABORT_ALLOCATIONS,   // allocation count limit
    ABORT_INSTRUCTIONS,  // instruction count limit
    ABORT_DURATION,      // wall time limit
    ABORT_OUTPUT,        // captured output size limit
    ABORT_RECURSION,     // recursion depth limit (only when the host asks for a hard stop)
} RunAbort;

typedef struct MemLimits {
    size_t max_bytes;        // 0: none
    uint64_t max_allocations;  // 0: none
} MemLimits;

// Small blocks (heap objects up to MEM_SMALL_MAX bytes) are recycled through per-size free
// lists instead of going back to malloc: the collector frees thousands at a time.
enum { MEM_SMALL_STEP = 16, MEM_SMALL_MAX = 128, MEM_SMALL_CLASSES = MEM_SMALL_MAX / MEM_SMALL_STEP };

typedef struct Mem {
    MemLimits limits;
    void *small_free[MEM_SMALL_CLASSES];  // freed blocks of each size class, linked through
                                          // their first word; not counted in `bytes`
    size_t bytes;          // currently allocated
    size_t peak;
    uint64_t allocations;  // allocations made so far (not reduced by frees)
    uint64_t fail_after;   // testing: fail the n-th allocation from now (0: never)
} Mem;

// Lua-style: resizes p from `old` bytes to `new` bytes (p NULL with old 0 allocates; new 0
// frees and returns NULL). Returns NULL past a limit (r->abort set) or when malloc fails; the
// old block is then untouched.
void *mem_realloc(Run *r, void *p, size_t old, size_t new);
static inline void *mem_alloc(Run *r, size_t size) {
    return mem_realloc(r, NULL, 0, size);
}
static inline void mem_free(Run *r, void *p, size_t size) {
    (void)mem_realloc(r, p, size, 0);
}
// A block for a heap object of `size` bytes, freed only by mem_free_object with the same
// size (the object header keeps it): small sizes come from the free lists. NULL at a limit.
void *mem_alloc_object(Run *r, size_t size);
void mem_free_object(Run *r, void *p, size_t size);
// Releases the free lists (at the end of a run).
void mem_fini(Run *r);
// True if `extra` more bytes would still fit the memory limit: lets callers refuse a huge
// result (a repeated string, a big int power) before computing it.
bool mem_would_fit(const Run *r, size_t extra);
// Accounts for memory a library allocated on the run's behalf (GMP limbs); false at a limit.
bool mem_account(Run *r, size_t bytes);
void mem_unaccount(Run *r, size_t bytes);
// Testing: make the n-th allocation from now fail (the stress build's memory-error test).
void mem_fail_after(Run *r, uint64_t n);

#endif
