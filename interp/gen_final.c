// Finalizing generators (see gen_final.h). CPython closes a suspended generator the moment
// its reference count reaches zero. moat finds those moments three ways, cheapest first:
// - a `for` loop left by break, return or an exception closes its iterator (POP_ITER) when
//   that is a generator made straight for the loop (loop_owned: the call right before the
//   loop's GET_ITER made it, or a generator __iter__ did), which nothing else can reference;
// - `del name` of a generator that needs closing collects at once;
// - every collection queues the unreachable generators that need closing; the VM closes
//   them at its next clock tick (vm.c), like PyPy's finalizers, within the run's limits.
// Only generators are finalized: coroutines and async generators belong to asyncio.
#include "interp/gen_final.h"

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/opcodes.h"
#include "interp/vm.h"

// Whether the handler `e` of g's code is a loop's closing of its iterator (compile_for).
static bool gen_closes_iterator(const Code *code, const ExcEntry *e) {
    return e->handler + 2 < code->insn_count && insn_op(code->insns[e->handler]) == OP_SWAP &&
           insn_op(code->insns[e->handler + 1]) == OP_POP_ITER;
}

// Whether an exception at g's yield would reach code that can observe it: a handler other
// than a loop's closing of an iterator that no generator of its own holds.
static bool gen_in_handler(const ObjGenerator *g) {
    const Code *code = g->frame.code;
    uint32_t stack_base = code->local_count + code->cell_count + code->free_count;
    const ExcEntry *e = code_handler_at(code, g->frame.ip - 1);  // at its YIELD_VALUE
    for (; e; e = code_handler_at(code, e->handler + 2)) {  // to the RERAISE's handler
        if (!gen_closes_iterator(code, e) || stack_base + e->depth > g->slot_count) return true;
        Value it = g->slots[stack_base + e->depth - 1];
        if (is_generator(it) && ((ObjGenerator *)it.as.obj)->loop_owned &&
            ((ObjGenerator *)it.as.obj)->state == GEN_SUSPENDED) {
            return true;
        }
    }
    return false;
}

bool gen_needs_close(const ObjGenerator *g) {
    for (;;) {
        if (g->state != GEN_SUSPENDED) return false;
        if (gen_in_handler(g)) return true;
        Value d = gen_delegate(g);
        if (is_undef(d)) return false;
        if (!is_gen_or_coro(d)) return true;  // its own close() may do anything
        g = (const ObjGenerator *)d.as.obj;
    }
}

bool gen_finalize(Run *r, Value gen) {
    Value ignored;
    Args none = {0};
    if (gen_close(r, gen, &none, &ignored)) return true;
    if (r->abort != ABORT_NONE) return false;
    exc_clear(r);
    return true;
}

static ObjGenerator *gen_of(Obj *o) {
    return (ObjGenerator *)o;
}

bool gen_final_queue_unreachable(Run *r) {
    Obj *found = NULL;  // newest first, as r->generators: prepending makes it oldest first
    for (Obj **link = &r->generators; *link;) {
        ObjGenerator *g = gen_of(*link);
        if (g->base.flags & OBJ_MARKED || g->finalized || !gen_needs_close(g)) {
            link = &g->gen_next;
            continue;
        }
        *link = g->gen_next;
        g->finalized = true;
        g->gen_next = found;
        found = &g->base;
        gc_mark_obj(r, &g->base);
    }
    if (!found) return false;
    Obj **tail = &r->final_queue;
    while (*tail) tail = &gen_of(*tail)->gen_next;
    *tail = found;
    return true;
}

void gen_final_forget_unreachable(Run *r) {
    for (Obj **link = &r->generators; *link;) {
        if ((*link)->flags & OBJ_MARKED) link = &gen_of(*link)->gen_next;
        else *link = gen_of(*link)->gen_next;
    }
}

void gen_final_mark_queue(Run *r) {
    for (Obj *o = r->final_queue; o; o = gen_of(o)->gen_next) gc_mark_obj(r, o);
}

bool gen_final_run(Run *r) {
    while (r->final_queue) {
        ObjGenerator *g = gen_of(r->final_queue);
        r->final_queue = g->gen_next;
        g->gen_next = NULL;
        if (!gc_push_root(r, v_obj(&g->base))) return false;
        bool ok = gen_finalize(r, v_obj(&g->base));
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return true;
}

bool gen_final_collect(Run *r) {
    // the collector marks the stack up to its high-water mark: slots above the running
    // frame's may still hold the generator from an earlier call
    for (size_t k = vm_top(r); k < r->stack_hwm; k++) r->stack[k] = v_undef();
    gc_collect(r);
    return gen_final_run(r);
}

bool gen_final_at_end(Run *r, Value result) {
    bool any = r->final_queue != NULL;
    for (Obj *o = r->generators; o && !any; o = gen_of(o)->gen_next) {
        any = !gen_of(o)->finalized && gen_needs_close(gen_of(o));
    }
    if (!any) return true;
    if (!gc_push_root(r, result)) return false;
    bool ok = gen_final_collect(r);
    gc_pop_roots(r, 1);
    return ok;
}
