// Helpers shared by the container types: recursion guards, index conversion, argument counts.
#include "interp/container.h"

#include <string.h>

#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_class.h"
#include "interp/obj_int.h"
#include "interp/ops.h"
#include "parser/ast.h"

bool container_repr_enter(Obj *o) {
    if (o->flags & OBJ_STATIC) return true;
    if (o->flags & OBJ_REPR_ACTIVE) return false;
    o->flags |= OBJ_REPR_ACTIVE;
    return true;
}

void container_repr_leave(Obj *o) {
    if (!(o->flags & OBJ_STATIC)) o->flags &= ~(uint32_t)OBJ_REPR_ACTIVE;
}

bool container_nest_enter(Run *r, const char *what) {
    // guard: a million nested lists compared or hashed must not overflow the C stack
    if (r->native_depth >= CONTAINER_MAX_NEST) {
        return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded%s", what);
    }
    r->native_depth++;
    return true;
}

void container_nest_leave(Run *r) {
    r->native_depth--;
}

bool container_is_int(Value v) {
    return is_int(v) || is_bool(v) || (is_obj(v) && v.as.obj->type == &type_int);
}

bool container_is_user(Value v) {
    // built-in types are static objects; classes a program defines live on its heap
    return is_obj(v) && !(v.as.obj->type->base.flags & OBJ_STATIC);
}

bool container_user_index(Run *r, Value v, bool *found, int64_t *out) {
    Value res;
    if (!class_index(r, v, &res, found)) return false;
    return !*found || ops_index(r, res, out);
}

bool container_index(Run *r, Value key, const char *what, int64_t *out) {
    if (is_int(key)) {
        *out = key.as.i;
        return true;
    }
    if (is_bool(key)) {
        *out = key.as.b;
        return true;
    }
    if (container_is_int(key)) {
        return exc_raise(r, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    bool found = false;
    if (container_is_user(key) && !container_user_index(r, key, &found, out)) return false;
    if (found) return true;
    return exc_raise(r, &exc_TypeError, "%s indices must be integers or slices, not %s", what,
                     value_type_name(key));
}

bool container_ssize(Run *r, Value v, int64_t *out) {
    if (is_obj(v) && v.as.obj->type == &type_int) {
        return exc_raise(r, &exc_OverflowError, "Python int too large to convert to C ssize_t");
    }
    return ops_index(r, v, out);
}

// The sign of a big int, without knowing its layout.
static bool container_bigint_negative(Run *r, Value v, bool *neg) {
    Value res;
    if (!ops_compare(r, v, v_int(0), AST_CMP_LT, &res)) return false;
    return ops_truthy(r, res, neg);
}

bool container_slice_index(Run *r, Value v, bool none_ok, int64_t *out) {
    if (is_none(v) && none_ok) return true;
    if (is_int(v) || is_bool(v)) {
        *out = is_int(v) ? v.as.i : v.as.b;
        return true;
    }
    if (container_is_int(v)) {
        bool neg;
        if (!container_bigint_negative(r, v, &neg)) return false;
        *out = neg ? INT64_MIN : INT64_MAX;  // clamped, as PyNumber_AsSsize_t(v, NULL) does
        return true;
    }
    const char *msg = none_ok
                          ? "slice indices must be integers or None or have an __index__ method"
                          : "slice indices must be integers or have an __index__ method";
    if (container_is_user(v)) {
        Value index;
        bool found;
        if (!class_index(r, v, &index, &found)) return false;
        // its int is clamped as any int is (a[Big():] is a[2**100:])
        if (found && container_is_int(index)) return container_slice_index(r, index, false, out);
        if (found) return ops_index(r, index, out);
    }
    return exc_raise(r, &exc_TypeError, "%s", msg);
}

bool container_repeat_count(Run *r, Value n, int64_t *out) {
    if (is_obj(n) && n.as.obj->type == &type_int) {
        return exc_raise(r, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    if (!ops_index(r, n, out)) return false;
    if (*out < 0) *out = 0;
    return true;
}

bool container_repeat_operand(Run *r, Value n, bool seq_left, int64_t *count, bool *notimpl) {
    *notimpl = false;
    if (container_is_int(n)) return container_repeat_count(r, n, count);
    if (container_is_user(n)) {
        Value idx;
        bool found;
        if (!class_index(r, n, &idx, &found)) return false;
        if (found && !int_to_i64(idx, count)) {
            return exc_raise(r, &exc_OverflowError, "cannot fit '%s' into an index-sized integer",
                             value_type_name(n));
        }
        if (found) {
            if (*count < 0) *count = 0;
            return true;
        }
        if (seq_left) {  // no __index__: the other operand's __rmul__ may apply
            *notimpl = true;
            return true;
        }
    }
    return exc_raise(r, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                     value_type_name(n));
}

bool container_push2(Run *r, Value a, Value b) {
    if (!gc_push_root(r, a)) return false;
    if (gc_push_root(r, b)) return true;
    gc_pop_roots(r, 1);
    return false;
}

bool container_eq_rooted(Run *r, Value a, Value b, bool *out) {
    if (!is_obj(a) && !is_obj(b)) return ops_eq(r, a, b, out);
    if (!container_push2(r, a, b)) return false;
    bool ok = ops_eq(r, a, b, out);
    gc_pop_roots(r, 2);
    return ok;
}

bool container_hash_key(Run *r, Value key, const char *role, int64_t *out) {
    if (ops_hash(r, key, out)) return true;
    if (!is_exception(r->exc) || r->exc.as.obj->type != &exc_TypeError) return false;
    // CPython 3.14 words the failure after the role the key was to play
    Value exc = r->exc, msg;
    exc_clear(r);
    if (!gc_push_root(r, exc)) return false;
    bool ok = ops_str_value(r, exc, &msg);
    gc_pop_roots(r, 1);
    if (!ok || !gc_push_root(r, msg)) return false;
    exc_raise(r, &exc_TypeError, "cannot use '%s' as a %s (%S)", value_type_name(key), role, msg);
    gc_pop_roots(r, 1);
    return false;
}

bool container_refuse(Run *r) {
    if (r->abort == ABORT_NONE) r->abort = ABORT_MEMORY;
    return false;
}

bool container_fits(Run *r, size_t n, size_t size) {
    size_t bytes;
    // guard: a result whose size comes from user values is refused before it is built
    if (__builtin_mul_overflow(n, size, &bytes) || !mem_would_fit(r, bytes)) {
        return container_refuse(r);
    }
    return true;
}

bool container_args_none(Run *r, const Args *a, const char *qualname) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "%s() takes no keyword arguments", qualname);
    if (a->npos) {
        return exc_raise(r, &exc_TypeError, "%s() takes no arguments (%u given)", qualname,
                         a->npos);
    }
    return true;
}

bool container_args_one(Run *r, const Args *a, const char *qualname) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "%s() takes no keyword arguments", qualname);
    if (a->npos != 1) {
        return exc_raise(r, &exc_TypeError, "%s() takes exactly one argument (%u given)",
                         qualname, a->npos);
    }
    return true;
}

// CPython's _PyArg_CheckPositional, which names the method without its type.
bool container_args_count(Run *r, const Args *a, const char *qualname, uint32_t min,
                          uint32_t max) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "%s() takes no keyword arguments", qualname);
    uint32_t n = a->npos;
    if (n >= min && n <= max) return true;
    const char *name = strrchr(qualname, '.');
    name = name ? name + 1 : qualname;
    uint32_t bound = n < min ? min : max;
    const char *which = min == max ? "" : n < min ? "at least " : "at most ";
    return exc_raise(r, &exc_TypeError, "%s expected %s%u argument%s, got %u", name, which, bound,
                     bound == 1 ? "" : "s", n);
}
