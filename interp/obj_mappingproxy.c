// mappingproxy: every read goes to the mapping it wraps (its lookups, iteration, comparisons,
// get/keys/values/items/copy), and it has no way to write: item assignment and deletion fail
// with CPython's TypeErrors, and the dict's mutating methods are not there.
#include "interp/obj_mappingproxy.h"

#include <stdio.h>

#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_dict.h"
#include "interp/obj_iter.h"
#include "interp/ops.h"
#include "parser/ast.h"

typedef struct ObjMappingProxy {
    Obj base;
    Value mapping;
} ObjMappingProxy;

static Value proxied(Value v) {
    return ((ObjMappingProxy *)v.as.obj)->mapping;
}

Obj *mappingproxy_new(Run *r, Value mapping) {
    ObjMappingProxy *p = gc_new(r, ObjMappingProxy, &type_mappingproxy);
    if (!p) return NULL;
    p->mapping = mapping;
    return &p->base;
}

// mappingproxy(mapping): a dict (or an instance of a class deriving from one).
static bool mappingproxy_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (a->npos == 0 && a->nkw == 0) {
        return exc_raise(r, &exc_TypeError, "mappingproxy() missing required argument 'mapping' (pos 1)");
    }
    if (!container_args_count(r, a, "mappingproxy", 1, 1)) return false;
    if (!is_dict(a->pos[0])) {
        return exc_raise(r, &exc_TypeError, "mappingproxy() argument must be a mapping, not %T",
                         a->pos[0]);
    }
    Obj *p = mappingproxy_new(r, a->pos[0]);
    if (!p) return false;
    *out = v_obj(p);
    return true;
}

static bool proxy_repr(Run *r, Value v, Buf *out) {
    return buf_append_cstr(out, "mappingproxy(") && ops_repr(r, proxied(v), out) &&
           buf_append_char(out, ')');
}

static bool proxy_str(Run *r, Value v, Buf *out) {
    return ops_str(r, proxied(v), out);
}

static bool proxy_hash(Run *r, Value v, int64_t *out) {
    return ops_hash(r, proxied(v), out);
}

static bool proxy_compare(Run *r, Value a, Value b, int op, Value *out) {
    return ops_compare(r, proxied(a), b, op, out);
}

// proxy | other and other | proxy: the mapping's | (a new dict).
static bool proxy_binary(Run *r, Value a, Value b, int op, Value *out) {
    if (op != AST_OP_BITOR) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    if (a.tag == VAL_OBJ && a.as.obj->type == &type_mappingproxy) a = proxied(a);
    if (b.tag == VAL_OBJ && b.as.obj->type == &type_mappingproxy) b = proxied(b);
    return ops_binary(r, a, b, op, out);
}

static bool proxy_inplace(Run *r, Value a, Value b, int op, Value *out) {
    if (op == AST_OP_BITOR) {
        return exc_raise(r, &exc_TypeError, "'|=' is not supported by mappingproxy; use '|' instead");
    }
    return proxy_binary(r, a, b, op, out);
}

static bool proxy_len(Run *r, Value v, int64_t *out) {
    return ops_len(r, proxied(v), out);
}

static bool proxy_getitem(Run *r, Value v, Value key, Value *out) {
    return ops_getitem(r, proxied(v), key, out);
}

static bool proxy_contains(Run *r, Value v, Value x, bool *out) {
    return ops_contains(r, proxied(v), x, out);
}

static bool proxy_iter(Run *r, Value v, Value *out) {
    return ops_iter(r, proxied(v), out);
}

static void proxy_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjMappingProxy *)o)->mapping);
}

// The mapping's own method `name` called with a's arguments; `noargs`: the proxy's method
// takes none (checked under its own name, as CPython's METH_NOARGS methods do).
static bool proxy_forward(Run *r, Value self, const Args *a, const char *name, bool noargs,
                          Value *out) {
    if (noargs) {
        char qualname[48];
        snprintf(qualname, sizeof qualname, "mappingproxy.%s", name);
        if (!container_args_none(r, a, qualname)) return false;
    }
    Value method;
    return ops_getattr_cstr(r, proxied(self), name, &method) && ops_call(r, method, a, out);
}

#define PROXY_METHOD(NAME, NOARGS)                                                   \
    static bool proxy_##NAME(Run *r, Value self, const Args *a, Value *out) {        \
        return proxy_forward(r, self, a, #NAME, NOARGS, out);                        \
    }
PROXY_METHOD(copy, true)
PROXY_METHOD(get, false)
PROXY_METHOD(items, true)
PROXY_METHOD(keys, true)
PROXY_METHOD(values, true)
#undef PROXY_METHOD

static bool proxy_reversed(Run *r, Value self, const Args *a, Value *out) {
    return container_args_none(r, a, "mappingproxy.__reversed__") &&
           iter_reversed(r, proxied(self), out);
}

// sorted by name, for ops' binary search
static const MethodDef proxy_methods[] = {
    {"__reversed__", proxy_reversed},
    {"copy", proxy_copy},
    {"get", proxy_get},
    {"items", proxy_items},
    {"keys", proxy_keys},
    {"values", proxy_values},
};

const ObjType type_mappingproxy = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "mappingproxy",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = proxy_methods,
    .method_count = sizeof proxy_methods / sizeof *proxy_methods,
    .construct = mappingproxy_construct,
    .slots = {
        .repr = proxy_repr,
        .str = proxy_str,
        .hash = proxy_hash,
        .compare = proxy_compare,
        .binary = proxy_binary,
        .inplace = proxy_inplace,
        .len = proxy_len,
        .getitem = proxy_getitem,
        .contains = proxy_contains,
        .iter = proxy_iter,
        .trace = proxy_trace,
    },
};
