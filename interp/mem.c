// The tracked allocator. Design: every allocation of a run passes here with its size, and
// every free with the size it had (mem_realloc's `old`, as in Lua's lua_Alloc), so the counts
// are exact without block headers. At a limit the call fails and sets r->abort: the VM then
// unwinds every frame without running handlers. A failed allocation never leaves a partial
// object behind: callers check before linking anything in.
#include "interp/mem.h"

#include <stdlib.h>

#include "interp/run.h"

static void *mem_refuse(Run *r, RunAbort why) {
    if (r->abort == ABORT_NONE) r->abort = why;
    return NULL;
}

void *mem_realloc(Run *r, void *p, size_t old, size_t new) {
    Mem *m = &r->mem;
    if (new == 0) {
        free(p);
        m->bytes -= old <= m->bytes ? old : m->bytes;
        return NULL;
    }
    if (new > old) {
        size_t grow = new - old;
        // guard: the memory limit holds at every allocation, before malloc is asked
        if (m->limits.max_bytes && (m->bytes + grow > m->limits.max_bytes || m->bytes + grow < m->bytes)) {
            return mem_refuse(r, ABORT_MEMORY);
        }
        // guard: the allocation count limit
        if (m->limits.max_allocations && m->allocations >= m->limits.max_allocations) {
            return mem_refuse(r, ABORT_ALLOCATIONS);
        }
        if (m->fail_after && --m->fail_after == 0) return mem_refuse(r, ABORT_MEMORY);
    }
    void *q = realloc(p, new);
    if (!q) return mem_refuse(r, ABORT_MEMORY);
    m->allocations++;
    m->bytes = m->bytes - old + new;
    if (m->bytes > m->peak) m->peak = m->bytes;
    return q;
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
