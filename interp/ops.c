// Generic operations: from an operator or builtin to the operand types' slots, with Python's
// fallbacks and CPython's error messages. The VM inlines the int and float fast paths; this
// is the general path.
#include "interp/ops.h"

#include <string.h>

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_func.h"
#include "interp/obj_int.h"
#include "interp/obj_slotwrap.h"
#include "interp/obj_str.h"
#include "interp/vm.h"
#include "parser/ast.h"

const MethodDef *ops_method_at(const ObjType *t, uint32_t k) {
    return k < t->method_count ? &t->methods[k] : NULL;
}

const ObjType *value_type_plain(Value v) {
    switch ((ValueTag)v.tag) {
    case VAL_NONE: return &type_none;
    case VAL_BOOL: return &type_bool;
    case VAL_INT: return &type_int;
    case VAL_FLOAT: return &type_float;
    case VAL_OBJ: return v.as.obj->type;
    case VAL_UNDEF: break;
    }
    return &type_none;
}

// guard: repr/str of nested containers recurses in C
enum { OPS_MAX_REPR_DEPTH = 1000 };

bool ops_repr(Run *r, Value v, Buf *out) {
    const ObjType *t = value_type(v);
    if (!t->slots.repr) {
        return buf_printf(out, "<%s object>", t->name);
    }
    if (out->depth >= OPS_MAX_REPR_DEPTH) {
        return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded while getting the repr of an object");
    }
    out->depth++;
    bool ok = t->slots.repr(r, v, out);
    out->depth--;
    return ok;
}

bool ops_str(Run *r, Value v, Buf *out) {
    const ObjType *t = value_type(v);
    if (!t->slots.str) return ops_repr(r, v, out);
    if (out->depth >= OPS_MAX_REPR_DEPTH) {
        return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded while getting the str of an object");
    }
    out->depth++;
    bool ok = t->slots.str(r, v, out);
    out->depth--;
    return ok;
}

static bool ops_to_str_value(Run *r, Value v, bool repr, Value *out) {
    if (!repr && is_str(v)) {
        *out = v;
        return true;
    }
    if (v.tag == VAL_INT) {  // str(i) and repr(i), the common conversions: no Buf
        Obj *s = int_small_str(r, v.as.i);
        if (!s) return false;
        *out = v_obj(s);
        return true;
    }
    Buf b;
    buf_init(&b, r);
    if (!(repr ? ops_repr(r, v, &b) : ops_str(r, v, &b))) {
        buf_fini(&b);
        return false;
    }
    Obj *s = buf_to_str(&b);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

bool ops_repr_value(Run *r, Value v, Value *out) {
    return ops_to_str_value(r, v, true, out);
}

bool ops_str_value(Run *r, Value v, Value *out) {
    return ops_to_str_value(r, v, false, out);
}

bool ops_hash(Run *r, Value v, int64_t *out) {
    const ObjType *t = value_type(v);
    if (!t->slots.hash) return exc_raise(r, &exc_TypeError, "unhashable type: '%s'", t->name);
    return t->slots.hash(r, v, out);
}

static bool ops_is(Value a, Value b) {
    if (a.tag != b.tag) return false;
    switch ((ValueTag)a.tag) {
    case VAL_NONE:
    case VAL_UNDEF: return true;
    case VAL_BOOL: return a.as.b == b.as.b;
    case VAL_INT: return a.as.i == b.as.i;
    case VAL_FLOAT: return memcmp(&a.as.f, &b.as.f, sizeof a.as.f) == 0;
    case VAL_OBJ: return a.as.obj == b.as.obj;
    }
    return false;
}

static int cmp_swapped(int op) {
    switch (op) {
    case AST_CMP_LT: return AST_CMP_GT;
    case AST_CMP_LE: return AST_CMP_GE;
    case AST_CMP_GT: return AST_CMP_LT;
    case AST_CMP_GE: return AST_CMP_LE;
    default: return op;
    }
}

// Two ints or two strs, the most common comparisons, answered without slot dispatch.
static bool ops_compare_fast(Value a, Value b, int op, Value *out) {
    if ((op == AST_CMP_EQ || op == AST_CMP_NE) && is_str(a) && is_str(b)) {
        *out = v_bool(str_equal(as_str(a), as_str(b)) == (op == AST_CMP_EQ));
        return true;
    }
    int c = plain_order(a, b);
    if (c == 2) return false;
    *out = v_bool(int_cmp_holds(c, op));  // c is -1, 0 or 1
    return true;
}

bool ops_compare(Run *r, Value a, Value b, int op, Value *out) {
    if (ops_compare_fast(a, b, op, out)) return true;
    const ObjType *ta = value_type(a), *tb = value_type(b);
    Value res = v_obj((Obj *)&obj_notimpl);
    // a subclass on the right gets the first chance, as in CPython
    bool right_first = ta != tb && type_is_subtype(tb, ta) && tb->slots.compare;
    if (right_first && !tb->slots.compare(r, b, a, cmp_swapped(op), &res)) return false;
    if (is_notimpl(res) && ta->slots.compare && !ta->slots.compare(r, a, b, op, &res)) return false;
    if (is_notimpl(res) && !right_first && tb->slots.compare &&
        !tb->slots.compare(r, b, a, cmp_swapped(op), &res)) {
        return false;
    }
    if (!is_notimpl(res)) {
        *out = res;
        return true;
    }
    if (op == AST_CMP_EQ || op == AST_CMP_NE) {
        bool same = ops_is(a, b);
        *out = v_bool(op == AST_CMP_EQ ? same : !same);
        return true;
    }
    return exc_raise(r, &exc_TypeError, "'%s' not supported between instances of '%s' and '%s'",
                     ast_cmpop_symbol((AstCmpOp)op), ta->name, tb->name);
}

// Identity implies equality, as CPython's PyObject_RichCompareBool (so [nan] == [nan]).
bool ops_eq(Run *r, Value a, Value b, bool *out) {
    if (a.tag == VAL_INT && b.tag == VAL_INT) {
        *out = a.as.i == b.as.i;
        return true;
    }
    if (ops_is(a, b)) {
        *out = true;
        return true;
    }
    Value res;
    if (ops_compare_fast(a, b, AST_CMP_EQ, &res)) {
        *out = res.as.b;
        return true;
    }
    if (!ops_compare(r, a, b, AST_CMP_EQ, &res)) return false;
    return ops_truthy(r, res, out);
}

static bool is_sequence_type(const ObjType *t) {
    return t->id == TYPE_STR || t->id == TYPE_BYTES || t->id == TYPE_LIST || t->id == TYPE_TUPLE;
}

// When neither operand's slot applies, CPython still tries sequence concatenation and
// repetition, whose errors win: "can't multiply sequence by non-int of type 'M'". Returns
// false with that error, true when it does not apply.
static bool ops_sequence_fallback_error(Run *r, const ObjType *ta, const ObjType *tb, int op) {
    if (op == AST_OP_MUL && (is_sequence_type(ta) || is_sequence_type(tb))) {
        return exc_raise(r, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                         is_sequence_type(ta) ? tb->name : ta->name);
    }
    if (op == AST_OP_ADD && is_sequence_type(ta) && type_is_class(tb)) {
        const char *what = ta->id == TYPE_STR ? "str" : ta->id == TYPE_BYTES ? "bytes"
                           : ta->id == TYPE_LIST ? "list" : "tuple";
        if (ta->id == TYPE_BYTES) return exc_raise(r, &exc_TypeError, "can't concat %s to bytes", tb->name);
        return exc_raise(r, &exc_TypeError, "can only concatenate %s (not \"%s\") to %s", what,
                         tb->name, what);
    }
    return true;
}

static bool ops_binary_slots(Run *r, Value a, Value b, int op, bool inplace, Value *out) {
    const ObjType *ta = value_type(a), *tb = value_type(b);
    Value res = v_obj((Obj *)&obj_notimpl);
    if (inplace && ta->slots.inplace && !ta->slots.inplace(r, a, b, op, &res)) return false;
    bool right_first = ta != tb && type_is_subtype(tb, ta) && tb->slots.binary &&
                       tb->slots.binary != ta->slots.binary;
    if (is_notimpl(res) && right_first && !tb->slots.binary(r, a, b, op, &res)) return false;
    if (is_notimpl(res) && ta->slots.binary && !ta->slots.binary(r, a, b, op, &res)) return false;
    // a slot shared by both types already had its chance at both operands (CPython's
    // binary_op1 skips it too)
    if (is_notimpl(res) && !right_first && ta != tb && tb->slots.binary &&
        tb->slots.binary != ta->slots.binary && !tb->slots.binary(r, a, b, op, &res)) {
        return false;
    }
    if (!is_notimpl(res)) {
        *out = res;
        return true;
    }
    if (!ops_sequence_fallback_error(r, ta, tb, op)) return false;
    const char *sym = ast_binop_symbol((AstBinOp)op);
    if (op == AST_OP_POW && !inplace) sym = "** or pow()";
    return exc_raise(r, &exc_TypeError, "unsupported operand type(s) for %s%s: '%s' and '%s'", sym,
                     inplace ? "=" : "", ta->name, tb->name);
}

bool ops_binary(Run *r, Value a, Value b, int op, Value *out) {
    if (op == AST_OP_ADD && is_str(a) && is_str(b)) return str_concat(r, as_str(a), as_str(b), out);
    return ops_binary_slots(r, a, b, op, false, out);
}

bool ops_inplace(Run *r, Value a, Value b, int op, Value *out) {
    return ops_binary_slots(r, a, b, op, true, out);
}

bool ops_unary(Run *r, Value v, int op, Value *out) {
    const ObjType *t = value_type(v);
    if (t->slots.unary) {
        Value res = v_obj((Obj *)&obj_notimpl);
        if (!t->slots.unary(r, v, op, &res)) return false;
        if (!is_notimpl(res)) {
            *out = res;
            return true;
        }
    }
    return exc_raise(r, &exc_TypeError, "bad operand type for unary %s: '%s'",
                     ast_unaryop_symbol((AstUnaryOp)op), t->name);
}

bool ops_truthy(Run *r, Value v, bool *out) {
    switch ((ValueTag)v.tag) {
    case VAL_NONE:
    case VAL_UNDEF: *out = false; return true;
    case VAL_BOOL: *out = v.as.b; return true;
    case VAL_INT: *out = v.as.i != 0; return true;
    case VAL_FLOAT: *out = v.as.f != 0.0; return true;
    case VAL_OBJ: break;
    }
    const ObjType *t = v.as.obj->type;
    if (t->slots.truthy) return t->slots.truthy(r, v, out);
    if (t->slots.len) {
        int64_t n;
        if (!t->slots.len(r, v, &n)) return false;
        *out = n != 0;
        return true;
    }
    *out = true;
    return true;
}

bool ops_len(Run *r, Value v, int64_t *out) {
    const ObjType *t = value_type(v);
    if (!t->slots.len) return exc_raise(r, &exc_TypeError, "object of type '%s' has no len()", t->name);
    return t->slots.len(r, v, out);
}

bool ops_getitem(Run *r, Value v, Value key, Value *out) {
    const ObjType *t = value_type(v);
    if (!t->slots.getitem) {
        if (v.tag == VAL_OBJ && t == &type_type) {
            return exc_raise(r, &exc_TypeError, "type '%s' is not subscriptable",
                             ((const ObjType *)v.as.obj)->name);
        }
        return exc_raise(r, &exc_TypeError, "'%s' object is not subscriptable", t->name);
    }
    return t->slots.getitem(r, v, key, out);
}

bool ops_setitem(Run *r, Value v, Value key, Value val) {
    const ObjType *t = value_type(v);
    if (!t->slots.setitem) {
        return exc_raise(r, &exc_TypeError, "'%s' object does not support item assignment", t->name);
    }
    return t->slots.setitem(r, v, key, val);
}

bool ops_delitem(Run *r, Value v, Value key) {
    const ObjType *t = value_type(v);
    if (!t->slots.setitem) {
        // CPython words it by the path it took: an index of a type with sequence methods (a
        // class always has them), or any other deletion
        bool sequence = int_check(key) && (t->slots.len || type_is_class(t));
        return exc_raise(r, &exc_TypeError, "'%s' object %s support item deletion", t->name,
                         sequence ? "doesn't" : "does not");
    }
    return t->slots.setitem(r, v, key, v_undef());
}

bool ops_iter(Run *r, Value v, Value *out) {
    const ObjType *t = value_type(v);
    if (!t->slots.iter) return exc_raise(r, &exc_TypeError, "'%s' object is not iterable", t->name);
    return t->slots.iter(r, v, out);
}

enum { OPS_CLOCK_EVERY = 1 << 12 };

// guard: a built-in that loops over an iterator in C (sum(range(10**15)), x in
// itertools.count()) runs no VM instruction: each step counts as one, and the instruction and
// time limits are looked at every OPS_CLOCK_EVERY steps. False with r->abort set.
static bool ops_charge_step(Run *r) {
    if (++r->instructions % OPS_CLOCK_EVERY != 0) return true;
    if (r->max_instructions && r->instructions >= r->max_instructions) {
        r->abort = ABORT_INSTRUCTIONS;
        return false;
    }
    return run_check_time(r);
}

IterStep ops_next(Run *r, Value it, Value *out) {
    const ObjType *t = value_type(it);
    if (!t->slots.next) {
        exc_raise(r, &exc_TypeError, "'%s' object is not an iterator", t->name);
        return ITER_ERROR;
    }
    if (!ops_charge_step(r)) return ITER_ERROR;
    return t->slots.next(r, it, out);
}

bool ops_contains(Run *r, Value v, Value x, bool *out) {
    const ObjType *t = value_type(v);
    if (t->id == TYPE_STR || t->id == TYPE_BYTES) x = boxed_unbox(x);  // S('a') in 'abc'
    if (t->slots.contains) return t->slots.contains(r, v, x, out);
    if (!t->slots.iter) {
        return exc_raise(r, &exc_TypeError, "argument of type '%s' is not a container or iterable",
                         t->name);
    }
    Value it, item;
    if (!ops_iter(r, v, &it) || !gc_push_root(r, it)) return false;
    bool ok = false;
    IterStep s;
    *out = false;
    while ((s = ops_next(r, it, &item)) == ITER_ITEM) {
        bool eq;
        if (!ops_eq(r, item, x, &eq)) goto done;
        if (eq) {
            *out = true;
            break;
        }
    }
    ok = s != ITER_ERROR;
done:
    gc_pop_roots(r, 1);
    return ok;
}

// Binary search of a type's sorted method table, then its slot wrappers, up the base chain.
static const MethodDef *ops_find_method(const ObjType *t, const char *name, size_t len) {
    for (; t; t = t->base_type) {
        uint32_t lo = 0, hi = t->method_count;
        while (lo < hi) {
            uint32_t mid = (lo + hi) / 2;
            int c = strncmp(t->methods[mid].name, name, len);
            if (c == 0 && t->methods[mid].name[len] != '\0') c = 1;
            if (c == 0) return &t->methods[mid];
            if (c < 0) lo = mid + 1;
            else hi = mid;
        }
        const MethodDef *w = slotwrap_find(t, name, len);
        if (w) return w;
    }
    return NULL;
}

const MethodDef *ops_type_method(const ObjType *t, const char *name) {
    return ops_find_method(t, name, strlen(name));
}

// The type of t's base chain whose table holds m: `bool.__add__` is int's.
static const ObjType *ops_method_owner(const ObjType *t, const MethodDef *m) {
    for (const ObjType *b = t; b; b = b->base_type) {
        if (b->method_count && m >= b->methods && m < b->methods + b->method_count) return b;
        if ((m->flags & METHOD_SLOT) && slotwrap_find(b, m->name, strlen(m->name)) == m) return b;
    }
    return t;
}

// After the getattr slot raised: an AttributeError (a property's getter raising it) falls back
// to the class's __getattr__ as CPython's slot does; anything else propagates.
static bool getattr_failed(Run *r, Value v, Obj *name, Value *out, bool generic) {
    bool handled = false;
    if (generic || !exc_pending_is(r, &exc_AttributeError)) return false;
    return class_getattr_hook(r, v, name, out, &handled) && handled;
}

// ops_getattr; `generic` (object.__getattribute__) skips the class's own __getattribute__ and
// its __getattr__.
static bool ops_getattr_from(Run *r, Value v, Obj *name, Value *out, bool generic) {
    const ObjType *t = value_type(v);
    ObjStr *n = (ObjStr *)name;
    bool (*get)(Run *r, Value v, Obj *name, Value *out) = t->slots.getattr;
    if (generic && v.tag == VAL_OBJ && type_is_class(t)) get = class_instance_getattr;
    if (get) {
        if (!get(r, v, name, out)) return getattr_failed(r, v, name, out, generic);
        if (!is_undef(*out)) return true;
    }
    if (v.tag == VAL_OBJ && t == &type_type) {
        const ObjType *owner = (const ObjType *)v.as.obj;
        const MethodDef *um = ops_find_method(owner, n->data, n->len);
        if (um && (um->flags & METHOD_CLASS)) return method_bind(r, v, um, out);
        if (um) return method_unbound(r, ops_method_owner(owner, um), um, out);
    }
    const MethodDef *m = ops_find_method(t, n->data, n->len);
    if (m && (m->flags & METHOD_CLASS)) return method_bind(r, v_obj((Obj *)t), m, out);
    if (m) return method_bind(r, v, m, out);
    if (n->len == 9 && memcmp(n->data, "__class__", 9) == 0) {
        *out = v_obj((Obj *)t);
        return true;
    }
    bool handled = false;
    if (!generic && !class_getattr_hook(r, v, name, out, &handled)) return false;
    if (handled) return true;
    if (v.tag == VAL_OBJ && t == &type_type) {
        exc_raise(r, &exc_AttributeError, "type object '%s' has no attribute '%s'",
                  ((const ObjType *)v.as.obj)->name, n->data);
    } else {
        exc_raise(r, &exc_AttributeError, "'%s' object has no attribute '%s'", t->name, n->data);
    }
    exc_set_name(r, name, v);
    return false;
}

bool ops_getattr(Run *r, Value v, Obj *name, Value *out) {
    return ops_getattr_from(r, v, name, out, false);
}

bool ops_generic_getattr(Run *r, Value v, Obj *name, Value *out) {
    return ops_getattr_from(r, v, name, out, true);
}

// ops_find_method through r->method_cache, for built-in types and the program's names: both
// static, so an entry never goes stale.
static const MethodDef *ops_find_method_cached(Run *r, const ObjType *t, ObjStr *n) {
    if (!(t->base.flags & OBJ_STATIC) || !(n->base.flags & OBJ_STATIC)) {
        return ops_find_method(t, n->data, n->len);
    }
    uintptr_t h = ((uintptr_t)t >> 4) ^ ((uintptr_t)n >> 4);
    struct MethodCache *c = &r->method_cache[h & (RUN_METHOD_CACHE - 1)];
    if (c->type != t || c->name != &n->base) {
        *c = (struct MethodCache){t, &n->base, ops_find_method(t, n->data, n->len)};
    }
    return c->method;
}

bool ops_lookup_method(Run *r, Value obj, Obj *name, const MethodDef **method, Value *attr) {
    const ObjType *t = value_type(obj);
    *method = NULL;
    if (t != &type_type && !type_is_class(t)) {
        ObjStr *n = (ObjStr *)name;
        const MethodDef *m = ops_find_method_cached(r, t, n);
        if (m && !(m->flags & METHOD_CLASS)) {
            // the getattr slot has the first say, as in ops_getattr (an int's `real`)
            if (t->slots.getattr) {
                if (!t->slots.getattr(r, obj, name, attr)) return false;
                if (!is_undef(*attr)) return true;
            }
            *method = m;
            return true;
        }
    }
    return ops_getattr(r, obj, name, attr);
}

bool ops_setattr(Run *r, Value v, Obj *name, Value val) {
    const ObjType *t = value_type(v);
    ObjStr *n = (ObjStr *)name;
    if (t->slots.setattr) return t->slots.setattr(r, v, name, val);
    if (ops_find_method(t, n->data, n->len)) {
        return exc_raise(r, &exc_AttributeError, "'%s' object attribute '%s' is read-only", t->name,
                         n->data);
    }
    Value existing = v_undef();  // data attributes such as int.real come from the getattr slot
    if (t->slots.getattr && !t->slots.getattr(r, v, name, &existing)) return false;
    if (!is_undef(existing)) {
        return exc_raise(r, &exc_AttributeError, "attribute '%s' of '%s' objects is not writable",
                         n->data, t->name);
    }
    return exc_raise(r, &exc_AttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
                     t->name, n->data);
}

bool ops_getattr_cstr(Run *r, Value v, const char *name, Value *out) {
    Obj *n = str_from_cstr(r, name);
    if (!n || !gc_push_root(r, v_obj(n))) return false;  // an AttributeError keeps the name
    bool ok = ops_getattr(r, v, n, out);
    gc_pop_roots(r, 1);
    return ok;
}

bool ops_method(Run *r, Value v, const char *name, Value *out) {
    const ObjType *t = value_type(v);
    const MethodDef *m = ops_find_method(t, name, strlen(name));
    if (!m) return exc_raise(r, &exc_AttributeError, "'%s' object has no attribute '%s'", t->name, name);
    return method_bind(r, v, m, out);
}

bool ops_call(Run *r, Value callee, const Args *a, Value *out) {
    const ObjType *t = value_type(callee);
    if (t->slots.call) return t->slots.call(r, callee, a, out);
    return exc_raise(r, &exc_TypeError, "'%s' object is not callable", t->name);
}

bool ops_call_method(Run *r, Value obj, const char *name, Value *args, uint32_t n, Value *out) {
    Value m;
    if (!ops_getattr_cstr(r, obj, name, &m) || !gc_push_root(r, m)) return false;
    Args a = {.pos = args, .npos = n};
    bool ok = ops_call(r, m, &a, out);
    gc_pop_roots(r, 1);
    return ok;
}

bool ops_index(Run *r, Value v, int64_t *out) {
    if (v.tag == VAL_INT) {
        *out = v.as.i;
        return true;
    }
    if (v.tag == VAL_BOOL) {
        *out = v.as.b;
        return true;
    }
    if (value_type(v) == &type_int) {
        return exc_raise(r, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    Value res;
    bool found;
    if (!class_index(r, v, &res, &found)) return false;
    if (found) return ops_index(r, res, out);
    return exc_raise(r, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                     value_type_name(v));
}
