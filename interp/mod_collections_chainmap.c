// collections.ChainMap: a view of several mappings searched in order, as CPython's Python
// class in collections/__init__.py. Lookups try each of `maps` in turn; writes, deletions,
// pop, popitem and clear go to the first. Iteration (and len) covers the union of the keys,
// in the order CPython's __iter__ builds: the last mapping's keys first. keys(), values() and
// items() are KeysView(self) and friends (obj_mapping_view.c).
#include "interp/mod_collections.h"

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_dict.h"
#include "interp/obj_list.h"
#include "interp/obj_mapping_view.h"
#include "interp/obj_str.h"
#include "interp/ops.h"
#include "parser/ast.h"

typedef struct ObjChainMap {
    Obj base;
    Obj *maps;  // list of the mappings, searched first to last
} ObjChainMap;

static ObjList *chain_maps(Value v) {
    return (ObjList *)((ObjChainMap *)v.as.obj)->maps;
}

static bool chain_new(Run *r, Obj *maps, Value *out) {
    if (!gc_push_root(r, v_obj(maps))) return false;
    ObjChainMap *c = gc_new(r, ObjChainMap, &mod_collections_ChainMap);
    gc_pop_roots(r, 1);
    if (!c) return false;
    c->maps = maps;
    *out = v_obj(&c->base);
    return true;
}

// ChainMap(*maps): with none, one empty dict.
static bool chain_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (a->nkw) return exc_raise(r, &exc_TypeError, "ChainMap.__init__() got an unexpected keyword argument '%s'",
                                 ((const ObjStr *)a->kwnames[0])->data);
    Obj *maps = list_new(r, 0);
    if (!maps || !gc_push_root(r, v_obj(maps))) return false;
    bool ok = true;
    for (uint32_t k = 0; ok && k < a->npos; k++) ok = list_append(r, maps, a->pos[k]);
    if (ok && a->npos == 0) {
        Obj *d = dict_new(r);
        ok = d && list_append(r, maps, v_obj(d));
    }
    ok = ok && chain_new(r, maps, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool chain_getitem(Run *r, Value v, Value key, Value *out) {
    for (size_t k = 0; k < chain_maps(v)->len; k++) {
        if (ops_getitem(r, chain_maps(v)->items[k], key, out)) return true;
        if (!exc_pending_is(r, &exc_KeyError)) return false;
        exc_clear(r);
    }
    return dict_raise_key_error(r, key);  // __missing__
}

static bool chain_contains(Run *r, Value v, Value key, bool *out) {
    *out = false;
    for (size_t k = 0; !*out && k < chain_maps(v)->len; k++) {
        if (!ops_contains(r, chain_maps(v)->items[k], key, out)) return false;
    }
    return true;
}

static bool chain_truthy(Run *r, Value v, bool *out) {
    *out = false;
    for (size_t k = 0; !*out && k < chain_maps(v)->len; k++) {
        if (!ops_truthy(r, chain_maps(v)->items[k], out)) return false;
    }
    return true;
}

// A dict of every key, None for values, in iteration order: maps[-1]'s keys first.
static Obj *chain_key_dict(Run *r, Value v) {
    Obj *d = dict_new(r);
    if (!d || !gc_push_root(r, v_obj(d))) return NULL;
    bool ok = true;
    for (size_t k = chain_maps(v)->len; ok && k-- > 0;) {
        Value it, key;
        ok = ops_iter(r, chain_maps(v)->items[k], &it) && gc_push_root(r, it);
        if (!ok) break;
        IterStep s;
        while ((s = ops_next(r, it, &key)) == ITER_ITEM) {
            bool found;
            Value old;
            if (!dict_get(r, d, key, &old, &found) || (!found && !dict_set(r, d, key, v_none()))) {
                s = ITER_ERROR;
                break;
            }
        }
        ok = s == ITER_END;
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok ? d : NULL;
}

static bool chain_iter(Run *r, Value v, Value *out) {
    Obj *d = chain_key_dict(r, v);
    if (!d || !gc_push_root(r, v_obj(d))) return false;
    bool ok = ops_iter(r, v_obj(d), out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool chain_len(Run *r, Value v, int64_t *out) {
    Obj *d = chain_key_dict(r, v);
    if (!d) return false;
    *out = (int64_t)dict_len(d);
    return true;
}

// {key: self[key]} over the keys in iteration order.
static Obj *chain_snapshot(Run *r, Value v) {
    Obj *d = chain_key_dict(r, v);
    if (!d || !gc_push_root(r, v_obj(d))) return NULL;
    size_t pos = 0;
    Value key, ignored, val;
    bool ok = true;
    Obj *keys = list_new(r, 0);
    ok = keys && gc_push_root(r, v_obj(keys));
    if (!ok) {
        gc_pop_roots(r, 1);
        return NULL;
    }
    while (ok && dict_next(d, &pos, &key, &ignored)) ok = list_append(r, keys, key);
    for (size_t k = 0; ok && k < ((ObjList *)keys)->len; k++) {
        key = ((ObjList *)keys)->items[k];
        ok = chain_getitem(r, v, key, &val) && dict_set(r, d, key, val);
    }
    gc_pop_roots(r, 2);
    return ok ? d : NULL;
}

static bool chain_setitem(Run *r, Value v, Value key, Value val) {
    Value first = chain_maps(v)->items[0];
    if (!is_undef(val)) return ops_setitem(r, first, key, val);
    if (ops_delitem(r, first, key)) return true;
    if (!exc_pending_is(r, &exc_KeyError)) return false;
    exc_clear(r);
    return exc_raise(r, &exc_KeyError, "Key not found in the first mapping: %R", key);
}

static bool chain_repr(Run *r, Value v, Buf *out) {
    if (!container_repr_enter(v.as.obj)) return buf_append_cstr(out, "...");
    bool ok = buf_append_cstr(out, "ChainMap(");
    for (size_t k = 0; ok && k < chain_maps(v)->len; k++) {
        if (k) ok = buf_append_cstr(out, ", ");
        ok = ok && ops_repr(r, chain_maps(v)->items[k], out);
    }
    ok = ok && buf_append_char(out, ')');
    container_repr_leave(v.as.obj);
    return ok;
}

// == and != against any mapping with items(): dict(self.items()) == dict(other.items()).
static bool chain_compare(Run *r, Value a, Value b, int op, Value *out) {
    if ((op != AST_CMP_EQ && op != AST_CMP_NE) || !(is_dict(b) || value_type(b) == &mod_collections_ChainMap)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    Obj *x = chain_snapshot(r, a);
    if (!x || !gc_push_root(r, v_obj(x))) return false;
    Obj *y = value_type(b) == &mod_collections_ChainMap ? chain_snapshot(r, b) : dict_copy(r, b.as.obj);
    bool ok = y && ops_compare(r, v_obj(x), v_obj(y), op, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool chain_getattr(Run *r, Value v, Obj *name, Value *out) {
    const ObjStr *n = (const ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "maps")) {
        *out = v_obj(((ObjChainMap *)v.as.obj)->maps);
    } else if (str_equal_cstr(n, "parents")) {
        // ChainMap(*self.maps[1:])
        ObjList *maps = chain_maps(v);
        Obj *rest = list_new(r, 0);
        if (!rest || !gc_push_root(r, v_obj(rest))) return false;
        bool ok = true;
        for (size_t k = 1; ok && k < maps->len; k++) ok = list_append(r, rest, maps->items[k]);
        if (ok && maps->len <= 1) {
            Obj *d = dict_new(r);
            ok = d && list_append(r, rest, v_obj(d));
        }
        ok = ok && chain_new(r, rest, out);
        gc_pop_roots(r, 1);
        return ok;
    }
    return true;
}

static void chain_trace(Run *r, Obj *o) {
    gc_mark_obj(r, ((ObjChainMap *)o)->maps);
}

// ---- methods ----

static bool chain_get(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "get", 1, 2)) return false;
    bool in;
    if (!chain_contains(r, self, a->pos[0], &in)) return false;
    if (in) return chain_getitem(r, self, a->pos[0], out);
    *out = a->npos == 2 ? a->pos[1] : v_none();
    return true;
}

// keys(), values(), items(): Mapping's live views of the ChainMap.
static bool chain_view(Run *r, const Args *a, const char *name, const ObjType *kind, Value self, Value *out) {
    if (!args_positional(r, a, name, 0, 0)) return false;
    Obj *view = mapping_view_new(r, kind, self);
    if (!view) return false;
    *out = v_obj(view);
    return true;
}

static bool chain_keys(Run *r, Value self, const Args *a, Value *out) {
    return chain_view(r, a, "keys", &type_keys_view, self, out);
}

static bool chain_values(Run *r, Value self, const Args *a, Value *out) {
    return chain_view(r, a, "values", &type_values_view, self, out);
}

static bool chain_items(Run *r, Value self, const Args *a, Value *out) {
    return chain_view(r, a, "items", &type_items_view, self, out);
}

// A new ChainMap of `first` followed by self's maps.
static bool chain_prepend(Run *r, Value self, Value first, Value *out) {
    ObjList *maps = chain_maps(self);
    Obj *l = list_new(r, 0);
    if (!l || !gc_push_root(r, v_obj(l))) return false;
    bool ok = list_append(r, l, first);
    for (size_t k = 0; ok && k < maps->len; k++) ok = list_append(r, l, maps->items[k]);
    ok = ok && chain_new(r, l, out);
    gc_pop_roots(r, 1);
    return ok;
}

// new_child(m=None, **kwargs)
static bool chain_new_child(Run *r, Value self, const Args *a, Value *out) {
    if (a->npos > 1) return exc_raise(r, &exc_TypeError, "ChainMap.new_child() takes from 1 to 2 positional arguments but %u were given", a->npos + 1);
    Value m = a->npos ? a->pos[0] : v_none();
    if (is_none(m)) {
        Obj *d = dict_new(r);
        if (!d) return false;
        m = v_obj(d);
    }
    if (!gc_push_root(r, m)) return false;
    bool ok = true;
    for (uint32_t k = 0; ok && k < a->nkw; k++) ok = ops_setitem(r, m, v_obj(a->kwnames[k]), a->kwvalues[k]);
    ok = ok && chain_prepend(r, self, m, out);
    gc_pop_roots(r, 1);
    return ok;
}

// copy(): ChainMap(self.maps[0].copy(), *self.maps[1:])
static bool chain_copy(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "copy", 0, 0)) return false;
    Value first, m;
    Args none = {0};
    if (!ops_method(r, chain_maps(self)->items[0], "copy", &m) || !gc_push_root(r, m)) return false;
    bool ok = ops_call(r, m, &none, &first);
    gc_pop_roots(r, 1);
    if (!ok || !gc_push_root(r, first)) return false;
    Obj *l = list_new(r, 0);
    ok = l && gc_push_root(r, v_obj(l));
    if (ok) {
        ok = list_append(r, l, first);
        for (size_t k = 1; ok && k < chain_maps(self)->len; k++) ok = list_append(r, l, chain_maps(self)->items[k]);
        ok = ok && chain_new(r, l, out);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// maps[0].name(*a) for the methods that change the first mapping.
static bool chain_first_call(Run *r, Value self, const Args *a, const char *name, Value *out) {
    Value m;
    if (!ops_method(r, chain_maps(self)->items[0], name, &m) || !gc_push_root(r, m)) return false;
    bool ok = ops_call(r, m, a, out);
    gc_pop_roots(r, 1);
    return ok;
}

// pop(key, *default) and popitem(): a KeyError of the first mapping says so.
static bool chain_pop(Run *r, Value self, const Args *a, Value *out) {
    if (chain_first_call(r, self, a, "pop", out)) return true;
    if (!exc_pending_is(r, &exc_KeyError) || a->npos == 0) return false;
    exc_clear(r);
    return exc_raise(r, &exc_KeyError, "Key not found in the first mapping: %R", a->pos[0]);
}

static bool chain_popitem(Run *r, Value self, const Args *a, Value *out) {
    if (chain_first_call(r, self, a, "popitem", out)) return true;
    if (!exc_pending_is(r, &exc_KeyError)) return false;
    exc_clear(r);
    return exc_raise(r, &exc_KeyError, "No keys found in the first mapping.");
}

static bool chain_clear(Run *r, Value self, const Args *a, Value *out) {
    return chain_first_call(r, self, a, "clear", out);
}

static bool chain_update(Run *r, Value self, const Args *a, Value *out) {
    return chain_first_call(r, self, a, "update", out);
}

static const MethodDef chain_methods[] = {
    {"__copy__", chain_copy, 0},
    {"clear", chain_clear, 0},
    {"copy", chain_copy, 0},
    {"get", chain_get, 0},
    {"items", chain_items, 0},
    {"keys", chain_keys, 0},
    {"new_child", chain_new_child, 0},
    {"pop", chain_pop, 0},
    {"popitem", chain_popitem, 0},
    {"update", chain_update, 0},
    {"values", chain_values, 0},
};

const ObjType mod_collections_ChainMap = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "collections.ChainMap",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = chain_methods,
    .method_count = sizeof chain_methods / sizeof *chain_methods,
    .construct = chain_construct,
    .slots = {
        .repr = chain_repr,
        .compare = chain_compare,
        .truthy = chain_truthy,
        .len = chain_len,
        .getitem = chain_getitem,
        .setitem = chain_setitem,
        .contains = chain_contains,
        .iter = chain_iter,
        .getattr = chain_getattr,
        .trace = chain_trace,
    },
};
