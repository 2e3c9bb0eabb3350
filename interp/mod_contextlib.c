// contextlib: @contextmanager turns a generator function into context managers (the code
// before its yield is __enter__, the rest __exit__, with the exception thrown in at the
// yield); suppress(*exceptions), nullcontext(value), closing(thing) and ExitStack. Each is an object
// with built-in __enter__ and __exit__ methods, which the with statement finds like any method.
#include "interp/mod_contextlib.h"

#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mem.h"
#include "interp/modules.h"
#include "interp/obj_class.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/obj_gen.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"

// The state of one context manager: the generator, the exceptions to suppress, or the value
// nullcontext gives.
typedef struct ObjContext {
    Obj base;
    Value v;
} ObjContext;

static void context_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjContext *)o)->v);
}

static bool context_new(Run *r, const ObjType *t, Value v, Value *out) {
    if (!gc_push_root(r, v)) return false;
    ObjContext *c = gc_new(r, ObjContext, t);
    gc_pop_roots(r, 1);
    if (!c) return false;
    c->v = v;
    *out = v_obj(&c->base);
    return true;
}

static Value context_value(Value self) {
    return ((ObjContext *)self.as.obj)->v;
}

static const ObjType type_exitstack;

// ---- contextmanager ----

static bool gencm_enter(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__enter__", 0, 0)) return false;
    IterStep s = ops_next(r, context_value(self), out);
    if (s == ITER_ITEM) return true;
    if (s == ITER_END) {
        exc_raise(r, &exc_RuntimeError, "generator didn't yield");
        LIBFRAMES_ADD(r, LF_CM_ENTER_NO_YIELD);
    } else {
        LIBFRAMES_ADD(r, LF_CM_ENTER);
    }
    return false;
}

// The exception thrown in at the yield: suppressed if the generator ends, re-raised by the
// with statement if it comes back out (returning False), replaced if another one does. One
// that comes back keeps the traceback it had, without the generator's frame (as CPython's
// contextlib restores __traceback__).
static bool gencm_throw(Run *r, Value gen, Value exc, Value *out) {
    Value throw_fn, ignored;
    // kept reachable: the generator may set the exception's __traceback__ meanwhile
    Obj *traceback = is_exception(exc) ? ((ObjException *)exc.as.obj)->traceback : NULL;
    if (!gc_push_root(r, traceback ? v_obj(traceback) : v_none())) return false;
    if (!ops_method(r, gen, "throw", &throw_fn) || !gc_push_root(r, throw_fn)) {
        gc_pop_roots(r, 1);
        return false;
    }
    Args a = {&exc, 1, 0, NULL, NULL};
    bool ok = ops_call(r, throw_fn, &a, &ignored);
    gc_pop_roots(r, 2);
    if (ok) {
        exc_raise(r, &exc_RuntimeError, "generator didn't stop after throw()");
        LIBFRAMES_ADD(r, LF_CM_EXIT_NOT_STOPPED_THROW);
        return false;
    }
    if (exc_pending_is(r, &exc_StopIteration) && !(is_obj(exc) && r->exc.as.obj == exc.as.obj)) {
        exc_clear(r);
        *out = v_bool(true);
        return true;
    }
    if (is_obj(exc) && r->exc.tag == VAL_OBJ && r->exc.as.obj == exc.as.obj) {
        if (is_exception(exc)) ((ObjException *)exc.as.obj)->traceback = traceback;
        exc_clear(r);
        *out = v_bool(false);
        return true;
    }
    LIBFRAMES_ADD(r, LF_CM_EXIT_THROW);
    return false;
}

static bool gencm_exit(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__exit__", 3, 3)) return false;
    Value gen = context_value(self), item;
    if (is_none(a->pos[0])) {
        IterStep s = ops_next(r, gen, &item);
        *out = v_bool(false);
        if (s == ITER_END) return true;
        if (s == ITER_ITEM) {
            exc_raise(r, &exc_RuntimeError, "generator didn't stop");
            LIBFRAMES_ADD(r, LF_CM_EXIT_NOT_STOPPED);
        } else {
            LIBFRAMES_ADD(r, LF_CM_EXIT_NEXT);
        }
        return false;
    }
    Value exc = a->pos[1];
    if (is_none(exc)) {
        Args none = {0};
        if (!ops_call(r, a->pos[0], &none, &exc)) return false;
    }
    return gencm_throw(r, gen, exc, out);
}

static const MethodDef gencm_methods[] = {
    {"__enter__", gencm_enter},
    {"__exit__", gencm_exit},
};

static const ObjType type_gencm = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "_GeneratorContextManager",
    .module = "contextlib",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = gencm_methods,
    .method_count = sizeof gencm_methods / sizeof *gencm_methods,
    .slots = {.trace = context_trace},
};

// The decorated function, called: its generator wrapped in a context manager.
static bool factory_call(Run *r, Value callee, const Args *a, Value *out) {
    Value gen;
    if (!vm_call(r, context_value(callee), a, &gen)) return false;
    if (!is_generator(gen)) {
        return exc_raise(r, &exc_TypeError, "'%s' object is not an iterator", value_type_name(gen));
    }
    return context_new(r, &type_gencm, gen, out);
}

static bool factory_repr(Run *r, Value v, Buf *out) {
    return buf_append_cstr(out, "<contextmanager ") && ops_repr(r, context_value(v), out) &&
           buf_append_char(out, '>');
}

// What @contextmanager returns; in a class it binds to instances like a function.
const ObjType mod_contextlib_factory = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "function",
    .module = "contextlib",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {.repr = factory_repr, .call = factory_call, .trace = context_trace},
};

static bool cl_contextmanager(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "contextmanager", 1, 1)) return false;
    return context_new(r, &mod_contextlib_factory, a->pos[0], out);
}

// ---- suppress, nullcontext ----

static bool suppress_enter(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "__enter__", 0, 0)) return false;
    *out = v_none();
    return true;
}

static bool suppress_exit(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__exit__", 3, 3)) return false;
    *out = v_bool(false);
    if (is_none(a->pos[0])) return true;
    const ObjTuple *types = as_tuple(context_value(self));
    for (size_t k = 0; k < types->len; k++) {
        Value t = types->items[k];
        if (t.tag == VAL_OBJ && t.as.obj->type == &type_type &&
            type_is_subtype((const ObjType *)a->pos[0].as.obj, (const ObjType *)t.as.obj)) {
            *out = v_bool(true);
        }
    }
    return true;
}

static const MethodDef suppress_methods[] = {
    {"__enter__", suppress_enter},
    {"__exit__", suppress_exit},
};

static bool suppress_construct(Run *r, Value callee, const Args *a, Value *out);

static const ObjType type_suppress = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "suppress",
    .module = "contextlib",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = suppress_methods,
    .method_count = sizeof suppress_methods / sizeof *suppress_methods,
    .construct = suppress_construct,
    .slots = {.trace = context_trace},
};

static bool suppress_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (a->nkw) return exc_raise(r, &exc_TypeError, "suppress() takes no keyword arguments");
    Obj *t = tuple_new(r, a->npos);
    if (!t) return false;
    for (uint32_t k = 0; k < a->npos; k++) ((ObjTuple *)t)->items[k] = a->pos[k];
    return context_new(r, &type_suppress, v_obj(t), out);
}

static bool nullcontext_enter(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__enter__", 0, 0)) return false;
    *out = context_value(self);
    return true;
}

static bool nullcontext_exit(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    (void)a;
    (void)r;
    *out = v_none();
    return true;
}

static const MethodDef nullcontext_methods[] = {
    {"__enter__", nullcontext_enter},
    {"__exit__", nullcontext_exit},
};

static bool nullcontext_construct(Run *r, Value callee, const Args *a, Value *out);

static const ObjType type_nullcontext = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "nullcontext",
    .module = "contextlib",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = nullcontext_methods,
    .method_count = sizeof nullcontext_methods / sizeof *nullcontext_methods,
    .construct = nullcontext_construct,
    .slots = {.trace = context_trace},
};

static bool nullcontext_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"enter_result"};
    static const ArgSpec spec = {"nullcontext", names, 1, 0, 1, 0};
    Value p[1];
    if (!args_bind(r, a, &spec, p)) return false;
    return context_new(r, &type_nullcontext, is_undef(p[0]) ? v_none() : p[0], out);
}

// ---- closing ----

static bool closing_exit(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__exit__", 3, 3)) return false;
    Obj *name = str_from_cstr(r, "close");
    Value close, ignored;
    if (!name || !gc_push_root(r, v_obj(name))) return false;
    bool ok = ops_getattr(r, context_value(self), name, &close);
    gc_pop_roots(r, 1);
    if (!ok || !gc_push_root(r, close)) return false;
    Args none = {0};
    ok = ops_call(r, close, &none, &ignored);
    gc_pop_roots(r, 1);
    *out = v_none();
    return ok;
}

static const MethodDef closing_methods[] = {
    {"__enter__", nullcontext_enter},
    {"__exit__", closing_exit},
};

static bool closing_construct(Run *r, Value callee, const Args *a, Value *out);

static const ObjType type_closing = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "closing",
    .module = "contextlib",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = closing_methods,
    .method_count = sizeof closing_methods / sizeof *closing_methods,
    .construct = closing_construct,
    .slots = {.trace = context_trace},
};

// closing(thing): a context manager giving thing, whose exit calls thing.close().
static bool closing_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"thing"};
    static const ArgSpec spec = {"closing", names, 1, 0, 1, 1};
    Value p[1];
    if (!args_bind(r, a, &spec, p)) return false;
    return context_new(r, &type_closing, p[0], out);
}

// ---- ExitStack ----

// The stack is a list of entries: (exit,) for exit callbacks taking the exception details,
// (func, args, kwargs) for callback(), which are called without them and never suppress.

static ObjList *stack_entries(Value self) {
    return as_list(context_value(self));
}

static bool stack_push_entry(Run *r, Value self, Value *items, size_t n) {
    Obj *t = tuple_new(r, n);
    if (!t) return false;
    for (size_t k = 0; k < n; k++) ((ObjTuple *)t)->items[k] = items[k];
    return list_append(r, stack_entries(self), v_obj(t));
}

static bool stack_new(Run *r, Value *out) {
    Obj *l = list_new(r, 0);
    return l && context_new(r, &type_exitstack, v_obj(l), out);
}

static bool stack_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!args_positional(r, a, "ExitStack", 0, 0)) return false;
    return stack_new(r, out);
}

// "'builtins.int' object does not support the context manager protocol"
static bool stack_not_a_manager(Run *r, Value cm, const char *what) {
    const ObjType *t = value_type(cm);
    const char *module = type_is_class(t) ? "__main__" : t->module ? t->module : "builtins";
    if (!type_is_class(t) && strchr(t->name, '.')) module = NULL;  // "collections.deque"
    exc_raise(r, &exc_TypeError, "'%s%s%s' object does not support the %s protocol",
              module ? module : "", module ? "." : "", type_qualname(t), what);
    LIBFRAMES_ADD(r, LF_EXITSTACK_ENTER);
    return false;
}

// v.name, or None with *found false when v has no such attribute.
static bool method_of(Run *r, Value v, const char *name, Value *out, bool *found) {
    *out = v_none();
    Obj *n = str_from_cstr(r, name);
    if (!n || !gc_push_root(r, v_obj(n))) return false;
    bool ok = ops_getattr(r, v, n, out);
    gc_pop_roots(r, 1);
    *found = ok;
    if (ok || !exc_pending_is(r, &exc_AttributeError)) return ok;
    exc_clear(r);
    *out = v_none();
    return true;
}

static bool stack_enter_context(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "enter_context", 1, 1)) return false;
    Value cm = a->pos[0], enter, exit;
    bool has_enter, has_exit;
    if (!method_of(r, cm, "__enter__", &enter, &has_enter) || !gc_push_root(r, enter)) return false;
    bool ok = method_of(r, cm, "__exit__", &exit, &has_exit) && gc_push_root(r, exit);
    if (!ok) {
        gc_pop_roots(r, 1);
        return false;
    }
    Args none = {0};
    if (!has_enter || !has_exit) ok = stack_not_a_manager(r, cm, "context manager");
    ok = ok && ops_call(r, enter, &none, out) && gc_push_root(r, *out);
    if (ok) {
        ok = stack_push_entry(r, self, &exit, 1);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 2);
    return ok;
}

// push(exit): a context manager's bound __exit__, or a callable taking the same arguments.
static bool stack_push(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "push", 1, 1)) return false;
    Value exit = a->pos[0];
    bool is_cm;
    if (!method_of(r, exit, "__exit__", &exit, &is_cm)) return false;
    if (!is_cm) exit = a->pos[0];
    if (!gc_push_root(r, exit)) return false;
    bool ok = stack_push_entry(r, self, &exit, 1);
    gc_pop_roots(r, 1);
    *out = a->pos[0];
    return ok;
}

static bool stack_callback(Run *r, Value self, const Args *a, Value *out) {
    if (a->npos < 1) {
        return exc_raise(r, &exc_TypeError, "ExitStack.callback() missing 1 required positional argument: 'callback'");
    }
    Obj *args = tuple_new(r, a->npos - 1);
    if (!args || !gc_push_root(r, v_obj(args))) return false;
    for (uint32_t k = 1; k < a->npos; k++) ((ObjTuple *)args)->items[k - 1] = a->pos[k];
    Obj *kwargs = dict_new(r);
    bool ok = kwargs && gc_push_root(r, v_obj(kwargs));
    if (!ok) {
        gc_pop_roots(r, 1);
        return false;
    }
    for (uint32_t k = 0; ok && k < a->nkw; k++) ok = dict_set(r, kwargs, v_obj(a->kwnames[k]), a->kwvalues[k]);
    Value entry[3] = {a->pos[0], v_obj(args), v_obj(kwargs)};
    ok = ok && stack_push_entry(r, self, entry, 3);
    gc_pop_roots(r, 2);
    *out = a->pos[0];
    return ok;
}

static bool stack_pop_all(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "pop_all", 0, 0)) return false;
    Obj *empty = list_new(r, 0);
    if (!empty || !gc_push_root(r, v_obj(empty))) return false;
    bool ok = context_new(r, &type_exitstack, context_value(self), out);
    if (ok) ((ObjContext *)self.as.obj)->v = v_obj(empty);
    gc_pop_roots(r, 1);
    return ok;
}

// A callback() entry: func(*args, **kwargs), its keywords laid out as a call passes them.
static bool stack_call_callback(Run *r, const ObjTuple *e) {
    const ObjTuple *args = as_tuple(e->items[1]);
    Obj *kw = e->items[2].as.obj;
    size_t n = dict_len(kw), pos = 0, k = 0;
    Obj **names = n ? mem_alloc(r, n * sizeof *names) : NULL;
    Value *vals = n ? mem_alloc(r, n * sizeof *vals) : NULL;
    bool ok = !n || (names && vals);
    Value key, val, res;
    while (ok && dict_next(kw, &pos, &key, &val)) {
        names[k] = key.as.obj;
        vals[k++] = val;
    }
    Args call = {(Value *)args->items, (uint32_t)args->len, (uint32_t)k, vals, names};
    ok = ok && ops_call(r, e->items[0], &call, &res);
    if (names) mem_free(r, names, n * sizeof *names);
    if (vals) mem_free(r, vals, n * sizeof *vals);
    return ok;
}

// Calls one entry with the pending exception's details (exc: None or the exception);
// *suppress is what an exit callback answered.
static bool stack_call_entry(Run *r, Value entry, Value exc, bool *suppress) {
    const ObjTuple *e = as_tuple(entry);
    Value res;
    *suppress = false;
    if (e->len == 3) return stack_call_callback(r, e);
    Value details[3] = {v_none(), exc, v_none()};
    if (!is_none(exc)) details[0] = v_obj((Obj *)value_type(exc));
    Args call = {details, 3, 0, NULL, NULL};
    if (!ops_call(r, e->items[0], &call, &res) || !gc_push_root(r, res)) return false;
    bool ok = ops_truthy(r, res, suppress);
    gc_pop_roots(r, 1);
    return ok;
}

// An exception a callback raised while `old` was pending gets it as __context__.
static void stack_chain(Value new_exc, Value old) {
    if (!is_exception(new_exc) || !is_exception(old) || new_exc.as.obj == old.as.obj) return;
    ObjException *e = (ObjException *)new_exc.as.obj;
    if (is_undef(e->context) || is_none(e->context)) e->context = old;
}

// __exit__: unwinds the callbacks last first; each sees the exception still pending (the
// one the with block raised, or one an earlier callback raised), which a true answer
// suppresses. What is pending at the end is raised; the answer says whether the block's
// exception was suppressed.
static bool stack_unwind(Run *r, Value self, Value exc, Value *out) {
    bool received = !is_none(exc), suppressed = false, pending = false;
    if (!gc_push_root(r, exc)) return false;
    uint32_t rooted = 1;
    ObjList *entries;
    while ((entries = stack_entries(self))->len) {
        Value entry = entries->items[--entries->len];
        bool suppress;
        if (!gc_push_root(r, entry)) break;
        rooted++;
        if (stack_call_entry(r, entry, exc, &suppress)) {
            if (suppress) {
                suppressed = true;
                pending = false;
                exc = v_none();
            }
            continue;
        }
        if (r->abort) break;
        if (as_tuple(entry)->len == 3) LIBFRAMES_ADD(r, LF_EXITSTACK_CALLBACK);
        LIBFRAMES_ADD(r, LF_EXITSTACK_EXIT);
        Value new_exc = r->exc;
        exc_clear(r);
        stack_chain(new_exc, exc);
        pending = true;
        exc = new_exc;
        if (!gc_push_root(r, exc)) break;
        rooted++;
    }
    bool ok = !r->abort && !(pending && !exc_raise_value(r, exc));
    if (pending && !r->abort) LIBFRAMES_ADD(r, LF_EXITSTACK_RERAISE);
    gc_pop_roots(r, rooted);
    *out = v_bool(received && suppressed);
    return ok;
}

static bool stack_exit(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__exit__", 3, 3)) return false;
    Value exc = a->pos[1];
    if (!is_none(a->pos[0]) && is_none(exc)) {
        Args none = {0};
        if (!ops_call(r, a->pos[0], &none, &exc)) return false;
    }
    return stack_unwind(r, self, exc, out);
}

static bool stack_close(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "close", 0, 0)) return false;
    if (!stack_unwind(r, self, v_none(), out)) return false;
    *out = v_none();
    return true;
}

static bool stack_enter(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__enter__", 0, 0)) return false;
    *out = self;
    return true;
}

static const MethodDef exitstack_methods[] = {
    {"__enter__", stack_enter},
    {"__exit__", stack_exit},
    {"callback", stack_callback},
    {"close", stack_close},
    {"enter_context", stack_enter_context},
    {"pop_all", stack_pop_all},
    {"push", stack_push},
};

static const ObjType type_exitstack = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "ExitStack",
    .module = "contextlib",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = exitstack_methods,
    .method_count = sizeof exitstack_methods / sizeof *exitstack_methods,
    .construct = stack_construct,
    .slots = {.trace = context_trace},
};

STATIC_BUILTIN("contextmanager", cl_contextmanager, 0)

bool mod_contextlib_init(Run *r, Obj *module) {
    return module_set(r, module, "contextmanager", v_obj((Obj *)&obj_cl_contextmanager.base)) &&
           module_set(r, module, "suppress", v_obj((Obj *)&type_suppress)) &&
           module_set(r, module, "nullcontext", v_obj((Obj *)&type_nullcontext)) &&
           module_set(r, module, "closing", v_obj((Obj *)&type_closing)) &&
           module_set(r, module, "ExitStack", v_obj((Obj *)&type_exitstack));
}
