// functools.singledispatch: a function that picks its implementation by the class of its
// first argument, the nearest class of that class's MRO that has one registered, the
// collections.abc classes a class introduces counting as following it (functools._compose_mro).
// register(cls, func) / @register(cls) / @register on a function whose first annotation names
// the class (a union registers each member); dispatch(cls) answers the choice; registry maps
// the classes to their functions.
#include "interp/mod_functools.h"

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mod_collections_abc.h"
#include "interp/obj_class.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"

typedef struct ObjDispatch {
    Obj base;
    Value func;      // the default implementation, registered for object
    Obj *registry;   // dict: class -> implementation
    Value cls;       // for a register(cls) decorator: the class it registers (undef otherwise)
    Obj *owner;      // for a register(cls) decorator: the singledispatch function
} ObjDispatch;

static const ObjType type_dispatch, type_dispatch_register;

static bool is_type_value(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_type;
}

// Whether t itself brings the behaviour the ABC describes: t is a (virtual) subclass of it and
// none of t's bases is (list introduces Sequence; a subclass of list does not).
static bool introduces_abc(const ObjType *t, const ObjType *abc) {
    if (!mod_collections_abc_subclass(t, abc)) return false;
    if (!type_is_class(t)) return !t->base_type || !mod_collections_abc_subclass(t->base_type, abc);
    const ObjTuple *bases = as_tuple(v_obj(((const ObjClass *)t)->bases));
    for (size_t k = 0; k < bases->len; k++) {
        if (mod_collections_abc_subclass((const ObjType *)bases->items[k].as.obj, abc)) return false;
    }
    return true;
}

// The registered collections.abc class t (in the MRO of cls, which must be a subclass of it
// too) introduces, the most derived of them (Sequence before Iterable): where
// functools._compose_mro places it, right after t. Undef if none.
static Value introduced_registered_abc(const ObjDispatch *d, const ObjType *cls, const ObjType *t) {
    size_t pos = 0;
    Value key, impl, best = v_undef();
    while (dict_next(d->registry, &pos, &key, &impl)) {
        if (!is_type_value(key) || !mod_collections_abc_is((const ObjType *)key.as.obj)) continue;
        const ObjType *abc = (const ObjType *)key.as.obj;
        if (!mod_collections_abc_subclass(cls, abc) || !introduces_abc(t, abc)) continue;
        if (is_undef(best) || mod_collections_abc_subclass(abc, (const ObjType *)best.as.obj)) best = key;
    }
    return best;
}

// dispatch(cls): the implementation for the nearest class of cls's MRO that has one, with
// the registered ABCs a class introduces following it, before its bases.
static bool dispatch_find(Run *r, ObjDispatch *d, Value cls, Value *out) {
    Value mro;
    if (!ops_getattr_cstr(r, cls, "__mro__", &mro)) return false;
    if (!is_tuple(mro)) return exc_raise(r, &exc_TypeError, "dispatch() expects a class");
    for (size_t k = 0; k < as_tuple(mro)->len; k++) {
        Value t = as_tuple(mro)->items[k];
        bool found, root = t.as.obj == &type_object.base;
        if (!root && !dict_get(r, d->registry, t, out, &found)) return false;
        if (!root && found) return true;
        // C3 puts what object itself introduces (Hashable) before it
        Value abc = is_type_value(t) ? introduced_registered_abc(d, (const ObjType *)cls.as.obj, (const ObjType *)t.as.obj) : v_undef();
        if (!is_undef(abc)) return dict_get(r, d->registry, abc, out, &found);
        if (root && !dict_get(r, d->registry, t, out, &found)) return false;
        if (root && found) return true;
    }
    *out = d->func;
    return true;
}

static bool dispatch_call(Run *r, Value callee, const Args *a, Value *out) {
    ObjDispatch *d = (ObjDispatch *)callee.as.obj;
    if (a->npos == 0) {
        Value name;
        if (!ops_getattr_cstr(r, d->func, "__name__", &name)) return false;
        return exc_raise(r, &exc_TypeError, "%S requires at least 1 positional argument", name);
    }
    Value impl;
    if (!dispatch_find(r, d, v_obj((Obj *)value_type(a->pos[0])), &impl) || !gc_push_root(r, impl)) return false;
    bool ok = vm_call(r, impl, a, out);
    gc_pop_roots(r, 1);
    if (!ok) LIBFRAMES_ADD(r, LF_SINGLEDISPATCH_WRAPPER);
    return ok;
}

// registry[cls] = func for a class or each class of a union (int | str).
static bool dispatch_add(Run *r, ObjDispatch *d, Value cls, Value func) {
    if (is_type_value(cls)) return dict_set(r, d->registry, cls, func);
    Value members;
    if (!ops_getattr_cstr(r, cls, "__args__", &members)) {
        exc_clear(r);
        return exc_raise(r, &exc_TypeError, "Invalid first argument to `register()`. %R is not a class or union type.", cls);
    }
    for (size_t k = 0; is_tuple(members) && k < as_tuple(members)->len; k++) {
        if (!dispatch_add(r, d, as_tuple(members)->items[k], func)) return false;
    }
    return true;
}

// The class a function's first annotation names.
static bool annotated_class(Run *r, Value func, Value *out) {
    Value ann, key;
    size_t pos = 0;
    if (!ops_getattr_cstr(r, func, "__annotations__", &ann)) return false;
    if (!is_dict(ann) || !dict_next(ann.as.obj, &pos, &key, out)) {
        return exc_raise(r, &exc_TypeError,
                         "Invalid first argument to `register()`: %R. Use either `@register(some_class)` or plain "
                         "`@register` on an annotated function.", func);
    }
    return true;
}

static bool dispatch_new_register(Run *r, ObjDispatch *owner, Value cls, Value *out) {
    ObjDispatch *reg = gc_new(r, ObjDispatch, &type_dispatch_register);
    if (!reg) return false;
    reg->func = v_none();
    reg->cls = cls;
    reg->owner = &owner->base;
    *out = v_obj(&reg->base);
    return true;
}

// register(cls, func=None): returns func, or a decorator when only the class is given.
static bool dispatch_register(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"cls", "func"};
    static const ArgSpec spec = {"register", names, 2, 0, 2, 1};
    Value v[2];
    if (!args_bind(r, a, &spec, v)) return false;
    ObjDispatch *d = (ObjDispatch *)self.as.obj;
    Value cls = v[0], func = v[1];
    if (is_undef(func)) {
        if (is_type_value(cls)) return dispatch_new_register(r, d, cls, out);
        func = cls;
        if (!annotated_class(r, func, &cls)) return false;
    }
    *out = func;
    if (!gc_push_root(r, cls)) return false;
    bool ok = dispatch_add(r, d, cls, func);
    gc_pop_roots(r, 1);
    return ok;
}

static bool dispatch_dispatch(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "dispatch", 1, 1)) return false;
    return dispatch_find(r, (ObjDispatch *)self.as.obj, a->pos[0], out);
}

static bool register_call(Run *r, Value callee, const Args *a, Value *out) {
    ObjDispatch *reg = (ObjDispatch *)callee.as.obj;
    if (!args_positional(r, a, "register", 1, 1)) return false;
    *out = a->pos[0];
    return dispatch_add(r, (ObjDispatch *)reg->owner, reg->cls, a->pos[0]);
}

// registry, and the wrapped function's __name__, __qualname__, __doc__ and __module__.
static bool dispatch_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjDispatch *d = (ObjDispatch *)v.as.obj;
    const ObjStr *n = (const ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "registry")) {
        *out = v_obj(d->registry);
        return true;
    }
    if (str_equal_cstr(n, "__wrapped__")) {
        *out = d->func;
        return true;
    }
    if (str_equal_cstr(n, "__name__") || str_equal_cstr(n, "__qualname__") || str_equal_cstr(n, "__doc__") ||
        str_equal_cstr(n, "__module__")) {
        return ops_getattr(r, d->func, name, out);
    }
    return true;
}

static void dispatch_trace(Run *r, Obj *o) {
    ObjDispatch *d = (ObjDispatch *)o;
    gc_mark_value(r, d->func);
    gc_mark_obj(r, d->registry);
    gc_mark_value(r, d->cls);
    gc_mark_obj(r, d->owner);
}

static const MethodDef dispatch_methods[] = {
    {"dispatch", dispatch_dispatch, 0},
    {"register", dispatch_register, 0},
};

static const ObjType type_dispatch = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "function",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = dispatch_methods,
    .method_count = sizeof dispatch_methods / sizeof *dispatch_methods,
    .slots = {.call = dispatch_call, .getattr = dispatch_getattr, .trace = dispatch_trace},
};

static const ObjType type_dispatch_register = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "function",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {.call = register_call, .trace = dispatch_trace},
};

// singledispatch(func)
static bool ft_singledispatch(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "singledispatch", 1, 1)) return false;
    Obj *registry = dict_new(r);
    if (!registry || !gc_push_root(r, v_obj(registry))) return false;
    bool ok = dict_set(r, registry, v_obj((Obj *)&type_object), a->pos[0]);
    ObjDispatch *d = ok ? gc_new(r, ObjDispatch, &type_dispatch) : NULL;
    gc_pop_roots(r, 1);
    if (!d) return false;
    d->func = a->pos[0];
    d->registry = registry;
    d->cls = v_undef();
    *out = v_obj(&d->base);
    return true;
}
STATIC_BUILTIN("singledispatch", ft_singledispatch, 0)

const ObjBuiltin *const mod_functools_singledispatch = &obj_ft_singledispatch;
