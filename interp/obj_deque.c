// collections.deque (CPython's Modules/_collectionsmodule.c, its behaviour and messages).
// Items live in a ring buffer; nothing keeps a pointer into it across a call of Python code
// (__eq__, __repr__, an iterator's __next__), since that code may mutate the deque: positions
// are re-read by index and `state` says whether the deque changed meanwhile.
#include "interp/obj_deque.h"

#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mod_collections.h"
#include "interp/mem.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

bool is_deque(Value v) {
    return v.tag == VAL_OBJ && type_is_subtype(v.as.obj->type, &type_deque);
}

static ObjDeque *as_deque(Value v) {
    return (ObjDeque *)v.as.obj;
}

static Value *deque_at(ObjDeque *d, size_t i) {
    return &d->items[(d->head + i) & (d->cap - 1)];
}

// ---- storage ----

static bool deque_grow(Run *r, ObjDeque *d) {
    size_t cap = d->cap ? d->cap * 2 : 8;
    if (!container_fits(r, cap, sizeof(Value))) return false;
    Value *items = mem_alloc(r, cap * sizeof(Value));
    if (!items) return false;
    for (size_t i = 0; i < d->len; i++) items[i] = *deque_at(d, i);
    if (d->items) mem_free(r, d->items, d->cap * sizeof(Value));
    d->items = items;
    d->cap = cap;
    d->head = 0;
    return true;
}

static bool deque_push_back(Run *r, ObjDeque *d, Value v) {
    if (d->len == d->cap) {
        // v may be reachable only from the caller: keep it through the allocation
        if (!gc_push_root(r, v)) return false;
        bool ok = deque_grow(r, d);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    *deque_at(d, d->len++) = v;
    return true;
}

static bool deque_push_front(Run *r, ObjDeque *d, Value v) {
    if (d->len == d->cap) {
        if (!gc_push_root(r, v)) return false;
        bool ok = deque_grow(r, d);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    d->head = (d->head + d->cap - 1) & (d->cap - 1);
    d->items[d->head] = v;
    d->len++;
    return true;
}

static Value deque_take_back(ObjDeque *d) {
    return *deque_at(d, --d->len);
}

static Value deque_take_front(ObjDeque *d) {
    Value v = d->items[d->head];
    d->head = (d->head + 1) & (d->cap - 1);
    d->len--;
    return v;
}

// Removes item i, closing the gap.
static void deque_remove_at(ObjDeque *d, size_t i) {
    for (size_t k = i; k + 1 < d->len; k++) *deque_at(d, k) = *deque_at(d, k + 1);
    d->len--;
    d->state++;
}

// append and appendleft: a full bounded deque drops an item from the other end first.
static bool deque_append_item(Run *r, ObjDeque *d, Value v, bool left) {
    d->state++;
    if (d->bounded && d->maxlen == 0) return true;
    if (d->bounded && (int64_t)d->len == d->maxlen) {
        if (left) (void)deque_take_back(d);
        else (void)deque_take_front(d);
    }
    return left ? deque_push_front(r, d, v) : deque_push_back(r, d, v);
}

// Rotates n steps to the right (negative: to the left).
static void deque_rotate_by(ObjDeque *d, int64_t n) {
    if (d->len <= 1) return;
    int64_t len = (int64_t)d->len, k = n % len;
    if (k < 0) k += len;
    if (k > len / 2) {
        for (int64_t j = 0; j < len - k; j++) {
            Value v = deque_take_front(d);
            *deque_at(d, d->len++) = v;
        }
    } else {
        for (int64_t j = 0; j < k; j++) {
            Value v = deque_take_back(d);
            d->head = (d->head + d->cap - 1) & (d->cap - 1);
            d->items[d->head] = v;
            d->len++;
        }
    }
    d->state++;
}

static bool deque_new(Run *r, int64_t maxlen, Value *out) {
    ObjDeque *d = gc_new(r, ObjDeque, &type_deque);
    if (!d) return false;
    d->bounded = maxlen >= 0;
    d->maxlen = maxlen;
    *out = v_obj(&d->base);
    return true;
}

// Appends each item of src (extendleft: prepends, so they end up reversed).
static bool deque_extend_from(Run *r, ObjDeque *d, Value src, bool left) {
    Value it, item;
    if (src.tag == VAL_OBJ && src.as.obj == &d->base) {
        // d.extend(d): iterate over a snapshot, as CPython does
        Obj *copy = tuple_new(r, d->len);
        if (!copy) return false;
        for (size_t i = 0; i < d->len; i++) ((ObjTuple *)copy)->items[i] = *deque_at(d, i);
        src = v_obj(copy);
    }
    if (!gc_push_root(r, src)) return false;
    if (!ops_iter(r, src, &it) || !gc_push_root(r, it)) {
        gc_pop_roots(r, 1);
        return false;
    }
    IterStep s;
    while ((s = ops_next(r, it, &item)) == ITER_ITEM) {
        if (!deque_append_item(r, d, item, left)) break;
    }
    gc_pop_roots(r, 2);
    return s == ITER_END;
}

// ---- construction and attributes ----

bool deque_init(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"iterable", "maxlen"};
    static const ArgSpec spec = {"deque", names, 2, 0, 2, 0};
    Value p[2];
    if (!args_bind(r, a, &spec, p)) return false;
    int64_t maxlen = -1;
    if (!is_undef(p[1]) && !is_none(p[1])) {
        if (!container_is_int(p[1])) return exc_raise(r, &exc_TypeError, "an integer is required");
        if (!container_ssize(r, p[1], &maxlen)) return false;
        if (maxlen < 0) return exc_raise(r, &exc_ValueError, "maxlen must be non-negative");
    }
    ObjDeque *d = as_deque(self);
    d->len = d->head = 0;
    d->bounded = maxlen >= 0;
    d->maxlen = maxlen;
    d->state++;
    *out = v_none();
    return is_undef(p[0]) || deque_extend_from(r, d, p[0], false);
}

static bool deque_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value ignored;
    if (!deque_new(r, -1, out) || !gc_push_root(r, *out)) return false;
    bool ok = deque_init(r, *out, a, &ignored);
    gc_pop_roots(r, 1);
    return ok;
}

static bool deque_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    *out = v_undef();
    if (str_equal_cstr((ObjStr *)name, "maxlen")) {
        ObjDeque *d = as_deque(v);
        *out = d->bounded ? v_int(d->maxlen) : v_none();
    }
    return true;
}

// ---- methods ----

static bool deque_append(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "deque.append")) return false;
    *out = v_none();
    return deque_append_item(r, as_deque(self), a->pos[0], false);
}

static bool deque_appendleft(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "deque.appendleft")) return false;
    *out = v_none();
    return deque_append_item(r, as_deque(self), a->pos[0], true);
}

static bool deque_pop(Run *r, Value self, const Args *a, Value *out) {
    ObjDeque *d = as_deque(self);
    if (!container_args_none(r, a, "deque.pop")) return false;
    if (!d->len) return exc_raise(r, &exc_IndexError, "pop from an empty deque");
    *out = deque_take_back(d);
    d->state++;
    return true;
}

static bool deque_popleft(Run *r, Value self, const Args *a, Value *out) {
    ObjDeque *d = as_deque(self);
    if (!container_args_none(r, a, "deque.popleft")) return false;
    if (!d->len) return exc_raise(r, &exc_IndexError, "pop from an empty deque");
    *out = deque_take_front(d);
    d->state++;
    return true;
}

static bool deque_extend(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "deque.extend")) return false;
    *out = v_none();
    return deque_extend_from(r, as_deque(self), a->pos[0], false);
}

static bool deque_extendleft(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "deque.extendleft")) return false;
    *out = v_none();
    return deque_extend_from(r, as_deque(self), a->pos[0], true);
}

static bool deque_rotate(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "deque.rotate", 0, 1)) return false;
    int64_t n = 1;
    if (a->npos && !container_ssize(r, a->pos[0], &n)) return false;
    deque_rotate_by(as_deque(self), n);
    *out = v_none();
    return true;
}

static bool deque_clear(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "deque.clear")) return false;
    ObjDeque *d = as_deque(self);
    d->len = 0;
    d->head = 0;
    d->state++;
    *out = v_none();
    return true;
}

static bool deque_copy_of(Run *r, ObjDeque *d, Value *out) {
    if (!deque_new(r, d->bounded ? d->maxlen : -1, out) || !gc_push_root(r, *out)) return false;
    ObjDeque *c = as_deque(*out);
    bool ok = true;
    for (size_t i = 0; ok && i < d->len; i++) ok = deque_push_back(r, c, *deque_at(d, i));
    gc_pop_roots(r, 1);
    return ok;
}

static bool deque_copy(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "deque.copy")) return false;
    return deque_copy_of(r, as_deque(self), out);
}

static bool deque_mutated(Run *r) {
    return exc_raise(r, &exc_RuntimeError, "deque mutated during iteration");
}

// Item i == x, through __eq__; false with RuntimeError if that changed the deque.
static bool deque_item_eq(Run *r, ObjDeque *d, size_t i, Value x, bool *eq) {
    uint64_t state = d->state;
    if (!container_eq_rooted(r, *deque_at(d, i), x, eq)) return false;
    return d->state == state || deque_mutated(r);
}

static bool deque_count(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "deque.count")) return false;
    ObjDeque *d = as_deque(self);
    int64_t n = 0;
    bool eq;
    for (size_t i = 0; i < d->len; i++) {
        if (!deque_item_eq(r, d, i, a->pos[0], &eq)) return false;
        n += eq;
    }
    *out = v_int(n);
    return true;
}

// The first i in [start, stop) with item i == x, or -1.
static bool deque_find(Run *r, ObjDeque *d, Value x, int64_t start, int64_t stop, int64_t *out) {
    bool eq;
    *out = -1;
    for (int64_t i = start; i < stop && i < (int64_t)d->len; i++) {
        if (!deque_item_eq(r, d, (size_t)i, x, &eq)) return false;
        if (eq) {
            *out = i;
            return true;
        }
    }
    return true;
}

static void clamp_index(int64_t *i, int64_t len) {
    if (*i < 0) *i = *i + len < 0 ? 0 : *i + len;
    if (*i > len) *i = len;
}

static bool deque_index(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "index", 1, 3)) return false;
    ObjDeque *d = as_deque(self);
    int64_t start = 0, stop = (int64_t)d->len, found;
    if (a->npos > 1 && !container_slice_index(r, a->pos[1], false, &start)) return false;
    if (a->npos > 2 && !container_slice_index(r, a->pos[2], false, &stop)) return false;
    clamp_index(&start, (int64_t)d->len);
    clamp_index(&stop, (int64_t)d->len);
    if (!deque_find(r, d, a->pos[0], start, stop, &found)) return false;
    if (found >= 0) {
        *out = v_int(found);
        return true;
    }
    return exc_raise(r, &exc_ValueError, "deque.index(x): x not in deque");
}

static bool deque_insert(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "insert", 2, 2)) return false;
    ObjDeque *d = as_deque(self);
    int64_t i;
    if (!container_ssize(r, a->pos[0], &i)) return false;
    if (d->bounded && (int64_t)d->len >= d->maxlen) {
        return exc_raise(r, &exc_IndexError, "deque already at its maximum size");
    }
    clamp_index(&i, (int64_t)d->len);
    if (!deque_push_back(r, d, a->pos[1])) return false;
    for (size_t k = d->len - 1; k > (size_t)i; k--) *deque_at(d, k) = *deque_at(d, k - 1);
    *deque_at(d, (size_t)i) = a->pos[1];
    d->state++;
    *out = v_none();
    return true;
}

static bool deque_remove(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "deque.remove")) return false;
    ObjDeque *d = as_deque(self);
    bool eq;
    for (size_t i = 0; i < d->len; i++) {
        uint64_t state = d->state;
        if (!container_eq_rooted(r, *deque_at(d, i), a->pos[0], &eq)) return false;
        if (d->state != state) return exc_raise(r, &exc_IndexError, "deque mutated during iteration");
        if (eq) {
            deque_remove_at(d, i);
            *out = v_none();
            return true;
        }
    }
    return exc_raise(r, &exc_ValueError, "deque.remove(x): x not in deque");
}

static bool deque_reverse(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "deque.reverse")) return false;
    ObjDeque *d = as_deque(self);
    for (size_t i = 0, j = d->len; i + 1 < j; i++, j--) {
        Value t = *deque_at(d, i);
        *deque_at(d, i) = *deque_at(d, j - 1);
        *deque_at(d, j - 1) = t;
    }
    d->state++;
    *out = v_none();
    return true;
}

static const MethodDef deque_methods[] = {
    {"__init__", deque_init},
    {"append", deque_append},
    {"appendleft", deque_appendleft},
    {"clear", deque_clear},
    {"copy", deque_copy},
    {"count", deque_count},
    {"extend", deque_extend},
    {"extendleft", deque_extendleft},
    {"index", deque_index},
    {"insert", deque_insert},
    {"pop", deque_pop},
    {"popleft", deque_popleft},
    {"remove", deque_remove},
    {"reverse", deque_reverse},
    {"rotate", deque_rotate},
};

// ---- slots ----

// "deque([1, 2], maxlen=3)": the items as a list taken first, as CPython prints them, so an
// item's __repr__ that changes the deque does not change what is printed.
static bool deque_repr(Run *r, Value v, Buf *out) {
    ObjDeque *d = as_deque(v);
    if (!container_repr_enter(&d->base)) return buf_append_cstr(out, "[...]");
    Obj *items = list_new(r, d->len);
    bool ok = items && gc_push_root(r, v_obj(items));
    if (!ok) {
        container_repr_leave(&d->base);
        return false;
    }
    for (size_t i = 0; i < d->len; i++) ((ObjList *)items)->items[i] = *deque_at(d, i);
    ok = buf_printf(out, "%s(", mod_collections_repr_name(v)) && ops_repr(r, v_obj(items), out);
    gc_pop_roots(r, 1);
    if (ok && d->bounded) ok = buf_printf(out, ", maxlen=%lld", (long long)d->maxlen);
    ok = ok && buf_append_char(out, ')');
    container_repr_leave(&d->base);
    return ok;
}

static bool deque_len(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = (int64_t)as_deque(v)->len;
    return true;
}

// A subscript as a position: "sequence index must be integer, not 'str'", IndexError outside.
static bool deque_position(Run *r, ObjDeque *d, Value key, size_t *out) {
    int64_t i;
    if (!container_is_int(key) && !container_is_user(key)) {
        return exc_raise(r, &exc_TypeError, "sequence index must be integer, not '%s'", value_type_name(key));
    }
    if (!container_ssize(r, key, &i)) return false;
    if (i < 0) i += (int64_t)d->len;
    if (i < 0 || i >= (int64_t)d->len) return exc_raise(r, &exc_IndexError, "deque index out of range");
    *out = (size_t)i;
    return true;
}

static bool deque_getitem(Run *r, Value v, Value key, Value *out) {
    size_t i = 0;
    if (!deque_position(r, as_deque(v), key, &i)) return false;
    *out = *deque_at(as_deque(v), i);
    return true;
}

static bool deque_setitem(Run *r, Value v, Value key, Value val) {
    ObjDeque *d = as_deque(v);
    size_t i = 0;
    if (!deque_position(r, d, key, &i)) return false;
    if (is_undef(val)) deque_remove_at(d, i);
    else *deque_at(d, i) = val;
    return true;
}

static bool deque_contains(Run *r, Value v, Value x, bool *out) {
    ObjDeque *d = as_deque(v);
    *out = false;
    for (size_t i = 0; i < d->len && !*out; i++) {
        if (!deque_item_eq(r, d, i, x, out)) return false;
    }
    return true;
}

// The first items of a and b that differ (by ==), held as CPython's iterators hold them: the
// == may have changed the deques. *found false when one ran out first.
static bool deque_first_difference(Run *r, ObjDeque *a, ObjDeque *b, Value pair[2], bool *found) {
    *found = false;
    for (size_t i = 0; i < a->len && i < b->len; i++) {
        uint64_t sa = a->state, sb = b->state;
        pair[0] = *deque_at(a, i);
        pair[1] = *deque_at(b, i);
        bool eq;
        if (!container_eq_rooted(r, pair[0], pair[1], &eq)) return false;
        if (!eq) {
            *found = true;
            return true;
        }
        if (a->state != sa || b->state != sb) return deque_mutated(r);
    }
    return true;
}

static bool deque_compare(Run *r, Value a, Value b, int op, Value *out) {
    if (!is_deque(a) || !is_deque(b)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    ObjDeque *x = as_deque(a), *y = as_deque(b);
    if (x->len != y->len && (op == AST_CMP_EQ || op == AST_CMP_NE)) {
        *out = v_bool(op == AST_CMP_NE);
        return true;
    }
    if (!container_nest_enter(r, " in comparison")) return false;
    Value pair[2];
    bool found;
    bool ok = deque_first_difference(r, x, y, pair, &found);
    if (ok && !found) {
        *out = v_bool(tuple_compare_sizes((int64_t)x->len, (int64_t)y->len, op));
    } else if (ok) {
        // compared again under op, == and != too, and made a bool, as CPython's deque does
        ok = container_push2(r, pair[0], pair[1]);
        bool holds;
        if (ok) {
            ok = ops_compare(r, pair[0], pair[1], op, out) && ops_truthy(r, *out, &holds);
            gc_pop_roots(r, 2);
        }
        if (ok) *out = v_bool(holds);
    }
    container_nest_leave(r);
    return ok;
}

// d *= n in place: the items n times over, trimmed to maxlen from the left.
static bool deque_repeat_in_place(Run *r, ObjDeque *d, int64_t n) {
    size_t len = d->len;
    d->state++;
    if (n <= 0 || len == 0) {
        d->len = d->head = 0;
        return true;
    }
    // a bounded deque keeps a tail that ceil(maxlen / len) copies already give
    if (d->bounded && n > (d->maxlen + (int64_t)len - 1) / (int64_t)len) {
        n = (d->maxlen + (int64_t)len - 1) / (int64_t)len;
    }
    size_t total;
    if (__builtin_mul_overflow(len, (size_t)n, &total)) return container_refuse(r);
    if (!container_fits(r, total, sizeof(Value))) return false;
    for (int64_t k = 1; k < n; k++) {
        for (size_t i = 0; i < len; i++) {
            // item i of the previous copy sits len places before the end
            if (!deque_append_item(r, d, *deque_at(d, d->len - len), false)) return false;
        }
    }
    return true;
}

static bool deque_binary(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (op == AST_OP_ADD && is_deque(a)) {
        if (!is_deque(b)) {
            return exc_raise(r, &exc_TypeError, "can only concatenate deque (not \"%s\") to deque",
                             value_type_name(b));
        }
        if (!deque_copy_of(r, as_deque(a), out) || !gc_push_root(r, *out)) return false;
        bool ok = deque_extend_from(r, as_deque(*out), b, false);
        gc_pop_roots(r, 1);
        return ok;
    }
    if (op != AST_OP_MUL) return true;
    Value seq = is_deque(a) ? a : b, n = is_deque(a) ? b : a;
    int64_t count;
    bool notimpl;
    if (!container_repeat_operand(r, n, is_deque(a), &count, &notimpl)) return false;
    if (notimpl) return true;
    if (!deque_copy_of(r, as_deque(seq), out) || !gc_push_root(r, *out)) return false;
    bool ok = deque_repeat_in_place(r, as_deque(*out), count);
    gc_pop_roots(r, 1);
    return ok;
}

static bool deque_inplace(Run *r, Value a, Value b, int op, Value *out) {
    if (op == AST_OP_ADD) {
        *out = a;
        return deque_extend_from(r, as_deque(a), b, false);
    }
    if (op == AST_OP_MUL) {
        int64_t count;
        bool notimpl;
        if (!container_repeat_operand(r, b, true, &count, &notimpl)) return false;
        *out = notimpl ? v_obj((Obj *)&obj_notimpl) : a;
        return notimpl || deque_repeat_in_place(r, as_deque(a), count);
    }
    return deque_binary(r, a, b, op, out);
}

// ---- iteration ----

typedef struct DequeIter {
    Obj base;
    Value deque;
    size_t index;
    uint64_t state;  // the deque's state when iteration began
} DequeIter;

static bool deque_iter(Run *r, Value v, Value *out) {
    DequeIter *it = gc_new(r, DequeIter, &type_deque_iterator);
    if (!it) return false;
    it->deque = v;
    it->state = as_deque(v)->state;
    *out = v_obj(&it->base);
    return true;
}

static IterStep deque_iter_next(Run *r, Value v, Value *out) {
    DequeIter *it = (DequeIter *)v.as.obj;
    if (is_undef(it->deque)) return ITER_END;
    ObjDeque *d = as_deque(it->deque);
    if (d->state != it->state) {
        deque_mutated(r);
        return ITER_ERROR;
    }
    if (it->index >= d->len) {
        it->deque = v_undef();
        return ITER_END;
    }
    *out = *deque_at(d, it->index++);
    return ITER_ITEM;
}

static void deque_iter_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((DequeIter *)o)->deque);
}

static bool deque_iter_length_hint(Run *r, Value self, const Args *a, Value *out) {
    const DequeIter *it = (const DequeIter *)self.as.obj;
    size_t len = is_undef(it->deque) ? 0 : as_deque(it->deque)->len;
    return iter_hint_result(r, self, a, it->index < len ? (int64_t)(len - it->index) : 0, out);
}

static const MethodDef deque_iter_methods[] = {
    {"__length_hint__", deque_iter_length_hint},
};

const ObjType type_deque_iterator = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "_collections._deque_iterator",
    .id = TYPE_ITERATOR,
    .base_type = &type_object,
    .methods = deque_iter_methods,
    .method_count = 1,
    .slots = {.hash = identity_hash, .iter = iter_self, .next = deque_iter_next,
              .trace = deque_iter_trace},
};

static void deque_trace(Run *r, Obj *o) {
    ObjDeque *d = (ObjDeque *)o;
    for (size_t i = 0; i < d->len; i++) gc_mark_value(r, *deque_at(d, i));
}

static void deque_free(Run *r, Obj *o) {
    ObjDeque *d = (ObjDeque *)o;
    if (d->items) mem_free(r, d->items, d->cap * sizeof(Value));
}

const ObjType type_deque = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "collections.deque",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = deque_methods,
    .method_count = sizeof deque_methods / sizeof *deque_methods,
    .construct = deque_construct,
    .slots = {
        .repr = deque_repr,
        .compare = deque_compare,
        .binary = deque_binary,
        .inplace = deque_inplace,
        .len = deque_len,
        .getitem = deque_getitem,
        .setitem = deque_setitem,
        .contains = deque_contains,
        .iter = deque_iter,
        .getattr = deque_getattr,
        .trace = deque_trace,
        .free = deque_free,
    },
};
