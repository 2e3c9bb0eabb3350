// list objects (Objects/listobject.c): storage growth, repr, comparison, + and * (and their
// in-place forms), indexing, slice assignment and deletion, and the methods but sort
// (obj_list_sort.c).
#include "interp/obj_list.h"

#include <string.h>

#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_iter.h"
#include "interp/obj_list_sort.h"
#include "interp/obj_new.h"
#include "interp/obj_slice.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

// --- storage

bool list_resize(Run *r, ObjList *l, size_t n) {
    if (l->cap >= n && n >= (l->cap >> 1)) {
        for (size_t i = l->len; i < n; i++) l->items[i] = v_undef();
        l->len = n;
        return true;
    }
    // CPython's over-allocation: 0, 4, 8, 16, 24, 32, 40, 52, 64, 76, ...
    size_t cap, bytes;
    if (__builtin_add_overflow(n, (n >> 3) + 6, &cap)) return container_refuse(r);
    cap &= ~(size_t)3;
    if (n > l->len && n - l->len > cap - n) cap = (n + 3) & ~(size_t)3;
    if (n == 0) cap = 0;
    // guard: the storage's size never wraps
    if (__builtin_mul_overflow(cap, sizeof(Value), &bytes)) return container_refuse(r);
    Value *items = mem_realloc(r, l->items, l->cap * sizeof(Value), bytes);
    if (!items && bytes) return false;
    if (l->sorting) l->sorting |= LIST_SORT_TOUCHED;
    l->items = items;
    l->cap = cap;
    for (size_t i = l->len; i < n; i++) l->items[i] = v_undef();
    l->len = n;
    return true;
}

Obj *list_new(Run *r, size_t len) {
    // guard: a list whose size comes from user values fits the memory limit
    if (!container_fits(r, len, sizeof(Value))) return NULL;
    ObjList *l = gc_new(r, ObjList, &type_list);
    if (!l) return NULL;
    if (len) {
        l->items = mem_alloc(r, len * sizeof(Value));
        if (!l->items) return NULL;
        memset(l->items, 0, len * sizeof(Value));  // VAL_UNDEF
        l->len = l->cap = len;
    }
    return &l->base;
}

bool list_append_obj(Run *r, Obj *list, Value v) {
    ObjList *l = (ObjList *)list;
    if (l->len < l->cap) {
        l->items[l->len++] = v;
        return true;
    }
    if (!list_resize(r, l, l->len + 1)) return false;
    l->items[l->len - 1] = v;
    return true;
}

// The items of a list or tuple, read at the moment of the call.
static const Value *list_seq_items(Value v, size_t *n) {
    if (is_list(v)) {
        *n = as_list(v)->len;
        return as_list(v)->items;
    }
    *n = as_tuple(v)->len;
    return as_tuple(v)->items;
}

bool list_extend_obj(Run *r, Obj *list, Value src) {
    ObjList *l = (ObjList *)list;
    if (is_list(src) || is_tuple(src)) {
        size_t n, old = l->len;
        list_seq_items(src, &n);
        if (n == 0) return true;
        if (!container_fits(r, old + n, sizeof(Value)) || !list_resize(r, l, old + n)) return false;
        // the items are read after the resize, which moves them when src is the list itself;
        // their count is the one from before (the resize changed the list's own length)
        size_t now;
        memcpy(l->items + old, list_seq_items(src, &now), n * sizeof(Value));
        return true;
    }
    Value it, item;
    if (!ops_iter(r, src, &it) || !gc_push_root(r, it)) return false;
    bool ok = false;
    IterStep s;
    while ((s = ops_next(r, it, &item)) == ITER_ITEM) {
        if (!list_append(r, list, item)) goto done;
    }
    ok = s == ITER_END;
done:
    gc_pop_roots(r, 1);
    return ok;
}

Obj *list_from_iterable(Run *r, Value src) {
    Obj *l = list_new(r, 0);
    if (!l || !gc_push_root(r, v_obj(l))) return NULL;
    bool ok = list_extend(r, l, src);
    gc_pop_roots(r, 1);
    return ok ? l : NULL;
}

// A new list holding a copy of items[0..n).
static Obj *list_from_items(Run *r, const Value *items, size_t n) {
    Obj *l = list_new(r, n);
    if (l && n) memcpy(((ObjList *)l)->items, items, n * sizeof(Value));
    return l;
}

// Replaces items [lo, hi) (clamped to the list) by n items (CPython's list_ass_slice). The
// items must not live in l's own storage.
static bool list_replace(Run *r, ObjList *l, int64_t lo, int64_t hi, const Value *items,
                         size_t n) {
    int64_t len = (int64_t)l->len;
    lo = lo < 0 ? 0 : lo > len ? len : lo;
    hi = hi < lo ? lo : hi > len ? len : hi;
    size_t tail = (size_t)(len - hi), keep = (size_t)lo, size;
    // guard: the new length never wraps and fits the memory limit
    if (__builtin_add_overflow(keep + tail, n, &size) || !container_fits(r, size, sizeof(Value))) {
        return false;
    }
    if (size > l->len && !list_resize(r, l, size)) return false;
    if (tail) memmove(l->items + keep + n, l->items + hi, tail * sizeof(Value));
    if (n) memcpy(l->items + keep, items, n * sizeof(Value));
    return size >= l->len || list_resize(r, l, size);
}

void list_reverse_items(ObjList *l) {
    for (size_t i = 0, j = l->len; i + 1 < j; i++, j--) {
        Value t = l->items[i];
        l->items[i] = l->items[j - 1];
        l->items[j - 1] = t;
    }
}

static void list_clear_items(Run *r, ObjList *l) {
    if (l->items) {
        mem_free(r, l->items, l->cap * sizeof(Value));
        if (l->sorting) l->sorting |= LIST_SORT_TOUCHED;
    }
    l->items = NULL;
    l->len = l->cap = 0;
}

// --- repr and comparison

static bool list_repr_item(Run *r, Value item, Buf *out) {
    // a __repr__ may empty the list: the item stays reachable while it prints
    if (!gc_push_root(r, item)) return false;
    bool ok = ops_repr(r, item, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool list_repr(Run *r, Value v, Buf *out) {
    ObjList *l = as_list(v);
    if (l->len == 0) return buf_append_cstr(out, "[]");
    if (!container_repr_enter(&l->base)) return buf_append_cstr(out, "[...]");
    bool ok = buf_append_char(out, '[');
    for (size_t i = 0; ok && i < l->len; i++) {
        if (i) ok = buf_append_cstr(out, ", ");
        ok = ok && list_repr_item(r, l->items[i], out);
    }
    ok = ok && buf_append_char(out, ']');
    container_repr_leave(&l->base);
    return ok;
}

// The first index where the lists differ, reading them afresh after every __eq__.
static bool list_first_difference(Run *r, ObjList *x, ObjList *y, size_t *at) {
    size_t i = 0;
    for (; i < x->len && i < y->len; i++) {
        bool eq;
        if (!container_eq_rooted(r, x->items[i], y->items[i], &eq)) return false;
        if (!eq) break;
    }
    *at = i;
    return true;
}

static bool list_compare_at(Run *r, ObjList *x, ObjList *y, size_t i, int op, Value *out) {
    Value p = x->items[i], q = y->items[i];
    if (!gc_push_root(r, p)) return false;
    if (!gc_push_root(r, q)) {
        gc_pop_roots(r, 1);
        return false;
    }
    bool ok = ops_compare(r, p, q, op, out);
    gc_pop_roots(r, 2);
    return ok;
}

static bool list_compare(Run *r, Value a, Value b, int op, Value *out) {
    if (!is_list(b)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    ObjList *x = as_list(a), *y = as_list(b);
    if (x->len != y->len && (op == AST_CMP_EQ || op == AST_CMP_NE)) {
        *out = v_bool(op == AST_CMP_NE);
        return true;
    }
    if (!container_nest_enter(r, " in comparison")) return false;
    size_t i;
    bool ok = list_first_difference(r, x, y, &i);
    if (ok && (i >= x->len || i >= y->len)) {
        *out = v_bool(tuple_compare_sizes((int64_t)x->len, (int64_t)y->len, op));
    } else if (ok && (op == AST_CMP_EQ || op == AST_CMP_NE)) {
        *out = v_bool(op == AST_CMP_NE);
    } else if (ok) {
        ok = list_compare_at(r, x, y, i, op, out);
    }
    container_nest_leave(r);
    return ok;
}

// --- + * += *=

static bool list_concat(Run *r, ObjList *x, ObjList *y, Value *out) {
    size_t n = x->len + y->len;
    Obj *l = list_new(r, n);
    if (!l) return false;
    if (x->len) memcpy(((ObjList *)l)->items, x->items, x->len * sizeof(Value));
    if (y->len) memcpy(((ObjList *)l)->items + x->len, y->items, y->len * sizeof(Value));
    *out = v_obj(l);
    return true;
}

// Fills l->items[len..len*n) with n-1 more copies of its first len items, doubling what is
// already written ([x] * n is then a few large copies, not n small ones).
static void list_fill_repeats(ObjList *l, size_t len, size_t n) {
    size_t done = len, total = len * n;
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(l->items + done, l->items, chunk * sizeof(Value));
        done += chunk;
    }
}

static bool list_repeat(Run *r, ObjList *x, int64_t n, Value *out) {
    size_t total = 0;
    // guard: the repetition's size is checked before it is allocated
    if (n > 0 && __builtin_mul_overflow(x->len, (uint64_t)n, &total)) return container_refuse(r);
    Obj *l = list_new(r, total);
    if (!l) return false;
    if (total) {
        memcpy(((ObjList *)l)->items, x->items, x->len * sizeof(Value));
        list_fill_repeats((ObjList *)l, x->len, (size_t)n);
    }
    *out = v_obj(l);
    return true;
}

static bool list_binary(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (op == AST_OP_ADD && is_list(a)) {
        if (is_list(b)) return list_concat(r, as_list(a), as_list(b), out);
        if (container_is_user(b)) return true;
        return exc_raise(r, &exc_TypeError, "can only concatenate list (not \"%s\") to list",
                         value_type_name(b));
    }
    if (op == AST_OP_MUL) {
        bool left = is_list(a);
        int64_t n;
        bool notimpl;
        if (!container_repeat_operand(r, left ? b : a, left, &n, &notimpl)) return false;
        if (notimpl) return true;
        return list_repeat(r, as_list(left ? a : b), n, out);
    }
    return true;
}

static bool list_inplace_repeat(Run *r, ObjList *l, int64_t n) {
    if (n == 0 || l->len == 0) {
        list_clear_items(r, l);
        return true;
    }
    size_t len = l->len, total;
    // guard: the repetition's size is checked before it is allocated
    if (__builtin_mul_overflow(len, (uint64_t)n, &total)) return container_refuse(r);
    if (!container_fits(r, total, sizeof(Value)) || !list_resize(r, l, total)) return false;
    list_fill_repeats(l, len, (size_t)n);
    return true;
}

static bool list_inplace(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (op == AST_OP_ADD) {
        if (!list_extend(r, a.as.obj, b)) return false;
        *out = a;
    } else if (op == AST_OP_MUL) {
        int64_t n;
        bool notimpl;
        if (!container_repeat_operand(r, b, true, &n, &notimpl)) return false;
        if (notimpl) return true;
        if (!list_inplace_repeat(r, as_list(a), n)) return false;
        *out = a;
    }
    return true;
}

// --- sequence protocol

static bool list_len(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = (int64_t)as_list(v)->len;
    return true;
}

static bool list_slice(Run *r, ObjList *l, Value key, Value *out) {
    int64_t start, stop, step, count;
    if (!slice_indices(r, key, (int64_t)l->len, &start, &stop, &step, &count)) return false;
    Obj *s = step == 1 && count > 0 ? list_from_items(r, l->items + start, (size_t)count)
                                    : list_new(r, (size_t)count);
    if (!s) return false;
    for (int64_t k = 0, i = start; step != 1 && k < count; k++, i += step) {
        ((ObjList *)s)->items[k] = l->items[i];
    }
    *out = v_obj(s);
    return true;
}

static bool list_getitem(Run *r, Value v, Value key, Value *out) {
    ObjList *l = as_list(v);
    if (is_slice(key)) return list_slice(r, l, key, out);
    int64_t i;
    if (!container_index(r, key, "list", &i)) return false;
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len) {
        return exc_raise(r, &exc_IndexError, "list index out of range");
    }
    *out = l->items[i];
    return true;
}

// The value assigned to a slice as a list or tuple no Python code can reach (a copy when it
// is the target list itself); CPython's PySequence_Fast.
static bool list_fast_sequence(Run *r, ObjList *l, Value val, Value *out) {
    if ((is_list(val) && as_list(val) != l) || is_tuple(val)) {
        *out = val;
        return true;
    }
    Value it = val;
    if (!is_list(val) && !ops_iter(r, val, &it)) {
        if (!exc_pending_is(r, &exc_TypeError)) return false;
        exc_clear(r);
        return exc_raise(r, &exc_TypeError, "must assign iterable to extended slice");
    }
    if (!gc_push_root(r, it)) return false;
    Obj *copy = list_from_iterable(r, it);
    gc_pop_roots(r, 1);
    if (!copy) return false;
    *out = v_obj(copy);
    return true;
}

// del l[start::step] for a step other than 1, keeping the other items in order.
static bool list_delete_extended(Run *r, ObjList *l, int64_t start, int64_t step,
                                 int64_t count) {
    if (count <= 0) return true;
    if (step < 0) {
        start += step * (count - 1);
        step = -step;
    }
    size_t first = (size_t)start, last = first + (size_t)step * (size_t)(count - 1), w = first;
    for (size_t i = first; i < l->len; i++) {
        if (i <= last && (i - first) % (size_t)step == 0) continue;
        l->items[w++] = l->items[i];
    }
    return list_resize(r, l, w);
}

static bool list_assign_extended(Run *r, ObjList *l, Value seq, int64_t start, int64_t step,
                                 int64_t count) {
    size_t n;
    const Value *items = list_seq_items(seq, &n);
    if ((int64_t)n != count) {
        return exc_raise(r, &exc_ValueError,
                         "attempt to assign sequence of size %zu to extended slice of size %lld",
                         n, (long long)count);
    }
    for (int64_t k = 0; k < count; k++) l->items[start + k * step] = items[k];
    return true;
}

static bool list_assign_slice(Run *r, ObjList *l, Value key, Value val) {
    int64_t start, stop, step, count;
    if (!slice_unpack(r, key, &start, &stop, &step)) return false;
    if (is_undef(val)) {
        count = slice_adjust((int64_t)l->len, &start, &stop, step);
        if (step == 1) return list_replace(r, l, start, stop, NULL, 0);
        return list_delete_extended(r, l, start, step, count);
    }
    Value seq = v_undef();
    if (!list_fast_sequence(r, l, val, &seq) || !gc_push_root(r, seq)) return false;
    // converting the value ran Python code: the length is read only now
    count = slice_adjust((int64_t)l->len, &start, &stop, step);
    bool ok;
    if (step == 1) {
        size_t n;
        const Value *items = list_seq_items(seq, &n);
        ok = list_replace(r, l, start, stop, items, n);
    } else {
        ok = list_assign_extended(r, l, seq, start, step, count);
    }
    gc_pop_roots(r, 1);
    return ok;
}

static bool list_setitem(Run *r, Value v, Value key, Value val) {
    ObjList *l = as_list(v);
    if (is_slice(key)) return list_assign_slice(r, l, key, val);
    int64_t i;
    if (!container_index(r, key, "list", &i)) return false;
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len) {
        return exc_raise(r, &exc_IndexError, "list assignment index out of range");
    }
    if (is_undef(val)) return list_replace(r, l, i, i + 1, NULL, 0);
    l->items[i] = val;
    return true;
}

static bool list_contains(Run *r, Value v, Value x, bool *out) {
    ObjList *l = as_list(v);
    *out = false;
    for (size_t i = 0; i < l->len && !*out; i++) {
        if (!container_eq_rooted(r, l->items[i], x, out)) return false;
    }
    return true;
}

static bool list_iter(Run *r, Value v, Value *out) {
    Obj *it = iter_seq_new(r, &type_list_iterator, v, 0);
    if (!it) return false;
    *out = v_obj(it);
    return true;
}

static void list_trace(Run *r, Obj *o) {
    ObjList *l = (ObjList *)o;
    gc_mark_values(r, l->items, l->len);
}

static void list_free(Run *r, Obj *o) {
    ObjList *l = (ObjList *)o;
    if (l->items) mem_free(r, l->items, l->cap * sizeof(Value));
}

// --- methods

static bool list_append_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "list.append") || !list_append(r, self.as.obj, a->pos[0])) {
        return false;
    }
    *out = v_none();
    return true;
}

static bool list_clear_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "list.clear")) return false;
    list_clear_items(r, as_list(self));
    *out = v_none();
    return true;
}

static bool list_copy_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "list.copy")) return false;
    Obj *l = list_from_items(r, as_list(self)->items, as_list(self)->len);
    if (!l) return false;
    *out = v_obj(l);
    return true;
}

static bool list_count_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "list.count")) return false;
    ObjList *l = as_list(self);
    int64_t n = 0;
    for (size_t i = 0; i < l->len; i++) {
        bool eq;
        if (!container_eq_rooted(r, l->items[i], a->pos[0], &eq)) return false;
        n += eq;
    }
    *out = v_int(n);
    return true;
}

static bool list_extend_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "list.extend") || !list_extend(r, self.as.obj, a->pos[0])) {
        return false;
    }
    *out = v_none();
    return true;
}

static bool list_index_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "list.index", 1, 3)) return false;
    ObjList *l = as_list(self);
    int64_t start = 0, stop = INT64_MAX;
    if (a->npos > 1 && !container_slice_index(r, a->pos[1], false, &start)) return false;
    if (a->npos > 2 && !container_slice_index(r, a->pos[2], false, &stop)) return false;
    if (start < 0 && (start += (int64_t)l->len) < 0) start = 0;
    if (stop < 0 && (stop += (int64_t)l->len) < 0) stop = 0;
    Value x = a->pos[0];
    for (int64_t i = start; i < stop && i < (int64_t)l->len; i++) {
        bool eq;
        Value item = l->items[i];
        if (item.tag == VAL_INT && x.tag == VAL_INT) eq = item.as.i == x.as.i;  // no call per item
        else if (!container_eq_rooted(r, item, x, &eq)) return false;
        if (eq) {
            *out = v_int(i);
            return true;
        }
    }
    return exc_raise(r, &exc_ValueError, "list.index(x): x not in list");
}

static bool list_insert_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "list.insert", 2, 2)) return false;
    ObjList *l = as_list(self);
    int64_t i, len;
    if (!container_ssize(r, a->pos[0], &i)) return false;
    len = (int64_t)l->len;
    if (i < 0 && (i += len) < 0) i = 0;
    if (i > len) i = len;
    if (!list_replace(r, l, i, i, &a->pos[1], 1)) return false;
    *out = v_none();
    return true;
}

static bool list_pop_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "list.pop", 0, 1)) return false;
    ObjList *l = as_list(self);
    int64_t i = -1;
    if (a->npos && !container_ssize(r, a->pos[0], &i)) return false;
    if (l->len == 0) return exc_raise(r, &exc_IndexError, "pop from empty list");
    if (i < 0) i += (int64_t)l->len;
    if (i < 0 || i >= (int64_t)l->len) {
        return exc_raise(r, &exc_IndexError, "pop index out of range");
    }
    Value item = l->items[i];
    if (!list_replace(r, l, i, i + 1, NULL, 0)) return false;
    *out = item;
    return true;
}

static bool list_remove_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "list.remove")) return false;
    ObjList *l = as_list(self);
    for (size_t i = 0; i < l->len; i++) {
        bool eq;
        if (!container_eq_rooted(r, l->items[i], a->pos[0], &eq)) return false;
        if (eq) {
            *out = v_none();
            return list_replace(r, l, (int64_t)i, (int64_t)i + 1, NULL, 0);
        }
    }
    return exc_raise(r, &exc_ValueError, "list.remove(x): x not in list");
}

static bool list_reverse_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "list.reverse")) return false;
    list_reverse_items(as_list(self));
    *out = v_none();
    return true;
}

static bool list_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!container_args_count(r, a, "list", 0, 1)) return false;
    Obj *l = a->npos ? list_from_iterable(r, a->pos[0]) : list_new(r, 0);
    if (!l) return false;
    *out = v_obj(l);
    return true;
}

NEW_METHOD(list_m_new, &type_list)

static const MethodDef list_methods[] = {
    {"__new__", list_m_new, METHOD_CLASS},
    {"append", list_append_method},   {"clear", list_clear_method},
    {"copy", list_copy_method},       {"count", list_count_method},
    {"extend", list_extend_method},   {"index", list_index_method},
    {"insert", list_insert_method},   {"pop", list_pop_method},
    {"remove", list_remove_method},   {"reverse", list_reverse_method},
    {"sort", list_sort_method},
};

const ObjType type_list = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "list",
    .id = TYPE_LIST,
    .base_type = &type_object,
    .methods = list_methods,
    .method_count = sizeof list_methods / sizeof *list_methods,
    .construct = list_construct,
    .slots = {
        .repr = list_repr,
        .compare = list_compare,
        .binary = list_binary,
        .inplace = list_inplace,
        .len = list_len,
        .getitem = list_getitem,
        .setitem = list_setitem,
        .contains = list_contains,
        .iter = list_iter,
        .trace = list_trace,
        .free = list_free,
    },
};
