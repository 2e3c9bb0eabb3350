// functools: reduce, partial, lru_cache and cache, wraps and update_wrapper, cmp_to_key and
// total_ordering. The callables they make are objects calling back into Python through
// ops_call / vm_call_ex, which nest the VM under its native-depth guard.
#include "interp/mod_functools.h"

#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/modules.h"
#include "interp/obj_class.h"
#include "interp/obj_dict.h"
#include "interp/obj_func.h"
#include "interp/obj_iter.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"
#include "parser/ast.h"

// ---- reduce(function, iterable, /, initial) ----

// Folds the items of `it` into r->roots[slot] with func (the slot keeps each step's result
// reachable while the next item is fetched).
static bool reduce_fold(Run *r, Value func, Value it, uint32_t slot) {
    Value item;
    IterStep s;
    while ((s = ops_next(r, it, &item)) == ITER_ITEM) {
        if (is_undef(r->roots[slot])) {
            r->roots[slot] = item;
            continue;
        }
        Value pair[2] = {r->roots[slot], item}, res;
        if (!gc_push_root(r, item)) return false;
        Args a = {pair, 2, 0, NULL, NULL};
        bool ok = ops_call(r, func, &a, &res);
        gc_pop_roots(r, 1);
        if (!ok) return false;
        r->roots[slot] = res;
    }
    return s == ITER_END;
}

static bool ft_reduce(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"function", "iterable", "initial"};
    static const ArgSpec spec = {"reduce", names, 3, 2, 3, 2};
    Value args[3], it;
    if (!args_bind(r, a, &spec, args)) return false;
    if (!ops_iter(r, args[1], &it)) {
        if (!exc_pending_is(r, &exc_TypeError)) return false;
        exc_clear(r);
        return exc_raise(r, &exc_TypeError, "reduce() arg 2 must support iteration");
    }
    if (!gc_push_root(r, it)) return false;
    uint32_t slot = r->root_count;
    if (!gc_push_root(r, args[2])) {
        gc_pop_roots(r, 1);
        return false;
    }
    bool ok = reduce_fold(r, args[0], it, slot);
    *out = r->roots[slot];
    gc_pop_roots(r, 2);
    if (ok && is_undef(*out)) {
        return exc_raise(r, &exc_TypeError, "reduce() of empty iterable with no initial value");
    }
    return ok;
}

// ---- partial(func, /, *args, **keywords) ----

typedef struct ObjPartial {
    Obj base;
    Value func;
    Obj *args;      // tuple
    Obj *keywords;  // dict
} ObjPartial;

const ObjType mod_functools_partial;

static void partial_trace(Run *r, Obj *o) {
    ObjPartial *p = (ObjPartial *)o;
    gc_mark_value(r, p->func);
    gc_mark_obj(r, p->args);
    gc_mark_obj(r, p->keywords);
}

// A new tuple: the items of `head` followed by vs[0..n).
static Obj *tuple_concat(Run *r, Obj *head, const Value *vs, uint32_t n) {
    size_t h = head ? as_tuple(v_obj(head))->len : 0;
    Obj *t = tuple_new(r, h + n);
    if (!t) return NULL;
    for (size_t k = 0; k < h; k++) ((ObjTuple *)t)->items[k] = as_tuple(v_obj(head))->items[k];
    for (uint32_t k = 0; k < n; k++) ((ObjTuple *)t)->items[h + k] = vs[k];
    return t;
}

// A new dict: a copy of base (or empty) updated with a's keyword arguments.
static Obj *keywords_merge(Run *r, Obj *base, const Args *a) {
    Obj *d = base ? dict_copy(r, base) : dict_new(r);
    if (!d || !gc_push_root(r, v_obj(d))) return NULL;
    bool ok = true;
    for (uint32_t k = 0; ok && k < a->nkw; k++) ok = dict_set(r, d, v_obj(a->kwnames[k]), a->kwvalues[k]);
    gc_pop_roots(r, 1);
    return ok ? d : NULL;
}

// partial(func, args, keywords) from the parts, flattening a partial of a partial.
static bool partial_make(Run *r, Value func, const Args *a, Value *out) {
    Obj *base_args = NULL, *base_kw = NULL;
    if (is_obj(func) && func.as.obj->type == &mod_functools_partial) {
        ObjPartial *inner = (ObjPartial *)func.as.obj;
        base_args = inner->args;
        base_kw = inner->keywords;
        func = inner->func;
    }
    Obj *args = tuple_concat(r, base_args, a->pos, a->npos);
    if (!args || !gc_push_root(r, v_obj(args))) return false;
    Obj *kw = keywords_merge(r, base_kw, a);
    if (!kw || !gc_push_root(r, v_obj(kw))) {
        gc_pop_roots(r, 1);
        return false;
    }
    ObjPartial *p = gc_new(r, ObjPartial, &mod_functools_partial);
    gc_pop_roots(r, 2);
    if (!p) return false;
    p->func = func;
    p->args = args;
    p->keywords = kw;
    *out = v_obj(&p->base);
    return true;
}

static bool partial_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (a->npos == 0) return exc_raise(r, &exc_TypeError, "type 'partial' takes at least one argument");
    if (!value_type(a->pos[0])->slots.call) {
        return exc_raise(r, &exc_TypeError, "the first argument must be callable");
    }
    Args rest = {a->pos + 1, a->npos - 1, a->nkw, a->kwvalues, a->kwnames};
    return partial_make(r, a->pos[0], &rest, out);
}

static bool partial_call(Run *r, Value callee, const Args *a, Value *out) {
    ObjPartial *p = (ObjPartial *)callee.as.obj;
    if (!gc_push_root(r, callee)) return false;
    Obj *args = tuple_concat(r, p->args, a->pos, a->npos);
    bool ok = args && gc_push_root(r, v_obj(args));
    if (!ok) {
        gc_pop_roots(r, 1);
        return false;
    }
    Value kw = v_undef();
    if (a->nkw || dict_len(p->keywords)) {
        Obj *d = keywords_merge(r, p->keywords, a);
        ok = d && gc_push_root(r, v_obj(d));
        if (!ok) {
            gc_pop_roots(r, 2);
            return false;
        }
        kw = v_obj(d);
    }
    ok = vm_call_ex(r, p->func, v_obj(args), kw, out);
    gc_pop_roots(r, is_undef(kw) ? 2 : 3);
    return ok;
}

// functools.partial(<function f at 0x...>, 1, key=2)
static bool partial_repr(Run *r, Value v, Buf *out) {
    ObjPartial *p = (ObjPartial *)v.as.obj;
    if (!buf_append_cstr(out, "functools.partial(") || !ops_repr(r, p->func, out)) return false;
    ObjTuple *args = as_tuple(v_obj(p->args));
    for (size_t k = 0; k < args->len; k++) {
        if (!buf_append_cstr(out, ", ") || !ops_repr(r, args->items[k], out)) return false;
    }
    size_t pos = 0;
    Value key, val;
    while (dict_next(p->keywords, &pos, &key, &val)) {
        if (!buf_printf(out, ", %s=", as_str(key)->data) || !ops_repr(r, val, out)) return false;
    }
    return buf_append_char(out, ')');
}

static bool partial_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    ObjPartial *p = (ObjPartial *)v.as.obj;
    ObjStr *n = (ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "func")) *out = p->func;
    else if (str_equal_cstr(n, "args")) *out = v_obj(p->args);
    else if (str_equal_cstr(n, "keywords")) *out = v_obj(p->keywords);
    return true;
}

const ObjType mod_functools_partial = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "functools.partial",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .construct = partial_construct,
    .slots = {.repr = partial_repr, .call = partial_call, .getattr = partial_getattr,
              .trace = partial_trace},
};

// ---- cached_property(func) ----

typedef struct ObjCachedProperty {
    Obj base;
    Value func;
} ObjCachedProperty;

const ObjType mod_functools_cached_property;

static bool cached_property_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"func"};
    static const ArgSpec spec = {"cached_property.__init__", names, 1, 0, 1, 1};
    Value func;
    if (!args_bind(r, a, &spec, &func) || !gc_push_root(r, func)) return false;
    ObjCachedProperty *p = gc_new(r, ObjCachedProperty, &mod_functools_cached_property);
    gc_pop_roots(r, 1);
    if (!p) return false;
    p->func = func;
    *out = v_obj(&p->base);
    return true;
}

static void cached_property_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjCachedProperty *)o)->func);
}

static bool cached_property_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjCachedProperty *p = (ObjCachedProperty *)v.as.obj;
    *out = v_undef();
    if (str_equal_cstr((ObjStr *)name, "func")) *out = p->func;
    else if (str_equal_cstr((ObjStr *)name, "__doc__")) return ops_getattr(r, p->func, name, out);
    return true;
}

bool mod_functools_cached_get(Run *r, Value prop, Value self, ObjStr *name, Value *out) {
    if (is_undef(self)) {
        *out = prop;
        return true;
    }
    Value dict, val;
    if (!ops_getattr_cstr(r, self, "__dict__", &dict)) {
        if (!exc_pending_is(r, &exc_AttributeError)) return false;
        exc_clear(r);
        return exc_raise(r, &exc_TypeError, "No '__dict__' attribute on '%s' instance to cache '%s' property.",
                         value_type_name(self), name->data);
    }
    if (!gc_push_root(r, dict)) return false;
    Value func = ((ObjCachedProperty *)prop.as.obj)->func;
    Args a = {&self, 1, 0, NULL, NULL};
    bool ok = ops_call(r, func, &a, &val) && gc_push_root(r, val);
    if (ok) {
        ok = dict_set(r, dict.as.obj, v_obj((Obj *)name), val);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    *out = val;
    return ok;
}

const ObjType mod_functools_cached_property = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "functools.cached_property",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .construct = cached_property_construct,
    .slots = {.getattr = cached_property_getattr, .trace = cached_property_trace},
};

// ---- update_wrapper and wraps ----

static const char *const wrapper_assignments[] = {"__module__", "__name__", "__qualname__", "__doc__",
                                                  "__annotate__", "__type_params__"};

// wrapper.name = wrapped.name when wrapped has it.
static bool wrapper_assign(Run *r, Value wrapper, Value wrapped, Obj *name) {
    Value v;
    if (!ops_getattr(r, wrapped, name, &v)) {
        if (!exc_pending_is(r, &exc_AttributeError)) return false;
        exc_clear(r);
        return true;
    }
    if (!gc_push_root(r, v)) return false;
    bool ok = ops_setattr(r, wrapper, name, v);
    gc_pop_roots(r, 1);
    return ok;
}

static bool wrapper_assign_cstr(Run *r, Value wrapper, Value wrapped, const char *name) {
    Obj *n = str_from_cstr(r, name);
    if (!n || !gc_push_root(r, v_obj(n))) return false;
    bool ok = wrapper_assign(r, wrapper, wrapped, n);
    gc_pop_roots(r, 1);
    return ok;
}

// getattr(wrapper, name).update(getattr(wrapped, name, {}))
static bool wrapper_update(Run *r, Value wrapper, Value wrapped, Obj *name) {
    Value dst, src, update, ignored;
    if (!ops_getattr(r, wrapper, name, &dst) || !gc_push_root(r, dst)) return false;
    bool ok = ops_getattr(r, wrapped, name, &src);
    if (!ok && exc_pending_is(r, &exc_AttributeError)) {
        exc_clear(r);
        gc_pop_roots(r, 1);
        return true;
    }
    ok = ok && gc_push_root(r, src);
    if (!ok) {
        gc_pop_roots(r, 1);
        return false;
    }
    ok = ops_method(r, dst, "update", &update) && gc_push_root(r, update);
    if (ok) {
        Args a = {&src, 1, 0, NULL, NULL};
        ok = ops_call(r, update, &a, &ignored);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 2);
    return ok;
}

// Applies each name of the iterable `names` with fn (assign or update).
static bool wrapper_each(Run *r, Value wrapper, Value wrapped, Value names,
                         bool (*fn)(Run *, Value, Value, Obj *)) {
    Value it, name;
    if (!ops_iter(r, names, &it) || !gc_push_root(r, it)) return false;
    IterStep s = ITER_END;
    bool ok = true;
    while (ok && (s = ops_next(r, it, &name)) == ITER_ITEM) {
        if (!is_str(name)) {
            ok = exc_raise(r, &exc_TypeError, "attribute name must be string, not '%s'",
                           value_type_name(name));
            break;
        }
        ok = gc_push_root(r, name) && fn(r, wrapper, wrapped, name.as.obj);
        if (ok) gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok && s != ITER_ERROR;
}

static bool update_wrapper_apply(Run *r, Value wrapper, Value wrapped, Value assigned,
                                 Value updated) {
    bool ok = true;
    if (is_undef(assigned)) {
        for (size_t k = 0; ok && k < sizeof wrapper_assignments / sizeof *wrapper_assignments; k++) {
            ok = wrapper_assign_cstr(r, wrapper, wrapped, wrapper_assignments[k]);
        }
    } else {
        ok = wrapper_each(r, wrapper, wrapped, assigned, wrapper_assign);
    }
    if (!ok) return false;
    if (is_undef(updated)) {
        Obj *n = str_from_cstr(r, "__dict__");
        ok = n && gc_push_root(r, v_obj(n));
        if (!ok) return false;
        ok = wrapper_update(r, wrapper, wrapped, n);
        gc_pop_roots(r, 1);
    } else {
        ok = wrapper_each(r, wrapper, wrapped, updated, wrapper_update);
    }
    if (!ok) return false;
    Obj *n = str_from_cstr(r, "__wrapped__");
    if (!n || !gc_push_root(r, v_obj(n))) return false;
    ok = ops_setattr(r, wrapper, n, wrapped);
    gc_pop_roots(r, 1);
    return ok;
}

static bool ft_update_wrapper(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"wrapper", "wrapped", "assigned", "updated"};
    static const ArgSpec spec = {"update_wrapper", names, 4, 0, 4, 2};
    Value args[4];
    if (!args_bind(r, a, &spec, args)) return false;
    if (!update_wrapper_apply(r, args[0], args[1], args[2], args[3])) return false;
    *out = args[0];
    return true;
}
STATIC_BUILTIN("update_wrapper", ft_update_wrapper, 0)

// wraps(wrapped): partial(update_wrapper, wrapped=wrapped, assigned=..., updated=...)
static bool ft_wraps(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"wrapped", "assigned", "updated"};
    static const ArgSpec spec = {"wraps", names, 3, 0, 3, 1};
    Value args[3];
    if (!args_bind(r, a, &spec, args)) return false;
    Obj *kwnames[3];
    Value kwvalues[3];
    uint32_t n = 0;
    for (uint32_t k = 0; k < 3; k++) {
        if (is_undef(args[k])) continue;
        kwnames[n] = str_from_cstr(r, names[k]);
        if (!kwnames[n] || !gc_push_root(r, v_obj(kwnames[n]))) {
            gc_pop_roots(r, n);
            return false;
        }
        kwvalues[n++] = args[k];
    }
    Args kw = {NULL, 0, n, kwvalues, kwnames};
    bool ok = partial_make(r, v_obj((Obj *)&obj_ft_update_wrapper), &kw, out);
    gc_pop_roots(r, n);
    return ok;
}
STATIC_BUILTIN("wraps", ft_wraps, 0)

// ---- lru_cache(maxsize=128, typed=False) and cache ----

typedef struct ObjLru {
    Obj base;
    Value func;
    Obj *cache;  // dict: key -> result, least recently used first
    Obj *dict;   // the wrapper's attributes (__wrapped__, __name__, ...)
    int64_t maxsize;  // -1: unbounded
    int64_t hits, misses;
    bool typed;
} ObjLru;

// What lru_cache(...) returns when not given the function itself: it wraps its argument.
typedef struct ObjLruMaker {
    Obj base;
    int64_t maxsize;
    bool typed;
} ObjLruMaker;

const ObjType mod_functools_lru_wrapper;
static const ObjType type_lru_maker;

static void lru_trace(Run *r, Obj *o) {
    ObjLru *c = (ObjLru *)o;
    gc_mark_value(r, c->func);
    gc_mark_obj(r, c->cache);
    gc_mark_obj(r, c->dict);
}

static bool lru_new(Run *r, Value func, int64_t maxsize, bool typed, Value *out) {
    if (!value_type(func)->slots.call) {
        return exc_raise(r, &exc_TypeError, "the first argument must be callable");
    }
    Obj *cache = dict_new(r);
    if (!cache || !gc_push_root(r, v_obj(cache))) return false;
    Obj *attrs = dict_new(r);
    bool ok = attrs && gc_push_root(r, v_obj(attrs));
    ObjLru *c = ok ? gc_new(r, ObjLru, &mod_functools_lru_wrapper) : NULL;
    gc_pop_roots(r, ok ? 2 : 1);
    if (!c) return false;
    c->func = func;
    c->cache = cache;
    c->dict = attrs;
    c->maxsize = maxsize;
    c->typed = typed;
    *out = v_obj(&c->base);
    if (!gc_push_root(r, *out)) return false;
    ok = update_wrapper_apply(r, *out, func, v_undef(), v_undef());
    gc_pop_roots(r, 1);
    return ok;
}

// The cache key of a call: the argument itself for one int or str, else a tuple of the
// positionals, then a marker and the keyword names and values, then (typed) the types.
static bool lru_key(Run *r, const ObjLru *c, const Args *a, Value *out) {
    if (a->npos == 1 && a->nkw == 0 && !c->typed) {
        const ObjType *t = value_type(a->pos[0]);
        if (t == &type_int || t == &type_str) {
            *out = a->pos[0];
            return true;
        }
    }
    uint32_t n = a->npos + (a->nkw ? 1 + 2 * a->nkw : 0);
    uint32_t typed = c->typed ? a->npos + a->nkw : 0;
    Obj *t = tuple_new(r, n + typed);
    if (!t) return false;
    Value *items = ((ObjTuple *)t)->items;
    uint32_t k = 0;
    for (uint32_t i = 0; i < a->npos; i++) items[k++] = a->pos[i];
    if (a->nkw) items[k++] = v_obj((Obj *)&mod_functools_lru_wrapper);  // the keyword marker
    for (uint32_t i = 0; i < a->nkw; i++) {
        items[k++] = v_obj(a->kwnames[i]);
        items[k++] = a->kwvalues[i];
    }
    for (uint32_t i = 0; typed && i < a->npos; i++) items[k++] = v_obj((Obj *)value_type(a->pos[i]));
    for (uint32_t i = 0; typed && i < a->nkw; i++) items[k++] = v_obj((Obj *)value_type(a->kwvalues[i]));
    *out = v_obj(t);
    return true;
}

// Drops the least recently used entries past maxsize.
static bool lru_trim(Run *r, ObjLru *c) {
    while (c->maxsize >= 0 && dict_len(c->cache) > (size_t)c->maxsize) {
        size_t pos = 0;
        Value key, val;
        bool found;
        if (!dict_next(c->cache, &pos, &key, &val)) break;
        if (!dict_del(r, c->cache, key, &found)) return false;
    }
    return true;
}

// A hit moves to the end: most recently used.
static bool lru_touch(Run *r, ObjLru *c, Value key, Value val) {
    bool found;
    if (c->maxsize < 0) return true;
    return dict_del(r, c->cache, key, &found) && dict_set(r, c->cache, key, val);
}

bool mod_functools_is_lru(Value v) {
    return is_obj(v) && v.as.obj->type == &mod_functools_lru_wrapper &&
           is_function(((ObjLru *)v.as.obj)->func);
}

bool mod_functools_lru_lookup(Run *r, Value *callee, const Args *a, bool *hit, Value *out,
                              Obj **memo) {
    ObjLru *c = (ObjLru *)callee->as.obj;
    *hit = false;
    *memo = NULL;
    if (c->maxsize == 0) {
        c->misses++;
        *callee = c->func;
        return true;
    }
    Value key, val;
    bool found;
    int64_t hash;
    if (!lru_key(r, c, a, &key) || !gc_push_root(r, key)) return false;
    bool ok = ops_hash(r, key, &hash) && dict_get(r, c->cache, key, &val, &found);
    if (ok && found) {
        c->hits++;
        *hit = true;
        *out = val;
        ok = gc_push_root(r, val) && lru_touch(r, c, key, val);
        if (ok) gc_pop_roots(r, 1);
    } else if (ok) {
        c->misses++;
        Obj *m = tuple_new(r, 2);
        ok = m != NULL;
        if (ok) {
            ((ObjTuple *)m)->items[0] = *callee;
            ((ObjTuple *)m)->items[1] = key;
            *memo = m;
            *callee = c->func;
        }
    }
    gc_pop_roots(r, 1);
    return ok;
}

bool mod_functools_lru_store(Run *r, Obj *memo, Value result) {
    ObjTuple *m = (ObjTuple *)memo;
    ObjLru *c = (ObjLru *)m->items[0].as.obj;
    if (!gc_push_root(r, v_obj(memo)) || !gc_push_root(r, result)) return false;
    bool ok = dict_set(r, c->cache, m->items[1], result) && lru_trim(r, c);
    gc_pop_roots(r, 2);
    return ok;
}

// A call from C (or of a wrapper of a built-in): the VM's lookup and store around a nested call.
static bool lru_call(Run *r, Value callee, const Args *a, Value *out) {
    Value func = callee;
    bool hit;
    Obj *memo;
    if (!gc_push_root(r, callee)) return false;
    bool ok = mod_functools_lru_lookup(r, &func, a, &hit, out, &memo);
    if (ok && !hit) {
        ok = !memo || gc_push_root(r, v_obj(memo));
        if (ok) {
            ok = vm_call(r, func, a, out) && (!memo || mod_functools_lru_store(r, memo, *out));
            if (memo) gc_pop_roots(r, 1);
        }
    }
    gc_pop_roots(r, 1);
    return ok;
}

// CacheInfo(hits=..., misses=..., maxsize=..., currsize=...): a namedtuple class made on
// first use and kept in the module as _CacheInfo, as CPython's functools has it.
static bool lru_cacheinfo_class(Run *r, Value *out) {
    Value mod, coll, factory;
    Obj *name = str_from_cstr(r, "functools");
    if (!name || !gc_push_root(r, v_obj(name))) return false;
    bool ok = modules_import(r, name, &mod);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    Obj *key = str_from_cstr(r, "_CacheInfo");
    if (!key) return false;
    *out = dict_get_str(module_dict(mod.as.obj), (ObjStr *)key);
    if (!is_undef(*out)) return true;
    if (!gc_push_root(r, mod)) return false;
    Obj *cname = str_from_cstr(r, "collections");
    ok = cname && gc_push_root(r, v_obj(cname));
    if (!ok) {
        gc_pop_roots(r, 1);
        return false;
    }
    ok = modules_import(r, cname, &coll) && ops_getattr_cstr(r, coll, "namedtuple", &factory) &&
         gc_push_root(r, factory);
    if (!ok) {
        gc_pop_roots(r, 2);
        return false;
    }
    Obj *fields = str_from_cstr(r, "hits misses maxsize currsize");
    ok = fields && gc_push_root(r, v_obj(fields));
    Obj *tname = ok ? str_from_cstr(r, "CacheInfo") : NULL;
    if (tname && (ok = gc_push_root(r, v_obj(tname)))) {
        Value args[2] = {v_obj(tname), v_obj(fields)};
        Args ca = {args, 2, 0, NULL, NULL};
        ok = ops_call(r, factory, &ca, out) && module_set(r, mod.as.obj, "_CacheInfo", *out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, fields ? 4 : 3);
    return ok && tname;
}

static bool lru_cache_info(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "cache_info", 0, 0)) return false;
    ObjLru *c = (ObjLru *)self.as.obj;
    Value cls;
    if (!lru_cacheinfo_class(r, &cls)) return false;
    Value args[4] = {v_int(c->hits), v_int(c->misses), c->maxsize < 0 ? v_none() : v_int(c->maxsize),
                     v_int((int64_t)dict_len(c->cache))};
    Args ca = {args, 4, 0, NULL, NULL};
    return ops_call(r, cls, &ca, out);
}

static bool lru_cache_clear(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "cache_clear", 0, 0)) return false;
    ObjLru *c = (ObjLru *)self.as.obj;
    Obj *empty = dict_new(r);
    if (!empty) return false;
    c->cache = empty;
    c->hits = c->misses = 0;
    *out = v_none();
    return true;
}

static bool lru_cache_parameters(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "cache_parameters", 0, 0)) return false;
    ObjLru *c = (ObjLru *)self.as.obj;
    Obj *d = dict_new(r);
    if (!d || !gc_push_root(r, v_obj(d))) return false;
    Obj *k1 = str_from_cstr(r, "maxsize");
    bool ok = k1 && dict_set(r, d, v_obj(k1), c->maxsize < 0 ? v_none() : v_int(c->maxsize));
    Obj *k2 = ok ? str_from_cstr(r, "typed") : NULL;
    ok = k2 && dict_set(r, d, v_obj(k2), v_bool(c->typed));
    gc_pop_roots(r, 1);
    *out = v_obj(d);
    return ok;
}

static bool lru_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    ObjLru *c = (ObjLru *)v.as.obj;
    *out = str_equal_cstr((ObjStr *)name, "__dict__") ? v_obj(c->dict)
                                                       : dict_get_str(c->dict, (ObjStr *)name);
    return true;
}

static bool lru_setattr(Run *r, Value v, Obj *name, Value val) {
    ObjLru *c = (ObjLru *)v.as.obj;
    if (!is_undef(val)) return dict_set(r, c->dict, v_obj(name), val);
    bool found;
    if (!dict_del(r, c->dict, v_obj(name), &found)) return false;
    if (found) return true;
    return exc_raise(r, &exc_AttributeError, "'functools._lru_cache_wrapper' object has no attribute '%s'",
                     ((ObjStr *)name)->data);
}

static const MethodDef lru_methods[] = {
    {"cache_clear", lru_cache_clear, 0},
    {"cache_info", lru_cache_info, 0},
    {"cache_parameters", lru_cache_parameters, 0},
};

const ObjType mod_functools_lru_wrapper = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "functools._lru_cache_wrapper",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = lru_methods,
    .method_count = sizeof lru_methods / sizeof *lru_methods,
    .slots = {.call = lru_call, .getattr = lru_getattr, .setattr = lru_setattr,
              .hash = identity_hash, .trace = lru_trace},
};

static bool lru_maker_call(Run *r, Value callee, const Args *a, Value *out) {
    ObjLruMaker *m = (ObjLruMaker *)callee.as.obj;
    if (!args_positional(r, a, "decorating_function", 1, 1)) return false;
    return lru_new(r, a->pos[0], m->maxsize, m->typed, out);
}

// Shown as CPython's closure is.
static bool lru_maker_repr(Run *r, Value v, Buf *out) {
    return buf_printf(out, "<function lru_cache.<locals>.decorating_function at 0x%llx>",
                      (unsigned long long)run_object_id(r, v.as.obj));
}

static const ObjType type_lru_maker = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "function",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {.repr = lru_maker_repr, .call = lru_maker_call},
};

static bool ft_lru_cache(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"maxsize", "typed"};
    static const ArgSpec spec = {"lru_cache", names, 2, 0, 2, 0};
    Value args[2];
    if (!args_bind(r, a, &spec, args)) return false;
    bool typed = false;
    if (!is_undef(args[1]) && !ops_truthy(r, args[1], &typed)) return false;
    Value maxsize = is_undef(args[0]) ? v_int(128) : args[0];
    int64_t n = -1;
    if (container_is_int(maxsize)) {
        if (!ops_index(r, maxsize, &n)) return false;
        if (n < 0) n = 0;
    } else if (value_type(maxsize)->slots.call) {
        return lru_new(r, maxsize, 128, typed, out);
    } else if (!is_none(maxsize)) {
        return exc_raise(r, &exc_TypeError, "Expected first argument to be an integer, a callable, or None");
    }
    ObjLruMaker *m = gc_new(r, ObjLruMaker, &type_lru_maker);
    if (!m) return false;
    m->maxsize = n;
    m->typed = typed;
    *out = v_obj(&m->base);
    return true;
}
STATIC_BUILTIN("lru_cache", ft_lru_cache, 0)

static bool ft_cache(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "cache", 1, 1)) return false;
    return lru_new(r, a->pos[0], -1, false, out);
}
STATIC_BUILTIN("cache", ft_cache, 0)

// ---- cmp_to_key(mycmp) ----

// One type for both the key function (obj undef) and the keys it makes: K(obj) compares by
// mycmp(self.obj, other.obj) against 0.
typedef struct ObjCmpKey {
    Obj base;
    Value cmp;
    Value obj;
} ObjCmpKey;

static const ObjType type_cmp_key;

static void cmp_key_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjCmpKey *)o)->cmp);
    gc_mark_value(r, ((ObjCmpKey *)o)->obj);
}

static bool cmp_key_new(Run *r, Value cmp, Value obj, Value *out) {
    if (!gc_push_root(r, cmp) || !gc_push_root(r, obj)) return false;
    ObjCmpKey *k = gc_new(r, ObjCmpKey, &type_cmp_key);
    gc_pop_roots(r, 2);
    if (!k) return false;
    k->cmp = cmp;
    k->obj = obj;
    *out = v_obj(&k->base);
    return true;
}

static bool cmp_key_call(Run *r, Value callee, const Args *a, Value *out) {
    static const char *const names[] = {"obj"};
    static const ArgSpec spec = {"K", names, 1, 0, 1, 1};
    Value obj;
    if (!args_bind(r, a, &spec, &obj)) return false;
    return cmp_key_new(r, ((ObjCmpKey *)callee.as.obj)->cmp, obj, out);
}

static bool cmp_key_compare(Run *r, Value a, Value b, int op, Value *out) {
    if (!is_obj(b) || b.as.obj->type != &type_cmp_key) {
        return exc_raise(r, &exc_TypeError, "other argument must be K instance");
    }
    ObjCmpKey *x = (ObjCmpKey *)a.as.obj, *y = (ObjCmpKey *)b.as.obj;
    Value pair[2] = {x->obj, y->obj}, res;
    Args ca = {pair, 2, 0, NULL, NULL};
    if (!ops_call(r, x->cmp, &ca, &res) || !gc_push_root(r, res)) return false;
    bool ok = ops_compare(r, res, v_int(0), op, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool cmp_key_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjCmpKey *k = (ObjCmpKey *)v.as.obj;
    *out = v_undef();
    if (str_equal_cstr((ObjStr *)name, "obj")) {
        if (is_undef(k->obj)) return exc_raise(r, &exc_AttributeError, "obj");
        *out = k->obj;
    }
    return true;
}

static const ObjType type_cmp_key = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "functools.KeyWrapper",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {.compare = cmp_key_compare, .call = cmp_key_call, .getattr = cmp_key_getattr,
              .trace = cmp_key_trace},
};

static bool ft_cmp_to_key(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"mycmp"};
    static const ArgSpec spec = {"cmp_to_key", names, 1, 0, 1, 1};
    Value cmp;
    if (!args_bind(r, a, &spec, &cmp)) return false;
    return cmp_key_new(r, cmp, v_undef(), out);
}
STATIC_BUILTIN("cmp_to_key", ft_cmp_to_key, 0)

// ---- total_ordering ----

// The four ordering dunders, in the order total_ordering prefers a class's own as the root
// (CPython takes max() of the names: __lt__ > __le__ > __gt__ > __ge__).
static const char *const order_ops[] = {"__lt__", "__le__", "__gt__", "__ge__"};

// How a derived operation combines root = type(self).<root>(self, other) (not NotImplemented)
// with self == other / self != other, as functools.py's _gt_from_lt and its siblings.
typedef enum OrderForm {
    FORM_NOT_AND_NE,  // not root and self != other
    FORM_OR_EQ,       // root or self == other
    FORM_NOT,         // not root
    FORM_NOT_OR_EQ,   // not root or self == other
    FORM_AND_NE,      // root and self != other
} OrderForm;

static bool order_derived(Run *r, Value self, const Args *a, int root, OrderForm form,
                          LibFrameId frame, Value *out) {
    if (!args_positional(r, a, order_ops[root], 1, 1)) return false;
    Value other = a->pos[0], res;
    bool found, truth;
    if (!class_call_dunder(r, self, order_ops[root], &other, 1, &res, &found)) {
        LIBFRAMES_ADD(r, frame);
        return false;
    }
    if (is_notimpl(res)) {
        *out = res;
        return true;
    }
    if (!gc_push_root(r, res)) return false;
    bool ok = ops_truthy(r, res, &truth);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    bool need_eq = form == FORM_OR_EQ ? !truth : form == FORM_NOT_OR_EQ ? truth : false;
    bool need_ne = form == FORM_NOT_AND_NE ? !truth : form == FORM_AND_NE ? truth : false;
    if (need_eq || need_ne) {
        return ops_compare(r, self, other, need_eq ? AST_CMP_EQ : AST_CMP_NE, out);
    }
    if (form == FORM_OR_EQ || form == FORM_AND_NE) *out = res;
    else *out = v_bool(form == FORM_NOT_OR_EQ ? true : !truth);
    return true;
}

#define ORDER_DERIVED(FN, ROOT, FORM, FRAME)                                    \
    static bool FN(Run *r, Value self, const Args *a, Value *out) {             \
        return order_derived(r, self, a, ROOT, FORM, FRAME, out);               \
    }
ORDER_DERIVED(gt_from_lt, 0, FORM_NOT_AND_NE, LF_GT_FROM_LT)
ORDER_DERIVED(le_from_lt, 0, FORM_OR_EQ, LF_LE_FROM_LT)
ORDER_DERIVED(ge_from_lt, 0, FORM_NOT, LF_GE_FROM_LT)
ORDER_DERIVED(ge_from_le, 1, FORM_NOT_OR_EQ, LF_GE_FROM_LE)
ORDER_DERIVED(lt_from_le, 1, FORM_AND_NE, LF_LT_FROM_LE)
ORDER_DERIVED(gt_from_le, 1, FORM_NOT, LF_GT_FROM_LE)
ORDER_DERIVED(lt_from_gt, 2, FORM_NOT_AND_NE, LF_LT_FROM_GT)
ORDER_DERIVED(ge_from_gt, 2, FORM_OR_EQ, LF_GE_FROM_GT)
ORDER_DERIVED(le_from_gt, 2, FORM_NOT, LF_LE_FROM_GT)
ORDER_DERIVED(le_from_ge, 3, FORM_NOT_OR_EQ, LF_LE_FROM_GE)
ORDER_DERIVED(gt_from_ge, 3, FORM_AND_NE, LF_GT_FROM_GE)
ORDER_DERIVED(lt_from_ge, 3, FORM_NOT, LF_LT_FROM_GE)
STATIC_METHOD(m_gt_from_lt, "__gt__", gt_from_lt)
STATIC_METHOD(m_le_from_lt, "__le__", le_from_lt)
STATIC_METHOD(m_ge_from_lt, "__ge__", ge_from_lt)
STATIC_METHOD(m_ge_from_le, "__ge__", ge_from_le)
STATIC_METHOD(m_lt_from_le, "__lt__", lt_from_le)
STATIC_METHOD(m_gt_from_le, "__gt__", gt_from_le)
STATIC_METHOD(m_lt_from_gt, "__lt__", lt_from_gt)
STATIC_METHOD(m_ge_from_gt, "__ge__", ge_from_gt)
STATIC_METHOD(m_le_from_gt, "__le__", le_from_gt)
STATIC_METHOD(m_le_from_ge, "__le__", le_from_ge)
STATIC_METHOD(m_gt_from_ge, "__gt__", gt_from_ge)
STATIC_METHOD(m_lt_from_ge, "__lt__", lt_from_ge)

// For each root, the three operations derived from it.
static const ObjBuiltin *const order_derivations[4][3] = {
    {&m_gt_from_lt, &m_le_from_lt, &m_ge_from_lt},
    {&m_ge_from_le, &m_lt_from_le, &m_gt_from_le},
    {&m_lt_from_gt, &m_ge_from_gt, &m_le_from_gt},
    {&m_le_from_ge, &m_gt_from_ge, &m_lt_from_ge},
};

static bool ft_total_ordering(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "total_ordering", 1, 1)) return false;
    Value cls = a->pos[0];
    bool defined[4];
    int root = -1;
    for (int k = 0; k < 4; k++) {
        // only a class written in Python can define its own; built-ins keep object's
        defined[k] = is_class_value(cls) &&
                     !is_undef(class_lookup((const ObjType *)cls.as.obj, order_ops[k]));
        if (defined[k] && root < 0) root = k;
    }
    if (root < 0) {
        return exc_raise(r, &exc_ValueError, "must define at least one ordering operation: < > <= >=");
    }
    for (int k = 0; k < 3; k++) {
        const ObjBuiltin *m = order_derivations[root][k];
        int op = 0;
        while (strcmp(order_ops[op], m->def->name) != 0) op++;
        if (defined[op]) continue;
        Obj *name = str_from_cstr(r, m->def->name);
        if (!name || !gc_push_root(r, v_obj(name))) return false;
        bool ok = ops_setattr(r, cls, name, v_obj((Obj *)&m->base));
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    *out = cls;
    return true;
}
STATIC_BUILTIN("total_ordering", ft_total_ordering, 0)

STATIC_BUILTIN("reduce", ft_reduce, 0)

static const ObjBuiltin *const functools_builtins[] = {
    &obj_ft_reduce, &obj_ft_update_wrapper, &obj_ft_wraps, &obj_ft_lru_cache, &obj_ft_cache,
    &obj_ft_cmp_to_key, &obj_ft_total_ordering,
};

bool mod_functools_init(Run *r, Obj *module) {
    for (size_t k = 0; k < sizeof functools_builtins / sizeof *functools_builtins; k++) {
        const ObjBuiltin *b = functools_builtins[k];
        if (!module_set(r, module, b->def->name, v_obj((Obj *)&b->base))) return false;
    }
    return module_set(r, module, "singledispatch", v_obj((Obj *)&mod_functools_singledispatch->base)) &&
           module_set(r, module, "partial", v_obj((Obj *)&mod_functools_partial.base)) &&
           module_set(r, module, "cached_property", v_obj((Obj *)&mod_functools_cached_property.base));
}
