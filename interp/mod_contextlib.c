// contextlib: @contextmanager turns a generator function into context managers (the code
// before its yield is __enter__, the rest __exit__, with the exception thrown in at the
// yield); suppress(*exceptions), nullcontext(value) and closing(thing). Each is an object
// with built-in __enter__ and __exit__ methods, which the with statement finds like any method.
#include "interp/mod_contextlib.h"

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/modules.h"
#include "interp/obj_func.h"
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
    uint32_t tb_count = is_exception(exc) ? ((ObjException *)exc.as.obj)->tb_count : 0;
    if (!ops_method(r, gen, "throw", &throw_fn) || !gc_push_root(r, throw_fn)) return false;
    Args a = {&exc, 1, 0, NULL, NULL};
    bool ok = ops_call(r, throw_fn, &a, &ignored);
    gc_pop_roots(r, 1);
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
        if (is_exception(exc)) ((ObjException *)exc.as.obj)->tb_count = tb_count;
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

static const MethodDef contextmanager_def = {"contextmanager", cl_contextmanager};
static const ObjBuiltin contextmanager_fn = {
    .base = {.type = &type_builtin, .flags = OBJ_STATIC},
    .def = &contextmanager_def,
    .self = {.tag = VAL_NONE},
};

bool mod_contextlib_init(Run *r, Obj *module) {
    return module_set(r, module, "contextmanager", v_obj((Obj *)&contextmanager_fn.base)) &&
           module_set(r, module, "suppress", v_obj((Obj *)&type_suppress)) &&
           module_set(r, module, "nullcontext", v_obj((Obj *)&type_nullcontext)) &&
           module_set(r, module, "closing", v_obj((Obj *)&type_closing));
}
