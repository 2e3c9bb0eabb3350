// bool (a subclass of int whose operators mostly are int's) and NoneType.
#include "interp/obj_bool.h"

#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/obj_int.h"
#include "interp/obj_int_methods.h"
#include "interp/obj_new.h"
#include "interp/ops.h"
#include "parser/ast.h"

// ---- bool ----

bool bool_construct(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!container_args_count(r, a, "bool", 0, 1)) return false;
    bool b = false;
    if (a->npos && !ops_truthy(r, a->pos[0], &b)) return false;
    *out = v_bool(b);
    return true;
}

bool bool_binary(Run *r, Value a, Value b, int op, Value *out) {
    if (is_bool(a) && is_bool(b)) {
        switch (op) {
        case AST_OP_BITAND: *out = v_bool(a.as.b & b.as.b); return true;
        case AST_OP_BITOR: *out = v_bool(a.as.b | b.as.b); return true;
        case AST_OP_BITXOR: *out = v_bool(a.as.b ^ b.as.b); return true;
        default: break;
        }
    }
    return int_binary(r, a, b, op, out);
}

static bool bool_repr(Run *r, Value v, Buf *out) {
    (void)r;
    return buf_append_cstr(out, v.as.b ? "True" : "False");
}

static bool bool_hash(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = v.as.b;
    return true;
}

NEW_METHOD(bool_m_new, &type_bool)

static const MethodDef bool_methods[] = {
    {"__new__", bool_m_new, METHOD_CLASS},
};

const ObjType type_bool = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "bool",
    .id = TYPE_BOOL,
    .base_type = &type_int,  // int's methods serve bools through the base chain
    .methods = bool_methods,
    .method_count = 1,
    .construct = bool_construct,
    .slots =
        {
            .repr = bool_repr,
            .hash = bool_hash,
            .compare = int_compare,
            .binary = bool_binary,
            .unary = int_unary,
            .getattr = int_getattr,
        },
};

// ---- NoneType ----

// NoneType(): None; it takes no arguments.
static bool none_construct(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (a->npos || a->nkw) return exc_raise(r, &exc_TypeError, "NoneType takes no arguments");
    *out = v_none();
    return true;
}

static bool none_repr(Run *r, Value v, Buf *out) {
    (void)r;
    (void)v;
    return buf_append_cstr(out, "None");
}

static bool none_hash(Run *r, Value v, int64_t *out) {
    (void)r;
    (void)v;
    *out = NONE_HASH;
    return true;
}

static bool none_truthy(Run *r, Value v, bool *out) {
    (void)r;
    (void)v;
    *out = false;
    return true;
}

const ObjType type_none = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "NoneType",
    .id = TYPE_NONE,
    .base_type = &type_object,
    .construct = none_construct,
    .slots = {.repr = none_repr, .hash = none_hash, .truthy = none_truthy},
};
