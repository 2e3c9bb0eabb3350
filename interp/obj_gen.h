// Generators, coroutines and async generators: a suspended frame kept on the heap. Resuming
// copies its slots back onto the run's stack and pushes its frame; suspending copies them out
// again. The dispatch loop (vm.c) runs their frames; this file (obj_gen.c) keeps their state,
// their methods and the delegation of throw() and close() through `yield from` and `await`.
#ifndef MOAT_INTERP_OBJ_GEN_H
#define MOAT_INTERP_OBJ_GEN_H

#include "interp/frame.h"
#include "interp/obj.h"

typedef enum GenState { GEN_CREATED, GEN_SUSPENDED, GEN_RUNNING, GEN_DONE } GenState;

typedef struct ObjGenerator {
    Obj base;
    Frame frame;     // code, func, globals, ip and handling; base and sp are relative to slots
    Value *slots;    // locals, cells and value stack while suspended
    uint32_t slot_count, slot_cap;
    uint8_t state;   // GenState
    bool awaited;    // async generator: an asend/athrow awaitable of it is in progress
    bool hooked;     // async generator: the running loop has been told of it
    bool loop_owned; // the iterator slot of the `for` loop it went into is its only reference
    bool finalized;  // the collector has queued its close() once (it is never queued again)
    Obj *gen_next;   // the run's list of generators (r->generators), or its finalizer queue
} ObjGenerator;

// What an async generator's awaitables do to it: anext()/asend(v), athrow(exc), aclose().
typedef enum AsendKind { ASEND_SEND, ASEND_THROW, ASEND_CLOSE } AsendKind;

// The awaitable of one step of an async generator (CPython's async_generator_asend and
// async_generator_athrow). Awaiting it runs the generator's frame above the awaiting one.
typedef struct ObjAsend {
    Obj base;
    Obj *gen;
    Value value;    // SEND: the value sent; THROW: the exception
    Value dflt;     // anext(gen, default): what the end of the generator gives; else undef
    uint8_t kind;   // AsendKind
    uint8_t state;  // 0 not started, 1 running its generator, 2 done
} ObjAsend;

// Coroutines (what calling an `async def` function returns) and async generators (an
// `async def` with `yield`) are generators of other types.
extern const ObjType type_generator, type_coroutine, type_async_generator, type_asend;

static inline bool is_generator(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_generator;
}

static inline bool is_coroutine(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_coroutine;
}

static inline bool is_async_generator(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_async_generator;
}

static inline bool is_asend(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_asend;
}

static inline ObjAsend *as_asend(Value v) {
    return (ObjAsend *)v.as.obj;
}

// A generator or coroutine that `yield from` / `await` runs in the dispatch loop.
static inline bool is_gen_or_coro(Value v) {
    return is_generator(v) || is_coroutine(v);
}

// Moves the top frame (just pushed for a call of a generator or async function) into a new
// generator, coroutine or async generator (*out).
MOAT_NODISCARD bool gen_capture(Run *r, Value *out);
// Pushes g's frame at stack offset `top` to run it, with `sent` as the value of the yield it
// is suspended at (undef for a first start).
MOAT_NODISCARD bool gen_push(Run *r, ObjGenerator *g, size_t top, Value sent);
// Whether g.send(v) can run in the VM's loop (gen_push, the yield coming back to the call)
// rather than nest one: g is a plain generator, started or not, not exhausted.
static inline bool gen_send_resumes(Value g) {
    return is_generator(g) && ((ObjGenerator *)g.as.obj)->state != GEN_DONE;
}
// Raises StopIteration(value) (no argument for None), as a generator's return ends send()
// or next(). Always false.
bool gen_raise_stop(Run *r, Value value);
// A generator that runs the VM's own `code` (CODE_HIDDEN machinery, no function) with its
// first n locals set from `locals` (the caller roots them).
Obj *gen_new_hidden(Run *r, const Code *code, const Value *locals, uint32_t n, Obj *globals);
// Saves the running generator frame f (its stack ends at sp, its next instruction is ip).
void gen_suspend(Run *r, Frame *f, uint32_t sp, uint32_t ip);
// The generator of frame f returned or raised: it is exhausted.
void gen_finish(Frame *f);
// Pushes g's frame (at stack offset `top`) to raise exc at its yield, as throw() does: when g
// is suspended in `yield from` or `await`, exc goes to its delegate first. False when nothing
// could be pushed; else *throwing says whether the VM raises r->exc in the top frame (or that
// frame yields what a delegate's own throw() returned).
MOAT_NODISCARD bool gen_push_throw(Run *r, ObjGenerator *g, size_t top, Value exc, bool *throwing);
// generator.close(), for the VM closing a `for` loop's generator.
MOAT_NODISCARD bool gen_close(Run *r, Value self, const Args *a, Value *out);
// Whether v, if a generator, went from its making straight into a `for` loop's iterator
// slot, so that the slot is its only reference (gen_final.c).
static inline void gen_set_loop_owned(Value v, bool owned) {
    if (is_generator(v)) ((ObjGenerator *)v.as.obj)->loop_owned = owned;
}
// The delegate of a generator suspended in `yield from` or `await`, or undef.
Value gen_delegate(const ObjGenerator *g);
// The message of a StopIteration (or, async, StopAsyncIteration) leaving g's frame (PEP 479).
const char *gen_stop_message(const Obj *g, bool async_stop);

// What SEND does with an async generator's awaitable (asend_send).
typedef enum AsendStep {
    ASEND_PUSHED,   // its generator's frame is on top: run it
    ASEND_RAISE,    // its generator's frames are on top: raise r->exc in the top one
    ASEND_DONE,     // the await is over: *out is its value
    ASEND_ERROR,    // raise r->exc at the SEND
} AsendStep;
// SEND of `sent` to aw, whose generator's frames go at stack offset `top`.
AsendStep asend_send(Run *r, ObjAsend *aw, Value sent, size_t top, Value *out);

// How an async generator's frame left the awaiting frame's SEND on aw.
typedef enum AgenExit { AGEN_YIELDED, AGEN_RETURNED, AGEN_RAISED } AgenExit;
// The await of aw is over: false with r->exc to raise at the SEND; else *out is the await's
// value. `value` is what was yielded (AGEN_YIELDED); for AGEN_RAISED r->exc is pending.
MOAT_NODISCARD bool asend_finished(Run *r, ObjAsend *aw, AgenExit how, Value value, Value *out);

// An awaitable of anext(gen) (default undef) or gen.asend(value)
MOAT_NODISCARD bool asend_new(Run *r, Value gen, AsendKind kind, Value value, Value dflt, Value *out);

#endif
