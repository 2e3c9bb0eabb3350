// The tracked allocator. Design: every allocation of a run passes here with its size, and
// every free with the size it had (mem_realloc's `old`, as in Lua's lua_Alloc), so the counts
// are exact without block headers. At a limit the call fails and sets r->abort: the VM then
// unwinds every frame without running handlers. A failed allocation never leaves a partial
// object behind: callers check before linking anything in.
#include "interp/mem.h"

#include <stdlib.h>
#include <string.h>

#include "interp/run.h"

enum { MEM_CLOCK_BYTES = 1 << 16 };

static void *mem_refuse(Run *r, RunAbort why) {
    if (r->abort == ABORT_NONE) r->abort = why;
    return NULL;
}

// The limits an allocation growing the run by `grow` bytes must pass; false with r->abort.
static bool mem_may_grow(Run *r, size_t grow) {
    Mem *m = &r->mem;
    // guard: the memory limit holds at every allocation, before malloc is asked
    if (m->limits.max_bytes && (m->bytes + grow > m->limits.max_bytes || m->bytes + grow < m->bytes)) {
        mem_refuse(r, ABORT_MEMORY);
        return false;
    }
    // guard: the allocation count limit
    if (m->limits.max_allocations && m->allocations >= m->limits.max_allocations) {
        mem_refuse(r, ABORT_ALLOCATIONS);
        return false;
    }
    // guard: the time limit inside one long instruction ("a" * 10**9, big-int products,
    // str.replace's blow-up): a large block is costly enough to pay for a clock read
    if (grow >= MEM_CLOCK_BYTES && !run_check_time(r)) return false;
    if (m->fail_after && --m->fail_after == 0) {
        mem_refuse(r, ABORT_MEMORY);
        return false;
    }
    return true;
}

static void mem_counted(Mem *m, size_t old, size_t new) {
    m->allocations++;
    m->bytes = m->bytes - old + new;
    if (m->bytes > m->peak) m->peak = m->bytes;
}

void *mem_realloc(Run *r, void *p, size_t old, size_t new) {
    Mem *m = &r->mem;
    if (new == 0) {
        free(p);
        m->bytes -= old <= m->bytes ? old : m->bytes;
        return NULL;
    }
    if (new > old && !mem_may_grow(r, new - old)) return NULL;
    void *q = realloc(p, new);
    if (!q) return mem_refuse(r, ABORT_MEMORY);
    mem_counted(m, old, new);
    return q;
}

// Sanitizer builds (MOAT_DEBUG) give every object its own malloc, so use-after-free shows.
#ifdef MOAT_DEBUG
enum { MEM_RECYCLE = 0 };
#else
enum { MEM_RECYCLE = 1 };
#endif

static size_t mem_small_class(size_t size) {
    return (size - 1) / MEM_SMALL_STEP;
}

void *mem_alloc_object(Run *r, size_t size) {
    if (!MEM_RECYCLE || size > MEM_SMALL_MAX) return mem_alloc(r, size);
    Mem *m = &r->mem;
    if (!mem_may_grow(r, size)) return NULL;
    size_t c = mem_small_class(size);
    void *q = m->small_free[c];
    if (q) {
        memcpy(&m->small_free[c], q, sizeof(void *));
    } else {
        q = malloc((c + 1) * MEM_SMALL_STEP);  // the whole class: any size in it fits later
        if (!q) return mem_refuse(r, ABORT_MEMORY);
    }
    mem_counted(m, 0, size);
    return q;
}

void mem_free_object(Run *r, void *p, size_t size) {
    if (!MEM_RECYCLE || size > MEM_SMALL_MAX) {
        mem_free(r, p, size);
        return;
    }
    Mem *m = &r->mem;
    size_t c = mem_small_class(size);
    memcpy(p, &m->small_free[c], sizeof(void *));
    m->small_free[c] = p;
    m->bytes -= size <= m->bytes ? size : m->bytes;
}

void mem_fini(Run *r) {
    for (size_t c = 0; c < MEM_SMALL_CLASSES; c++) {
        void *p = r->mem.small_free[c];
        while (p) {
            void *next;
            memcpy(&next, p, sizeof next);
            free(p);
            p = next;
        }
        r->mem.small_free[c] = NULL;
    }
}

bool mem_would_fit(const Run *r, size_t extra) {
    const Mem *m = &r->mem;
    if (!m->limits.max_bytes) return extra < ((size_t)1 << 47);
    return m->bytes + extra >= m->bytes && m->bytes + extra <= m->limits.max_bytes;
}

bool mem_account(Run *r, size_t bytes) {
    if (!mem_would_fit(r, bytes)) {
        mem_refuse(r, ABORT_MEMORY);
        return false;
    }
    r->mem.bytes += bytes;
    if (r->mem.bytes > r->mem.peak) r->mem.peak = r->mem.bytes;
    return true;
}

void mem_unaccount(Run *r, size_t bytes) {
    r->mem.bytes -= bytes <= r->mem.bytes ? bytes : r->mem.bytes;
}

void mem_fail_after(Run *r, uint64_t n) {
    r->mem.fail_after = n;
}
