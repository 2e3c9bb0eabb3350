// Generators, coroutines and async generators (see obj_gen.h): their types, attributes and
// methods, and how throw() and close() reach the delegate of `yield from` / `await` first.
#include "interp/obj_gen.h"

#include <stdio.h>
#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mod_asyncio.h"
#include "interp/obj_func.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_traceback.h"
#include "interp/obj_tuple.h"
#include "interp/opcodes.h"
#include "interp/ops.h"
#include "interp/vm.h"

// ---- the objects ----

static void gen_trace(Run *r, Obj *o) {
    ObjGenerator *g = (ObjGenerator *)o;
    frame_mark(r, &g->frame);
    gc_mark_values(r, g->slots, g->slot_count);
}

static void gen_free(Run *r, Obj *o) {
    ObjGenerator *g = (ObjGenerator *)o;
    if (g->slots) mem_free(r, g->slots, g->slot_cap * sizeof *g->slots);
}

static bool gen_repr(Run *r, Value v, Buf *out) {
    ObjGenerator *g = (ObjGenerator *)v.as.obj;
    return buf_printf(out, "<%s object %s at 0x%llx>", g->base.type->name,
                      ((ObjStr *)g->frame.code->qualname)->data,
                      (unsigned long long)run_object_id(r, g));
}

// The delegate (CPython's gi_yieldfrom): what its SEND left under the yield.
Value gen_delegate(const ObjGenerator *g) {
    if (g->state != GEN_SUSPENDED || g->frame.ip == 0) return v_undef();
    uint32_t last = g->frame.code->insns[g->frame.ip - 1];
    if (insn_op(last) != OP_YIELD_VALUE || insn_arg(last) != YIELD_DELEGATED) return v_undef();
    return g->slots[g->slot_count - 1];
}

// gi_running, gi_suspended, gi_yieldfrom (cr_await, ag_await): attr without its prefix.
static Value gen_state_attr(const ObjGenerator *g, const char *attr) {
    const char *delegate = g->base.type == &type_generator ? "yieldfrom" : "await";
    if (!strcmp(attr, "running")) return v_bool(g->state == GEN_RUNNING);
    if (!strcmp(attr, "suspended")) return v_bool(g->state == GEN_SUSPENDED);
    if (strcmp(attr, delegate)) return v_undef();
    Value d = gen_delegate(g);
    return is_undef(d) ? v_none() : d;
}

// guard: no gi_frame or gi_code, which would lead to frames, code and globals
static bool gen_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    ObjGenerator *g = (ObjGenerator *)v.as.obj;
    const char *n = ((ObjStr *)name)->data;
    const ObjType *t = g->base.type;
    const char *prefix = t == &type_generator ? "gi_" : t == &type_coroutine ? "cr_" : "ag_";
    *out = v_undef();
    const ObjFunction *fn = (const ObjFunction *)g->frame.func;
    if (n[0] != '_' && n[0] != prefix[0]) return true;  // only dunders and gi_* etc. are here
    if (!strcmp(n, "__name__")) *out = fn ? v_obj(fn->name) : v_obj(g->frame.code->name);
    else if (!strcmp(n, "__qualname__")) *out = fn ? v_obj(fn->qualname) : v_obj(g->frame.code->qualname);
    else if (!strncmp(n, prefix, 3)) *out = gen_state_attr(g, n + 3);
    return true;
}

static ObjGenerator *gen_alloc(Run *r, const ObjType *type, uint32_t slots) {
    ObjGenerator *g = gc_new(r, ObjGenerator, type);
    if (!g) return NULL;
    g->slots = mem_alloc(r, (size_t)slots * sizeof(Value));
    if (!g->slots) return NULL;
    g->slot_cap = slots;
    return g;
}

static const ObjType *gen_type_of(const Code *code) {
    if (!(code->flags & CODE_COROUTINE)) return &type_generator;
    return code->flags & CODE_GENERATOR ? &type_async_generator : &type_coroutine;
}

bool gen_capture(Run *r, Value *out) {
    Frame *f = &r->frames[r->frame_count - 1];
    ObjGenerator *g = gen_alloc(r, gen_type_of(f->code), frame_slots(f->code));
    if (!g) {
        r->frame_count--;
        return false;
    }
    f = &r->frames[r->frame_count - 1];
    g->slot_count = f->sp - f->base;
    memcpy(g->slots, r->stack + f->base, g->slot_count * sizeof(Value));
    g->frame = *f;
    g->frame.gen = &g->base;
    g->state = GEN_CREATED;
    if (g->base.type == &type_generator) {
        g->gen_next = r->generators;
        r->generators = &g->base;
    }
    r->frame_count--;
    *out = v_obj(&g->base);
    return true;
}

bool gen_push(Run *r, ObjGenerator *g, size_t top, Value sent) {
    if (g->state == GEN_RUNNING) return exc_raise(r, &exc_ValueError, "generator already executing");
    if (g->state == GEN_CREATED && !is_undef(sent) && !is_none(sent)) {
        return exc_raise(r, &exc_TypeError, "can't send non-None value to a just-started %s",
                         g->base.type == &type_async_generator ? "async generator" : g->base.type->name);
    }
    // guard: resuming generators counts against the recursion limit like calls do
    if (r->frame_count >= r->max_depth) {
        return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded");
    }
    if (!frame_reserve(r, top, frame_slots(g->frame.code) + 1) || !frame_room(r)) return false;
    memcpy(r->stack + top, g->slots, g->slot_count * sizeof(Value));
    Frame *f = &r->frames[r->frame_count++];
    *f = g->frame;
    f->drain = NULL;
    f->base = (uint32_t)top;
    f->sp = (uint32_t)(top + g->slot_count);
    if (g->state == GEN_SUSPENDED) r->stack[f->sp++] = is_undef(sent) ? v_none() : sent;
    g->state = GEN_RUNNING;
    return true;
}

Obj *gen_new_hidden(Run *r, const Code *code, const Value *locals, uint32_t n, Obj *globals) {
    ObjGenerator *g = gen_alloc(r, &type_generator, frame_slots(code));
    if (!g) return NULL;
    for (uint32_t k = 0; k < code->local_count; k++) g->slots[k] = k < n ? locals[k] : v_undef();
    g->slot_count = code->local_count;
    g->frame = (Frame){.code = code, .globals = globals, .gen = &g->base, .handling = v_undef()};
    g->state = GEN_CREATED;
    return &g->base;
}

void gen_suspend(Run *r, Frame *f, uint32_t sp, uint32_t ip) {
    ObjGenerator *g = (ObjGenerator *)f->gen;
    g->slot_count = sp - f->base;
    memcpy(g->slots, r->stack + f->base, g->slot_count * sizeof(Value));
    g->frame = *f;
    g->frame.ip = ip;
    g->state = GEN_SUSPENDED;
}

void gen_finish(Frame *f) {
    ObjGenerator *g = (ObjGenerator *)f->gen;
    g->state = GEN_DONE;
    g->slot_count = 0;
}

const char *gen_stop_message(const Obj *g, bool async_stop) {
    if (g->type == &type_async_generator) {
        return async_stop ? "async generator raised StopAsyncIteration"
                          : "async generator raised StopIteration";
    }
    return g->type == &type_coroutine ? "coroutine raised StopIteration" : "generator raised StopIteration";
}

// ---- throw ----

// obj.name, or undef when obj has no such attribute.
static bool gen_optional_attr(Run *r, Value obj, const char *name, Value *out) {
    *out = v_undef();
    if (ops_getattr_cstr(r, obj, name, out)) return true;
    if (!exc_pending_is(r, &exc_AttributeError)) return false;
    exc_clear(r);
    *out = v_undef();
    return true;
}

// The top frame waits at a yield for exc; its delegate `sub` (undef: none) is not a generator
// the VM runs. exc goes to sub's throw() if it has one: what that returns the frame yields
// (it runs its YIELD_VALUE again); what it raises, the frame raises (*throwing, in r->exc).
static bool gen_throw_to_delegate(Run *r, Value sub, Value exc, bool *throwing) {
    *throwing = true;
    r->exc = exc;
    if (is_undef(sub) || is_future(sub)) return true;
    exc_clear(r);
    if (!gc_push_root(r, exc)) return false;
    Value meth, w;
    bool ok = gen_optional_attr(r, sub, "throw", &meth);
    if (ok && is_undef(meth)) {
        r->exc = exc;
    } else if (ok && (ok = gc_push_root(r, meth))) {
        Args a = {&exc, 1, 0, NULL, NULL};
        bool called = ops_call(r, meth, &a, &w);
        gc_pop_roots(r, 1);
        if (called) {
            Frame *f = &r->frames[r->frame_count - 1];
            r->stack[f->sp++] = w;
            f->ip--;
            *throwing = false;
        }
    }
    gc_pop_roots(r, 1);
    if (!ok) *throwing = true;  // the lookup's own error is raised at the yield
    return true;
}

// As throw() does (see obj_gen.h): a generator delegate's frame goes on top (and so on down
// the chain), each frame below waiting at its SEND as if it had sent; what the innermost
// raises then unwinds through them all, as in CPython's _gen_throw.
bool gen_push_throw(Run *r, ObjGenerator *g, size_t top, Value exc, bool *throwing) {
    uint32_t first = r->frame_count;
    if (!gc_push_root(r, exc)) return false;
    for (;;) {
        Value sub = gen_delegate(g);
        if (!gen_push(r, g, top, v_none())) {
            gc_pop_roots(r, 1);
            *throwing = true;
            return r->frame_count > first;  // raised at the SEND of the frame below
        }
        Frame *f = &r->frames[r->frame_count - 1];
        if (!is_gen_or_coro(sub) || ((ObjGenerator *)sub.as.obj)->state != GEN_SUSPENDED) {
            f->sp--;  // the frame raises at its yield rather than taking a sent value
            gc_pop_roots(r, 1);
            return gen_throw_to_delegate(r, sub, exc, throwing);
        }
        f->ip--;  // back at its SEND, with the delegate's frame about to go above
        top = f->sp;
        g = (ObjGenerator *)sub.as.obj;
    }
}

// Runs g from C until it yields (ITER_ITEM), returns (ITER_END, *out = its value) or raises
// (ITER_ERROR). With `exc` (not undef), that exception is raised at the yield instead; with
// `delegate`, it goes to the delegate of `yield from` first.
static IterStep gen_run(Run *r, ObjGenerator *g, Value sent, Value exc, bool delegate, Value *out) {
    if (g->state == GEN_DONE && g->base.type == &type_coroutine) {
        exc_raise(r, &exc_RuntimeError, "cannot reuse already awaited coroutine");
        return ITER_ERROR;
    }
    if (g->state == GEN_DONE || (g->state == GEN_CREATED && !is_undef(exc))) {
        if (!is_undef(exc)) {
            r->exc = exc;
            // thrown in before the first step: raised at the generator's def line
            if (g->state == GEN_CREATED) {
                exc_add_traceback(r, (ObjException *)exc.as.obj, g->frame.code, TB_AT_DEF);
            }
            g->state = GEN_DONE;
            return ITER_ERROR;
        }
        *out = v_none();
        return ITER_END;
    }
    if (!vm_can_nest(r)) return ITER_ERROR;
    uint32_t stop = r->frame_count;
    bool throwing = false;
    if (is_undef(exc)) {
        if (!gen_push(r, g, vm_top(r), sent)) return ITER_ERROR;
    } else if (delegate) {
        if (!gen_push_throw(r, g, vm_top(r), exc, &throwing)) return ITER_ERROR;
    } else {
        if (!gen_push(r, g, vm_top(r), v_none())) return ITER_ERROR;
        r->frames[r->frame_count - 1].sp--;  // the exception comes out of the yield
        r->exc = exc;
        throwing = true;
    }
    VmExit e = vm_run_frames(r, stop, throwing, out);
    return e == VM_YIELD ? ITER_ITEM : e == VM_RETURN ? ITER_END : ITER_ERROR;
}

static IterStep gen_next(Run *r, Value it, Value *out) {
    return gen_run(r, (ObjGenerator *)it.as.obj, v_undef(), v_undef(), false, out);
}

bool gen_raise_stop(Run *r, Value value) {
    if (!gc_push_root(r, value)) return false;
    Obj *args = tuple_new(r, is_none(value) ? 0 : 1);
    gc_pop_roots(r, 1);
    if (!args) return false;
    if (!is_none(value)) ((ObjTuple *)args)->items[0] = value;
    Obj *e = exc_new(r, &exc_StopIteration, args);
    if (e) r->exc = v_obj(e);
    return false;
}

static bool gen_send(Run *r, Value self, const Args *a, Value *out) {
    if (a->npos != 1 || a->nkw) {
        return exc_raise(r, &exc_TypeError, "%s.send() takes exactly one argument (%u given)",
                         self.as.obj->type->name, a->npos + a->nkw);
    }
    IterStep s = gen_run(r, (ObjGenerator *)self.as.obj, a->pos[0], v_undef(), false, out);
    if (s == ITER_END) return gen_raise_stop(r, *out);
    return s == ITER_ITEM;
}

// The instance throw(cls, value) makes, as CPython's exception normalization: value itself
// when it is a cls already, else cls(), cls(*value) or cls(value).
static bool gen_throw_instance(Run *r, Value cls, Value value, Value *exc) {
    if (is_exception(value) && type_is_subtype(value.as.obj->type, (const ObjType *)cls.as.obj)) {
        *exc = value;
        return true;
    }
    Args none = {0};
    if (is_none(value)) return ops_call(r, cls, &none, exc);
    if (is_tuple(value)) {
        Args items = {as_tuple(value)->items, (uint32_t)as_tuple(value)->len, 0, NULL, NULL};
        return ops_call(r, cls, &items, exc);
    }
    Args one = {&value, 1, 0, NULL, NULL};
    return ops_call(r, cls, &one, exc);
}

// The exception that throw(exc) raises: exc, or an instance of the class exc; the deprecated
// throw(type, value, traceback) too (moat has no traceback objects: only None).
static bool gen_throw_arg(Run *r, Value self, const Args *a, const char *name, Value *exc) {
    char qualname[64];
    snprintf(qualname, sizeof qualname, "%s.%s", value_type_name(self), name);
    if (!container_args_count(r, a, qualname, 1, 3)) return false;
    *exc = a->pos[0];
    Value value = a->npos > 1 ? a->pos[1] : v_none();
    if (a->npos > 2 && !is_none(a->pos[2])) {
        return exc_raise(r, &exc_TypeError, "%s() third argument must be a traceback object", name);
    }
    if (is_exception(*exc)) {
        if (is_none(value)) return true;
        return exc_raise(r, &exc_TypeError, "instance exception may not have a separate value");
    }
    if (exc->tag == VAL_OBJ && exc->as.obj->type == &type_type &&
        type_is_subtype((const ObjType *)exc->as.obj, &exc_BaseException)) {
        return gen_throw_instance(r, *exc, value, exc);
    }
    return exc_raise(r, &exc_TypeError,
                     "exceptions must be classes or instances deriving from BaseException, not %s",
                     value_type_name(*exc));
}

static bool gen_close_delegate(Run *r, Value sub);

// generator.throw(exc): raises exc at the yield; the generator may catch it and yield again.
// Thrown GeneratorExit closes the delegate of `yield from` and then lands here, as CPython's.
static bool gen_throw(Run *r, Value self, const Args *a, Value *out) {
    Value exc;
    if (!gen_throw_arg(r, self, a, "throw", &exc) || !gc_push_root(r, exc)) return false;
    ObjGenerator *g = (ObjGenerator *)self.as.obj;
    Value sub = gen_delegate(g);
    bool here = !is_undef(sub) && type_is_subtype(exc.as.obj->type, &exc_GeneratorExit);
    if (here && !gen_close_delegate(r, sub)) {
        exc = r->exc;  // the delegate's close() failed: that is what the yield raises
        exc_clear(r);
        gc_pop_roots(r, 1);
        if (!gc_push_root(r, exc)) return false;
    }
    IterStep s = gen_run(r, g, v_undef(), exc, !here, out);
    gc_pop_roots(r, 1);
    if (s == ITER_END) return gen_raise_stop(r, *out);
    return s == ITER_ITEM;
}

// ---- close ----

// Raises GeneratorExit at g's yield (or, with `inner_failed`, the pending exception, which
// closing its delegate raised), as CPython's gen_close does once the delegate is closed.
// *out: what g returned, if it did.
static bool gen_close_one(Run *r, ObjGenerator *g, bool inner_failed, Value *out) {
    *out = v_none();
    if (g->state == GEN_CREATED || g->state == GEN_DONE) {
        g->state = GEN_DONE;
        return !inner_failed;
    }
    Value exc = r->exc;
    if (!inner_failed) {
        Obj *e = exc_new(r, &exc_GeneratorExit, NULL);
        if (!e) return false;
        exc = v_obj(e);
    }
    exc_clear(r);
    IterStep s = gen_run(r, g, v_undef(), exc, false, out);
    if (s == ITER_ITEM) {
        return exc_raise(r, &exc_RuntimeError, "%s ignored GeneratorExit",
                         g->base.type == &type_coroutine ? "coroutine" : "generator");
    }
    if (s == ITER_END) return true;
    if (exc_pending_is(r, &exc_GeneratorExit)) {
        exc_clear(r);
        *out = v_none();
        return true;
    }
    return false;
}

// Closes the delegate of a `yield from`: a generator as close() does, anything else through
// its own close(), if it has one.
static bool gen_close_delegate(Run *r, Value sub) {
    Value meth, ignored;
    Args none = {0};
    if (is_gen_or_coro(sub)) return gen_close(r, sub, &none, &ignored);
    if (!gen_optional_attr(r, sub, "close", &meth)) return false;
    return is_undef(meth) || ops_call(r, meth, &none, &ignored);
}

// generator.close(): GeneratorExit at the yield, so finally blocks run. A generator in
// `yield from` closes its delegate first, and so on down the chain: the innermost closes
// first, and an error closing one is raised at the yield of the one that delegates to it.
bool gen_close(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "close", 0, 0)) return false;
    *out = v_none();
    Obj *chain = list_new(r, 0);
    if (!chain || !gc_push_root(r, v_obj(chain))) return false;
    bool ok = list_append_obj(r, chain, self);
    for (Value g = self; ok;) {
        g = gen_delegate((ObjGenerator *)g.as.obj);
        if (is_undef(g)) break;
        ok = list_append_obj(r, chain, g);
        if (!is_gen_or_coro(g)) break;
    }
    ObjList *l = (ObjList *)chain;
    bool failed = !ok;
    for (size_t k = l->len; ok && k-- > 0;) {
        Value g = l->items[k];
        if (is_gen_or_coro(g)) failed = !gen_close_one(r, (ObjGenerator *)g.as.obj, failed, out);
        else failed = !gen_close_delegate(r, g);
    }
    gc_pop_roots(r, 1);
    return !failed;
}

// ---- async generators ----

static bool agen_aiter(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__aiter__", 0, 0)) return false;
    *out = self;
    return true;
}

static bool agen_anext(Run *r, Value self, const Args *a, Value *out) {
    return args_positional(r, a, "__anext__", 0, 0) &&
           asend_new(r, self, ASEND_SEND, v_none(), v_undef(), out);
}

static bool agen_asend(Run *r, Value self, const Args *a, Value *out) {
    return args_positional(r, a, "asend", 1, 1) && asend_new(r, self, ASEND_SEND, a->pos[0], v_undef(), out);
}

static bool agen_athrow(Run *r, Value self, const Args *a, Value *out) {
    Value exc;
    if (!gen_throw_arg(r, self, a, "athrow", &exc) || !gc_push_root(r, exc)) return false;
    bool ok = asend_new(r, self, ASEND_THROW, exc, v_undef(), out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool agen_aclose(Run *r, Value self, const Args *a, Value *out) {
    return args_positional(r, a, "aclose", 0, 0) && asend_new(r, self, ASEND_CLOSE, v_none(), v_undef(), out);
}

bool asend_new(Run *r, Value gen, AsendKind kind, Value value, Value dflt, Value *out) {
    ObjGenerator *g = (ObjGenerator *)gen.as.obj;
    if (!gc_push_root(r, gen) || !gc_push_root(r, value) || !gc_push_root(r, dflt)) return false;
    bool tracked = g->hooked || asyncio_track_asyncgen(r, &g->base);
    g->hooked = true;
    ObjAsend *aw = tracked ? gc_new(r, ObjAsend, &type_asend) : NULL;
    gc_pop_roots(r, 3);
    if (!aw) return false;
    aw->gen = gen.as.obj;
    aw->value = value;
    aw->dflt = dflt;
    aw->kind = (uint8_t)kind;
    *out = v_obj(&aw->base);
    return true;
}

static void asend_trace(Run *r, Obj *o) {
    ObjAsend *aw = (ObjAsend *)o;
    gc_mark_obj(r, aw->gen);
    gc_mark_value(r, aw->value);
    gc_mark_value(r, aw->dflt);
}

static bool asend_repr(Run *r, Value v, Buf *out) {
    const ObjAsend *aw = (const ObjAsend *)v.as.obj;
    return buf_printf(out, "<async_generator_%s object at 0x%llx>", aw->kind == ASEND_SEND ? "asend" : "athrow",
                      (unsigned long long)run_object_id(r, aw));
}

enum { ASEND_NEW, ASEND_RUNNING, ASEND_OVER };

// The first SEND to aw: its generator starts, or takes the exception at its yield.
static AsendStep asend_start(Run *r, ObjAsend *aw, ObjGenerator *g, size_t top, Value *out) {
    static const char *const names[] = {"anext", "athrow", "aclose"};
    if (g->awaited) {
        exc_raise(r, &exc_RuntimeError, "%s(): asynchronous generator is already running", names[aw->kind]);
        return ASEND_ERROR;
    }
    aw->state = ASEND_OVER;
    if (g->state == GEN_DONE || (g->state == GEN_CREATED && aw->kind != ASEND_SEND)) {
        bool was_new = g->state == GEN_CREATED;
        g->state = GEN_DONE;
        *out = v_none();
        if (aw->kind == ASEND_CLOSE) return ASEND_DONE;
        if (aw->kind == ASEND_THROW && was_new) {
            r->exc = aw->value;
            return ASEND_ERROR;
        }
        if (!is_undef(aw->dflt)) {
            *out = aw->dflt;
            return ASEND_DONE;
        }
        exc_raise_value(r, v_obj((Obj *)&exc_StopAsyncIteration));
        return ASEND_ERROR;
    }
    bool throwing = false;
    if (aw->kind == ASEND_SEND) {
        if (!gen_push(r, g, top, aw->value)) return ASEND_ERROR;
    } else {
        Value exc = aw->value;
        if (aw->kind == ASEND_CLOSE) {
            Obj *e = exc_new(r, &exc_GeneratorExit, NULL);
            if (!e) return ASEND_ERROR;
            exc = v_obj(e);
        }
        if (!gen_push_throw(r, g, top, exc, &throwing)) return ASEND_ERROR;
    }
    aw->state = ASEND_RUNNING;
    g->awaited = true;
    return throwing ? ASEND_RAISE : ASEND_PUSHED;
}

AsendStep asend_send(Run *r, ObjAsend *aw, Value sent, size_t top, Value *out) {
    ObjGenerator *g = (ObjGenerator *)aw->gen;
    if (aw->state == ASEND_OVER) {
        exc_raise(r, &exc_RuntimeError, aw->kind == ASEND_SEND ? "cannot reuse already awaited __anext__()/asend()"
                                                               : "cannot reuse already awaited aclose()/athrow()");
        return ASEND_ERROR;
    }
    if (aw->state == ASEND_NEW) return asend_start(r, aw, g, top, out);
    return gen_push(r, g, top, sent) ? ASEND_PUSHED : ASEND_ERROR;
}

bool asend_finished(Run *r, ObjAsend *aw, AgenExit how, Value value, Value *out) {
    ((ObjGenerator *)aw->gen)->awaited = false;
    aw->state = ASEND_OVER;
    *out = v_none();
    bool closing = aw->kind == ASEND_CLOSE;
    switch (how) {
    case AGEN_YIELDED:
        if (closing) return exc_raise(r, &exc_RuntimeError, "async generator ignored GeneratorExit");
        *out = value;
        return true;
    case AGEN_RETURNED:
        if (closing) return true;
        if (!is_undef(aw->dflt)) {
            *out = aw->dflt;
            return true;
        }
        return exc_raise_value(r, v_obj((Obj *)&exc_StopAsyncIteration));
    case AGEN_RAISED:
        if (closing && (exc_pending_is(r, &exc_GeneratorExit) || exc_pending_is(r, &exc_StopAsyncIteration))) {
            exc_clear(r);
            return true;
        }
        return false;
    }
    return false;
}

// ---- the types ----

static const MethodDef gen_methods[] = {
    {"close", gen_close},
    {"send", gen_send, METHOD_RESUMES},
    {"throw", gen_throw},
};

const ObjType type_generator = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "generator",
    .id = TYPE_GENERATOR,
    .base_type = &type_object,
    .methods = gen_methods,
    .method_count = sizeof gen_methods / sizeof *gen_methods,
    .slots = {
        .repr = gen_repr,
        .hash = identity_hash,
        .iter = iter_self,
        .next = gen_next,
        .getattr = gen_getattr,
        .trace = gen_trace,
        .free = gen_free,
    },
};

const ObjType type_coroutine = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "coroutine",
    .id = TYPE_GENERATOR,
    .base_type = &type_object,
    .methods = gen_methods,
    .method_count = sizeof gen_methods / sizeof *gen_methods,
    .slots = {
        .repr = gen_repr,
        .hash = identity_hash,
        .getattr = gen_getattr,
        .trace = gen_trace,
        .free = gen_free,
    },
};

static const MethodDef agen_methods[] = {
    {"__aiter__", agen_aiter},
    {"__anext__", agen_anext},
    {"aclose", agen_aclose},
    {"asend", agen_asend},
    {"athrow", agen_athrow},
};

const ObjType type_async_generator = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "async_generator",
    .id = TYPE_GENERATOR,
    .base_type = &type_object,
    .methods = agen_methods,
    .method_count = sizeof agen_methods / sizeof *agen_methods,
    .slots = {
        .repr = gen_repr,
        .hash = identity_hash,
        .getattr = gen_getattr,
        .trace = gen_trace,
        .free = gen_free,
    },
};

const ObjType type_asend = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "async_generator_asend",
    .id = TYPE_GENERATOR,
    .base_type = &type_object,
    .slots = {
        .repr = asend_repr,
        .hash = identity_hash,
        .trace = asend_trace,
    },
};
