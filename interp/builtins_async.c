// The async iteration builtins aiter() and anext(), and the anext_awaitable that anext(it,
// default) makes of an async iterator's __anext__() awaitable.
#include "interp/builtins_async.h"

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_class.h"
#include "interp/obj_gen.h"
#include "interp/obj_iter.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

// Calls the method `name` of x's type with no arguments. False when the type has none (found
// then says so, with no exception pending, for the caller's own TypeError) or the call raised.
static bool call_type_method(Run *r, Value x, const char *name, bool *found, Value *out) {
    if (type_is_class(value_type(x))) return class_call_dunder(r, x, name, NULL, 0, out, found) && *found;
    Value m;
    *found = ops_type_method(value_type(x), name) != NULL;
    if (!*found || !ops_method(r, x, name, &m) || !gc_push_root(r, m)) return false;
    Args none = {0};
    bool ok = ops_call(r, m, &none, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool has_type_method(Value x, const char *name) {
    const ObjType *t = value_type(x);
    if (type_is_class(t)) return !is_undef(class_lookup(t, name));
    return ops_type_method(t, name) != NULL;
}

static bool bi_aiter(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "aiter", 1, 1)) return false;
    Value x = a->pos[0];
    bool found;
    if (!call_type_method(r, x, "__aiter__", &found, out)) {
        if (found) return false;
        return exc_raise(r, &exc_TypeError, "'%T' object is not an async iterable", x);
    }
    if (has_type_method(*out, "__anext__")) return true;
    return exc_raise(r, &exc_TypeError, "aiter() returned not an async iterator of type '%T'", *out);
}

// ---- anext_awaitable: the await of it.__anext__() with the default for its end ----

typedef struct ObjAnext {
    Obj base;
    Value awaitable;  // what __anext__() returned; once stepped, the iterator that runs it
    Value dflt;
    bool started;
} ObjAnext;

static bool anext_awaitable_new(Run *r, Value awaitable, Value dflt, Value *out);

static bool bi_anext(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "anext", 1, 2)) return false;
    Value it = a->pos[0], dflt = a->npos == 2 ? a->pos[1] : v_undef();
    if (is_async_generator(it)) return asend_new(r, it, ASEND_SEND, v_none(), dflt, out);
    bool found;
    if (!call_type_method(r, it, "__anext__", &found, out)) {
        if (found) return false;
        return exc_raise(r, &exc_TypeError, "'%T' object is not an async iterator", it);
    }
    if (is_undef(dflt)) return true;
    return anext_awaitable_new(r, *out, dflt, out);
}

// The iterator that runs the awaitable: a coroutine itself, else what its __await__() gives.
static bool anext_iterator(Run *r, ObjAnext *aw) {
    if (aw->started) return true;
    Value it = aw->awaitable;
    if (!is_coroutine(it)) {
        bool found;
        if (!call_type_method(r, aw->awaitable, "__await__", &found, &it)) {
            if (found) return false;
            return exc_raise(r, &exc_TypeError, "'%T' object can't be awaited", aw->awaitable);
        }
    }
    aw->awaitable = it;
    aw->started = true;
    return true;
}

// One step of the awaitable: it.send(arg), it.throw(*args) or it.close(); its end (a
// StopIteration) is ITER_END with its value, and so is a StopAsyncIteration, with the default.
static IterStep anext_step(Run *r, Value self, const char *method, const Args *args, Value *out) {
    ObjAnext *aw = (ObjAnext *)self.as.obj;
    if (!anext_iterator(r, aw)) return ITER_ERROR;
    Value m;
    if (!ops_getattr_cstr(r, aw->awaitable, method, &m) || !gc_push_root(r, m)) return ITER_ERROR;
    bool ok = ops_call(r, m, args, out);
    gc_pop_roots(r, 1);
    if (ok) return ITER_ITEM;
    if (exc_pending_is(r, &exc_StopIteration)) {
        *out = ((ObjException *)r->exc.as.obj)->value;
        if (is_undef(*out)) *out = v_none();
    } else if (exc_pending_is(r, &exc_StopAsyncIteration)) {
        *out = aw->dflt;
    } else {
        return ITER_ERROR;
    }
    exc_clear(r);
    return ITER_END;
}

static IterStep anext_next(Run *r, Value self, Value *out) {
    Value none = v_none();
    Args one = {&none, 1, 0, NULL, NULL};
    return anext_step(r, self, "send", &one, out);
}

// A step's result as a method returns it: the value sent out, or StopIteration(value).
static bool anext_result(Run *r, IterStep s, Value value, Value *out) {
    if (s == ITER_ITEM) {
        *out = value;
        return true;
    }
    if (s == ITER_ERROR) return false;
    if (!gc_push_root(r, value)) return false;
    Obj *args = tuple_new(r, 1);
    if (args) ((ObjTuple *)args)->items[0] = value;
    Obj *e = args ? exc_new(r, &exc_StopIteration, args) : NULL;
    gc_pop_roots(r, 1);
    if (e) r->exc = v_obj(e);
    return false;
}

static bool anext_send(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "send", 1, 1)) return false;
    Value v;
    return anext_result(r, anext_step(r, self, "send", a, &v), v, out);
}

static bool anext_throw(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "throw", 1, 3)) return false;
    Value v;
    return anext_result(r, anext_step(r, self, "throw", a, &v), v, out);
}

static bool anext_close(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "close", 0, 0)) return false;
    ObjAnext *aw = (ObjAnext *)self.as.obj;
    if (!aw->started) {
        *out = v_none();
        return true;
    }
    Value m;
    if (!ops_getattr_cstr(r, aw->awaitable, "close", &m)) {
        if (!exc_pending_is(r, &exc_AttributeError)) return false;
        exc_clear(r);
        *out = v_none();
        return true;
    }
    if (!gc_push_root(r, m)) return false;
    bool ok = ops_call(r, m, a, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool anext_await(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__await__", 0, 0)) return false;
    *out = self;
    return true;
}

static void anext_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjAnext *)o)->awaitable);
    gc_mark_value(r, ((ObjAnext *)o)->dflt);
}

static const MethodDef anext_methods[] = {
    {"__await__", anext_await},
    {"close", anext_close},
    {"send", anext_send},
    {"throw", anext_throw},
};

static const ObjType type_anext_awaitable = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "anext_awaitable",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = anext_methods,
    .method_count = sizeof anext_methods / sizeof *anext_methods,
    .slots = {.hash = identity_hash, .iter = iter_self, .next = anext_next, .trace = anext_trace},
};

static bool anext_awaitable_new(Run *r, Value awaitable, Value dflt, Value *out) {
    if (!gc_push_root(r, awaitable) || !gc_push_root(r, dflt)) return false;
    ObjAnext *aw = gc_new(r, ObjAnext, &type_anext_awaitable);
    gc_pop_roots(r, 2);
    if (!aw) return false;
    aw->awaitable = awaitable;
    aw->dflt = dflt;
    aw->started = false;
    *out = v_obj(&aw->base);
    return true;
}

static const MethodDef def_aiter = {"aiter", bi_aiter, 0}, def_anext = {"anext", bi_anext, 0};
const ObjBuiltin builtins_aiter = {
    .base = {.type = &type_builtin, .size = sizeof(ObjBuiltin), .flags = OBJ_STATIC},
    .def = &def_aiter,
    .self = {.tag = VAL_NONE},
};
const ObjBuiltin builtins_anext = {
    .base = {.type = &type_builtin, .size = sizeof(ObjBuiltin), .flags = OBJ_STATIC},
    .def = &def_anext,
    .self = {.tag = VAL_NONE},
};
