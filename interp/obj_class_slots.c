// The type slots of classes made by class statements: a slot whose dunder method a class of
// the MRO defines calls it (from C, through vm_call, whose depth is guarded) and checks what
// it returns as CPython does; the other slots are those of the built-in base.
#include "interp/obj_class_slots.h"

#include <string.h>

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mod_enum.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_class_tuple.h"
#include "interp/obj_dict.h"
#include "interp/obj_tuple.h"
#include "interp/obj_int.h"
#include "interp/obj_iter.h"
#include "interp/ops.h"
#include "parser/ast.h"

static bool has(const ObjType *t, const char *name) {
    return !is_undef(class_lookup(t, name));
}

// Calls type(v).name(v, args...), which the slot's presence says exists.
static bool call1(Run *r, Value v, const char *name, const Value *args, uint32_t n, Value *out) {
    bool found;
    if (!class_call_dunder(r, v, name, args, n, out, &found)) return false;
    if (!found) *out = v_obj((Obj *)&obj_notimpl);
    return true;
}

// __getattribute__ runs for every attribute; when it raises AttributeError, the class's
// __getattr__ (if any) gets the name, as CPython's slot_tp_getattr_hook does.
static bool slot_getattribute(Run *r, Value v, Obj *name, Value *out) {
    Value arg = v_obj(name);
    if (call1(r, v, "__getattribute__", &arg, 1, out)) return true;
    if (!exc_pending_is(r, &exc_AttributeError) || !has(v.as.obj->type, "__getattr__")) return false;
    exc_clear(r);
    return call1(r, v, "__getattr__", &arg, 1, out);
}

bool class_overrides_getattribute(const ObjType *t) {
    return t->slots.getattr == slot_getattribute;
}

static bool append_str_result(Run *r, Value res, const char *name, Buf *out) {
    if (!is_str(res)) {
        return exc_raise(r, &exc_TypeError, "%s returned non-string (type %s)", name, value_type_name(res));
    }
    return buf_append(out, as_str(res)->data, as_str(res)->len);
}

static bool slot_repr(Run *r, Value v, Buf *out) {
    Value res;
    return call1(r, v, "__repr__", NULL, 0, &res) && append_str_result(r, res, "__repr__", out);
}

static bool slot_str(Run *r, Value v, Buf *out) {
    Value res;
    return call1(r, v, "__str__", NULL, 0, &res) && append_str_result(r, res, "__str__", out);
}

static bool slot_hash(Run *r, Value v, int64_t *out) {
    Value res;
    if (!call1(r, v, "__hash__", NULL, 0, &res)) return false;
    if (value_type(res) != &type_int && !is_bool(res)) {
        return exc_raise(r, &exc_TypeError, "__hash__ method should return an integer");
    }
    if (!ops_hash(r, res, out)) return false;
    return true;
}

static const char *const cmp_names[] = {
    [AST_CMP_EQ] = "__eq__", [AST_CMP_NE] = "__ne__", [AST_CMP_LT] = "__lt__",
    [AST_CMP_LE] = "__le__", [AST_CMP_GT] = "__gt__", [AST_CMP_GE] = "__ge__",
};

// a is an instance of this class: a.__op__(b); __ne__ defaults to the inverse of __eq__.
static bool slot_compare(Run *r, Value a, Value b, int op, Value *out) {
    const ObjType *t = value_type(a);
    *out = v_obj((Obj *)&obj_notimpl);
    if (has(t, cmp_names[op])) return call1(r, a, cmp_names[op], &b, 1, out);
    if (is_boxed(a) && (op != AST_CMP_NE || !has(t, "__eq__"))) return boxed_slots.compare(r, a, b, op, out);
    if (op != AST_CMP_NE || !has(t, "__eq__")) return true;
    Value eq;
    if (!call1(r, a, "__eq__", &b, 1, &eq)) return false;
    if (is_notimpl(eq)) return true;
    bool truth;
    if (!ops_truthy(r, eq, &truth)) return false;
    *out = v_bool(!truth);
    return true;
}

#define BINARY_DUNDERS(X)                                                                 \
    X(AST_OP_ADD, "add") X(AST_OP_SUB, "sub") X(AST_OP_MUL, "mul") X(AST_OP_MATMUL, "matmul") \
    X(AST_OP_DIV, "truediv") X(AST_OP_MOD, "mod") X(AST_OP_POW, "pow")                     \
    X(AST_OP_LSHIFT, "lshift") X(AST_OP_RSHIFT, "rshift") X(AST_OP_BITOR, "or")            \
    X(AST_OP_BITXOR, "xor") X(AST_OP_BITAND, "and") X(AST_OP_FLOORDIV, "floordiv")

#define DUNDER_ENTRY(op, stem) [op] = {"__" stem "__", "__r" stem "__", "__i" stem "__"},
static const char *const binary_names[][3] = {BINARY_DUNDERS(DUNDER_ENTRY)};
#undef DUNDER_ENTRY
enum { BINARY_OP_COUNT = sizeof binary_names / sizeof *binary_names };

static bool slot_binary(Run *r, Value a, Value b, int op, Value *out);

static bool is_ours(Value v) {
    return value_type(v)->slots.binary == slot_binary;
}

// CPython's SLOT1BINFULL: a.__op__(b), then b.__rop__(a) — the right operand first when its
// class is a subclass of the left's that overrides __rop__.
static bool slot_binary(Run *r, Value a, Value b, int op, Value *out) {
    const char *lname = binary_names[op][0], *rname = binary_names[op][1];
    const ObjType *ta = value_type(a), *tb = value_type(b);
    bool left = is_ours(a) && has(ta, lname);
    bool right = ta != tb && is_ours(b) && has(tb, rname);
    *out = v_obj((Obj *)&obj_notimpl);
    if (right && left && type_is_subtype(tb, ta)) {
        if (!call1(r, b, rname, &a, 1, out)) return false;
        if (!is_notimpl(*out)) return true;
        right = false;
    }
    if (left) {
        if (!call1(r, a, lname, &b, 1, out)) return false;
        if (!is_notimpl(*out)) return true;
    }
    if (right && !call1(r, b, rname, &a, 1, out)) return false;
    if (is_notimpl(*out) && (is_boxed(a) || is_boxed(b))) return boxed_slots.binary(r, a, b, op, out);
    return true;
}

static bool slot_inplace(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (!has(value_type(a), binary_names[op][2])) return true;
    return call1(r, a, binary_names[op][2], &b, 1, out);
}

static bool slot_unary(Run *r, Value v, int op, Value *out) {
    const char *name = op == AST_UOP_NEG ? "__neg__" : op == AST_UOP_POS ? "__pos__" : "__invert__";
    *out = v_obj((Obj *)&obj_notimpl);
    if (!has(value_type(v), name)) return true;
    return call1(r, v, name, NULL, 0, out);
}

static bool slot_len(Run *r, Value v, int64_t *out) {
    Value res;
    return call1(r, v, "__len__", NULL, 0, &res) && class_len_result(r, res, out);
}

bool class_len_result(Run *r, Value res, int64_t *out) {
    if (value_type(res) != &type_int && !is_bool(res)) {
        return exc_raise(r, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         value_type_name(res));
    }
    if (!is_int(res) && !is_bool(res)) {
        return exc_raise(r, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    *out = is_bool(res) ? res.as.b : res.as.i;
    if (*out < 0) return exc_raise(r, &exc_ValueError, "__len__() should return >= 0");
    return true;
}

static bool slot_truthy(Run *r, Value v, bool *out) {
    const ObjType *t = value_type(v);
    if (!has(t, "__bool__")) {
        int64_t n;
        if (!slot_len(r, v, &n)) return false;
        *out = n != 0;
        return true;
    }
    Value res;
    if (!call1(r, v, "__bool__", NULL, 0, &res)) return false;
    if (!is_bool(res)) {
        return exc_raise(r, &exc_TypeError, "__bool__ should return bool, returned %s", value_type_name(res));
    }
    *out = res.as.b;
    return true;
}

static bool slot_getitem(Run *r, Value v, Value key, Value *out) {
    return call1(r, v, "__getitem__", &key, 1, out);
}

// A dict subclass with __missing__: a key the dict lacks goes to it. The lookup is dict's own,
// not the native's: Counter and defaultdict answer for missing keys themselves, and a
// __missing__ the class defines replaces theirs.
static bool slot_dict_missing(Run *r, Value v, Value key, Value *out) {
    if (type_dict.slots.getitem(r, v, key, out)) return true;
    if (!exc_pending_is(r, &exc_KeyError)) return false;
    exc_clear(r);
    return call1(r, v, "__missing__", &key, 1, out);
}

static bool slot_setitem(Run *r, Value v, Value key, Value val) {
    const ObjType *t = value_type(v);
    Value args[2] = {key, val}, res;
    if (is_undef(val)) {
        if (!has(t, "__delitem__")) {
            return exc_raise(r, &exc_TypeError, "'%s' object doesn't support item deletion", t->name);
        }
        return call1(r, v, "__delitem__", args, 1, &res);
    }
    if (!has(t, "__setitem__")) {
        return exc_raise(r, &exc_TypeError, "'%s' object does not support item assignment", t->name);
    }
    return call1(r, v, "__setitem__", args, 2, &res);
}

static bool slot_contains(Run *r, Value v, Value x, bool *out) {
    Value res;
    return call1(r, v, "__contains__", &x, 1, &res) && ops_truthy(r, res, out);
}

static bool slot_iter(Run *r, Value v, Value *out) {
    if (!call1(r, v, "__iter__", NULL, 0, out)) return false;
    if (!value_type(*out)->slots.next) {
        return exc_raise(r, &exc_TypeError, "iter() returned non-iterator of type '%s'",
                         value_type_name(*out));
    }
    return true;
}

// iter() of an object with __getitem__ but no __iter__: items 0, 1, ... until IndexError.
typedef struct ObjSeqIter {
    Obj base;
    Value seq;  // undef once exhausted
    int64_t index;
} ObjSeqIter;

static void seq_iter_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ObjSeqIter *)o)->seq);
}

static IterStep seq_iter_next(Run *r, Value it, Value *out) {
    ObjSeqIter *s = (ObjSeqIter *)it.as.obj;
    if (is_undef(s->seq)) return ITER_END;
    if (!ops_getitem(r, s->seq, v_int(s->index), out)) {
        if (!exc_pending_is(r, &exc_IndexError) && !exc_pending_is(r, &exc_StopIteration)) return ITER_ERROR;
        exc_clear(r);
        s->seq = v_undef();
        return ITER_END;
    }
    s->index++;
    return ITER_ITEM;
}

static bool seq_iter_repr(Run *r, Value v, Buf *out) {
    return buf_printf(out, "<iterator object at 0x%llx>",
                      (unsigned long long)run_object_id(r, v.as.obj));
}

static const ObjType type_seq_iterator = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "iterator",
    .id = TYPE_ITERATOR,
    .base_type = &type_object,
    .slots = {.repr = seq_iter_repr, .iter = iter_self, .next = seq_iter_next, .trace = seq_iter_trace},
};

static bool slot_seq_iter(Run *r, Value v, Value *out) {
    ObjSeqIter *s = gc_new(r, ObjSeqIter, &type_seq_iterator);
    if (!s) return false;
    s->seq = v;
    *out = v_obj(&s->base);
    return true;
}

static IterStep slot_next(Run *r, Value it, Value *out) {
    if (!call1(r, it, "__next__", NULL, 0, out)) {
        if (!exc_pending_is(r, &exc_StopIteration)) return ITER_ERROR;
        exc_clear(r);
        return ITER_END;
    }
    return ITER_ITEM;
}

static bool slot_call(Run *r, Value callee, const Args *a, Value *out) {
    Value f = class_lookup(value_type(callee), "__call__");
    if (is_function(f)) return class_call_bound(r, f, callee, a, out);
    Value bound;
    if (!class_bind(r, f, callee, value_type(callee), NULL, &bound) || !gc_push_root(r, bound)) return false;
    bool ok = ops_call(r, bound, a, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool has_any(const ObjType *t, const char *const *names, size_t n) {
    for (size_t k = 0; k < n; k++) {
        if (names[k] && has(t, names[k])) return true;
    }
    return false;
}

static bool has_binary(const ObjType *t, int which) {
    for (int op = 0; op < BINARY_OP_COUNT; op++) {
        if (has(t, binary_names[op][which]) || (which == 0 && has(t, binary_names[op][1]))) {
            return true;
        }
    }
    return false;
}

void class_slots_fill(ObjClass *c) {
    const ObjType *t = &c->type;
    TypeSlots s = c->native->slots;
    if (c->boxed) boxed_fill_slots(c->native, &s);
    static const char *const unary[] = {"__neg__", "__pos__", "__invert__"};
    if (has(t, "__repr__")) s.repr = slot_repr;
    if (has(t, "__str__")) s.str = slot_str;
    Value h = class_lookup(t, "__hash__");
    if (is_none(h)) s.hash = NULL;
    else if (!is_undef(h)) s.hash = slot_hash;
    if (has_any(t, cmp_names, sizeof cmp_names / sizeof *cmp_names)) s.compare = slot_compare;
    if (has_binary(t, 0)) s.binary = slot_binary;
    if (has_binary(t, 2)) s.inplace = slot_inplace;
    if (has_any(t, unary, 3)) s.unary = slot_unary;
    if (has(t, "__bool__")) s.truthy = slot_truthy;
    if (has(t, "__len__")) s.len = slot_len;
    if (has(t, "__getitem__")) s.getitem = slot_getitem;
    else if (c->native->id == TYPE_DICT && has(t, "__missing__")) s.getitem = slot_dict_missing;
    if (has(t, "__setitem__") || has(t, "__delitem__")) s.setitem = slot_setitem;
    if (has(t, "__contains__")) s.contains = slot_contains;
    Value iter = class_lookup(t, "__iter__");
    if (is_none(iter)) s.iter = NULL;  // __iter__ = None: not iterable
    else if (!is_undef(iter)) s.iter = slot_iter;
    else if (!s.iter && s.getitem == slot_getitem) s.iter = slot_seq_iter;
    if (has(t, "__next__")) s.next = slot_next;
    if (has(t, "__call__")) s.call = slot_call;
    s.getattr = has(t, "__getattribute__") ? slot_getattribute : class_instance_getattr;
    s.setattr = class_instance_setattr;
    if (c->enum_kind) mod_enum_fill_slots(c, &s);
    if (c->native == &type_tuple && s.repr != slot_repr && class_tuple_is_named(c)) s.repr = class_tuple_repr;
    s.trace = class_instance_trace;
    s.free = class_instance_free;
    c->type.slots = s;
}
