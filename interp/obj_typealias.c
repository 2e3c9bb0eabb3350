// Type aliases of `type` statements: the name, the type parameters, and the value computed
// once by a thunk the compiler made (obj_typealias.h).
#include "interp/obj_typealias.h"

#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mod_typing_alias.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"

typedef struct ObjTypeAlias {
    Obj base;
    Value name;         // str
    Value thunk;        // computes the value; undef once it has
    Value value;        // undef until computed
    Value type_params;  // tuple
} ObjTypeAlias;

bool typealias_new(Run *r, Value name, Value thunk, Value type_params, Value *out) {
    ObjTypeAlias *a = gc_new(r, ObjTypeAlias, &type_typealias);
    if (!a) return false;
    a->name = name;
    a->thunk = thunk;
    a->value = v_undef();
    a->type_params = type_params;
    *out = v_obj(&a->base);
    return true;
}

// __value__: the thunk's result, computed on first use and kept.
static bool typealias_value(Run *r, ObjTypeAlias *a, Value *out) {
    if (is_undef(a->value)) {
        Args none = {0};
        Value v;
        if (!vm_call(r, a->thunk, &none, &v)) return false;
        if (is_undef(a->value)) a->value = v;
        a->thunk = v_undef();
    }
    *out = a->value;
    return true;
}

static bool typealias_getattr(Run *r, Value v, Obj *name, Value *out) {
    ObjTypeAlias *a = (ObjTypeAlias *)v.as.obj;
    const ObjStr *n = (const ObjStr *)name;
    *out = v_undef();
    if (str_equal_cstr(n, "__value__")) return typealias_value(r, a, out);
    if (str_equal_cstr(n, "__name__")) *out = a->name;
    else if (str_equal_cstr(n, "__type_params__") || str_equal_cstr(n, "__parameters__")) *out = a->type_params;
    else if (str_equal_cstr(n, "__module__")) {
        Obj *m = str_from_cstr(r, "__main__");
        if (!m) return false;
        *out = v_obj(m);
    }
    return true;
}

static bool typealias_repr(Run *r, Value v, Buf *out) {
    (void)r;
    const ObjStr *name = (const ObjStr *)((ObjTypeAlias *)v.as.obj)->name.as.obj;
    return buf_append(out, name->data, name->len);
}

static bool typealias_hash(Run *r, Value v, int64_t *out) {
    *out = (int64_t)(run_object_id(r, v.as.obj) >> 4);
    return true;
}

// Matrix[int]: a generic alias whose origin is the type alias. Only a generic alias takes
// arguments, as CPython checks.
static bool typealias_getitem(Run *r, Value v, Value key, Value *out) {
    ObjTypeAlias *a = (ObjTypeAlias *)v.as.obj;
    if (as_tuple(a->type_params)->len == 0) {
        return exc_raise(r, &exc_TypeError, "Only generic type aliases are subscriptable");
    }
    Obj *args = NULL;
    if (is_tuple(key)) {
        args = key.as.obj;
    } else if ((args = tuple_new(r, 1)) != NULL) {
        as_tuple(v_obj(args))->items[0] = key;
    }
    if (!args || !gc_push_root(r, v_obj(args))) return false;
    bool ok = typing_alias_new(r, ALIAS_TYPES, NULL, v, v_obj(args), v_undef(), out);
    gc_pop_roots(r, 1);
    return ok;
}

static void typealias_trace(Run *r, Obj *o) {
    ObjTypeAlias *a = (ObjTypeAlias *)o;
    gc_mark_value(r, a->name);
    gc_mark_value(r, a->thunk);
    gc_mark_value(r, a->value);
    gc_mark_value(r, a->type_params);
}

const ObjType type_typealias = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "typing.TypeAliasType",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {
        .repr = typealias_repr,
        .hash = typealias_hash,
        .getitem = typealias_getitem,
        .getattr = typealias_getattr,
        .trace = typealias_trace,
    },
};
