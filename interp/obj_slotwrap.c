// Slot wrappers: each dunder of a built-in type is one generic function over the slot behind
// it (__add__ calls the binary slot with AST_OP_ADD), so every type that fills a slot gets its
// dunders without a method of its own, with the operators' own results and NotImplemented.
#include "interp/obj_slotwrap.h"

#include <math.h>
#include <string.h>

#include "interp/exc.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_complex.h"
#include "interp/obj_float.h"
#include "interp/obj_int.h"
#include "interp/obj_str.h"
#include "interp/ops.h"
#include "parser/ast.h"

// The slots a wrapper can stand for.
typedef enum SlotKind {
    SW_REPR, SW_STR, SW_HASH, SW_COMPARE, SW_BINARY, SW_RBINARY, SW_UNARY, SW_BOOL, SW_LEN,
    SW_GETITEM, SW_SETITEM, SW_DELITEM, SW_CONTAINS, SW_ITER, SW_NEXT, SW_CALL, SW_INT, SW_FLOAT,
} SlotKind;

typedef struct SlotWrapper {
    MethodDef def;
    uint8_t kind;  // SlotKind
    int8_t op;     // the operator of SW_COMPARE, SW_BINARY, SW_RBINARY, SW_UNARY
} SlotWrapper;

// The slots of the built-in layout: an instance of a class deriving from list is served by
// list's own slots, not the class's (which would call the class's dunders again).
static const TypeSlots *layout_slots(Value self) {
    const ObjType *t = value_type(self);
    return type_is_class(t) ? class_instance_base_slots(t) : &t->slots;
}

// CPython's check_num_args and the "takes no keyword arguments" of wrapper calls.
static bool wrap_args(Run *r, const Args *a, const char *name, uint32_t n) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "wrapper %s() takes no keyword arguments", name);
    if (a->npos == n) return true;
    return exc_raise(r, &exc_TypeError, "expected %u argument%s, got %u", n, n == 1 ? "" : "s",
                     a->npos);
}

static bool wrap_text(Run *r, Value self, bool str, Value *out) {
    Buf b;
    buf_init(&b, r);
    const TypeSlots *s = layout_slots(self);
    bool ok = str && s->str ? s->str(r, self, &b) : s->repr(r, self, &b);
    Obj *text = ok ? buf_to_str(&b) : NULL;
    if (!ok) buf_fini(&b);
    if (!text) return false;
    *out = v_obj(text);
    return true;
}

static bool wrap_hash(Run *r, Value self, Value *out) {
    int64_t h;
    if (!layout_slots(self)->hash(r, self, &h)) return false;
    *out = v_int(h);
    return true;
}

static bool wrap_len(Run *r, Value self, Value *out) {
    int64_t n;
    if (!layout_slots(self)->len(r, self, &n)) return false;
    *out = v_int(n);
    return true;
}

static bool wrap_bool(Run *r, Value self, Value *out) {
    bool b;
    if (!layout_slots(self)->truthy(r, self, &b)) return false;
    *out = v_bool(b);
    return true;
}

static bool wrap_contains(Run *r, Value self, Value x, Value *out) {
    bool in;
    if (!layout_slots(self)->contains(r, self, x, &in)) return false;
    *out = v_bool(in);
    return true;
}

static bool wrap_next(Run *r, Value self, Value *out) {
    IterStep s = layout_slots(self)->next(r, self, out);
    if (s == ITER_ITEM) return true;
    if (s == ITER_END) {
        Obj *e = exc_new(r, &exc_StopIteration, NULL);
        if (e) r->exc = v_obj(e);
    }
    return false;
}

// int(x) and float(x) of an int, bool or float (the layouts that have __int__ and __float__).
static bool wrap_number(Run *r, Value self, bool to_float, Value *out) {
    if (self.tag == VAL_FLOAT) {
        if (to_float) {
            *out = float_self(r, self);
            return true;
        }
        return float_to_int(r, self.as.f, out);
    }
    if (!to_float) {
        *out = int_plain(self);
        return true;
    }
    double d;
    if (!int_to_double(r, self, &d)) return false;
    *out = v_float(d);
    return true;
}

// abs() is no slot: __abs__ is the negation of negative numbers.
static bool wrap_abs_value(Run *r, Value self, Value *out) {
    if (self.tag == VAL_FLOAT) {
        *out = float_from_double(r, fabs(self.as.f));
        return true;
    }
    if (is_complex(self)) return complex_abs_value(r, self, out);
    return int_abs(r, self, out);
}

// int's own operators take ints only ((1).__add__(1.5) is NotImplemented): the operators
// reach float's, which moat's int slots serve directly.
static bool int_meets_float(Value self, const SlotWrapper *w, const Value *x) {
    bool operand = w->kind == SW_COMPARE || w->kind == SW_BINARY || w->kind == SW_RBINARY;
    return operand && x[0].tag == VAL_FLOAT && int_check(self);
}

// int.__pow__(x, mod): pow(self, x, mod) (reflected: pow(x, self, mod)); a mod of None is
// the plain power.
static bool wrap_pow_mod(Run *r, const SlotWrapper *w, Value self, const Value *x, Value *out) {
    Value base = w->kind == SW_RBINARY ? x[0] : self, exp = w->kind == SW_RBINARY ? self : x[0];
    if (is_none(x[1])) return layout_slots(self)->binary(r, base, exp, AST_OP_POW, out);
    return int_pow_mod(r, boxed_unbox(base), boxed_unbox(exp), boxed_unbox(x[1]), out);
}

static bool wrap_call_slot(Run *r, const SlotWrapper *w, Value self, const Args *a, Value *out) {
    const TypeSlots *s = layout_slots(self);
    const char *name = w->def.name;
    uint32_t n = w->kind == SW_SETITEM ? 2
               : (w->kind == SW_COMPARE || w->kind == SW_BINARY || w->kind == SW_RBINARY ||
                  w->kind == SW_GETITEM || w->kind == SW_DELITEM || w->kind == SW_CONTAINS) ? 1
               : 0;
    if (w->kind == SW_CALL) return s->call(r, self, a, out);
    bool pow = (w->kind == SW_BINARY || w->kind == SW_RBINARY) && w->op == AST_OP_POW;
    if (pow && a->npos == 2 && !a->nkw) return wrap_pow_mod(r, w, self, a->pos, out);
    if (!wrap_args(r, a, name, n)) return false;
    const Value *x = a->pos;
    if (int_meets_float(self, w, x)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    switch ((SlotKind)w->kind) {
    case SW_REPR: return wrap_text(r, self, false, out);
    case SW_STR: return wrap_text(r, self, true, out);
    case SW_HASH: return wrap_hash(r, self, out);
    case SW_COMPARE: return s->compare(r, self, x[0], w->op, out);
    case SW_BINARY: return s->binary(r, self, x[0], w->op, out);
    case SW_RBINARY: return s->binary(r, x[0], self, w->op, out);
    case SW_UNARY: return w->op < 0 ? wrap_abs_value(r, self, out) : s->unary(r, self, w->op, out);
    case SW_BOOL: return wrap_bool(r, self, out);
    case SW_LEN: return wrap_len(r, self, out);
    case SW_GETITEM: return s->getitem(r, self, x[0], out);
    case SW_SETITEM: *out = v_none(); return s->setitem(r, self, x[0], x[1]);
    case SW_DELITEM: *out = v_none(); return s->setitem(r, self, x[0], v_undef());
    case SW_CONTAINS: return wrap_contains(r, self, x[0], out);
    case SW_ITER: return s->iter(r, self, out);
    case SW_NEXT: return wrap_next(r, self, out);
    case SW_INT: return wrap_number(r, self, false, out);
    case SW_FLOAT: return wrap_number(r, self, true, out);
    case SW_CALL: break;
    }
    return false;
}

// One NativeFn per wrapper (a NativeFn does not know its MethodDef), each calling
// wrap_call_slot with its own table row.
#define SLOT_WRAPPERS(X)                                                                           \
    X(abs, "__abs__", SW_UNARY, -1)                                                                \
    X(add, "__add__", SW_BINARY, AST_OP_ADD) X(and, "__and__", SW_BINARY, AST_OP_BITAND)           \
    X(bool, "__bool__", SW_BOOL, -1) X(call, "__call__", SW_CALL, -1)                              \
    X(contains, "__contains__", SW_CONTAINS, -1) X(delitem, "__delitem__", SW_DELITEM, -1)         \
    X(eq, "__eq__", SW_COMPARE, AST_CMP_EQ) X(float, "__float__", SW_FLOAT, -1)                    \
    X(floordiv, "__floordiv__", SW_BINARY, AST_OP_FLOORDIV)                                        \
    X(ge, "__ge__", SW_COMPARE, AST_CMP_GE) X(getitem, "__getitem__", SW_GETITEM, -1)              \
    X(gt, "__gt__", SW_COMPARE, AST_CMP_GT) X(hash, "__hash__", SW_HASH, -1)                       \
    X(int, "__int__", SW_INT, -1) X(invert, "__invert__", SW_UNARY, AST_UOP_INVERT)                \
    X(iter, "__iter__", SW_ITER, -1) X(le, "__le__", SW_COMPARE, AST_CMP_LE)                       \
    X(len, "__len__", SW_LEN, -1) X(lshift, "__lshift__", SW_BINARY, AST_OP_LSHIFT)                \
    X(lt, "__lt__", SW_COMPARE, AST_CMP_LT) X(mod, "__mod__", SW_BINARY, AST_OP_MOD)               \
    X(mul, "__mul__", SW_BINARY, AST_OP_MUL) X(ne, "__ne__", SW_COMPARE, AST_CMP_NE)               \
    X(neg, "__neg__", SW_UNARY, AST_UOP_NEG) X(next, "__next__", SW_NEXT, -1)                      \
    X(or, "__or__", SW_BINARY, AST_OP_BITOR) X(pos, "__pos__", SW_UNARY, AST_UOP_POS)              \
    X(pow, "__pow__", SW_BINARY, AST_OP_POW) X(radd, "__radd__", SW_RBINARY, AST_OP_ADD)           \
    X(rand, "__rand__", SW_RBINARY, AST_OP_BITAND) X(repr, "__repr__", SW_REPR, -1)                \
    X(rfloordiv, "__rfloordiv__", SW_RBINARY, AST_OP_FLOORDIV)                                     \
    X(rlshift, "__rlshift__", SW_RBINARY, AST_OP_LSHIFT)                                           \
    X(rmod, "__rmod__", SW_RBINARY, AST_OP_MOD) X(rmul, "__rmul__", SW_RBINARY, AST_OP_MUL)        \
    X(ror, "__ror__", SW_RBINARY, AST_OP_BITOR) X(rpow, "__rpow__", SW_RBINARY, AST_OP_POW)        \
    X(rrshift, "__rrshift__", SW_RBINARY, AST_OP_RSHIFT)                                           \
    X(rshift, "__rshift__", SW_BINARY, AST_OP_RSHIFT)                                              \
    X(rsub, "__rsub__", SW_RBINARY, AST_OP_SUB)                                                    \
    X(rtruediv, "__rtruediv__", SW_RBINARY, AST_OP_DIV)                                            \
    X(rxor, "__rxor__", SW_RBINARY, AST_OP_BITXOR) X(setitem, "__setitem__", SW_SETITEM, -1)       \
    X(str, "__str__", SW_STR, -1) X(sub, "__sub__", SW_BINARY, AST_OP_SUB)                         \
    X(truediv, "__truediv__", SW_BINARY, AST_OP_DIV) X(xor, "__xor__", SW_BINARY, AST_OP_BITXOR)

#define SW_DECLARE(id, name, kind, op) static bool dunder_##id(Run *, Value, const Args *, Value *);
SLOT_WRAPPERS(SW_DECLARE)
#undef SW_DECLARE

#define SW_ROW(id, name, kind, op) {{name, dunder_##id, METHOD_SLOT}, kind, op},
static const SlotWrapper slot_wrappers[] = {SLOT_WRAPPERS(SW_ROW)};
#undef SW_ROW

enum { SLOT_WRAPPER_COUNT = sizeof slot_wrappers / sizeof *slot_wrappers };

#define SW_DEFINE(id, name, kind, op)                                                  \
    static bool dunder_##id(Run *r, Value self, const Args *a, Value *out) {               \
        return wrap_call_slot(r, &slot_wrappers[SW_INDEX_##id], self, a, out);           \
    }
#define SW_ENUM(id, name, kind, op) SW_INDEX_##id,
enum { SLOT_WRAPPERS(SW_ENUM) };
SLOT_WRAPPERS(SW_DEFINE)
#undef SW_ENUM
#undef SW_DEFINE

// Bit sets of the binary operators (1 << AstBinOp) each layout implements, as CPython's
// number and sequence methods do: forward (__add__) and reflected (__radd__).
#define OPBIT(op) (1u << (op))
enum {
    ARITH = OPBIT(AST_OP_ADD) | OPBIT(AST_OP_SUB) | OPBIT(AST_OP_MUL) | OPBIT(AST_OP_DIV) |
            OPBIT(AST_OP_MOD) | OPBIT(AST_OP_POW) | OPBIT(AST_OP_FLOORDIV),
    BITS = OPBIT(AST_OP_LSHIFT) | OPBIT(AST_OP_RSHIFT) | OPBIT(AST_OP_BITOR) |
           OPBIT(AST_OP_BITXOR) | OPBIT(AST_OP_BITAND),
    SETOPS = OPBIT(AST_OP_SUB) | OPBIT(AST_OP_BITOR) | OPBIT(AST_OP_BITXOR) | OPBIT(AST_OP_BITAND),
};

static uint32_t binary_ops(uint8_t id, bool reflected) {
    switch (id) {
    case TYPE_INT: return ARITH | BITS;
    case TYPE_BOOL: return OPBIT(AST_OP_BITOR) | OPBIT(AST_OP_BITXOR) | OPBIT(AST_OP_BITAND);
    case TYPE_FLOAT: return ARITH;
    case TYPE_COMPLEX: return ARITH & ~(OPBIT(AST_OP_MOD) | OPBIT(AST_OP_FLOORDIV));
    case TYPE_STR: case TYPE_BYTES:
        return OPBIT(AST_OP_MUL) | OPBIT(AST_OP_MOD) | (reflected ? 0 : OPBIT(AST_OP_ADD));
    case TYPE_LIST: case TYPE_TUPLE: return OPBIT(AST_OP_MUL) | (reflected ? 0 : OPBIT(AST_OP_ADD));
    case TYPE_SET: case TYPE_FROZENSET: return SETOPS;
    case TYPE_DICT: return OPBIT(AST_OP_BITOR);
    default: return 0;
    }
}

static bool unary_op_defined(uint8_t id, int op) {
    if (id == TYPE_INT || id == TYPE_BOOL) return true;
    return (id == TYPE_FLOAT || id == TYPE_COMPLEX) && op != AST_UOP_INVERT;
}

// The slot behind a wrapper kind, as a comparable pointer (NULL: the type leaves it empty).
typedef void (*AnyFn)(void);
static AnyFn slot_of(const ObjType *t, SlotKind kind) {
    const TypeSlots *s = &t->slots;
    switch (kind) {
    case SW_REPR: return (AnyFn)s->repr;
    case SW_STR: return (AnyFn)s->str;
    case SW_HASH: return (AnyFn)s->hash;
    case SW_COMPARE: return (AnyFn)s->compare;
    case SW_BINARY: case SW_RBINARY: return (AnyFn)s->binary;
    case SW_UNARY: return (AnyFn)s->unary;
    case SW_BOOL: return (AnyFn)s->truthy;
    case SW_LEN: return (AnyFn)s->len;
    case SW_GETITEM: return (AnyFn)s->getitem;
    case SW_SETITEM: case SW_DELITEM: return (AnyFn)s->setitem;
    case SW_CONTAINS: return (AnyFn)s->contains;
    case SW_ITER: return (AnyFn)s->iter;
    case SW_NEXT: return (AnyFn)s->next;
    case SW_CALL: return (AnyFn)s->call;
    case SW_INT: case SW_FLOAT: break;
    }
    return NULL;
}

static bool wrapper_defined(const ObjType *t, const SlotWrapper *w) {
    switch ((SlotKind)w->kind) {
    case SW_INT: case SW_FLOAT:
        return t->id == TYPE_FLOAT || (t->id == TYPE_INT && t->base_type == &type_object);
    case SW_BINARY: case SW_RBINARY:
        if (!(binary_ops(t->id, w->kind == SW_RBINARY) & OPBIT(w->op))) return false;
        break;
    case SW_UNARY:
        if (w->op < 0) {
            return (t->id == TYPE_INT && t->base_type == &type_object) || t->id == TYPE_FLOAT ||
                   t->id == TYPE_COMPLEX;
        }
        if (!unary_op_defined(t->id, w->op)) return false;
        break;
    default: break;
    }
    AnyFn fn = slot_of(t, (SlotKind)w->kind);
    return fn && (!t->base_type || slot_of(t->base_type, (SlotKind)w->kind) != fn);
}

const MethodDef *slotwrap_find(const ObjType *t, const char *name, size_t len) {
    if (len < 5 || name[0] != '_' || name[1] != '_' || type_is_class(t)) return NULL;
    for (size_t k = 0; k < SLOT_WRAPPER_COUNT; k++) {
        const SlotWrapper *w = &slot_wrappers[k];
        if (strncmp(w->def.name, name, len) == 0 && w->def.name[len] == '\0') {
            return wrapper_defined(t, w) ? &w->def : NULL;
        }
    }
    return NULL;
}
