// Run lifecycle: a fresh run with its limits and namespace, and its release.
#include "interp/run.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "interp/frame.h"
#include "interp/gc.h"
#include "interp/obj_dict.h"
#include "interp/obj_str.h"

static uint64_t mix64(uint64_t x) {
    x ^= x >> 30;
    x *= 0xbf58476d1ce4e5b9u;
    x ^= x >> 27;
    x *= 0x94d049bb133111ebu;
    return x ^ (x >> 31);
}

uint64_t run_object_id(const Run *r, const void *o) {
    // xor, odd multiplications and right xor-shifts modulo 2^63: each step is invertible
    const uint64_t mask = (UINT64_C(1) << 63) - 1;
    uint64_t x = ((uint64_t)(uintptr_t)o ^ r->id_key) & mask;
    x = x * 0x9e3779b97f4a7c15u & mask;
    x ^= x >> 29;
    x = x * 0xbf58476d1ce4e5b9u & mask;
    return x ^ (x >> 32);
}

uint64_t run_now_ns(void) {
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000u + (uint64_t)ts.tv_nsec;
}

bool run_check_time(Run *r) {
    if (!r->deadline_ns || run_now_ns() < r->deadline_ns) return true;
    r->abort = ABORT_DURATION;
    return false;
}

bool run_init(Run *r, const RunConfig *cfg) {
    // the inline stack's slots too (the collector marks them): all-zero bits are undef
    _Static_assert(VAL_UNDEF == 0, "a zeroed Value is undef");
    memset(r, 0, offsetof(Run, roots_inline));
    r->stack = r->stack_inline;
    r->stack_cap = RUN_STACK_INLINE;
    r->roots = r->roots_inline;
    r->root_cap = RUN_ROOTS_INLINE;
    r->mem.limits.max_bytes = cfg->max_memory;
    r->mem.limits.max_allocations = cfg->max_allocations;
    r->max_depth = cfg->max_recursion ? cfg->max_recursion : UINT32_MAX;
    r->max_instructions = cfg->max_instructions;
    r->max_output = cfg->max_output;
    r->print = cfg->print;
    r->print_ctx = cfg->print_ctx;
    r->source = cfg->source;
    r->exc = r->call_args = r->call_kwargs = v_undef();
    // secret to the script: it sees neither the clock nor any address
    uint64_t now = run_now_ns();  // one clock read: a run is started often
    r->id_key = mix64(now ^ (uint64_t)(uintptr_t)r);
    r->gc_threshold = 1 << 20;
    if (cfg->max_duration_ns) r->deadline_ns = now + cfg->max_duration_ns;
    // a module starts with __name__ and __doc__ (its docstring's code sets that if it has one)
    r->globals = dict_new(r);
    if (!r->globals || !dict_set(r, r->globals, v_obj(str_dunder_name()), v_obj(str_dunder_main())) ||
        !dict_set(r, r->globals, v_obj(str_dunder_doc()), v_none())) {
        if (r->abort != ABORT_NONE) {
            r->globals = NULL;  // the run's own limit: reported by the caller
            return true;
        }
        run_fini(r);
        return false;
    }
    return true;
}

void run_fini(Run *r) {
    gc_free_all(r);
    run_buffer_resize(r, r->stack, r->stack_inline, r->stack_cap * sizeof *r->stack, 0);
    if (r->frames) mem_free(r, r->frames, r->frame_cap * sizeof *r->frames);
    if (r->unbound) mem_free(r, r->unbound, r->unbound_cap * sizeof *r->unbound);
    run_buffer_resize(r, r->roots, r->roots_inline, r->root_cap * sizeof *r->roots, 0);
    r->stack = NULL;
    r->frames = NULL;
    r->unbound = NULL;
    r->roots = NULL;
    mem_fini(r);
}

void *run_buffer_resize(Run *r, void *p, const void *inline_block, size_t old, size_t new) {
    if (p != inline_block) return mem_realloc(r, p, old, new);
    if (new == 0) return NULL;
    void *q = mem_alloc(r, new);
    if (q) memcpy(q, p, old < new ? old : new);
    return q;
}

Run *run_new(const RunConfig *cfg) {
    // the Run itself is the one block not counted against its own limits
    Run *r = malloc(sizeof *r);
    if (!r || !run_init(r, cfg)) {
        free(r);
        return NULL;
    }
    return r;
}

void run_free(Run *r) {
    if (!r) return;
    run_fini(r);
    free(r);
}
