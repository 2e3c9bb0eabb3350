// Frame: one activation of a Code on the run's value stack. Frames live in r->frames and
// refer to the stack by offset, so the stack may move when it grows.
#ifndef MOAT_INTERP_FRAME_H
#define MOAT_INTERP_FRAME_H

#include <stdint.h>

#include "interp/code.h"
#include "interp/obj_func.h"
#include "interp/obj_tuple.h"
#include "interp/run.h"

struct Frame {
    const Code *code;
    Obj *func;        // the ObjFunction running (NULL for the module body)
    Obj *globals;     // dict of the module the code belongs to
    Obj *gen;         // the generator/coroutine this frame runs for, or NULL
    uint32_t ip;      // index of the next instruction while the frame is not running
    uint32_t base;    // stack offset of local 0; cells follow locals, then free cells,
                      // then the value stack
    uint32_t sp;      // stack offset of the first free slot while not running
    Value handling;   // the exception an `except` block of this frame is handling, or undef
    Obj *drain;       // a generator frame the VM runs to its end: the list its yields go to
    // One field for two exclusive jobs, so a frame stays 80 bytes: a class call running
    // __init__ keeps the instance the call returns; an lru_cache miss running its function
    // keeps the cache entry its result goes to (a tuple, mod_functools_lru_store). NULL: none.
    Obj *on_return;
};

// Whether a frame's on_return is an lru_cache entry (else it is an __init__'s instance).
static inline bool frame_returns_to_memo(const Obj *on_return) {
    return on_return->type == &type_tuple;
}

// Marks what a frame references.
void frame_mark(Run *r, const Frame *f);
// Stack slots a frame of `code` needs: locals, cells, free cells, value stack.
static inline uint32_t frame_slots(const Code *code) {
    return code->local_count + code->cell_count + code->free_count + code->stack_size;
}
// frame_reserve's slow path: the stack grows (and moves) to `need` values.
MOAT_NODISCARD bool frame_grow_stack(Run *r, size_t need);
// Makes room for `slots` values from stack offset `top` on; the stack may move (callers
// re-derive their pointers). False at the memory limit. Inline: every call passes here.
MOAT_NODISCARD static inline bool frame_reserve(Run *r, size_t top, size_t slots) {
    size_t need;
    if (__builtin_add_overflow(top, slots, &need)) return false;
    if (need > r->stack_cap) return frame_grow_stack(r, need);
    if (need > r->stack_hwm) r->stack_hwm = need;
    return true;
}
// Room for one more frame in r->frames; false at the memory limit.
MOAT_NODISCARD bool frame_room(Run *r);
// Pushes a frame calling the Python function `func` with a's arguments bound to its
// parameters; its locals start at stack offset `top`, where frame_reserve made room.
// False with TypeError (bad arguments) or RecursionError.
MOAT_NODISCARD bool frame_push_call(Run *r, Obj *func, const Args *a, size_t top);
// frame_push_in_place for any function: also one with cells, or with the frame array full,
// or the recursion limit reached.
MOAT_NODISCARD bool frame_push_in_place_any(Run *r, Obj *func, size_t top);
// A plain call (frame_is_plain_call) of a function that is not a generator, whose arguments
// are already at stack offset `top`: reserves its slots and pushes its frame there. False
// at the memory limit or with RecursionError. Inline: the VM's common call.
MOAT_NODISCARD static inline bool frame_push_in_place(Run *r, Obj *func, size_t top) {
    const ObjFunction *fn = (const ObjFunction *)func;
    const Code *code = fn->code;
    if (__builtin_expect(code->cell_count || code->free_count || r->frame_count >= r->frame_cap ||
                         r->frame_count >= r->max_depth, 0)) {
        return frame_push_in_place_any(r, func, top);
    }
    if (!frame_reserve(r, top, frame_slots(code))) return false;
    Value *locals = r->stack + top;
    for (uint32_t k = code->argcount; k < code->local_count; k++) locals[k] = v_undef();
    r->frames[r->frame_count++] = (Frame){
        .code = code,
        .func = func,
        .globals = fn->globals,
        .base = (uint32_t)top,
        .sp = (uint32_t)(top + code->local_count),
        .handling = v_undef(),
    };
    return true;
}
// The common call: exactly the positional parameters, nothing else to bind. Its frame may be
// placed on its own arguments (top == their offset), saving the copy.
bool frame_is_plain_call(const Code *code, const Args *a);

#endif
