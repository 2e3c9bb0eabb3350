// Slot wrappers: each dunder of a built-in type is one generic function over the slot behind
// it (__add__ calls the binary slot with AST_OP_ADD), so every type that fills a slot gets its
// dunders without a method of its own, with the operators' own results and NotImplemented.
#include "interp/obj_slotwrap.h"

#include <math.h>
#include <stdio.h>
#include <string.h>

#include "interp/container.h"
#include "interp/exc.h"
#include "interp/format.h"
#include "interp/gc.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_class.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_complex.h"
#include "interp/obj_float.h"
#include "interp/obj_deque.h"
#include "interp/obj_dict.h"
#include "interp/obj_int.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_range.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

// The slots a wrapper can stand for.
typedef enum SlotKind {
    SW_REPR, SW_STR, SW_HASH, SW_COMPARE, SW_BINARY, SW_RBINARY, SW_UNARY, SW_BOOL, SW_LEN,
    SW_GETITEM, SW_SETITEM, SW_DELITEM, SW_CONTAINS, SW_ITER, SW_NEXT, SW_CALL, SW_INT, SW_FLOAT,
    SW_INPLACE,    // __iadd__: the inplace slot (else the binary one), op as SW_BINARY's
    SW_DIVMOD,     // __divmod__ and __rdivmod__ (op 1: reflected): // and % of the binary slot
    SW_FORMAT,     // __format__: format() of the built-in value; object's for class instances
    SW_REVERSED,   // __reversed__: reversed() of the built-in layout
    SW_BYTES,      // bytes.__bytes__
    SW_OBJ_ORDER,  // object's __lt__, __le__, __gt__, __ge__: NotImplemented
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

// int (not bool, which inherits int's), float and complex: the types with number methods of
// their own (__abs__, __format__, __divmod__ but complex's).
static bool number_layout(const ObjType *t) {
    return (t->id == TYPE_INT && t->base_type == &type_object) || t->id == TYPE_FLOAT ||
           t->id == TYPE_COMPLEX;
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

// A type may inherit __bool__ with no truthy slot of its own (bool from int): its truth is
// then the default one, as ops_truthy's.
static bool wrap_bool(Run *r, Value self, Value *out) {
    const TypeSlots *s = layout_slots(self);
    bool b = true;
    int64_t n;
    if (self.tag == VAL_BOOL) {
        b = self.as.b;
    } else if (s->truthy) {
        if (!s->truthy(r, self, &b)) return false;
    } else if (s->len) {
        if (!s->len(r, self, &n)) return false;
        b = n != 0;
    }
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
    bool operand = w->kind == SW_COMPARE || w->kind == SW_BINARY || w->kind == SW_RBINARY ||
                   w->kind == SW_DIVMOD;
    return operand && x[0].tag == VAL_FLOAT && int_check(self);
}

// int.__pow__(x, mod): pow(self, x, mod) (reflected: pow(x, self, mod)); a mod of None is
// the plain power.
static bool wrap_pow_mod(Run *r, const SlotWrapper *w, Value self, const Value *x, Value *out) {
    Value base = w->kind == SW_RBINARY ? x[0] : self, exp = w->kind == SW_RBINARY ? self : x[0];
    if (is_none(x[1])) return layout_slots(self)->binary(r, base, exp, AST_OP_POW, out);
    if (is_complex(self)) return exc_raise(r, &exc_ValueError, "complex modulo");
    return int_pow_mod(r, boxed_unbox(base), boxed_unbox(exp), boxed_unbox(x[1]), out);
}

// divmod's pair from the binary slot's // and %; NotImplemented when the slot declines.
static bool wrap_divmod(Run *r, const TypeSlots *s, Value a, Value b, Value *out) {
    Value q, m;
    if (!s->binary(r, a, b, AST_OP_FLOORDIV, &q)) return false;
    if (is_notimpl(q)) {
        *out = q;
        return true;
    }
    if (!gc_push_root(r, q)) return false;
    bool ok = s->binary(r, a, b, AST_OP_MOD, &m) && gc_push_root(r, m);
    Obj *t = ok ? tuple_pack2(r, q, m) : NULL;
    gc_pop_roots(r, ok ? 2 : 1);
    if (!t) return false;
    *out = v_obj(t);
    return true;
}

// An empty spec formats as str(self) for every type (a class's __str__ included); otherwise
// a class instance is formatted by its built-in value, or refused as object.__format__ does.
// Calling format() on the instance would reach its class's __format__, which may be what
// called us (super().__format__).
static bool wrap_format(Run *r, Value self, Value spec, Value *out) {
    if (!is_str(spec)) {
        return exc_raise(r, &exc_TypeError, "__format__() argument must be str, not %s",
                         is_none(spec) ? "None" : value_type_name(spec));
    }
    if (as_str(spec)->len == 0) return ops_str_value(r, self, out);
    Value v = boxed_unbox(self);
    if (type_is_class(value_type(v))) {
        return exc_raise(r, &exc_TypeError, "unsupported format string passed to %s.__format__",
                         value_type_name(self));
    }
    return format_spec(r, v, spec, out);
}

static bool wrapper_defined(const ObjType *t, const SlotWrapper *w);

// The built-in type of self's base chain that defines wrapper w: ([]).__format__ is object's.
static const ObjType *wrapper_owner(Value self, const SlotWrapper *w) {
    const ObjType *t = value_type(self);
    while (t->base_type && (type_is_class(t) || !wrapper_defined(t, w))) t = t->base_type;
    return t;
}

// The wrappers that are methods in CPython rather than slots (__format__, __reversed__,
// __bytes__) count their arguments as METH_O and METH_NOARGS methods do, naming the type
// that defines them: "object.__format__() takes exactly one argument (0 given)".
static bool wrap_call_method(Run *r, const SlotWrapper *w, Value self, const Args *a,
                             Value *out) {
    char qualname[96];
    snprintf(qualname, sizeof qualname, "%s.%s", wrapper_owner(self, w)->name, w->def.name);
    bool ok = w->kind == SW_FORMAT ? container_args_one(r, a, qualname)
                                   : container_args_none(r, a, qualname);
    if (!ok) return false;
    switch ((SlotKind)w->kind) {
    case SW_FORMAT: return wrap_format(r, self, a->pos[0], out);
    case SW_REVERSED: return iter_reversed(r, self, out);
    default: *out = self; return true;  // SW_BYTES: bytes has no subclasses here
    }
}

// A sequence's * called as a dunder converts its operand with __index__ first: [1].__mul__('x')
// words the TypeError as int() does, where [1] * 'x' says "can't multiply sequence".
static bool wrap_repeat_operand(Run *r, const SlotWrapper *w, Value self, Value x) {
    bool repeat = (w->kind == SW_BINARY || w->kind == SW_RBINARY || w->kind == SW_INPLACE) &&
                  w->op == AST_OP_MUL && !number_layout(value_type(self)) &&
                  value_type(self)->id != TYPE_BOOL;
    if (!repeat || int_check(x)) return true;
    Value index;
    bool found;
    if (!class_index(r, x, &index, &found)) return false;
    if (found) return true;
    return exc_raise(r, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                     value_type_name(x));
}

// The built-in type whose layout self has (list for an instance of a class deriving from it).
static const ObjType *layout_type(Value self) {
    const ObjType *t = value_type(self);
    while (type_is_class(t)) t = t->base_type;
    return t;
}

// A sequence's + called as a dunder is its concatenation, which refuses an operand it cannot
// join rather than answer NotImplemented: [1].__add__(x) raises what [1] + x would.
static bool wrap_concat_refused(Run *r, const SlotWrapper *w, Value self, Value x, Value *out) {
    if (!is_notimpl(*out) || w->op != AST_OP_ADD ||
        (w->kind != SW_BINARY && w->kind != SW_INPLACE)) {
        return true;
    }
    const ObjType *t = layout_type(self);
    if (t->id == TYPE_BYTES || t == &type_bytearray) {
        return exc_raise(r, &exc_TypeError, "can't concat %s to %s", value_type_name(x), t->name);
    }
    if (t->id == TYPE_STR || t->id == TYPE_LIST || t->id == TYPE_TUPLE || t == &type_deque) {
        return exc_raise(r, &exc_TypeError, "can only concatenate %s (not \"%s\") to %s", t->name,
                         value_type_name(x), t->name);
    }
    return true;
}

static bool wrap_call_slot(Run *r, const SlotWrapper *w, Value self, const Args *a, Value *out) {
    const TypeSlots *s = layout_slots(self);
    const char *name = w->def.name;
    uint32_t n = w->kind == SW_SETITEM ? 2
               : (w->kind == SW_COMPARE || w->kind == SW_BINARY || w->kind == SW_RBINARY ||
                  w->kind == SW_GETITEM || w->kind == SW_DELITEM || w->kind == SW_CONTAINS ||
                  w->kind == SW_INPLACE || w->kind == SW_DIVMOD || w->kind == SW_OBJ_ORDER) ? 1
               : 0;
    if (w->kind == SW_CALL) return s->call(r, self, a, out);
    if (w->kind == SW_FORMAT || w->kind == SW_REVERSED || w->kind == SW_BYTES) {
        return wrap_call_method(r, w, self, a, out);
    }
    bool pow = (w->kind == SW_BINARY || w->kind == SW_RBINARY) && w->op == AST_OP_POW;
    if (pow && a->npos == 2 && !a->nkw) return wrap_pow_mod(r, w, self, a->pos, out);
    if (pow && a->npos != 1 && !a->nkw) {  // CPython's ternary wrapper
        return exc_raise(r, &exc_TypeError, "expected 1 or 2 arguments, got %u", a->npos);
    }
    if (w->kind == SW_GETITEM && (layout_type(self) == &type_list || layout_type(self) == &type_dict)) {
        // list's and dict's __getitem__ are methods of their own (METH_O) in CPython
        char qualname[48];
        snprintf(qualname, sizeof qualname, "%s.__getitem__", layout_type(self)->name);
        if (!container_args_one(r, a, qualname)) return false;
    } else if (w->kind == SW_SETITEM && !a->nkw && a->npos != 2) {  // PyArg_UnpackTuple's words
        return exc_raise(r, &exc_TypeError, "__setitem__ expected 2 arguments, got %u", a->npos);
    }
    if (!wrap_args(r, a, name, n)) return false;
    const Value *x = a->pos;
    if (n == 1 && !wrap_repeat_operand(r, w, self, x[0])) return false;
    if (int_meets_float(self, w, x)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    switch ((SlotKind)w->kind) {
    case SW_REPR: return wrap_text(r, self, false, out);
    case SW_STR: return wrap_text(r, self, true, out);
    case SW_HASH: return wrap_hash(r, self, out);
    case SW_COMPARE: return s->compare(r, self, x[0], w->op, out);
    case SW_BINARY:
        return s->binary(r, self, x[0], w->op, out) && wrap_concat_refused(r, w, self, x[0], out);
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
    case SW_INPLACE:
        if (s->inplace ? !s->inplace(r, self, x[0], w->op, out)
                       : !s->binary(r, self, x[0], w->op, out)) {
            return false;
        }
        return wrap_concat_refused(r, w, self, x[0], out);
    case SW_DIVMOD:
        return w->op ? wrap_divmod(r, s, x[0], self, out) : wrap_divmod(r, s, self, x[0], out);
    case SW_OBJ_ORDER: *out = v_obj((Obj *)&obj_notimpl); return true;
    case SW_CALL: case SW_FORMAT: case SW_REVERSED: case SW_BYTES: break;
    }
    return false;
}

// One NativeFn per wrapper (a NativeFn does not know its MethodDef), each calling
// wrap_call_slot with its own table row.
#define SLOT_WRAPPERS(X)                                                                           \
    X(abs, "__abs__", SW_UNARY, -1)                                                                \
    X(add, "__add__", SW_BINARY, AST_OP_ADD) X(and, "__and__", SW_BINARY, AST_OP_BITAND)           \
    X(bool, "__bool__", SW_BOOL, -1) X(bytes, "__bytes__", SW_BYTES, -1)                           \
    X(call, "__call__", SW_CALL, -1)                                                               \
    X(contains, "__contains__", SW_CONTAINS, -1) X(delitem, "__delitem__", SW_DELITEM, -1)         \
    X(divmod, "__divmod__", SW_DIVMOD, 0) X(format, "__format__", SW_FORMAT, -1)                   \
    X(ge_object, "__ge__", SW_OBJ_ORDER, -1) X(gt_object, "__gt__", SW_OBJ_ORDER, -1)              \
    X(iadd, "__iadd__", SW_INPLACE, AST_OP_ADD) X(iand, "__iand__", SW_INPLACE, AST_OP_BITAND)     \
    X(imul, "__imul__", SW_INPLACE, AST_OP_MUL) X(ior, "__ior__", SW_INPLACE, AST_OP_BITOR)        \
    X(isub, "__isub__", SW_INPLACE, AST_OP_SUB) X(ixor, "__ixor__", SW_INPLACE, AST_OP_BITXOR)     \
    X(le_object, "__le__", SW_OBJ_ORDER, -1) X(lt_object, "__lt__", SW_OBJ_ORDER, -1)              \
    X(rdivmod, "__rdivmod__", SW_DIVMOD, 1) X(reversed, "__reversed__", SW_REVERSED, -1)           \
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

static uint32_t binary_ops(const ObjType *t, bool reflected) {
    if (t == &type_bytearray) return OPBIT(AST_OP_MUL) | OPBIT(AST_OP_MOD) | (reflected ? 0 : OPBIT(AST_OP_ADD));
    if (t == &type_dict_keys || t == &type_dict_items) return SETOPS;
    switch (t->id) {
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

// The augmented assignments a mutable layout does in place (list's +=, set's |=).
static uint32_t inplace_ops(const ObjType *t) {
    if (t == &type_bytearray || t == &type_deque) return OPBIT(AST_OP_ADD) | OPBIT(AST_OP_MUL);
    switch (t->id) {
    case TYPE_LIST: return OPBIT(AST_OP_ADD) | OPBIT(AST_OP_MUL);
    case TYPE_SET: return SETOPS;
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
    case SW_BINARY: case SW_RBINARY: case SW_DIVMOD: return (AnyFn)s->binary;
    case SW_INPLACE: return (AnyFn)(s->inplace ? (AnyFn)s->inplace : (AnyFn)s->binary);
    case SW_UNARY: return (AnyFn)s->unary;
    case SW_BOOL: return (AnyFn)s->truthy;
    case SW_LEN: return (AnyFn)s->len;
    case SW_GETITEM: return (AnyFn)s->getitem;
    case SW_SETITEM: case SW_DELITEM: return (AnyFn)s->setitem;
    case SW_CONTAINS: return (AnyFn)s->contains;
    case SW_ITER: return (AnyFn)s->iter;
    case SW_NEXT: return (AnyFn)s->next;
    case SW_CALL: return (AnyFn)s->call;
    case SW_INT: case SW_FLOAT: case SW_FORMAT: case SW_REVERSED: case SW_BYTES:
    case SW_OBJ_ORDER: break;
    }
    return NULL;
}

static bool wrapper_defined(const ObjType *t, const SlotWrapper *w) {
    switch ((SlotKind)w->kind) {
    case SW_INT: case SW_FLOAT:
        return t->id == TYPE_FLOAT || (t->id == TYPE_INT && t->base_type == &type_object);
    case SW_BINARY: case SW_RBINARY:
        if (!(binary_ops(t, w->kind == SW_RBINARY) & OPBIT(w->op))) return false;
        break;
    case SW_INPLACE:
        if (!(inplace_ops(t) & OPBIT(w->op))) return false;
        break;
    case SW_DIVMOD: return number_layout(t) && t->id != TYPE_COMPLEX;
    case SW_FORMAT: return t == &type_object || number_layout(t) || t == &type_str;
    case SW_REVERSED:
        return t == &type_list || t == &type_dict || t == &type_range || t == &type_dict_keys ||
               t == &type_dict_values || t == &type_dict_items;
    case SW_BYTES: return t == &type_bytes;
    case SW_BOOL:
        if (t->id == TYPE_STR) return false;  // moat's fast truth test; CPython's is __len__
        break;
    case SW_OBJ_ORDER: return t == &type_object;
    case SW_UNARY:
        if (w->op < 0) return number_layout(t);
        if (!unary_op_defined(t->id, w->op)) return false;
        break;
    default: break;
    }
    AnyFn fn = slot_of(t, (SlotKind)w->kind);
    return fn && (!t->base_type || slot_of(t->base_type, (SlotKind)w->kind) != fn);
}

const MethodDef *slotwrap_find(const ObjType *t, const char *name, size_t len) {
    if (len < 5 || name[0] != '_' || name[1] != '_' || type_is_class(t)) return NULL;
    for (size_t k = 0; k < SLOT_WRAPPER_COUNT; k++) {  // a name may have rows of two kinds
        const SlotWrapper *w = &slot_wrappers[k];
        if (strncmp(w->def.name, name, len) == 0 && w->def.name[len] == '\0' &&
            wrapper_defined(t, w)) {
            return &w->def;
        }
    }
    return NULL;
}

size_t slotwrap_count(void) {
    return SLOT_WRAPPER_COUNT;
}

const MethodDef *slotwrap_defined(const ObjType *t, size_t k) {
    if (type_is_class(t) || !wrapper_defined(t, &slot_wrappers[k])) return NULL;
    return &slot_wrappers[k].def;
}
