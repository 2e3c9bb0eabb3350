// enum's functional API: Enum("Color", "RED GREEN"), IntFlag("Perm", ["R", "W"]),
// Enum("C", [("A", 1)]), Enum("C", {"A": 1}). The members become the namespace of a class
// made as `class Color(Enum)` would be (obj_class.c), which then makes them members.
#include "interp/mod_enum.h"

#include <ctype.h>
#include <string.h>

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_class.h"
#include "interp/obj_dict.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

enum { F_VALUE, F_NAMES, F_MODULE, F_QUALNAME, F_TYPE, F_START, F_BOUNDARY, F_COUNT };

// names.replace(',', ' ').split(): a list of the names.
static Obj *split_names(Run *r, const ObjStr *s) {
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return NULL;
    size_t k = 0;
    bool ok = true;
    while (ok && k < s->len) {
        while (k < s->len && (isspace((unsigned char)s->data[k]) || s->data[k] == ',')) k++;
        size_t start = k;
        while (k < s->len && !isspace((unsigned char)s->data[k]) && s->data[k] != ',') k++;
        if (k == start) break;
        Obj *name = str_new(r, s->data + start, k - start);
        ok = name && list_append(r, list, v_obj(name));
    }
    gc_pop_roots(r, 1);
    return ok ? list : NULL;
}

// One (name, value) item of the names: a 2-item tuple or list.
static bool unpack_item(Run *r, Value item, Value *name, Value *value) {
    const Value *items = is_tuple(item) ? as_tuple(item)->items : is_list(item) ? as_list(item)->items : NULL;
    size_t n = is_tuple(item) ? as_tuple(item)->len : is_list(item) ? as_list(item)->len : 0;
    if (!items) {
        return exc_raise(r, &exc_TypeError, "cannot unpack non-iterable %s object", value_type_name(item));
    }
    if (n != 2) {
        return exc_raise(r, &exc_ValueError, n < 2 ? "not enough values to unpack (expected 2, got %zu)"
                                                   : "too many values to unpack (expected 2, got %zu)", n);
    }
    *name = items[0];
    *value = items[1];
    if (is_str(*name)) return true;
    return exc_raise(r, &exc_TypeError, "moat supports only str member names, not %s", value_type_name(*name));
}

// Puts the members the names describe into ns: a sequence of names (values generated), of
// (name, value) pairs, or a dict of them.
static bool fill_members(Run *r, const ObjType *base, Value names, int64_t start, Obj *ns) {
    if (is_dict(names)) {
        size_t pos = 0;
        Value k, v;
        while (dict_next(names.as.obj, &pos, &k, &v)) {
            if (!is_str(k)) return exc_raise(r, &exc_TypeError, "moat supports only str member names");
            if (!mod_enum_namespace_set(r, ns, k.as.obj, v)) return false;
        }
        return true;
    }
    Obj *list = is_str(names) ? split_names(r, as_str(names)) : list_from_iterable(r, names);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    const ObjList *l = (const ObjList *)list;
    bool ok = true, generated = l->len && is_str(l->items[0]);
    int kind = mod_enum_kind_of(base);
    int64_t last = kind == ENUM_FLAG || kind == ENUM_INTFLAG ? 0 : start - 1;  // values from start
    for (size_t k = 0; ok && k < l->len; k++) {
        Value name = l->items[k], value;
        if (generated) {
            ok = is_str(name) || exc_raise(r, &exc_TypeError, "moat supports only str member names");
            ok = ok && mod_enum_auto_value(r, kind, name, last, &value);
            if (ok && is_int(value)) last = value.as.i;
        } else {
            ok = unpack_item(r, name, &name, &value);
        }
        ok = ok && gc_push_root(r, value);
        if (!ok) break;
        ok = mod_enum_namespace_set(r, ns, name.as.obj, value);
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool set_ns(Run *r, Obj *ns, const char *key, Value v) {
    if (!gc_push_root(r, v)) return false;  // v may be held only by the caller
    Obj *k = str_from_cstr(r, key);
    bool ok = k && dict_set(r, ns, v_obj(k), v);
    gc_pop_roots(r, 1);
    return ok;
}

static const char *const functional_names[F_COUNT] = {
    "value", "names", "module", "qualname", "type", "start", "boundary",
};
static const ArgSpec functional_spec = {"EnumType.__call__", functional_names, F_COUNT, 0, 2, 1};

bool mod_enum_functional(Run *r, Value callee, const Args *a, Value *out) {
    const ObjType *base = (const ObjType *)callee.as.obj;
    Value p[F_COUNT];
    if (a->npos == 0 && a->nkw == 0) {  // EnumType.__call__ is a Python function
        return exc_raise(r, &exc_TypeError, "EnumType.__call__() missing 1 required positional argument: 'value'");
    }
    if (!args_bind(r, a, &functional_spec, p)) return false;
    if (is_undef(p[F_NAMES]) || is_none(p[F_NAMES])) {
        return exc_raise(r, &exc_TypeError, "<enum '%s'> has no members; specify `names=()` if you meant to create a new, empty, enum", base->name);
    }
    if (!is_str(p[F_VALUE])) {
        return exc_raise(r, &exc_TypeError, "type.__new__() argument 1 must be str, not %s", value_type_name(p[F_VALUE]));
    }
    if ((!is_undef(p[F_TYPE]) && !is_none(p[F_TYPE])) || (!is_undef(p[F_BOUNDARY]) && !is_none(p[F_BOUNDARY]))) {
        return exc_raise(r, &exc_TypeError, "moat does not support the type and boundary of the enum functional API");
    }
    int64_t start = 1;
    if (!is_undef(p[F_START]) && !ops_index(r, p[F_START], &start)) return false;
    Obj *ns = dict_new(r);
    if (!ns || !gc_push_root(r, v_obj(ns))) return false;
    bool ok = fill_members(r, base, p[F_NAMES], start, ns);
    if (ok && is_str(p[F_QUALNAME])) ok = set_ns(r, ns, "__qualname__", p[F_QUALNAME]);
    Obj *main = ok && !is_str(p[F_MODULE]) ? str_from_cstr(r, "__main__") : NULL;
    if (ok && !is_str(p[F_MODULE])) ok = main && set_ns(r, ns, "__module__", v_obj(main));
    else if (ok) ok = set_ns(r, ns, "__module__", p[F_MODULE]);
    ok = ok && class_from_namespace(r, p[F_VALUE], callee, v_obj(ns), out);
    gc_pop_roots(r, 1);
    return ok;
}
