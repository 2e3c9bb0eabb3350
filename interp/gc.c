// Precise mark-and-sweep collector.
//
// Every heap object is on r->objects. A collection marks from the roots — the value stack up
// to its high-water mark, the frames, the pending exception, the module namespaces and the C
// code's temporary roots — then frees every unmarked object, except suspended generators
// that need closing: those are kept, with what they reach, and closed later (gen_final.c).
// Marking never recurses: marked objects go on a gray stack and their trace slots are run
// from a loop, so a million nested lists are as safe as one. Cycles are just objects that no
// root reaches.
//
// Collections happen only inside gc_alloc (and gc_collect), so C code is safe as long as what
// it holds across an allocation is reachable from a root: the VM's stack and frames, or
// gc_push_root. The stress build (MOAT_GC_STRESS) collects at every allocation to prove it.
#include "interp/gc.h"

#include <stdlib.h>
#include <string.h>

#include "interp/frame.h"
#include "interp/gen_final.h"
#include "interp/obj_func.h"

enum { GC_MIN_THRESHOLD = 1 << 20 };

// The gray stack lives outside the run's limits for the length of one collection: refusing
// it would leave reachable objects unmarked. If malloc itself fails, the collection is
// abandoned without sweeping, which is always safe.
typedef struct Gray {
    Obj **items;
    size_t count, cap;
    bool failed;
} Gray;

typedef struct GcState {
    Run *r;
    Gray gray;
} GcState;

// The collector's state reaches trace slots through the run; only one collection runs at a
// time per run.
static GcState *gc_state(Run *r);

static void gray_push(Gray *g, Obj *o) {
    if (g->count == g->cap) {
        size_t cap = g->cap ? g->cap * 2 : 1024;
        Obj **items = realloc(g->items, cap * sizeof *items);
        if (!items) {
            g->failed = true;
            return;
        }
        g->items = items;
        g->cap = cap;
    }
    g->items[g->count++] = o;
}

void gc_mark_obj(Run *r, Obj *o) {
    if (!o || (o->flags & (OBJ_STATIC | OBJ_MARKED))) return;
    o->flags |= OBJ_MARKED;
    gray_push(&gc_state(r)->gray, o);
}

void gc_mark_values(Run *r, const Value *vs, size_t n) {
    for (size_t k = 0; k < n; k++) gc_mark_value(r, vs[k]);
}

static void gc_mark_roots(Run *r) {
    gc_mark_values(r, r->stack, r->stack_hwm);
    for (uint32_t k = 0; k < r->frame_count; k++) frame_mark(r, &r->frames[k]);
    gc_mark_values(r, r->roots, r->root_count);
    gc_mark_value(r, r->exc);
    gc_mark_obj(r, r->call_fn);
    gc_mark_value(r, r->call_args);
    gc_mark_value(r, r->call_kwargs);
    gc_mark_obj(r, r->call_future);
    gc_mark_obj(r, r->pending);
    gc_mark_obj(r, r->globals);
    gc_mark_obj(r, r->modules);
    gen_final_mark_queue(r);
}

static void gc_propagate(Run *r, Gray *g) {
    while (g->count && !g->failed) {
        Obj *o = g->items[--g->count];
        if (o->type->slots.trace) o->type->slots.trace(r, o);
    }
}

static void gc_free_obj(Run *r, Obj *o) {
    if (o->type->slots.free) o->type->slots.free(r, o);
    mem_free_object(r, o, o->size);
}

// Pacing: the next collection comes when the run's tracked memory (objects and the buffers
// they own) has doubled since this one, so marking stays proportional to allocation.
static void gc_sweep(Run *r) {
    // its address may be reused by an object with other references
    if (r->concat_str && !(r->concat_str->flags & OBJ_MARKED)) r->concat_str = NULL;
    memset(r->global_cache, 0, sizeof r->global_cache);
    method_unbound_sweep(r);
    Obj **link = &r->objects;
    while (*link) {
        Obj *o = *link;
        if (o->flags & OBJ_MARKED) {
            o->flags &= ~(uint32_t)OBJ_MARKED;
            link = &o->gc_next;
        } else {
            *link = o->gc_next;
            gc_free_obj(r, o);
        }
    }
    size_t live = r->mem.bytes;
    r->gc_threshold = live > GC_MIN_THRESHOLD ? live : GC_MIN_THRESHOLD;
}

static void gc_unmark_all(Run *r) {
    for (Obj *o = r->objects; o; o = o->gc_next) o->flags &= ~(uint32_t)OBJ_MARKED;
}

static GcState *gc_state(Run *r) {
    return (GcState *)r->gc_state;
}

void gc_collect(Run *r) {
    GcState st = {.r = r};
    r->gc_state = &st;
    gc_mark_roots(r);
    gc_propagate(r, &st.gray);
    // unreachable generators that need closing are kept for it, with what they reach
    if (!st.gray.failed && gen_final_queue_unreachable(r)) gc_propagate(r, &st.gray);
    if (st.gray.failed) {
        gc_unmark_all(r);  // out of real memory: keep everything rather than free the reachable
    } else {
        gen_final_forget_unreachable(r);
        gc_sweep(r);
    }
    free(st.gray.items);
    r->gc_state = NULL;
}

Obj *gc_alloc(Run *r, const ObjType *t, size_t size) {
    return gc_alloc_partial(r, t, size, size);
}

Obj *gc_alloc_partial(Run *r, const ObjType *t, size_t size, size_t zeroed) {
    // guard: object sizes fit the header's 32-bit field
    if (size > UINT32_MAX) {
        if (r->abort == ABORT_NONE) r->abort = ABORT_MEMORY;
        return NULL;
    }
#ifdef MOAT_GC_STRESS
    gc_collect(r);
#else
    if (r->mem.bytes > 2 * r->gc_threshold) gc_collect(r);
#endif
    Obj *o = mem_alloc_object(r, size);
    if (!o) return NULL;
    memset(o, 0, zeroed < size ? zeroed : size);
    o->type = t;
    o->size = (uint32_t)size;
    o->gc_next = r->objects;
    r->objects = o;
    return o;
}

bool gc_grow_roots(Run *r) {
    uint32_t cap = r->root_cap ? r->root_cap * 2 : 64;
    Value *roots = run_buffer_resize(r, r->roots, r->roots_inline, r->root_cap * sizeof *roots,
                                     cap * sizeof *roots);
    if (!roots) return false;
    r->roots = roots;
    r->root_cap = cap;
    return true;
}

void gc_free_all(Run *r) {
    Obj *o = r->objects;
    while (o) {
        Obj *next = o->gc_next;
        gc_free_obj(r, o);
        o = next;
    }
    r->objects = NULL;
}
