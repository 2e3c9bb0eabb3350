// Run lifecycle: a fresh run with its limits and namespace, and its release.
#include "interp/run.h"

#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "interp/frame.h"
#include "interp/gc.h"
#include "interp/obj_dict.h"
#include "interp/obj_str.h"

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

Run *run_new(const RunConfig *cfg) {
    // the Run itself is the one block not counted against its own limits
    Run *r = calloc(1, sizeof *r);
    if (!r) return NULL;
    r->mem.limits.max_bytes = cfg->max_memory;
    r->mem.limits.max_allocations = cfg->max_allocations;
    r->max_depth = cfg->max_recursion ? cfg->max_recursion : UINT32_MAX;
    r->max_instructions = cfg->max_instructions;
    r->max_output = cfg->max_output;
    r->print = cfg->print;
    r->print_ctx = cfg->print_ctx;
    r->exc = r->call_args = r->call_kwargs = v_undef();
    r->gc_threshold = 1 << 20;
    if (cfg->max_duration_ns) r->deadline_ns = run_now_ns() + cfg->max_duration_ns;
    r->globals = dict_new(r);
    Obj *key = r->globals ? str_from_cstr(r, "__name__") : NULL;
    Obj *main_name = key && gc_push_root(r, v_obj(key)) ? str_from_cstr(r, "__main__") : NULL;
    if (!main_name || !dict_set(r, r->globals, v_obj(key), v_obj(main_name))) {
        run_free(r);
        return NULL;
    }
    gc_pop_roots(r, 1);
    return r;
}

void run_free(Run *r) {
    if (!r) return;
    gc_free_all(r);
    if (r->stack) mem_free(r, r->stack, r->stack_cap * sizeof *r->stack);
    if (r->frames) mem_free(r, r->frames, r->frame_cap * sizeof *r->frames);
    if (r->roots) mem_free(r, r->roots, r->root_cap * sizeof *r->roots);
    free(r);
}
