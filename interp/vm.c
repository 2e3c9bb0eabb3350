// The VM: one dispatch loop over the run's frames. A Python call pushes a Frame and keeps
// looping — the C stack does not grow with Python recursion. `ip`, `sp` and the locals
// pointer live in C locals; they are written back to the frame (SYNC) before anything that
// can push a frame, re-enter the loop or move the stack, and re-read (LOAD) after.
// Generators resumed by a `for` loop or `yield from` run in the same loop; only a built-in
// that calls back into Python (sorted's key=, list(gen)) re-enters vm_loop on the C stack,
// and that depth is counted.
#include "interp/vm.h"
#include "interp/vm_callbacks.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/builtins.h"
#include "interp/exc.h"
#include "interp/format.h"
#include "interp/frame.h"
#include "interp/gc.h"
#include "interp/gen_final.h"
#include "interp/mod_asyncio.h"
#include "interp/mod_functools.h"
#include "interp/mod_enum.h"
#include "interp/mod_typing.h"
#include "interp/match.h"
#include "interp/modules.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_class_meta.h"
#include "interp/obj_dict.h"
#include "interp/obj_external.h"
#include "interp/obj_float.h"
#include "interp/obj_func.h"
#include "interp/obj_gen.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_set.h"
#include "interp/obj_slice.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/obj_typealias.h"
#include "interp/opcodes.h"
#include "interp/ops.h"
#include "parser/ast.h"

// guard: built-ins calling back into Python nest C frames; past this, RecursionError
enum { VM_MAX_NATIVE_DEPTH = 200, VM_CLOCK_EVERY = 1 << 12, VM_MAX_KWNAMES = 255 };

// The instruction and time limits, checked every VM_CLOCK_EVERY instructions.
static bool vm_check_limits(Run *r, uint64_t done) {
    r->instructions += done;
    // guard: the deterministic instruction limit
    if (r->max_instructions && r->instructions >= r->max_instructions) {
        r->abort = ABORT_INSTRUCTIONS;
        return false;
    }
    // guard: the wall-time limit
    if (r->deadline_ns && run_now_ns() >= r->deadline_ns) {
        r->abort = ABORT_DURATION;
        return false;
    }
    return true;
}

Value vm_handling(const Run *r) {
    for (uint32_t k = r->frame_count; k > 0; k--) {
        if (!is_undef(r->frames[k - 1].handling)) return r->frames[k - 1].handling;
    }
    return v_undef();
}

// A fresh raise chains to the exception being handled, as CPython's _PyErr_SetObject does.
static void vm_set_context(Run *r, Value exc) {
    Value handling = vm_handling(r);
    if (is_undef(handling) || !is_exception(exc) || handling.as.obj == exc.as.obj) return;
    // break a cycle the new context would close
    for (Value o = handling; is_exception(o);) {
        ObjException *oe = (ObjException *)o.as.obj;
        if (is_exception(oe->context) && oe->context.as.obj == exc.as.obj) {
            oe->context = v_undef();
            break;
        }
        o = oe->context;
    }
    ((ObjException *)exc.as.obj)->context = handling;
}

// ---- calls ----

size_t vm_top(const Run *r) {
    return r->frame_count ? r->frames[r->frame_count - 1].sp : 0;
}

static VmExit vm_loop(Run *r, uint32_t stop, bool throwing, Value *result);
static bool vm_call_ex_push(Run *r, Value callee, Value args, Value kwargs, size_t top,
                            bool *pushed, Value *out);

bool vm_can_nest(Run *r) {
    // guard: C recursion through built-ins that call Python code
    if (r->native_depth >= VM_MAX_NATIVE_DEPTH) {
        return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded");
    }
    return true;
}

VmExit vm_run_frames(Run *r, uint32_t stop, bool throwing, Value *result) {
    r->native_depth++;
    VmExit e = vm_loop(r, stop, throwing, result);
    r->native_depth--;
    return e;
}

bool vm_call(Run *r, Value callee, const Args *a, Value *out) {
    if (!is_function(callee)) return ops_call(r, callee, a, out);
    if (!vm_can_nest(r)) return false;
    const Code *code = ((ObjFunction *)callee.as.obj)->code;
    size_t top = vm_top(r);
    // the arguments may point into the stack: copy them before it can move
    Value buf[16];
    Value *pos = a->npos + a->nkw <= 16 ? buf : mem_alloc(r, (a->npos + a->nkw) * sizeof(Value));
    if (!pos) return false;
    if (a->npos) memcpy(pos, a->pos, a->npos * sizeof(Value));
    if (a->nkw) memcpy(pos + a->npos, a->kwvalues, a->nkw * sizeof(Value));
    Args copy = {pos, a->npos, a->nkw, pos + a->npos, a->kwnames};
    bool ok = frame_reserve(r, top, frame_slots(code)) && frame_push_call(r, callee.as.obj, &copy, top);
    if (pos != buf) mem_free(r, pos, (a->npos + a->nkw) * sizeof(Value));
    if (!ok) return false;
    uint32_t stop = r->frame_count - 1;
    if (code->flags & (CODE_GENERATOR | CODE_COROUTINE)) return gen_capture(r, out);
    return vm_run_frames(r, stop, false, out) == VM_RETURN;
}

// ---- the dispatch loop ----

static bool vm_unbound_local(Run *r, const Code *code, uint32_t slot) {
    return exc_raise(r, &exc_UnboundLocalError,
                     "cannot access local variable '%s' where it is not associated with a value",
                     ((ObjStr *)code->varnames[slot])->data);
}

static bool vm_unbound_deref(Run *r, const Code *code, uint32_t index) {
    if (index < code->cell_count) {
        return exc_raise(r, &exc_UnboundLocalError,
                         "cannot access local variable '%s' where it is not associated with a value",
                         ((ObjStr *)code->cellnames[index])->data);
    }
    Obj *name = code->freenames[index - code->cell_count];
    exc_raise(r, &exc_NameError,
              "cannot access free variable '%s' where it is not associated with a value in "
              "enclosing scope",
              ((ObjStr *)name)->data);
    exc_set_name(r, name, v_undef());  // for "Did you mean"
    return false;
}

static inline struct GlobalCache *vm_global_slot(Run *r, const Code *code, uint32_t k) {
    return &r->global_cache[((uintptr_t)code / 64 + k) & (RUN_GLOBAL_CACHE - 1)];
}

// The entry of globals[names[k]] if r->global_cache knows where it is, else NULL.
static inline DictEntry *vm_global_entry(Run *r, const Code *code, uint32_t k, Obj *globals) {
    const struct GlobalCache *c = vm_global_slot(r, code, k);
    ObjDict *d = (ObjDict *)globals;
    if (c->code == code && c->name == k && c->dict == globals && c->key && c->ix < d->nentries) {
        DictEntry *e = &d->entries[c->ix];
        // entries are never reused for another key without a collection or a resize, which
        // moves the key: the same key object at ix is the same name
        if (e->key.tag == VAL_OBJ && e->key.as.obj == c->key) return e;
    }
    return NULL;
}

// True if r->global_cache knows names[k] is not in globals: a key is only ever added by
// appending an entry (nentries grows) or by replacing the tables (the version changes).
static inline bool vm_global_known_absent(Run *r, const Code *code, uint32_t k, Obj *globals) {
    const struct GlobalCache *c = vm_global_slot(r, code, k);
    const ObjDict *d = (const ObjDict *)globals;
    return c->code == code && c->name == k && c->dict == globals && !c->key &&
           c->ix == d->nentries && c->version == d->version;
}

// globals[names[k]], or the builtin of that name, if r->global_cache knows; else undef.
static inline Value vm_global_cached(Run *r, const Code *code, uint32_t k, Obj *globals) {
    const DictEntry *e = vm_global_entry(r, code, k, globals);
    if (e) return e->value;
    return vm_global_known_absent(r, code, k, globals) ? code->name_builtins[k] : v_undef();
}

// globals[names[k]] through r->global_cache: undef if absent.
static Value vm_global_get(Run *r, const Code *code, uint32_t k, Obj *globals) {
    const DictEntry *e = vm_global_entry(r, code, k, globals);
    if (e) return e->value;
    struct GlobalCache *c = vm_global_slot(r, code, k);
    ObjDict *d = (ObjDict *)globals;
    int64_t ix = dict_find_str(globals, (ObjStr *)code->names[k]);
    if (ix < 0) {
        *c = (struct GlobalCache){code, k, globals, NULL, d->nentries, d->version};
        return v_undef();
    }
    *c = (struct GlobalCache){code, k, globals, d->entries[ix].key.as.obj, (size_t)ix, 0};
    return d->entries[ix].value;
}

static bool vm_load_global(Run *r, const Code *code, uint32_t k, Obj *globals, Value *out) {
    Obj *name = code->names[k];
    *out = vm_global_get(r, code, k, globals);
    if (!is_undef(*out)) return true;
    *out = code->name_builtins[k];
    if (!is_undef(*out)) return true;
    exc_raise(r, &exc_NameError, "name '%s' is not defined", ((ObjStr *)name)->data);
    exc_set_name(r, name, v_undef());
    return false;
}

// globals[names[k]] = val, then the name's entry is in r->global_cache for the next store.
static bool vm_store_global(Run *r, const Code *code, uint32_t k, Obj *globals, Value val) {
    if (!dict_set(r, globals, v_obj(code->names[k]), val)) return false;
    (void)vm_global_get(r, code, k, globals);
    return true;
}

// LOAD_FAST read r->concat_str: the read of `s += t`'s own s, or a reference escaping.
static void vm_concat_read(Run *r) {
    if (r->concat_loaded) r->concat_str = NULL;
    r->concat_loaded = true;
}

// `s += t` on strs, s a local about to be reassigned (the next instruction is STORE_FAST to
// the local that holds s). If s is the str the previous such statement built and LOAD_FAST
// has read it only once since (this statement's read of s), the local and this stack entry
// are its only references, as CPython's refcount 2 proves: t is appended in place. Otherwise
// a fresh str with room to grow becomes the local's.
static bool vm_concat_local(Run *r, ObjStr *s, ObjStr *t, Value *out) {
    if (&s->base == r->concat_str && r->concat_loaded && str_append_in_place(s, t)) {
        r->concat_loaded = false;
        *out = v_obj(&s->base);
        return true;
    }
    Obj *n = str_concat_growable(r, s, t);
    if (!n) return false;
    r->concat_str = n;
    r->concat_loaded = false;
    *out = v_obj(n);
    return true;
}

static bool vm_is_concat_local(uint32_t arg, Value a, Value b, uint32_t next, const Value *locals) {
    return arg == (AST_OP_ADD | BINARY_INPLACE) && is_str(a) && is_str(b) &&
           insn_op(next) == OP_STORE_FAST && locals[insn_arg(next)].tag == VAL_OBJ &&
           locals[insn_arg(next)].as.obj == a.as.obj;
}

// int op int without leaving int64, or false to take the general path.
static bool vm_int_binary(int op, int64_t a, int64_t b, int64_t *out) {
    int64_t v;
    switch (op) {
    case AST_OP_ADD: if (__builtin_add_overflow(a, b, &v)) return false; break;
    case AST_OP_SUB: if (__builtin_sub_overflow(a, b, &v)) return false; break;
    case AST_OP_MUL: if (__builtin_mul_overflow(a, b, &v)) return false; break;
    case AST_OP_FLOORDIV:
        if (b == 0 || (a == INT64_MIN && b == -1)) return false;
        v = a / b;
        if ((a % b != 0) && ((a < 0) != (b < 0))) v--;
        break;
    case AST_OP_MOD:
        if (b == 0 || (a == INT64_MIN && b == -1)) return false;
        v = a % b;
        if (v != 0 && ((v < 0) != (b < 0))) v += b;
        break;
    case AST_OP_BITAND: v = a & b; break;
    case AST_OP_BITOR: v = a | b; break;
    case AST_OP_BITXOR: v = a ^ b; break;
    default: return false;
    }
    *out = v;
    return true;
}

static bool vm_int_compare(int op, int64_t a, int64_t b) {
    switch (op) {
    case AST_CMP_EQ: return a == b;
    case AST_CMP_NE: return a != b;
    case AST_CMP_LT: return a < b;
    case AST_CMP_LE: return a <= b;
    case AST_CMP_GT: return a > b;
    default: return a >= b;
    }
}

// As vm_int_compare; C's comparisons of NaN agree with Python's.
static bool vm_float_compare(int op, double a, double b) {
    switch (op) {
    case AST_CMP_EQ: return a == b;
    case AST_CMP_NE: return a != b;
    case AST_CMP_LT: return a < b;
    case AST_CMP_LE: return a <= b;
    case AST_CMP_GT: return a > b;
    default: return a >= b;
    }
}

static bool vm_truthy(Run *r, Value v, bool *out) {
    if (v.tag == VAL_BOOL) {
        *out = v.as.b;
        return true;
    }
    return ops_truthy(r, v, out);
}

// `except T:` accepts an exception class or a tuple of them.
// raise exc [from cause]
static bool vm_raise(Run *r, Value exc, Value cause) {
    Obj *e = NULL;
    if (is_exception(exc)) {
        e = exc.as.obj;
    } else if (exc.tag == VAL_OBJ && exc.as.obj->type == &type_type &&
               type_is_subtype((const ObjType *)exc.as.obj, &exc_BaseException)) {
        Value inst;
        Args none = {0};
        if (!ops_call(r, exc, &none, &inst)) return false;
        e = inst.as.obj;
    } else {
        return exc_raise(r, &exc_TypeError, "exceptions must derive from BaseException");
    }
    if (!is_undef(cause)) {
        Value c = cause;
        if (cause.tag == VAL_OBJ && cause.as.obj->type == &type_type &&
            type_is_subtype((const ObjType *)cause.as.obj, &exc_BaseException)) {
            Args none = {0};
            if (!gc_push_root(r, v_obj(e))) return false;
            bool ok = ops_call(r, cause, &none, &c);
            gc_pop_roots(r, 1);
            if (!ok) return false;
        } else if (!is_none(cause) && !is_exception(cause)) {
            return exc_raise(r, &exc_TypeError, "exception causes must derive from BaseException");
        }
        ((ObjException *)e)->cause = c;
        ((ObjException *)e)->suppress_context = true;
    }
    r->exc = v_obj(e);
    return false;
}

static bool vm_unpack(Run *r, Value seq, uint32_t before, uint32_t after, bool star, size_t dst);

// How CPython names a callable in argument errors: "__main__.f()", "print()".
static void vm_callable_name(Value callee, char *buf, size_t n) {
    if (is_function(callee)) {
        snprintf(buf, n, "__main__.%s()", as_str(v_obj(((ObjFunction *)callee.as.obj)->qualname))->data);
    } else if (callee.tag == VAL_OBJ && callee.as.obj->type == &type_builtin) {
        snprintf(buf, n, "%s()", ((ObjBuiltin *)callee.as.obj)->def->name);
    } else if (is_bound_method(callee) && is_function(((ObjBoundMethod *)callee.as.obj)->func)) {
        vm_callable_name(((ObjBoundMethod *)callee.as.obj)->func, buf, n);
    } else if (is_class_value(callee)) {
        snprintf(buf, n, "__main__.%s()", type_qualname((const ObjType *)callee.as.obj));
    } else if (callee.tag == VAL_OBJ && callee.as.obj->type == &type_type) {
        snprintf(buf, n, "%s()", ((const ObjType *)callee.as.obj)->name);
    } else {
        snprintf(buf, n, "%s object", value_type_name(callee));
    }
}

// "__main__.f() argument after * must be an iterable, not int"
static bool vm_call_arg_error(Run *r, Value callee, const char *stars, const char *want, Value got) {
    char name[300];
    vm_callable_name(callee, name, sizeof name);
    return exc_raise(r, &exc_TypeError, "%s argument after %s must be %s, not %s", name, stars,
                     want, value_type_name(got));
}

// [*x] and (*x,): CPython names the display's problem when x is neither an iterable nor a
// sequence.
static bool vm_check_star_display(Run *r, Value v) {
    const TypeSlots *s = &value_type(v)->slots;
    if (s->iter || s->getitem) return true;
    return exc_raise(r, &exc_TypeError, "Value after * must be an iterable, not %s",
                     value_type_name(v));
}

// f(**src) where src (in stack slot src_off) is no dict: a mapping is read into a dict that
// takes its place (the stack may move meanwhile, the slot stays); anything else is an error.
static bool vm_kwargs_to_dict(Run *r, size_t src_off, Value callee) {
    Value m;
    if (!dict_from_mapping(r, r->stack[src_off], &m)) return false;
    if (is_undef(m)) return vm_call_arg_error(r, callee, "**", "a mapping", r->stack[src_off]);
    r->stack[src_off] = m;
    return true;
}

// f(**src): str keys only, none given twice
static bool vm_dict_merge(Run *r, Obj *d, Value src, Value callee) {
    size_t pos = 0;
    Value key, val;
    bool any_keys = callee.tag == VAL_OBJ && callee.as.obj->type == &type_builtin &&
                    (((ObjBuiltin *)callee.as.obj)->def->flags & METHOD_ANY_KEYWORDS);
    while (dict_next(src.as.obj, &pos, &key, &val)) {
        if (!is_str(key) && any_keys) continue;
        if (!is_str(key)) return exc_raise(r, &exc_TypeError, "keywords must be strings");
        if (!is_undef(dict_get_str(d, as_str(key)))) {
            char name[300];
            vm_callable_name(callee, name, sizeof name);
            return exc_raise(r, &exc_TypeError, "%s got multiple values for keyword argument '%s'",
                             name, as_str(key)->data);
        }
        if (!dict_set(r, d, key, val)) return false;
    }
    return true;
}

static bool vm_build_string(Run *r, Value *items, uint32_t n, Value *out) {
    size_t total = 0;
    for (uint32_t k = 0; k < n; k++) total += as_str(items[k])->len;
    Buf b;
    buf_init(&b, r);
    if (!buf_reserve(&b, total)) return false;
    for (uint32_t k = 0; k < n; k++) {
        if (!buf_append(&b, as_str(items[k])->data, as_str(items[k])->len)) return false;
    }
    Obj *s = buf_to_str(&b);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static bool vm_make_function(Run *r, Value *sp, uint32_t flags, const Code *code, Obj *globals,
                             Value *out) {
    Obj *fn = function_new(r, code, globals);
    if (!fn) return false;
    ObjFunction *f = (ObjFunction *)fn;
    uint32_t k = 0;
    if (flags & 4) f->closure = sp[-(int)++k].as.obj;
    if (flags & 2) f->kwdefaults = sp[-(int)++k].as.obj;
    if (flags & 1) f->defaults = sp[-(int)++k].as.obj;
    *out = v_obj(fn);
    return true;
}

// CALL_EX's arguments: a tuple of positionals and a dict of keywords (str keys).
bool vm_call_ex(Run *r, Value callee, Value args, Value kwargs, Value *out) {
    ObjTuple *t = (ObjTuple *)args.as.obj;
    Args a = {t->items, (uint32_t)t->len, 0, NULL, NULL};
    Value *kw = NULL;
    Obj **names = NULL;
    size_t n = 0;
    if (!is_undef(kwargs)) {
        n = dict_len(kwargs.as.obj);
        kw = mem_alloc(r, (n ? n : 1) * sizeof *kw);
        names = mem_alloc(r, (n ? n : 1) * sizeof *names);
        if (!kw || !names) {
            if (kw) mem_free(r, kw, (n ? n : 1) * sizeof *kw);
            return false;
        }
        size_t pos = 0, k = 0;
        Value key, val;
        while (dict_next(kwargs.as.obj, &pos, &key, &val)) {
            names[k] = key.as.obj;
            kw[k++] = val;
        }
        a.nkw = (uint32_t)n;
        a.kwvalues = kw;
        a.kwnames = names;
    }
    bool ok = vm_call(r, callee, &a, out);
    if (kw) mem_free(r, kw, (n ? n : 1) * sizeof *kw);
    if (names) mem_free(r, names, (n ? n : 1) * sizeof *names);
    return ok;
}

// Sets up a call of `callee` whose arguments are a (which may point into the stack at or
// above `top`). A Python function gets a frame pushed at `top` (*pushed = true); anything
// else is called now and its result stored in *out.
// Pushes the frame of an asyncio loop (mod_asyncio.c) at stack offset `top`.
static bool vm_push_loop(Run *r, Obj *loop, Obj *globals, size_t top) {
    if (r->frame_count >= r->max_depth) {
        return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded");
    }
    if (!gc_push_root(r, v_obj(loop))) return false;
    bool ok = frame_reserve(r, top, frame_slots(&asyncio_loop_code)) && frame_room(r);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    r->stack[top] = v_obj(loop);
    r->frames[r->frame_count++] = (Frame){
        .code = &asyncio_loop_code,
        .globals = globals,
        .base = (uint32_t)top,
        .sp = (uint32_t)top + 1,
        .handling = v_undef(),
    };
    return true;
}

// asyncio.run(main): a loop frame running main to completion, pushed at `top`.
static bool vm_asyncio_run(Run *r, const Args *a, size_t top) {
    bool debug_only = a->nkw == 0 || (a->nkw == 1 && str_equal_cstr((const ObjStr *)a->kwnames[0], "debug"));
    if (a->npos != 1 || !debug_only) {
        return exc_raise(r, &exc_TypeError, "run() takes one argument, a coroutine (and debug=)");
    }
    Value main = a->pos[0];
    if (!is_coroutine(main) && !is_future(main)) {
        return exc_raise(r, &exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
    }
    for (uint32_t k = 0; k < r->frame_count; k++) {
        if (r->frames[k].code == &asyncio_loop_code) {
            return exc_raise(r, &exc_RuntimeError, "asyncio.run() cannot be called from a running event loop");
        }
    }
    if (!gc_push_root(r, main)) return false;
    Obj *loop = loop_new(r, main);
    gc_pop_roots(r, 1);
    return loop && vm_push_loop(r, loop, r->frames[r->frame_count - 1].globals, top);
}

static bool is_asyncio_run(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_builtin &&
           ((ObjBuiltin *)v.as.obj)->def == &asyncio_run_def;
}

// Whether v is a hidden generator standing for a filter, whose StopIteration ends a loop.
static bool vm_callbacks_gen_stops(Value v) {
    return is_generator(v) && callbacks_stop_ends(((const ObjGenerator *)v.as.obj)->frame.code);
}

typedef enum ForCallback { FOR_CB_NONE, FOR_CB_ERROR, FOR_CB_END, FOR_CB_GEN, FOR_CB_CALL } ForCallback;

// FOR_ITER over a map or filter (in stack slot `slot`) whose function is Python code: the VM
// makes the calls (vm_callbacks.c). A filter: a hidden generator takes its place and its frame
// is pushed (GEN). A map: its function and next arguments go above it (CALL: the caller runs
// CALL_EX, whose value lands where FOR_ITER's item goes), or it is exhausted (END). NONE: a
// built-in function, which FOR_ITER calls as usual.
static __attribute__((noinline)) ForCallback vm_for_callback(Run *r, size_t slot) {
    Value v = r->stack[slot];
    if (filter_calls_python(v)) {
        Obj *g = filter_runner(r, v);
        if (!g) return FOR_CB_ERROR;
        r->stack[slot] = v_obj(g);
        return gen_push(r, (ObjGenerator *)g, slot + 1, v_undef()) ? FOR_CB_GEN : FOR_CB_ERROR;
    }
    if (!map_calls_python(v)) return FOR_CB_NONE;
    Value args;
    if (!frame_reserve(r, slot + 1, 2)) return FOR_CB_ERROR;
    IterStep s = map_next_args(r, v, &args);  // may run Python code and move the stack
    if (s != ITER_ITEM) return s == ITER_END ? FOR_CB_END : FOR_CB_ERROR;
    r->stack[slot + 1] = map_func(v);
    r->stack[slot + 2] = args;
    r->frames[r->frame_count - 1].sp = (uint32_t)(slot + 3);
    return FOR_CB_CALL;
}

// A generator the VM can drain (not running, not finished), or a map whose calls it makes.
static inline bool vm_drains(Value v) {
    if (v.tag != VAL_OBJ) return false;
    if (is_generator(v)) {
        GenState s = ((ObjGenerator *)v.as.obj)->state;
        return s == GEN_CREATED || s == GEN_SUSPENDED;
    }
    return (is_map(v) && map_calls_python(v)) || (is_filter(v) && filter_calls_python(v));
}

// Whether a call of `callee` with `a` consumes the generator in a->pos[0] whole, so that the
// VM may drain it first (vm_drain_start): built-ins marked METHOD_DRAINS and the container
// types, given that generator alone.
static bool vm_call_drains(Value callee, const Args *a) {
    if (a->npos != 1 || a->nkw || !vm_drains(a->pos[0]) || callee.tag != VAL_OBJ) return false;
    const Obj *o = callee.as.obj;
    if (o->type == &type_builtin) return ((const ObjBuiltin *)o)->def->flags & METHOD_DRAINS;
    return o == &type_list.base || o == &type_tuple.base || o == &type_set.base ||
           o == &type_frozenset.base || o == &type_dict.base;
}

bool vm_drain_run(Run *r, Value gen, Obj *list) {
    if (!gen_push(r, (ObjGenerator *)gen.as.obj, vm_top(r), v_undef())) return false;
    r->frames[r->frame_count - 1].drain = list;
    return true;
}

// Runs the generator in stack slot `slot` to its end in a frame of its own, its yields going
// into a new list that takes its place in the slot; when it returns, the instruction that
// started this runs again, on the list (see OP_RETURN_VALUE). So external calls inside a
// generator that sum(), list(), "".join() or f(*gen) consume can suspend the run: nothing
// runs on the C stack.
static bool vm_drain_start(Run *r, size_t slot) {
    Value gen = r->stack[slot];
    if (!is_generator(gen)) {
        // a map or a filter: a hidden generator stands for it
        Obj *g = is_map(gen) ? map_drainer(r, gen) : filter_runner(r, gen);
        if (!g) return false;
        gen = v_obj(g);
    }
    if (!gc_push_root(r, gen)) return false;
    Obj *list = list_new(r, 0);
    bool ok = list && gc_push_root(r, v_obj(list));
    if (ok) {
        ok = vm_drain_run(r, gen, list);
        if (ok) r->stack[slot] = v_obj(list);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// sorted()/min()/max() with a key written in Python: the VM computes the keys first (see
// vm_callbacks.c); for sorted(gen, key=f) it drains the generator before that, as sorted lists it.
static bool vm_keys_start(Run *r, size_t callee_off, const Args *a, int key) {
    if (vm_drains(a->pos[0])) return vm_drain_start(r, callee_off + 1);
    return keys_start(r, r->stack + callee_off, a, key);
}

// SEND to a delegate the VM does not run: next(sub) for None, else sub.send(v), as CPython's
// SEND does; a StopIteration ends the delegation with its value (ITER_END, *out).
static IterStep vm_send_other(Run *r, Value sub, Value v, Value *out) {
    if (is_none(v) && value_type(sub)->slots.next) {
        *out = v_undef();
        IterStep s = ops_next(r, sub, out);
        if (s == ITER_END && is_undef(*out)) *out = v_none();  // an end may carry a value (anext's)
        return s;
    }
    Value meth;
    if (!ops_getattr_cstr(r, sub, "send", &meth) || !gc_push_root(r, meth)) return ITER_ERROR;
    Args a = {&v, 1, 0, NULL, NULL};
    bool ok = ops_call(r, meth, &a, out);
    gc_pop_roots(r, 1);
    if (ok) return ITER_ITEM;
    if (!exc_pending_is(r, &exc_StopIteration)) return ITER_ERROR;
    *out = ((ObjException *)r->exc.as.obj)->value;
    if (is_undef(*out)) *out = v_none();
    exc_clear(r);
    return ITER_END;
}

static bool vm_call_attr(Run *r, Value obj, const char *name, Value *out);

// What `await v` delegates to (kind: AwaitKind): a coroutine, a future, an async generator's
// awaitable, or the iterator v.__await__() returns, with CPython's errors.
static bool vm_get_awaitable(Run *r, Value v, uint32_t kind, Value *out) {
    *out = v;
    if (is_coroutine(v)) {
        if (((ObjGenerator *)v.as.obj)->state != GEN_DONE) return true;
        return exc_raise(r, &exc_RuntimeError, "cannot reuse already awaited coroutine");
    }
    if (is_future(v) || is_asend(v)) return true;
    if (!vm_call_attr(r, v, "__await__", out)) {
        if (!exc_pending_is(r, &exc_AttributeError)) return false;
        exc_clear(r);
        if (kind == AWAIT_PLAIN) return exc_raise(r, &exc_TypeError, "'%T' object can't be awaited", v);
        return exc_raise(r, &exc_TypeError,
                         "'async with' received an object from %s that does not implement __await__: %T",
                         kind == AWAIT_AENTER ? "__aenter__" : "__aexit__", v);
    }
    if (is_coroutine(*out)) return exc_raise(r, &exc_TypeError, "__await__() returned a coroutine");
    if (!value_type(*out)->slots.next) {
        return exc_raise(r, &exc_TypeError, "__await__() returned non-iterator of type '%T'", *out);
    }
    return true;
}

// obj.name(), or false with AttributeError when obj has no such attribute.
static bool vm_call_attr(Run *r, Value obj, const char *name, Value *out) {
    Value meth;
    if (!ops_getattr_cstr(r, obj, name, &meth) || !gc_push_root(r, meth)) return false;
    Args none = {0};
    bool ok = ops_call(r, meth, &none, out);
    gc_pop_roots(r, 1);
    return ok;
}

// `async for`'s iterator: obj.__aiter__(), with CPython's errors.
static bool vm_get_aiter(Run *r, Value obj, Value *out) {
    if (is_async_generator(obj)) {
        *out = obj;
        return true;
    }
    if (!vm_call_attr(r, obj, "__aiter__", out)) {
        if (!exc_pending_is(r, &exc_AttributeError)) return false;
        exc_clear(r);
        return exc_raise(r, &exc_TypeError, "'async for' requires an object with __aiter__ method, got %s",
                         value_type_name(obj));
    }
    if (is_async_generator(*out)) return true;
    if (!gc_push_root(r, *out)) return false;
    Value anext;
    bool has = ops_getattr_cstr(r, *out, "__anext__", &anext);
    gc_pop_roots(r, 1);
    if (has || !exc_pending_is(r, &exc_AttributeError)) return has;
    exc_clear(r);
    return exc_raise(r, &exc_TypeError,
                     "'async for' received an object from __aiter__ that does not implement __anext__: %s",
                     value_type_name(*out));
}

// The awaitable of `async for`'s next item: aiter.__anext__(), with CPython's errors.
static bool vm_get_anext(Run *r, Value aiter, Value *out) {
    if (is_async_generator(aiter)) return asend_new(r, aiter, ASEND_SEND, v_none(), v_undef(), out);
    if (!vm_call_attr(r, aiter, "__anext__", out)) {
        if (!exc_pending_is(r, &exc_AttributeError)) return false;
        exc_clear(r);
        return exc_raise(r, &exc_TypeError, "'async for' requires an iterator with __anext__ method, got %s",
                         value_type_name(aiter));
    }
    if (is_coroutine(*out) || is_future(*out) || is_asend(*out)) return true;
    return exc_raise(r, &exc_TypeError, "'async for' received an invalid object from __anext__: %s",
                     value_type_name(*out));
}

// Records a call of external function `callee` for the host (r->call_*), whose arguments
// are `targs` (a tuple) and `kwargs` (a dict, or undef). Only the outermost dispatch loop can
// suspend: under a built-in that called back into Python code, the call is refused.
static bool vm_external_call(Run *r, Value callee, Value targs, Value kwargs) {
    if (r->native_depth > 0) return external_refuse_call(r, callee);
    ObjExternal *x = (ObjExternal *)callee.as.obj;
    if (x->is_async) {
        // what the call returns: a future the host completes, now or later
        if (!gc_push_root(r, targs) || !gc_push_root(r, kwargs)) return false;
        r->call_future = future_external_new(r, x->name);
        gc_pop_roots(r, 2);
        if (!r->call_future) return false;
    }
    r->call_fn = callee.as.obj;
    r->call_args = targs;
    r->call_kwargs = kwargs;
    r->suspended_ns = run_now_ns();
    return true;
}

// The Args of an OP_CALL or OP_CALL_KW as a tuple and a dict, for vm_external_call.
static bool vm_external_call_args(Run *r, Value callee, const Args *a) {
    Obj *t = tuple_new(r, a->npos);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    for (uint32_t k = 0; k < a->npos; k++) ((ObjTuple *)t)->items[k] = a->pos[k];
    Value kwargs = v_undef();
    bool ok = true;
    if (a->nkw) {
        Obj *d = dict_new_presized(r, a->nkw);
        ok = d != NULL;
        for (uint32_t k = 0; ok && k < a->nkw; k++) {
            ok = dict_set(r, d, v_obj(a->kwnames[k]), a->kwvalues[k]);
        }
        kwargs = ok ? v_obj(d) : kwargs;
    }
    gc_pop_roots(r, 1);
    return ok && vm_external_call(r, callee, v_obj(t), kwargs);
}

// A call of a Python function (not a generator) with exactly its positional parameters.
static bool vm_is_plain_function_call(Value callee, uint32_t npos) {
    if (!is_function(callee)) return false;
    const Code *code = ((ObjFunction *)callee.as.obj)->code;
    return npos == code->argcount && code->kwonlycount == 0 &&
           !(code->flags & (CODE_VARARGS | CODE_VARKEYWORDS | CODE_GENERATOR | CODE_COROUTINE));
}

// Whether the call the top frame is making (its ip just past the CALL) hands its result
// straight to GET_ITER: a generator it makes then has the loop's slot as only reference.
static bool vm_call_feeds_loop(const Run *r) {
    const Frame *f = &r->frames[r->frame_count - 1];
    if (f->ip == 0 || f->ip >= f->code->insn_count) return false;
    Opcode call = insn_op(f->code->insns[f->ip - 1]);
    return insn_op(f->code->insns[f->ip]) == OP_GET_ITER &&
           (call == OP_CALL || call == OP_CALL_KW || call == OP_CALL_EX || call == OP_CALL_METHOD ||
            call == OP_CALL_METHOD_KW);
}

// Whether iter(obj) made the generator it gave: obj's class has a generator __iter__.
static bool vm_iter_is_fresh(Value obj) {
    const ObjType *t = value_type(obj);
    if (!type_is_class(t)) return false;
    Value fn = class_lookup(t, "__iter__");
    return is_function(fn) && (((ObjFunction *)fn.as.obj)->code->flags & CODE_GENERATOR);
}

// The call of a generator function (its frame on top) makes the generator.
static bool vm_capture_call(Run *r, Value *out) {
    if (!gen_capture(r, out)) return false;
    gen_set_loop_owned(*out, vm_call_feeds_loop(r));
    return true;
}

// iter(obj) for a loop or comprehension, which then holds a generator it made (gen_final.c).
static bool vm_get_iter(Run *r, Value obj, Value *out) {
    if (!ops_iter(r, obj, out)) return false;
    if (is_generator(*out) && !is_generator(obj)) gen_set_loop_owned(*out, vm_iter_is_fresh(obj));
    return true;
}

static bool vm_invoke(Run *r, Value callee, Args *a, size_t top, bool *pushed, Value *out) {
    *pushed = false;
    if (is_function(callee)) {
        const Code *code = ((ObjFunction *)callee.as.obj)->code;
        Value *old = r->stack;
        if (!frame_reserve(r, top, frame_slots(code))) return false;
        if (r->stack != old) {
            // the stack moved: rebase argument pointers that pointed into it
            ptrdiff_t d = r->stack - old;
            if (a->pos >= old && a->pos < old + r->stack_cap) a->pos += d;
            if (a->kwvalues >= old && a->kwvalues < old + r->stack_cap) a->kwvalues += d;
        }
        if (!frame_push_call(r, callee.as.obj, a, top)) return false;
        if (code->flags & (CODE_GENERATOR | CODE_COROUTINE)) return vm_capture_call(r, out);
        *pushed = true;
        return true;
    }
    if (__builtin_expect(is_asyncio_run(callee), 0)) {
        if (!vm_asyncio_run(r, a, top)) return false;
        *pushed = true;
        return true;
    }
    // native code may re-enter the VM and move the stack: give it private copies
    Value buf[16];
    uint32_t n = a->npos + a->nkw;
    Value *copy = n <= 16 ? buf : mem_alloc(r, n * sizeof(Value));
    if (!copy) return false;
    if (a->npos) memcpy(copy, a->pos, a->npos * sizeof(Value));
    if (a->nkw) memcpy(copy + a->npos, a->kwvalues, a->nkw * sizeof(Value));
    Args c = {copy, a->npos, a->nkw, copy + a->npos, a->kwnames};
    bool ok = ops_call(r, callee, &c, out);
    if (copy != buf) mem_free(r, copy, n * sizeof(Value));
    return ok;
}

// ---- lru_cache ----

// A call of an lru_cache wrapper of a Python function, or of a method bound to one.
static bool vm_is_lru_call(Value callee) {
    if (is_bound_method(callee)) callee = ((ObjBoundMethod *)callee.as.obj)->func;
    // the type first, inline: every call of a built-in function passes here
    return is_obj(callee) && callee.as.obj->type == &mod_functools_lru_wrapper &&
           mod_functools_is_lru(callee);
}

// Looks the call up in the cache (a bound method's self first goes into the callee's slot,
// the arguments then start there). A miss leaves the function in *callee and the entry to
// fill in *memo.
static bool vm_lru_enter(Run *r, size_t callee_off, Value *callee, Args *a, bool *hit,
                         Value *out, Obj **memo) {
    if (is_bound_method(*callee)) {
        ObjBoundMethod *m = (ObjBoundMethod *)callee->as.obj;
        *callee = m->func;
        r->stack[callee_off] = m->self;  // the wrapper: rooted below, then held by the memo
        a->pos = r->stack + callee_off;
        a->npos++;
    }
    size_t pos_off = (size_t)(a->pos - r->stack);
    size_t kw_off = a->nkw ? (size_t)(a->kwvalues - r->stack) : 0;
    if (!gc_push_root(r, *callee)) return false;
    bool ok = mod_functools_lru_lookup(r, callee, a, hit, out, memo);
    gc_pop_roots(r, 1);
    a->pos = r->stack + pos_off;  // hashing the key may have run Python code, moving the stack
    if (a->nkw) a->kwvalues = r->stack + kw_off;
    return ok;
}

// vm_invoke for an lru_cache miss: a pushed frame keeps the entry and fills it when it
// returns; a generator function's generator is cached at once.
static bool vm_invoke_memo(Run *r, Value callee, Args *a, size_t top, bool *pushed, Value *out,
                           Obj *memo) {
    if (!gc_push_root(r, v_obj(memo))) return false;
    bool ok = vm_invoke(r, callee, a, top, pushed, out);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    if (*pushed) return true;  // the caller keeps memo in the frame's on_return
    gen_set_loop_owned(*out, false);  // the cache holds it too
    return mod_functools_lru_store(r, memo, *out);
}

// ---- classes ----

// A call of a bound method, or of a class whose __init__ is Python code, becomes a plain call
// of the function with self in the callee's slot (the arguments then start there), so it
// runs in this loop instead of on the C stack. *init_self: the instance such a class call
// returns in place of __init__'s None.
static bool vm_call_with_self(Run *r, Value *slot, Value *callee, Args *a, Obj **init_self) {
    *init_self = NULL;
    if (is_bound_method(*callee)) {
        ObjBoundMethod *m = (ObjBoundMethod *)callee->as.obj;
        if (!is_function(m->func)) return true;
        *callee = m->func;  // rooted by the frame it is about to get
        *slot = m->self;
    } else if (!is_class_value(*callee)) {
        // an instance whose class has __call__: obj(...) is __call__(obj, ...)
        Value call = class_python_dunder(*callee, "__call__");
        if (is_undef(call)) return true;
        *slot = *callee;
        *callee = call;
    } else if (is_function(meta_lookup((const ObjType *)callee->as.obj, "__call__"))) {
        *slot = *callee;  // its metaclass's __call__(cls, ...)
        *callee = meta_lookup((const ObjType *)callee->as.obj, "__call__");
    } else {
        const ObjType *cls = (const ObjType *)callee->as.obj;
        Value init = class_init_function(cls), self;
        if (is_undef(init)) return true;
        if (!class_alloc_instance(r, cls, a, &self)) return false;
        *callee = init;
        *slot = self;  // the instance keeps its class alive
        *init_self = self.as.obj;
    }
    a->pos = slot;
    a->npos++;
    return true;
}

// Calls func with the n values at stack offset `at` (self first) as a call would: a frame is
// pushed whose result lands at `at` when it returns (*out undef), or for a generator the result
// is in *out. The caller re-loads its frame after.
static bool vm_push_dunder(Run *r, Value func, size_t at, uint32_t n, Value *out) {
    Frame *f = &r->frames[r->frame_count - 1];
    Args a = {r->stack + at, n, 0, NULL, NULL};
    size_t top = frame_is_plain_call(((ObjFunction *)func.as.obj)->code, &a) ? at : f->sp;
    bool pushed;
    *out = v_undef();
    if (!vm_invoke(r, func, &a, top, &pushed, out)) return false;
    if (pushed) r->frames[r->frame_count - 2].sp = (uint32_t)at;
    else gen_set_loop_owned(*out, false);  // the frame's ip may be stale here
    return true;
}

// A class body's name: its namespace (local 0), then globals, then builtins.
static bool vm_load_name(Run *r, const Code *code, uint32_t k, Value ns, Obj *globals, Value *out) {
    *out = dict_get_str(ns.as.obj, (ObjStr *)code->names[k]);
    if (!is_undef(*out)) return true;
    return vm_load_global(r, code, k, globals, out);
}

// `del name` of a generator that needs closing: if that was its last reference, CPython
// closes it now (gen_final_collect finds out).
static bool vm_drops_open_generator(Value v) {
    return is_generator(v) && gen_needs_close((ObjGenerator *)v.as.obj);
}

static bool vm_delete_name(Run *r, const Code *code, uint32_t k, Value ns) {
    bool found;
    if (!dict_del(r, ns.as.obj, v_obj(code->names[k]), &found)) return false;
    if (found) return true;
    exc_raise(r, &exc_NameError, "name '%s' is not defined", ((ObjStr *)code->names[k])->data);
    exc_set_name(r, code->names[k], v_undef());
    return false;
}

// A free variable read in a class body: the namespace may shadow it.
static bool vm_load_classderef(Run *r, const Code *code, uint32_t index, const Value *locals, Value *out) {
    Obj *name = index < code->cell_count ? code->cellnames[index] : code->freenames[index - code->cell_count];
    *out = dict_get_str(locals[0].as.obj, (ObjStr *)name);
    if (!is_undef(*out)) return true;
    *out = ((ObjCell *)locals[code->local_count + index].as.obj)->value;
    if (!is_undef(*out)) return true;
    return vm_unbound_deref(r, code, index);
}

// Stack writes go word by word: a struct copy is one 16-byte load, which stalls when the
// Value was just written as two words (store forwarding fails), as results built in
// registers are; word-sized loads forward from either.
static inline void vm_set(Value *dst, Value v) {
    dst->tag = v.tag;
    dst->as = v.as;
}

#define TOP() (sp[-1])
#define SECOND() (sp[-2])
#define SET_TOP(...) vm_set(sp - 1, (__VA_ARGS__))
#define PUSH(...) vm_set(sp++, (__VA_ARGS__))
#define POP() (*--sp)
#define LOAD()                                      \
    do {                                            \
        f = &r->frames[r->frame_count - 1];         \
        code = f->code;                             \
        insns = code->insns;                        \
        ip = insns + f->ip;                         \
        locals = r->stack + f->base;                \
        sp = r->stack + f->sp;                      \
    } while (0)
#define SYNC()                                      \
    do {                                            \
        f->ip = (uint32_t)(ip - insns);             \
        f->sp = (uint32_t)(sp - r->stack);          \
    } while (0)
#define STACK_BASE() (locals + code->local_count + code->cell_count + code->free_count)
// Runs x, which may call Python code that grows (moves) the stack or the frame array:
// afterwards the frame, locals and stack pointers are re-derived from offsets, as Lua's
// Protect does. On failure, to the error path.
#define CHECK(x)                                         \
    do {                                                 \
        size_t sp_off_ = (size_t)(sp - r->stack);         \
        SYNC(); /* Python code that x runs starts above sp */ \
        bool ok_ = (x);                                  \
        f = &r->frames[r->frame_count - 1];              \
        locals = r->stack + f->base;                     \
        sp = r->stack + sp_off_;                         \
        if (__builtin_expect(!ok_, 0)) {                 \
            SYNC();                                      \
            goto error;                                  \
        }                                                \
    } while (0)

#if defined(__GNUC__)
#define OPCODE_LABEL(name, effect) [name] = &&L_##name,
#define CASE(op) L_##op:
#define DISPATCH()                                         \
    do {                                                   \
        if (__builtin_expect(--budget == 0, 0)) goto tick; \
        insn = *ip++;                                      \
        arg = insn_arg(insn);                              \
        goto *labels[insn_op(insn)];                       \
    } while (0)
#else
#define CASE(op) case op:
#define DISPATCH() goto next
#endif

// Runs frames until the one at index `stop` returns or yields. With `throwing`, the pending
// exception is raised in the top frame first (generator.throw and close).
static VmExit vm_loop(Run *r, uint32_t stop, bool throwing, Value *result) {
    Frame *f;
    const Code *code;
    const uint32_t *insns, *ip;
    Value *locals, *sp;
    uint32_t insn, arg, budget = VM_CLOCK_EVERY;
    bool reraise = false;
    Value v, w;
    Obj *kwname_buf[VM_MAX_KWNAMES];
#if defined(__GNUC__)
    static const void *const labels[OPCODE_COUNT] = {OPCODES(OPCODE_LABEL)};
#endif
    LOAD();
    if (throwing) goto error;
    DISPATCH();
#if !defined(__GNUC__)
next:
    if (--budget == 0) goto tick;
    insn = *ip++;
    arg = insn_arg(insn);
    switch (insn_op(insn)) {
#endif


    CASE(OP_NOP) DISPATCH();
    CASE(OP_POP_TOP) sp--; DISPATCH();
    CASE(OP_COPY) v = sp[-(int)arg]; PUSH(v); DISPATCH();
    CASE(OP_SWAP) v = TOP(); SET_TOP(sp[-(int)arg]); sp[-(int)arg] = v; DISPATCH();
    CASE(OP_LOAD_CONST) PUSH(code->consts[arg]); DISPATCH();
    CASE(OP_LOAD_NONE) PUSH(v_none()); DISPATCH();
    CASE(OP_LOAD_SMALL_INT) PUSH(v_int((int64_t)arg - SMALL_INT_BIAS)); DISPATCH();
    CASE(OP_LOAD_FAST) {
        Value x = locals[arg];  // not v, whose address is taken: x stays in registers
        if (__builtin_expect(is_undef(x), 0)) CHECK(vm_unbound_local(r, code, arg));
        if (__builtin_expect(x.tag == VAL_OBJ && x.as.obj == r->concat_str, 0)) vm_concat_read(r);
        PUSH(x);
        DISPATCH();
    }
    CASE(OP_STORE_FAST) sp--; vm_set(&locals[arg], *sp); DISPATCH();
    CASE(OP_DELETE_FAST) {
        Value old = locals[arg];
        if (is_undef(old)) CHECK(vm_unbound_local(r, code, arg));
        locals[arg] = v_undef();
        if (vm_drops_open_generator(old)) CHECK(gen_final_collect(r));
        DISPATCH();
    }
    CASE(OP_LOAD_DEREF)
        v = ((ObjCell *)locals[code->local_count + arg].as.obj)->value;
        if (is_undef(v)) CHECK(vm_unbound_deref(r, code, arg));
        PUSH(v);
        DISPATCH();
    CASE(OP_STORE_DEREF) ((ObjCell *)locals[code->local_count + arg].as.obj)->value = POP(); DISPATCH();
    CASE(OP_DELETE_DEREF) {
        ObjCell *cell = (ObjCell *)locals[code->local_count + arg].as.obj;
        if (is_undef(cell->value)) CHECK(vm_unbound_deref(r, code, arg));
        cell->value = v_undef();
        DISPATCH();
    }
    CASE(OP_LOAD_CLOSURE) PUSH(locals[code->local_count + arg]); DISPATCH();
    CASE(OP_LOAD_GLOBAL) {
        Value x = vm_global_cached(r, code, arg, f->globals);  // a cache hit needs no call
        if (!is_undef(x)) {
            PUSH(x);
            DISPATCH();
        }
        // straight into the stack, which a lookup of str keys cannot move
        CHECK(vm_load_global(r, code, arg, f->globals, sp));
        sp++;
        DISPATCH();
    }
    CASE(OP_STORE_GLOBAL) {
        DictEntry *e = vm_global_entry(r, code, arg, f->globals);
        if (e) {
            // the name is bound: only its value changes, as dict_set would do
            sp--;
            vm_set(&e->value, *sp);
            DISPATCH();
        }
        CHECK(vm_store_global(r, code, arg, f->globals, TOP()));
        sp--;
        DISPATCH();
    }
    CASE(OP_DELETE_GLOBAL) {
        bool found;
        v = dict_get_str(f->globals, (ObjStr *)code->names[arg]);
        CHECK(dict_del(r, f->globals, v_obj(code->names[arg]), &found));
        if (vm_drops_open_generator(v)) CHECK(gen_final_collect(r));
        if (!found) {
            CHECK(exc_raise(r, &exc_NameError, "name '%s' is not defined",
                            ((ObjStr *)code->names[arg])->data));
        }
        DISPATCH();
    }
    CASE(OP_LOAD_ATTR)
        if (type_is_class(value_type(TOP())) &&
            !is_undef(w = class_property_getter(TOP(), code->names[arg]))) {
            // a property written in Python runs in this loop: its result replaces the object
            SYNC();
            if (!vm_push_dunder(r, w, (size_t)(sp - 1 - r->stack), 1, &v)) {
                LOAD();
                goto error;
            }
            LOAD();
            if (!is_undef(v)) SET_TOP(v);
            DISPATCH();
        }
        CHECK(ops_getattr(r, TOP(), code->names[arg], &v));
        SET_TOP(v);
        DISPATCH();
    CASE(OP_STORE_ATTR)
        CHECK(ops_setattr(r, TOP(), code->names[arg], SECOND()));
        sp -= 2;
        DISPATCH();
    CASE(OP_DELETE_ATTR) CHECK(ops_setattr(r, TOP(), code->names[arg], v_undef())); sp--; DISPATCH();
    CASE(OP_BINARY_SUBSCR)
        if (!is_undef(w = class_python_dunder(SECOND(), "__getitem__"))) {
            // obj[key] with __getitem__ written in Python: a call in this loop
            SYNC();
            if (!vm_push_dunder(r, w, (size_t)(sp - 2 - r->stack), 2, &v)) {
                LOAD();
                goto error;
            }
            LOAD();
            if (!is_undef(v)) {
                sp--;
                SET_TOP(v);
            }
            DISPATCH();
        }
        CHECK(ops_getitem(r, SECOND(), TOP(), &v));
        sp--;
        SET_TOP(v);
        DISPATCH();
    CASE(OP_STORE_SUBSCR) CHECK(ops_setitem(r, SECOND(), TOP(), sp[-3])); sp -= 3; DISPATCH();
    CASE(OP_DELETE_SUBSCR) CHECK(ops_delitem(r, SECOND(), TOP())); sp -= 2; DISPATCH();
    CASE(OP_BUILD_SLICE) {
        Value step = arg == 3 ? TOP() : v_none();
        Value *b = sp - arg;
        Obj *s = slice_new(r, b[0], b[1], step);
        CHECK(s);
        sp -= arg;
        PUSH(v_obj(s));
        DISPATCH();
    }
    CASE(OP_BINARY_OP) {
        Value a = SECOND(), b = TOP();
        int op = (int)(arg & ~(uint32_t)BINARY_INPLACE);
        int64_t n;
        if (a.tag == VAL_INT && b.tag == VAL_INT && vm_int_binary(op, a.as.i, b.as.i, &n)) {
            sp--;
            SET_TOP(v_int(n));  // from registers: a Value local would go through memory
            DISPATCH();
        }
        if (a.tag == VAL_FLOAT && b.tag == VAL_FLOAT && op <= AST_OP_MUL && op != AST_OP_MATMUL) {
            double x = a.as.f, y = b.as.f;
            double z = op == AST_OP_ADD ? x + y : op == AST_OP_SUB ? x - y : x * y;
            sp--;
            SET_TOP(float_from_double(r, z));  // a NaN gets a new identity
            DISPATCH();
        }
        if (vm_is_concat_local(arg, a, b, *ip, locals)) CHECK(vm_concat_local(r, as_str(a), as_str(b), &v));
        else if (arg & BINARY_INPLACE) CHECK(ops_inplace(r, a, b, op, &v));
        else CHECK(ops_binary(r, a, b, op, &v));
        sp--;
        SET_TOP(v);
        DISPATCH();
    }
    CASE(OP_UNARY_OP) CHECK(ops_unary(r, TOP(), (int)arg, &v)); SET_TOP(v); DISPATCH();
    CASE(OP_UNARY_NOT) {
        bool t;
        CHECK(vm_truthy(r, TOP(), &t));
        SET_TOP(v_bool(!t));
        DISPATCH();
    }
    CASE(OP_COMPARE_OP) {
        Value a = SECOND(), b = TOP();
        if (a.tag == VAL_INT && b.tag == VAL_INT) {
            sp--;
            SET_TOP(v_bool(vm_int_compare((int)arg, a.as.i, b.as.i)));
            DISPATCH();
        }
        if (a.tag == VAL_FLOAT && b.tag == VAL_FLOAT) {
            sp--;
            SET_TOP(v_bool(vm_float_compare((int)arg, a.as.f, b.as.f)));
            DISPATCH();
        }
        CHECK(ops_compare(r, a, b, (int)arg, &v));
        sp--;
        SET_TOP(v);
        DISPATCH();
    }
    CASE(OP_IS_OP) {
        Value a = SECOND(), b = TOP();
        bool same = a.tag == b.tag &&
                    (a.tag == VAL_OBJ ? a.as.obj == b.as.obj
                     : a.tag == VAL_BOOL ? a.as.b == b.as.b
                     : a.tag == VAL_INT ? a.as.i == b.as.i
                     : a.tag == VAL_FLOAT ? memcmp(&a.as.f, &b.as.f, sizeof a.as.f) == 0 : true);
        sp--;
        SET_TOP(v_bool(same != (arg == 1)));
        DISPATCH();
    }
    CASE(OP_CONTAINS_OP) {
        bool in;
        CHECK(ops_contains(r, TOP(), SECOND(), &in));
        sp--;
        SET_TOP(v_bool(in != (arg == 1)));
        DISPATCH();
    }
    CASE(OP_JUMP) ip = insns + arg; DISPATCH();
    CASE(OP_POP_JUMP_IF_FALSE) {
        bool t;
        if (TOP().tag == VAL_BOOL) t = TOP().as.b;  // a comparison's result: no call
        else CHECK(ops_truthy(r, TOP(), &t));
        sp--;
        if (!t) ip = insns + arg;
        DISPATCH();
    }
    CASE(OP_POP_JUMP_IF_TRUE) {
        bool t;
        if (TOP().tag == VAL_BOOL) t = TOP().as.b;  // a comparison's result: no call
        else CHECK(ops_truthy(r, TOP(), &t));
        sp--;
        if (t) ip = insns + arg;
        DISPATCH();
    }
    CASE(OP_JUMP_IF_FALSE_OR_POP) {
        bool t;
        CHECK(vm_truthy(r, TOP(), &t));
        if (!t) ip = insns + arg;
        else sp--;
        DISPATCH();
    }
    CASE(OP_JUMP_IF_TRUE_OR_POP) {
        bool t;
        CHECK(vm_truthy(r, TOP(), &t));
        if (t) ip = insns + arg;
        else sp--;
        DISPATCH();
    }
    CASE(OP_GET_ITER) CHECK(vm_get_iter(r, TOP(), &v)); SET_TOP(v); DISPATCH();
    CASE(OP_FOR_ITER) {
        v = TOP();
        if (is_range_iter(v)) {
            Value i;  // not v or w (see LOAD_FAST)
            if (range_iter_step((ObjRangeIter *)v.as.obj, &i)) {
                PUSH(i);
            } else {
                sp--;
                ip = insns + arg;
            }
            DISPATCH();
        }
        if (is_generator(v) && ((ObjGenerator *)v.as.obj)->state != GEN_DONE) {
            // run the generator in this loop; its yield or return comes back here
            SYNC();
            CHECK(gen_push(r, (ObjGenerator *)v.as.obj, f->sp, v_undef()));
            LOAD();
            DISPATCH();
        }
        if (__builtin_expect(is_map(v) || is_filter(v), 0)) {
            SYNC();
            ForCallback c = vm_for_callback(r, (size_t)(sp - 1 - r->stack));
            LOAD();
            if (c == FOR_CB_ERROR) goto error;
            if (c == FOR_CB_END) {
                sp--;
                ip = insns + arg;
                DISPATCH();
            }
            if (c == FOR_CB_GEN) DISPATCH();
            if (c == FOR_CB_CALL) {
                insn = insn_make(OP_CALL_EX, 0);  // f(*args) was pushed above the map
                arg = 0;
                goto call_common;
            }
        }
        // `for a, b in enumerate(x)` or `in d.items()`: the pair goes on the stack as the
        // UNPACK_SEQUENCE after would leave it, and no tuple is built
        bool pair = insn_op(*ip) == OP_UNPACK_SEQUENCE && insn_arg(*ip) == 2 && iter_yields_pairs(v);
        Value two[2];
        size_t sp_off = (size_t)(sp - r->stack);
        SYNC();
        // may run Python code and move the stack
        IterStep s = pair ? iter_next_pair(r, v, two) : ops_next(r, v, &w);
        f = &r->frames[r->frame_count - 1];
        locals = r->stack + f->base;
        sp = r->stack + sp_off;
        if (s == ITER_ITEM && pair) {
            PUSH(two[1]);
            PUSH(two[0]);
            ip++;
            if (__builtin_expect(--budget == 0, 0)) budget = 1;  // the UNPACK still counts
        } else if (s == ITER_ITEM) {
            PUSH(w);
        } else if (s == ITER_END) {
            sp--;
            ip = insns + arg;
        } else {
            SYNC();
            goto error;
        }
        DISPATCH();
    }
    CASE(OP_BUILD_TUPLE) {
        if (insn_op(*ip) == OP_UNPACK_SEQUENCE && insn_arg(*ip) == arg) {
            // `a, b = b, a`: a tuple only to be unpacked again; its items are reversed in
            // place, where the UNPACK_SEQUENCE after would leave them
            for (uint32_t k = 0; k < arg / 2; k++) {
                v = sp[-1 - (int)k];
                sp[-1 - (int)k] = sp[(int)k - (int)arg];
                sp[(int)k - (int)arg] = v;
            }
            ip++;
            if (__builtin_expect(--budget == 0, 0)) budget = 1;  // the UNPACK still counts
            DISPATCH();
        }
        Obj *t = tuple_new(r, arg);
        CHECK(t);
        sp -= arg;
        if (arg) memcpy(((ObjTuple *)t)->items, sp, arg * sizeof(Value));
        PUSH(v_obj(t));
        DISPATCH();
    }
    CASE(OP_BUILD_LIST) {
        Obj *l = list_new(r, arg);
        CHECK(l);
        sp -= arg;
        if (arg) memcpy(((ObjList *)l)->items, sp, arg * sizeof(Value));
        ((ObjList *)l)->len = arg;
        PUSH(v_obj(l));
        DISPATCH();
    }
    CASE(OP_BUILD_SET) {
        bool literal = arg & BUILD_SET_LITERAL;
        arg &= BUILD_SET_LITERAL - 1;
        Obj *s = set_new(r, false);
        CHECK(s);
        PUSH(v_obj(s));  // rooted while its elements are added
        if (literal) {
            CHECK(set_update_literal(r, s, sp - 1 - arg, arg));
        } else {
            for (uint32_t k = 0; k < arg; k++) CHECK(set_add(r, s, sp[-1 - (int)arg + (int)k]));
        }
        sp -= arg + 1;
        PUSH(v_obj(s));
        DISPATCH();
    }
    CASE(OP_BUILD_MAP) {
        Obj *d = dict_new(r);
        CHECK(d);
        PUSH(v_obj(d));
        Value *kv = sp - 1 - 2 * arg;
        for (uint32_t k = 0; k < arg; k++) CHECK(dict_set(r, d, kv[2 * k], kv[2 * k + 1]));
        sp -= 2 * arg + 1;
        PUSH(v_obj(d));
        DISPATCH();
    }
    CASE(OP_BUILD_STRING) {
        CHECK(vm_build_string(r, sp - arg, arg, &v));
        sp -= arg;
        PUSH(v);
        DISPATCH();
    }
    CASE(OP_LIST_APPEND) CHECK(list_append(r, sp[-1 - (int)arg].as.obj, TOP())); sp--; DISPATCH();
    CASE(OP_SET_ADD) CHECK(set_add(r, sp[-1 - (int)arg].as.obj, TOP())); sp--; DISPATCH();
    CASE(OP_MAP_ADD) CHECK(dict_set(r, sp[-2 - (int)arg].as.obj, SECOND(), TOP())); sp -= 2; DISPATCH();
    CASE(OP_LIST_EXTEND) {
        if (__builtin_expect(vm_drains(TOP()), 0)) {
            SYNC();
            CHECK(vm_drain_start(r, (size_t)(sp - 1 - r->stack)));
            LOAD();
            DISPATCH();
        }
        if ((arg & EXTEND_CALL_ARGS) && !value_type(TOP())->slots.iter) {
            // f(*x): the list sits right above the callee
            CHECK(vm_call_arg_error(r, sp[-3], "*", "an iterable", TOP()));
        }
        if (!(arg & EXTEND_CALL_ARGS)) CHECK(vm_check_star_display(r, TOP()));
        if (arg == (1 | EXTEND_CALL_ARGS) && is_tuple(TOP()) && TOP().as.obj->type == &type_tuple &&
            as_list(SECOND())->len == 0 && insn_op(*ip) == OP_LIST_TO_TUPLE) {
            // f(*t), t a tuple: t is the call's argument tuple, as the LIST_TO_TUPLE after
            // would build it
            sp--;
            SET_TOP(sp[0]);
            ip++;
            if (__builtin_expect(--budget == 0, 0)) budget = 1;  // LIST_TO_TUPLE still counts
            DISPATCH();
        }
        arg &= EXTEND_CALL_ARGS - 1;
        CHECK(list_extend(r, sp[-1 - (int)arg].as.obj, TOP()));
        sp--;
        DISPATCH();
    }
    CASE(OP_SET_UPDATE)
        if (__builtin_expect(vm_drains(TOP()), 0)) {
            SYNC();
            CHECK(vm_drain_start(r, (size_t)(sp - 1 - r->stack)));
            LOAD();
            DISPATCH();
        }
        CHECK(set_update(r, sp[-1 - (int)arg].as.obj, TOP()));
        sp--;
        DISPATCH();
    CASE(OP_DICT_UPDATE) CHECK(dict_update_unpack(r, sp[-1 - (int)arg].as.obj, TOP())); sp--; DISPATCH();
    CASE(OP_DICT_MERGE) {
        // f(**x): [callee, args, kwargs, x]
        if (!is_dict(TOP())) CHECK(vm_kwargs_to_dict(r, (size_t)(sp - 1 - r->stack), sp[-3 - (int)arg]));
        CHECK(vm_dict_merge(r, sp[-1 - (int)arg].as.obj, TOP(), sp[-3 - (int)arg]));
        sp--;
        DISPATCH();
    }
    CASE(OP_LIST_TO_TUPLE) {
        ObjList *l = (ObjList *)TOP().as.obj;
        Obj *t = tuple_new(r, l->len);
        CHECK(t);
        if (l->len) memcpy(((ObjTuple *)t)->items, l->items, l->len * sizeof(Value));
        SET_TOP(v_obj(t));
        DISPATCH();
    }
    CASE(OP_UNPACK_SEQUENCE) {
        v = TOP();
        CHECK(vm_unpack(r, v, arg, 0, false, (size_t)(sp - 1 - r->stack)));
        sp += (int)arg - 1;  // `[] = x` unpacks nothing: sp goes down
        DISPATCH();
    }
    CASE(OP_UNPACK_EX) {
        v = TOP();
        uint32_t before = arg & 0xFF, after = arg >> 8;
        CHECK(vm_unpack(r, v, before, after, true, (size_t)(sp - 1 - r->stack)));
        sp += before + after;
        DISPATCH();
    }
    CASE(OP_FORMAT_VALUE) {
        Value spec = (arg & 4) ? POP() : v_undef();
        PUSH(spec);  // keep it rooted during formatting
        CHECK(format_value(r, sp[-2], (int)(arg & 3), spec, &v));
        sp--;
        SET_TOP(v);
        DISPATCH();
    }
    CASE(OP_CALL)
    CASE(OP_CALL_KW)
    CASE(OP_CALL_EX) {
    call_common:;
        Opcode op = insn_op(insn);
        uint32_t nargs = op == OP_CALL_EX ? 1 + arg : op == OP_CALL_KW ? arg + 1 : arg;
        Value *callee_slot = sp - nargs - 1;
        size_t callee_off = (size_t)(callee_slot - r->stack);
        Args a = {0};
        uint32_t npos = arg;  // a.npos, kept in a register
        if (op == OP_CALL) {
            a = (Args){sp - arg, arg, 0, NULL, NULL};
        } else if (op == OP_CALL_KW) {
            // the names come as a constant tuple of strs; calls want them as Obj pointers
            ObjTuple *names = (ObjTuple *)TOP().as.obj;
            uint32_t nkw = (uint32_t)names->len;
            if (nkw > VM_MAX_KWNAMES) {
                CHECK(exc_raise(r, &exc_SyntaxError, "too many keyword arguments"));
            }
            for (uint32_t k = 0; k < nkw; k++) kwname_buf[k] = names->items[k].as.obj;
            a = (Args){sp - 1 - arg, arg - nkw, nkw, sp - 1 - nkw, kwname_buf};
            npos = arg - nkw;
        }
        bool pushed;
        SYNC();
        if (__builtin_expect(npos == 1 && op != OP_CALL_EX, 0) && vm_drains(callee_slot[1]) &&
            vm_call_drains(*callee_slot, &a)) {
            CHECK(vm_drain_start(r, callee_off + 1));
            LOAD();
            DISPATCH();
        }
        if (__builtin_expect(op == OP_CALL_KW, 0) && callee_slot->tag == VAL_OBJ &&
            callee_slot->as.obj->type == &type_builtin &&
            (((ObjBuiltin *)callee_slot->as.obj)->def->flags & METHOD_KEYS)) {
            int key = keys_call_key(((ObjBuiltin *)callee_slot->as.obj)->def, &a);
            if (key >= 0) {
                CHECK(vm_keys_start(r, callee_off, &a, key));
                LOAD();
                DISPATCH();
            }
        }
        if (__builtin_expect(is_external(*callee_slot), 0)) {
            if (op == OP_CALL_EX) {
                CHECK(vm_external_call(r, *callee_slot, callee_slot[1], arg ? callee_slot[2] : v_undef()));
            } else {
                CHECK(vm_external_call_args(r, *callee_slot, &a));
            }
            // the call's slots are freed; vm_resume pushes its value in the callee's place
            f->sp = (uint32_t)callee_off;
            r->instructions += VM_CLOCK_EVERY - budget;
            return VM_SUSPEND;
        }
        if (op == OP_CALL_EX) {
            Value cal = *callee_slot, targs = callee_slot[1], kwargs = arg ? callee_slot[2] : v_undef();
            if (is_function(cal)) {
                // flatten the keyword dict into the Args a frame push wants
                CHECK(vm_call_ex_push(r, cal, targs, kwargs, f->sp, &pushed, &v));
            } else {
                CHECK(vm_call_ex(r, cal, targs, kwargs, &v));
                pushed = false;
            }
        } else if (op == OP_CALL && vm_is_plain_function_call(*callee_slot, arg)) {
            // the common call: the frame goes on its arguments, the result in the callee's slot
            // (synced above: a failed push leaves this frame as it was)
            if (__builtin_expect(!frame_push_in_place(r, callee_slot->as.obj, callee_off + 1), 0)) {
                LOAD();
                goto error;
            }
            r->frames[r->frame_count - 2].sp = (uint32_t)callee_off;
            LOAD();
            DISPATCH();
        } else {
            Value cal = *callee_slot;
            Obj *init_self = NULL, *memo = NULL;
            if (vm_is_lru_call(cal)) {
                // an lru_cache hit answers now; a miss runs the function in this loop
                bool hit;
                CHECK(vm_lru_enter(r, callee_off, &cal, &a, &hit, &v, &memo));
                if (hit) {
                    sp = r->stack + callee_off;
                    PUSH(v);
                    DISPATCH();
                }
            }
            if (is_bound_method(cal) || is_class_value(cal) || type_is_class(value_type(cal))) {
                CHECK(vm_call_with_self(r, r->stack + callee_off, &cal, &a, &init_self));
            }
            size_t top = f->sp;
            if (op == OP_CALL && is_function(cal) &&
                frame_is_plain_call(((ObjFunction *)cal.as.obj)->code, &a)) {
                top = (size_t)(a.pos - r->stack);  // the frame's locals start at its arguments
            }
            CHECK(memo ? vm_invoke_memo(r, cal, &a, top, &pushed, &v, memo)
                       : vm_invoke(r, cal, &a, top, &pushed, &v));
            if (pushed) r->frames[r->frame_count - 1].on_return = memo ? memo : init_self;
            else if (init_self) CHECK(class_check_init_result(r, v));  // a generator __init__
        }
        f = &r->frames[r->frame_count - 1 - (pushed ? 1 : 0)];
        if (pushed) {
            f->sp = (uint32_t)callee_off;  // the result replaces the callee on return
            LOAD();
            DISPATCH();
        }
        sp = r->stack + callee_off;
        locals = r->stack + f->base;
        PUSH(v);
        DISPATCH();
    }
    CASE(OP_LOAD_METHOD) {
        const MethodDef *m;
        if (type_is_class(value_type(TOP()))) {
            // [function, self]: CALL_METHOD calls it with self as the first argument
            CHECK(class_lookup_method(r, TOP(), code->names[arg], &v, &w));
            if (!is_undef(v)) {
                w = TOP();
                SET_TOP(v);
                PUSH(w);
            } else {
                SET_TOP((Value){.tag = VAL_UNDEF, .as.obj = NULL});
                PUSH(w);
            }
            DISPATCH();
        }
        CHECK(ops_lookup_method(r, TOP(), code->names[arg], &m, &v));
        if (m) {
            // [marker, self]: the marker is an undef Value carrying the MethodDef, which only
            // CALL_METHOD reads
            w = TOP();
            SET_TOP((Value){.tag = VAL_UNDEF, .as.obj = (Obj *)m});
            PUSH(w);
        } else {
            SET_TOP((Value){.tag = VAL_UNDEF, .as.obj = NULL});
            PUSH(v);
        }
        DISPATCH();
    }
    CASE(OP_CALL_METHOD)
    CASE(OP_CALL_METHOD_KW) {
        bool kw = insn_op(insn) == OP_CALL_METHOD_KW;
        Value *slot = sp - arg - (kw ? 3 : 2);
        if (slot[0].tag != VAL_UNDEF) {
            // a Python method: call it with self, which sits right above it
            arg++;
            insn = insn_make(kw ? OP_CALL_KW : OP_CALL, arg);
            goto call_common;
        }
        const MethodDef *m = (const MethodDef *)slot[0].as.obj;
        if (!m) {
            // an attribute that is not a built-in method: shift it down and call it plainly
            memmove(slot, slot + 1, (size_t)(sp - slot - 1) * sizeof(Value));
            sp--;
            insn = insn_make(kw ? OP_CALL_KW : OP_CALL, arg);
            goto call_common;
        }
        size_t slot_off = (size_t)(slot - r->stack);
        Value self = slot[1];
        if (__builtin_expect(m->flags & METHOD_RESUMES, 0) && !kw && arg == 1 && gen_send_resumes(self)) {
            // g.send(v): g's frame goes above the method's slot, which its yield replaces (a
            // return raises StopIteration here); the frame holds g meanwhile
            SYNC();
            if (!gen_push(r, (ObjGenerator *)self.as.obj, slot_off + 1, slot[2])) {
                LOAD();
                goto error;
            }
            r->frames[r->frame_count - 2].sp = (uint32_t)slot_off + 1;
            LOAD();
            DISPATCH();
        }
        Args a = {slot + 2, arg, 0, NULL, NULL};
        if (kw) {
            ObjTuple *names = (ObjTuple *)TOP().as.obj;
            uint32_t nkw = (uint32_t)names->len;
            for (uint32_t k = 0; k < nkw; k++) kwname_buf[k] = names->items[k].as.obj;
            a = (Args){slot + 2, arg - nkw, nkw, slot + 2 + arg - nkw, kwname_buf};
        }
        if (__builtin_expect((m->flags & METHOD_DRAINS) && a.npos == 1 && !a.nkw, 0) && vm_drains(a.pos[0])) {
            SYNC();
            CHECK(vm_drain_start(r, slot_off + 2));
            LOAD();
            DISPATCH();
        }
        // the method may re-enter the VM: it gets a private copy of its arguments
        Value buf[16];
        uint32_t n = a.npos + a.nkw;
        Value *copy = n <= 16 ? buf : mem_alloc(r, n * sizeof(Value));
        if (!copy) CHECK(false);
        if (n) memcpy(copy, a.pos, n * sizeof(Value));
        if (n && boxed_args_unboxed_for(self)) boxed_unbox_args(copy, n);
        Args ca = {copy, a.npos, a.nkw, copy + a.npos, a.kwnames};
        SYNC();
        bool ok;
        CHECK((ok = m->fn(r, self, &ca, &v), copy != buf ? mem_free(r, copy, n * sizeof(Value)) : (void)0, ok));
        sp = r->stack + slot_off;
        PUSH(v);
        DISPATCH();
    }
    CASE(OP_MAKE_FUNCTION) {
        const Code *fc = (const Code *)TOP().as.obj;
        uint32_t extra = (uint32_t)__builtin_popcount(arg & 7);
        CHECK(vm_make_function(r, sp - 1, arg, fc, f->globals, &v));
        sp -= extra + 1;
        PUSH(v);
        DISPATCH();
    }
    CASE(OP_SET_FUNC_ATTR) {
        v = POP();
        if (arg == 0) ((ObjFunction *)TOP().as.obj)->annotate = v.as.obj;
        else ((ObjFunction *)TOP().as.obj)->type_params = v.as.obj;
        DISPATCH();
    }
    CASE(OP_TYPE_PARAM) {
        w = arg & 4 ? POP() : v_none();
        CHECK(mod_typing_type_param(r, (int)(arg & 3), TOP(), w, &v));
        SET_TOP(v);
        DISPATCH();
    }
    CASE(OP_MAKE_TYPE_ALIAS) {
        CHECK(typealias_new(r, sp[-3], sp[-2], sp[-1], &v));
        sp -= 2;
        SET_TOP(v);
        DISPATCH();
    }
    CASE(OP_RETURN_VALUE) {
        Value ret = POP();  // not v (see LOAD_FAST)
        bool is_gen = f->gen != NULL, drained = f->drain != NULL;
        if (is_gen) gen_finish(f);
        Obj *on_return = f->on_return;
        r->frame_count--;
        if (r->frame_count == stop) {
            *result = ret;
            return VM_RETURN;
        }
        LOAD();
        if (on_return && frame_returns_to_memo(on_return)) {
            CHECK(mod_functools_lru_store(r, on_return, ret));  // an lru_cache miss returned
            on_return = NULL;
        }
        if (drained) {
            ip--;  // the instruction that drained the generator runs again, on its list
            DISPATCH();
        }
        if (on_return) {
            // a class call: __init__ returned, the call gives the instance
            if (!is_none(ret)) CHECK(class_check_init_result(r, ret));
            ret = v_obj(on_return);
        }
        if (is_gen) {
            // the generator ran for this frame's FOR_ITER or SEND: it is exhausted
            uint32_t last = ip[-1];
            if (insn_op(last) == OP_FOR_ITER) {
                sp--;
            } else if (insn_op(last) == OP_CALL_METHOD) {
                sp--;  // g.send(v) returned: the method's slot goes
                SYNC();
                gen_raise_stop(r, ret);
                goto error;
            } else {
                // an async generator's end is what the await of its anext() raises
                if (is_asend(SECOND())) CHECK(asend_finished(r, as_asend(SECOND()), AGEN_RETURNED, ret, &ret));
                sp -= 2;
                PUSH(ret);
            }
            ip = insns + insn_arg(last);
            DISPATCH();
        }
        PUSH(ret);
        DISPATCH();
    }
    CASE(OP_YIELD_VALUE) {
        v = POP();
        if (f->drain) {
            // a generator the VM drains: the value goes to its list and it runs on
            CHECK(list_append_obj(r, f->drain, v));
            PUSH(v_none());
            DISPATCH();
        }
        gen_suspend(r, f, (uint32_t)(sp - r->stack), (uint32_t)(ip - insns));
        r->frame_count--;
        if (r->frame_count == stop) {
            *result = v;
            return VM_YIELD;
        }
        LOAD();
        if (insn_op(ip[-1]) == OP_FOR_ITER) {
            PUSH(v);
        } else if (arg == YIELD_ASYNC_GEN) {
            // an async generator's value ends the await of its anext() at this SEND
            CHECK(asend_finished(r, as_asend(SECOND()), AGEN_YIELDED, v, &v));
            sp -= 2;
            PUSH(v);
            ip = insns + insn_arg(ip[-1]);
        } else {
            SET_TOP(v);  // SEND: the yielded value replaces the sent one
        }
        DISPATCH();
    }
    CASE(OP_SEND) {
        Value sub = SECOND();
        if (is_future(sub)) {
            // await of a future: its value once done; until then it goes up to the loop
            ObjFuture *fu = (ObjFuture *)sub.as.obj;
            if (fu->state == FUTURE_PENDING) {
                SET_TOP(sub);
                DISPATCH();
            }
            if (fu->state == FUTURE_FAILED) {
                SYNC();
                r->exc = fu->result;
                goto error;
            }
            sp -= 2;
            PUSH(fu->result);
            ip = insns + arg;
            DISPATCH();
        }
        if (is_gen_or_coro(sub) && ((ObjGenerator *)sub.as.obj)->state != GEN_DONE) {
            SYNC();
            CHECK(gen_push(r, (ObjGenerator *)sub.as.obj, f->sp, TOP()));
            LOAD();
            DISPATCH();
        }
        if (is_asend(sub)) {
            SYNC();
            AsendStep step = asend_send(r, as_asend(sub), TOP(), f->sp, &w);
            LOAD();
            if (step == ASEND_PUSHED) DISPATCH();
            if (step != ASEND_DONE) goto error;  // in the generator's frame for ASEND_RAISE
            sp -= 2;
            PUSH(w);
            ip = insns + arg;
            DISPATCH();
        }
        size_t sp_off = (size_t)(sp - r->stack);
        SYNC();
        IterStep s = vm_send_other(r, sub, TOP(), &w);
        f = &r->frames[r->frame_count - 1];
        locals = r->stack + f->base;
        sp = r->stack + sp_off;
        if (s == ITER_ITEM) {
            SET_TOP(w);
        } else if (s == ITER_END) {
            sp -= 2;
            PUSH(w);
            ip = insns + arg;
        } else {
            SYNC();
            goto error;
        }
        DISPATCH();
    }
    CASE(OP_CLEANUP_THROW) {
        v = TOP();
        if (!type_is_subtype(v.as.obj->type, &exc_StopIteration)) {
            r->exc = v;
            sp--;
            SYNC();
            reraise = true;
            goto error;
        }
        w = ((ObjException *)v.as.obj)->value;
        sp -= 2;
        PUSH(is_undef(w) ? v_none() : w);
        DISPATCH();
    }
    CASE(OP_RAISE) {
        SYNC();
        if (arg == 0) {
            Value cur = vm_handling(r);
            if (is_undef(cur)) {
                exc_raise(r, &exc_RuntimeError, "No active exception to reraise");
                goto error;
            }
            r->exc = cur;
            reraise = true;
            goto error;
        }
        vm_raise(r, sp[-(int)arg], arg == 2 ? TOP() : v_undef());
        goto error;
    }
    CASE(OP_RAISE_ASSERT) {
        SYNC();
        Value e;
        Args a = {sp - arg, arg, 0, NULL, NULL};
        if (ops_call(r, v_obj((Obj *)&exc_AssertionError), &a, &e)) r->exc = e;
        goto error;
    }
    CASE(OP_PUSH_EXC_INFO) {
        v = TOP();
        SET_TOP(f->handling);
        PUSH(v);
        f->handling = v;
        DISPATCH();
    }
    CASE(OP_POP_EXCEPT) f->handling = POP(); DISPATCH();
    CASE(OP_CHECK_EXC_MATCH) {
        bool m;
        CHECK(exc_matches(r, SECOND(), TOP(), &m));
        SET_TOP(v_bool(m));
        DISPATCH();
    }
    CASE(OP_CHECK_EG_MATCH) {
        SYNC();
        CHECK(exc_star_match(r, SECOND(), TOP(), code, f->ip - 1, &v, &w));
        vm_set(sp - 2, w);
        SET_TOP(v);
        if (!is_none(v)) f->handling = v;  // the handler's sys.exception() and bare raise
        DISPATCH();
    }
    CASE(OP_PREP_RERAISE_STAR) {
        CHECK(exc_star_reraise(r, SECOND(), TOP(), &v));
        sp--;
        SET_TOP(v);
        DISPATCH();
    }
    CASE(OP_RERAISE) {
        r->exc = POP();
        SYNC();
        reraise = true;
        goto error;
    }
    CASE(OP_IMPORT_NAME) CHECK(modules_import(r, code->names[arg], &v)); PUSH(v); DISPATCH();
    CASE(OP_IMPORT_FROM) CHECK(modules_import_from(r, TOP(), code->names[arg], &v)); PUSH(v); DISPATCH();
    CASE(OP_IMPORT_STAR) CHECK(modules_import_star(r, TOP(), f->globals)); sp--; DISPATCH();
    CASE(OP_POP_ITER) {
        v = POP();
        if (is_generator(v) && ((ObjGenerator *)v.as.obj)->loop_owned) {
            // the loop held its only reference: CPython closes it as that goes
            if (vm_drops_open_generator(v)) CHECK(gen_finalize(r, v));
        } else if (vm_drops_open_generator(iter_wrapped(v))) {
            CHECK(gen_final_collect(r));  // `for i, x in enumerate(read()):` and the like
        } else if (is_async_generator(v) && ((ObjGenerator *)v.as.obj)->state == GEN_SUSPENDED) {
            CHECK(asyncio_close_asyncgen(r, v));
        }
        DISPATCH();
    }
    CASE(OP_LOAD_NAME) CHECK(vm_load_name(r, code, arg, locals[0], f->globals, &v)); PUSH(v); DISPATCH();
    CASE(OP_STORE_NAME)
        if (locals[0].as.obj->flags & OBJ_ENUM_BODY) {
            CHECK(mod_enum_namespace_set(r, locals[0].as.obj, code->names[arg], TOP()));
        } else {
            CHECK(dict_set(r, locals[0].as.obj, v_obj(code->names[arg]), TOP()));
        }
        sp--;
        DISPATCH();
    CASE(OP_DELETE_NAME)
        v = dict_get_str(locals[0].as.obj, (ObjStr *)code->names[arg]);
        CHECK(vm_delete_name(r, code, arg, locals[0]));
        if (vm_drops_open_generator(v)) CHECK(gen_final_collect(r));
        DISPATCH();
    CASE(OP_LOAD_CLASSDEREF) CHECK(vm_load_classderef(r, code, arg, locals, &v)); PUSH(v); DISPATCH();
    CASE(OP_LOAD_BUILD_CLASS) PUSH(v_obj((Obj *)&obj_build_class.base)); DISPATCH();
    CASE(OP_BEFORE_WITH) {
        CHECK(class_with_methods(r, TOP(), arg, &v, &w));
        SET_TOP(v);
        PUSH(w);
        DISPATCH();
    }
    CASE(OP_WITH_EXIT_ARGS) {
        v = TOP();
        SET_TOP(v_obj((Obj *)value_type(v)));
        PUSH(v);
        PUSH(is_exception(v) ? exc_traceback(v) : v_none());
        DISPATCH();
    }
    CASE(OP_GET_AWAITABLE) CHECK(vm_get_awaitable(r, TOP(), arg, &v)); SET_TOP(v); DISPATCH();
    CASE(OP_GET_AITER) CHECK(vm_get_aiter(r, TOP(), &v)); SET_TOP(v); DISPATCH();
    CASE(OP_GET_ANEXT) CHECK(vm_get_anext(r, TOP(), &v)); PUSH(v); DISPATCH();
    CASE(OP_END_ASYNC_FOR) {
        v = TOP();
        if (!type_is_subtype(v.as.obj->type, &exc_StopAsyncIteration)) {
            r->exc = v;  // raised in __anext__(): it already has this frame in its traceback
            sp--;
            SYNC();
            reraise = true;
            goto error;
        }
        sp -= 2;  // the iterator is exhausted
        DISPATCH();
    }
    CASE(OP_SCHED_NEXT) {
        SYNC();
        LoopStep step = loop_next(r, locals[0].as.obj, &v);
        if (step == LOOP_STEP) {
            PUSH(v);
            PUSH(v_none());
            DISPATCH();
        }
        if (step == LOOP_DONE && is_undef(r->exc)) {
            PUSH(v);
            ip = insns + arg;
            DISPATCH();
        }
        if (step == LOOP_THROW) {
            // a cancelled task: CancelledError comes out of its coroutine's await, as if the
            // loop's SEND (the next instruction) were running it
            Value exc = r->exc;
            bool raise;
            exc_clear(r);
            PUSH(v);
            PUSH(v_none());
            ip++;
            SYNC();
            if (!gen_push_throw(r, (ObjGenerator *)v.as.obj, f->sp, exc, &raise)) goto error;
            LOAD();
            if (raise) goto error;
            DISPATCH();
        }
        if (step == LOOP_WAIT) {
            // resumed when the host answers: this instruction then looks again
            f->ip = (uint32_t)(ip - 1 - insns);
            r->suspended_ns = run_now_ns();
            r->instructions += VM_CLOCK_EVERY - budget;
            return VM_WAIT;
        }
        reraise = step == LOOP_DONE;  // the main task's own exception, traceback and all
        goto error;
    }
    CASE(OP_SCHED_YIELDED) CHECK(loop_yielded(r, locals[0].as.obj, TOP())); sp -= 2; DISPATCH();
    CASE(OP_SCHED_RETURNED) CHECK(loop_finished(r, locals[0].as.obj, TOP(), false)); sp--; DISPATCH();
    CASE(OP_SCHED_RAISED) CHECK(loop_finished(r, locals[0].as.obj, TOP(), true)); sp--; DISPATCH();
    // match statements (match.c); SYNC first where a user's __len__, get or attribute may run
    CASE(OP_MATCH_SEQUENCE) v = v_bool(match_is_sequence(TOP())); PUSH(v); DISPATCH();
    CASE(OP_MATCH_MAPPING) v = v_bool(match_is_mapping(TOP())); PUSH(v); DISPATCH();
    CASE(OP_GET_LEN) {
        int64_t n;
        SYNC();
        CHECK(ops_len(r, TOP(), &n));
        PUSH(v_int(n));
        DISPATCH();
    }
    CASE(OP_MATCH_KEYS) {
        SYNC();
        CHECK(match_keys(r, SECOND(), TOP(), &v));
        PUSH(v);
        DISPATCH();
    }
    CASE(OP_MATCH_CLASS) {
        SYNC();
        CHECK(match_class(r, sp[-3], SECOND(), arg, TOP(), &v));
        sp -= 2;
        SET_TOP(v);
        DISPATCH();
    }
#if !defined(__GNUC__)
    default:
        SYNC();
        exc_raise(r, &exc_SystemError, "bad opcode");
        goto error;
    }
#endif

tick:
    budget = VM_CLOCK_EVERY;
    if (!vm_check_limits(r, VM_CLOCK_EVERY)) {
        SYNC();
        goto error;
    }
    if (__builtin_expect(r->final_queue != NULL, 0)) goto finalize;
    DISPATCH();

finalize:
    // generators a collection found dropped are closed between two instructions
    SYNC();
    if (!gen_final_run(r)) goto error;
    LOAD();
    DISPATCH();

error:
    // f's ip points just past the failing instruction; sp has been synced
    if (r->abort != ABORT_NONE) goto abort;
    {
        uint32_t at = f->ip ? f->ip - 1 : 0;
        if (!reraise) {
            vm_set_context(r, r->exc);
            if (!exc_add_traceback(r, (ObjException *)r->exc.as.obj, code, at)) goto abort;
        }
        reraise = false;
        for (;;) {
            if (insn_op(insns[at]) == OP_FOR_ITER && sp > STACK_BASE() &&
                (is_map(sp[-1]) || vm_callbacks_gen_stops(sp[-1])) && exc_pending_is(r, &exc_StopIteration)) {
                // the function of a map or filter this loop runs raised StopIteration: to
                // CPython, their __next__ did, so the iteration is over
                exc_clear(r);
                sp--;
                ip = insns + insn_arg(insns[at]);
                DISPATCH();
            }
            const ExcEntry *h = code_handler_at(code, at);
            if (h) {
                sp = STACK_BASE() + h->depth;
                PUSH(r->exc);
                r->exc = v_undef();
                ip = insns + h->handler;
                DISPATCH();
            }
            bool async_gen = f->gen && f->gen->type == &type_async_generator;
            if (f->gen) {
                gen_finish(f);
                bool async_stop = async_gen && exc_pending_is(r, &exc_StopAsyncIteration);
                if ((exc_pending_is(r, &exc_StopIteration) && !callbacks_code_is(code)) || async_stop) {
                    // PEP 479: a StopIteration escaping a generator is a bug, not its end
                    Value stop_exc = r->exc;
                    exc_raise(r, &exc_RuntimeError, "%s", gen_stop_message(f->gen, async_stop));
                    if (r->abort != ABORT_NONE) goto abort;
                    ((ObjException *)r->exc.as.obj)->cause = stop_exc;
                    ((ObjException *)r->exc.as.obj)->context = stop_exc;
                    ((ObjException *)r->exc.as.obj)->suppress_context = true;
                }
            }
            bool drain_over = f->drain && callbacks_stop_ends(code) && exc_pending_is(r, &exc_StopIteration);
            r->frame_count--;
            if (r->frame_count == stop) return VM_ERROR;
            LOAD();
            if (drain_over) {
                // a drained filter's predicate raised StopIteration: the filter is exhausted,
                // so the instruction that drained it runs again, on its list
                exc_clear(r);
                ip--;
                DISPATCH();
            }
            at = f->ip - 1;
            if (!exc_add_traceback(r, (ObjException *)r->exc.as.obj, code, at)) goto abort;
            if (async_gen && is_asend(sp[-2])) {
                // the await of the generator's anext()/aclose() raises here, or aclose() is done
                if (asend_finished(r, as_asend(sp[-2]), AGEN_RAISED, v_undef(), &w)) {
                    sp -= 2;
                    PUSH(w);
                    ip = insns + insn_arg(insns[at]);
                    DISPATCH();
                }
                if (r->abort != ABORT_NONE) goto abort;
            }
        }
    }

abort:
    // a limit error: no handler runs; every frame of this loop is dropped
    while (r->frame_count > stop) {
        Frame *g = &r->frames[r->frame_count - 1];
        if (g->gen) gen_finish(g);
        r->frame_count--;
    }
    return VM_ERROR;
}

// CALL_EX of a Python function: the frame is pushed with the tuple's items and the dict's
// entries as its arguments.
static bool vm_call_ex_push(Run *r, Value callee, Value args, Value kwargs, size_t top,
                            bool *pushed, Value *out) {
    ObjTuple *t = (ObjTuple *)args.as.obj;
    size_t n = is_undef(kwargs) ? 0 : dict_len(kwargs.as.obj);
    if (n == 0) {
        Args a = {t->items, (uint32_t)t->len, 0, NULL, NULL};
        return vm_invoke(r, callee, &a, top, pushed, out);
    }
    Value *kw = mem_alloc(r, (n ? n : 1) * sizeof *kw);
    Obj **names = mem_alloc(r, (n ? n : 1) * sizeof *names);
    bool ok = false;
    if (kw && names) {
        size_t pos = 0, k = 0;
        Value key, val;
        while (n && dict_next(kwargs.as.obj, &pos, &key, &val)) {
            names[k] = key.as.obj;
            kw[k++] = val;
        }
        Args a = {t->items, (uint32_t)t->len, (uint32_t)n, kw, names};
        ok = vm_invoke(r, callee, &a, top, pushed, out);
    }
    if (kw) mem_free(r, kw, (n ? n : 1) * sizeof *kw);
    if (names) mem_free(r, names, (n ? n : 1) * sizeof *names);
    return ok;
}

// Items of a list or tuple in place, or NULL for other iterables.
static Value *vm_seq_items(Value v, size_t *n) {
    if (is_list(v)) {
        *n = as_list(v)->len;
        return as_list(v)->items;
    }
    if (is_tuple(v)) {
        *n = as_tuple(v)->len;
        return as_tuple(v)->items;
    }
    return NULL;
}

// a, b = it: exactly `want` items from an iterator, checking for one more (never draining an
// endless iterator). They are gathered in a list (next() may run Python code, whose frames
// go above the stack top), then copied to stack offsets tmp..
static bool vm_unpack_iter(Run *r, Value seq, uint32_t want, size_t tmp) {
    Value it, item;
    if (!ops_iter(r, seq, &it) || !gc_push_root(r, it)) return false;
    Obj *got = list_new(r, 0);
    if (!got || !gc_push_root(r, v_obj(got))) {
        gc_pop_roots(r, 1);
        return false;
    }
    ObjList *l = (ObjList *)got;
    bool ok = false;
    IterStep s = ITER_ITEM;
    while (l->len < want && (s = ops_next(r, it, &item)) == ITER_ITEM) {
        if (!list_append(r, got, item)) goto done;
    }
    if (s == ITER_ERROR) goto done;
    if (l->len < want) {
        exc_raise(r, &exc_ValueError, "not enough values to unpack (expected %u, got %zu)", want, l->len);
        goto done;
    }
    s = ops_next(r, it, &item);
    if (s == ITER_ITEM) {
        exc_raise(r, &exc_ValueError, "too many values to unpack (expected %u)", want);
    } else if (s == ITER_END) {
        if (want) memcpy(r->stack + tmp, l->items, want * sizeof(Value));
        ok = true;
    }
done:
    gc_pop_roots(r, 2);
    return ok;
}

// Unpacks seq so that its first item ends up on top of the stack: dst is the slot seq
// occupied, items go downward from dst + count - 1. With `star`: `before` items, a list of
// the middle, then `after` items.
static bool vm_unpack(Run *r, Value seq, uint32_t before, uint32_t after, bool star,
                      size_t dst_off) {
    uint32_t want = before + after;
    if (!value_type(seq)->slots.iter) {
        return exc_raise(r, &exc_TypeError, "cannot unpack non-iterable %s object", value_type_name(seq));
    }
    size_t n;
    Value *items = vm_seq_items(seq, &n);
    if (!star) {
        if (!items) {
            // items land above dst, where the stack roots them; dst keeps seq until done
            if (!vm_unpack_iter(r, seq, want, dst_off + 1)) return false;
            Value *dst = r->stack + dst_off, *tmp = dst + 1;
            for (uint32_t k = 0; k < want / 2; k++) {
                Value t = tmp[k];
                tmp[k] = tmp[want - 1 - k];
                tmp[want - 1 - k] = t;
            }
            memmove(dst, tmp, want * sizeof(Value));
            return true;
        }
        if (n != want) {
            if (n < want) {
                return exc_raise(r, &exc_ValueError, "not enough values to unpack (expected %u, got %zu)",
                                 want, n);
            }
            return exc_raise(r, &exc_ValueError, "too many values to unpack (expected %u, got %zu)",
                             want, n);
        }
        Value *dst = r->stack + dst_off;
        for (uint32_t k = 0; k < want; k++) dst[want - 1 - k] = items[k];
        return true;
    }
    Obj *all = list_from_iterable(r, seq);
    if (!all || !gc_push_root(r, v_obj(all))) return false;
    ObjList *l = (ObjList *)all;
    bool ok = false;
    if (l->len < want) {
        exc_raise(r, &exc_ValueError, "not enough values to unpack (expected at least %u, got %zu)",
                  want, l->len);
        goto done;
    }
    size_t mid = l->len - want;
    Obj *middle = list_new(r, mid);
    if (!middle) goto done;
    if (mid) memcpy(((ObjList *)middle)->items, l->items + before, mid * sizeof(Value));
    ((ObjList *)middle)->len = mid;
    uint32_t total = want + 1, k = 0;
    Value *dst = r->stack + dst_off;
    for (uint32_t j = 0; j < before; j++) dst[total - 1 - k++] = l->items[j];
    dst[total - 1 - k++] = v_obj(middle);
    for (uint32_t j = 0; j < after; j++) dst[total - 1 - k++] = l->items[before + mid + j];
    ok = true;
done:
    gc_pop_roots(r, 1);
    return ok;
}

// How the script's code ended; when it returned, the generators it dropped that no collection
// has closed yet are closed now (gen_final.c).
static VmExit vm_script_end(Run *r, VmExit e, Value *result) {
    if (e == VM_RETURN && r->frame_count == 0 && !gen_final_at_end(r, *result)) return VM_ERROR;
    return e;
}

VmExit vm_run_module(Run *r, const Code *code, Obj *globals, Value *result) {
    size_t nslots = code->local_count + code->cell_count + code->free_count;
    if (!frame_reserve(r, 0, frame_slots(code)) || !frame_room(r)) return VM_ERROR;
    for (size_t k = 0; k < nslots; k++) r->stack[k] = v_undef();
    for (uint32_t k = 0; k < code->cell_count; k++) {
        Obj *cell = cell_new(r, v_undef());
        if (!cell) return VM_ERROR;
        r->stack[code->local_count + k] = v_obj(cell);
    }
    r->frames[r->frame_count++] = (Frame){
        .code = code,
        .globals = globals,
        .sp = (uint32_t)nslots,
        .handling = v_undef(),
    };
    if (code->flags & CODE_COROUTINE) {
        // top-level await: the module body is the main task of a loop
        Value main;
        if (!gen_capture(r, &main) || !gc_push_root(r, main)) return VM_ERROR;
        Obj *loop = loop_new(r, main);
        gc_pop_roots(r, 1);
        if (!loop || !vm_push_loop(r, loop, globals, 0)) return VM_ERROR;
    }
    return vm_script_end(r, vm_loop(r, r->frame_count - 1, false, result), result);
}

VmExit vm_resume(Run *r, Value value, Value exc, Value *result) {
    // the host's time is not the script's: the deadline moves by the wait
    if (r->deadline_ns) r->deadline_ns += run_now_ns() - r->suspended_ns;
    r->call_fn = r->call_future = NULL;
    r->call_args = r->call_kwargs = v_undef();
    if (is_undef(exc) && r->frames[r->frame_count - 1].code == &asyncio_loop_code) {
        // from VM_WAIT: the loop looks again
        return vm_script_end(r, vm_loop(r, 0, false, result), result);
    }
    if (is_undef(exc)) {
        Frame *f = &r->frames[r->frame_count - 1];
        r->stack[f->sp++] = value;  // in the callee's slot, which the suspension freed
        return vm_script_end(r, vm_loop(r, 0, false, result), result);
    }
    r->exc = exc;
    return vm_script_end(r, vm_loop(r, 0, true, result), result);
}
