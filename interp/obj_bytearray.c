// bytearray: the type, its storage, mutation and slots (CPython's Objects/bytearrayobject.c
// messages). Whatever Python code may run (__index__, an iterator) runs before the storage
// is read, and nothing keeps a pointer into it across such a call: a resize replaces it.
#include "interp/obj_bytearray.h"

#include <string.h>

#include "interp/args.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_bytes_methods.h"
#include "interp/obj_class.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_slice.h"
#include "interp/obj_str.h"
#include "interp/obj_str_percent.h"
#include "interp/obj_str_search.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

static ObjByteArray *as_bytearray(Value v) {
    return (ObjByteArray *)v.as.obj;
}

static size_t ba_len(const ObjByteArray *ba) {
    return ba->buf->len;
}

// ---- storage ----

// Room for n bytes; the bytearray must be reachable (the allocation may collect).
static bool ba_reserve(Run *r, ObjByteArray *ba, size_t n) {
    if (n <= ba->cap) return true;
    size_t cap = ba->cap + ba->cap / 2 + 8;
    if (cap < n) cap = n;
    if (!str_check_size(r, cap)) return false;
    ObjBytes *nb = bytes_alloc(r, cap);
    if (!nb) return false;
    memcpy(nb->data, ba->buf->data, ba->buf->len);
    nb->len = ba->buf->len;
    nb->data[nb->len] = '\0';
    ba->buf = nb;
    ba->cap = cap;
    return true;
}

// Sets the length to n (at most cap, or 0).
static void ba_set_len(ObjByteArray *ba, size_t n) {
    if (n == 0) {
        ba->buf = (ObjBytes *)bytes_empty();
        ba->cap = 0;
        return;
    }
    ba->buf->len = n;
    ba->buf->data[n] = '\0';
}

// Replaces bytes [at, at + removed) with s[0..n); s must not point into ba's storage.
static bool ba_splice(Run *r, ObjByteArray *ba, size_t at, size_t removed, const char *s, size_t n) {
    size_t len = ba_len(ba), tail = len - at - removed, now = len - removed + n;
    if (!ba_reserve(r, ba, now)) return false;
    if (now == 0) {
        ba_set_len(ba, 0);
        return true;
    }
    char *d = ba->buf->data;
    memmove(d + at + n, d + at + removed, tail);
    if (n) memcpy(d + at, s, n);
    ba_set_len(ba, now);
    return true;
}

Obj *bytearray_new(Run *r, const char *s, size_t len) {
    ObjByteArray *ba = gc_new(r, ObjByteArray, &type_bytearray);
    if (!ba) return NULL;
    ba->buf = (ObjBytes *)bytes_empty();
    if (!len) return &ba->base;
    if (!gc_push_root(r, v_obj(&ba->base))) return NULL;
    bool ok = ba_splice(r, ba, 0, 0, s, len);
    gc_pop_roots(r, 1);
    return ok ? &ba->base : NULL;
}

Obj *bytearray_snapshot(Run *r, Value v) {
    if (is_bytes(v)) return v.as.obj;
    return bytes_new(r, as_bytearray(v)->buf->data, ba_len(as_bytearray(v)));
}

bool bytearray_convert_result(Run *r, Value *v) {
    if (is_bytes(*v)) {
        if (!gc_push_root(r, *v)) return false;  // read after the new bytearray is allocated
        Obj *ba = bytearray_new(r, as_bytes(*v)->data, as_bytes(*v)->len);
        gc_pop_roots(r, 1);
        if (!ba) return false;
        *v = v_obj(ba);
        return true;
    }
    Value *items = is_list(*v) ? as_list(*v)->items : is_tuple(*v) ? as_tuple(*v)->items : NULL;
    size_t n = is_list(*v) ? as_list(*v)->len : is_tuple(*v) ? as_tuple(*v)->len : 0;
    if (!gc_push_root(r, *v)) return false;
    bool ok = true;
    for (size_t k = 0; ok && k < n; k++) ok = bytearray_convert_result(r, &items[k]);
    gc_pop_roots(r, 1);
    return ok;
}

// ---- items ----

// A byte value: an int (or __index__) in range(256).
static bool ba_item(Run *r, Value v, unsigned char *out) {
    int64_t c;
    if (!container_is_int(v) && !container_is_user(v)) {
        return exc_raise(r, &exc_TypeError, "'%s' object cannot be interpreted as an integer", value_type_name(v));
    }
    if (!is_int(v) && !is_bool(v) && container_is_int(v)) {
        return exc_raise(r, &exc_ValueError, "byte must be in range(0, 256)");
    }
    if (!ops_index(r, v, &c)) return false;
    if (c < 0 || c > 255) return exc_raise(r, &exc_ValueError, "byte must be in range(0, 256)");
    *out = (unsigned char)c;
    return true;
}

// The bytes a bytes-like value or an iterable of ints stands for, as a bytes (the
// constructor, extend, slice assignment).
static bool ba_values(Run *r, Value src, Value *out) {
    if (is_byteslike(src)) {
        Obj *b = bytearray_snapshot(r, src);
        *out = b ? v_obj(b) : v_none();
        return b != NULL;
    }
    Value it, item;
    if (!ops_iter(r, src, &it) || !gc_push_root(r, it)) return false;
    Buf b;
    buf_init(&b, r);
    IterStep st;
    bool ok = true;
    while (ok && (st = ops_next(r, it, &item)) == ITER_ITEM) {
        unsigned char c;
        ok = gc_push_root(r, item);  // its __index__ may run
        if (!ok) break;
        ok = ba_item(r, item, &c) && buf_append_char(&b, (char)c);
        gc_pop_roots(r, 1);
    }
    Obj *res = ok && st == ITER_END ? bytes_new(r, b.data ? b.data : "", b.len) : NULL;
    buf_fini(&b);
    gc_pop_roots(r, 1);
    *out = res ? v_obj(res) : v_none();
    return res != NULL;
}

// ---- methods ----

bool bytearray_append(Run *r, Value self, const Args *a, Value *out) {
    unsigned char c;
    if (!container_args_one(r, a, "bytearray.append") || !ba_item(r, a->pos[0], &c)) return false;
    ObjByteArray *ba = as_bytearray(self);
    *out = v_none();
    return ba_splice(r, ba, ba_len(ba), 0, (const char *)&c, 1);
}

bool bytearray_extend(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "bytearray.extend")) return false;
    Value src = a->pos[0], vals;
    if (is_str(src)) return exc_raise(r, &exc_TypeError, "expected iterable of integers; got: 'str'");
    if (container_is_int(src) || !value_type(src)->slots.iter) {
        return exc_raise(r, &exc_TypeError, "can't extend bytearray with %s", value_type_name(src));
    }
    if (!ba_values(r, src, &vals) || !gc_push_root(r, vals)) return false;
    ObjByteArray *ba = as_bytearray(self);
    bool ok = ba_splice(r, ba, ba_len(ba), 0, as_bytes(vals)->data, as_bytes(vals)->len);
    gc_pop_roots(r, 1);
    *out = v_none();
    return ok;
}

bool bytearray_pop(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "bytearray.pop", 0, 1)) return false;
    int64_t i = -1;
    if (a->npos && !container_ssize(r, a->pos[0], &i)) return false;
    ObjByteArray *ba = as_bytearray(self);
    int64_t len = (int64_t)ba_len(ba);
    if (len == 0) return exc_raise(r, &exc_IndexError, "pop from empty bytearray");
    if (i < 0) i += len;
    if (i < 0 || i >= len) return exc_raise(r, &exc_IndexError, "pop index out of range");
    *out = v_int((unsigned char)ba->buf->data[i]);
    return ba_splice(r, ba, (size_t)i, 1, NULL, 0);
}

bool bytearray_remove(Run *r, Value self, const Args *a, Value *out) {
    unsigned char c;
    if (!container_args_one(r, a, "bytearray.remove") || !ba_item(r, a->pos[0], &c)) return false;
    ObjByteArray *ba = as_bytearray(self);
    const char *hit = memchr(ba->buf->data, c, ba_len(ba));
    if (!hit) return exc_raise(r, &exc_ValueError, "value not found in bytearray");
    *out = v_none();
    return ba_splice(r, ba, (size_t)(hit - ba->buf->data), 1, NULL, 0);
}

bool bytearray_insert(Run *r, Value self, const Args *a, Value *out) {
    int64_t i;
    unsigned char c;
    if (!container_args_count(r, a, "bytearray.insert", 2, 2) || !container_ssize(r, a->pos[0], &i) ||
        !ba_item(r, a->pos[1], &c)) {
        return false;
    }
    ObjByteArray *ba = as_bytearray(self);
    int64_t len = (int64_t)ba_len(ba);
    if (i < 0) i = i + len < 0 ? 0 : i + len;
    if (i > len) i = len;
    *out = v_none();
    return ba_splice(r, ba, (size_t)i, 0, (const char *)&c, 1);
}

bool bytearray_clear(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "bytearray.clear")) return false;
    ba_set_len(as_bytearray(self), 0);
    *out = v_none();
    return true;
}

// bytearray.resize(size) (3.14): truncates, or grows with zero bytes.
bool bytearray_resize(Run *r, Value self, const Args *a, Value *out) {
    int64_t n;
    if (!container_args_one(r, a, "bytearray.resize") || !container_ssize(r, a->pos[0], &n)) {
        return false;
    }
    if (n < 0) {
        return exc_raise(r, &exc_ValueError, "Can only resize to positive sizes, got %lld",
                         (long long)n);
    }
    ObjByteArray *ba = as_bytearray(self);
    size_t len = ba_len(ba);
    *out = v_none();
    if ((size_t)n <= len) {
        ba_set_len(ba, (size_t)n);
        return true;
    }
    if (!container_fits(r, (size_t)n, 1) || !ba_reserve(r, ba, (size_t)n)) return false;
    memset(ba->buf->data + len, 0, (size_t)n - len);
    ba_set_len(ba, (size_t)n);
    return true;
}

bool bytearray_copy(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "bytearray.copy")) return false;
    ObjByteArray *ba = as_bytearray(self);
    Obj *c = bytearray_new(r, ba->buf->data, ba_len(ba));
    if (!c) return false;
    *out = v_obj(c);
    return true;
}

bool bytearray_reverse(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "bytearray.reverse")) return false;
    ObjByteArray *ba = as_bytearray(self);
    char *d = ba->buf->data;
    for (size_t i = 0, j = ba_len(ba); i + 1 < j; i++, j--) {
        char t = d[i];
        d[i] = d[j - 1];
        d[j - 1] = t;
    }
    *out = v_none();
    return true;
}

// ---- construction ----

// bytearray(source=b'', encoding=..., errors=...): bytes() makes the bytes, copied here.
static bool bytearray_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"source", "encoding", "errors"};
    static const ArgSpec spec = {"bytearray", names, 3, 0, 3, 0};
    Value v[3];
    if (!args_bind(r, a, &spec, v)) return false;
    for (int k = 1; k < 3; k++) {  // checked here so that messages name bytearray()
        if (!is_undef(v[k]) && !is_str(v[k])) {
            return exc_raise(r, &exc_TypeError, "bytearray() argument '%s' must be str, not %s",
                             names[k], str_clinic_type_name(v[k]));
        }
    }
    Value src = v[0], made;
    // an object with __index__ is a size, as an int is
    bool size = container_is_int(src) ||
                (container_is_user(src) && !is_undef(class_lookup(value_type(src), "__index__")));
    if (a->npos == 1 && !a->nkw && !is_str(src) && !size && !container_is_user(src) &&
        !value_type(src)->slots.iter) {
        return exc_raise(r, &exc_TypeError, "cannot convert '%s' object to bytearray", value_type_name(src));
    }
    bool iterable = a->npos == 1 && !a->nkw && !is_str(src) && !size;
    if (iterable && !ba_values(r, src, &made)) return false;
    if (!iterable && !type_bytes.construct(r, v_obj((Obj *)&type_bytes), a, &made)) return false;
    if (!gc_push_root(r, made)) return false;
    Obj *ba = bytearray_new(r, as_bytes(made)->data, as_bytes(made)->len);
    gc_pop_roots(r, 1);
    *out = ba ? v_obj(ba) : v_none();
    return ba != NULL;
}

// ---- slots ----

static bool bytearray_repr(Run *r, Value v, Buf *out) {
    (void)r;
    const ObjBytes *b = as_bytearray(v)->buf;
    return buf_append_cstr(out, "bytearray(") && bytes_repr_quoting(out, b->data, b->len, true) &&
           buf_append_char(out, ')');
}

static bool bytearray_compare(Run *r, Value a, Value b, int op, Value *out) {
    (void)r;
    if (!is_byteslike(a) || !is_byteslike(b)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    const ObjBytes *x = bytes_storage(a), *y = bytes_storage(b);
    int c = memcmp(x->data, y->data, x->len < y->len ? x->len : y->len);
    if (c == 0) c = x->len < y->len ? -1 : x->len > y->len;
    switch (op) {
    case AST_CMP_EQ: *out = v_bool(c == 0); break;
    case AST_CMP_NE: *out = v_bool(c != 0); break;
    case AST_CMP_LT: *out = v_bool(c < 0); break;
    case AST_CMP_LE: *out = v_bool(c <= 0); break;
    case AST_CMP_GT: *out = v_bool(c > 0); break;
    default: *out = v_bool(c >= 0); break;
    }
    return true;
}

// self * n, repeated in place.
static bool ba_repeat(Run *r, ObjByteArray *ba, Value count) {
    int64_t n;
    if (!container_repeat_count(r, count, &n)) return false;
    size_t len = ba_len(ba), total;
    if (n <= 0 || len == 0) {
        ba_set_len(ba, 0);
        return true;
    }
    if (__builtin_mul_overflow(len, (uint64_t)n, &total) || total > INT64_MAX) {
        return exc_raise(r, &exc_MemoryError, "");
    }
    if (!ba_reserve(r, ba, total)) return false;
    char *d = ba->buf->data;
    for (size_t done = len; done < total; done += len) memcpy(d + done, d, len);
    ba_set_len(ba, total);
    return true;
}

static bool ba_concat_error(Run *r, Value b) {
    return exc_raise(r, &exc_TypeError, "can't concat %s to bytearray", value_type_name(b));
}

static bool bytearray_binary(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (op == AST_OP_ADD && is_bytearray(a)) {
        if (container_is_user(b)) return true;
        if (!is_byteslike(b)) return ba_concat_error(r, b);
        Obj *res = bytearray_new(r, as_bytearray(a)->buf->data, ba_len(as_bytearray(a)));
        if (!res || !gc_push_root(r, v_obj(res))) return false;
        const ObjBytes *y = bytes_storage(b);
        bool ok = ba_splice(r, (ObjByteArray *)res, ba_len((ObjByteArray *)res), 0, y->data, y->len);
        gc_pop_roots(r, 1);
        *out = v_obj(res);
        return ok;
    }
    if (op == AST_OP_MUL) {
        Value seq = is_bytearray(a) ? a : b;
        int64_t n;
        bool notimpl;
        if (!container_repeat_operand(r, is_bytearray(a) ? b : a, is_bytearray(a), &n, &notimpl)) {
            return false;
        }
        if (notimpl) return true;
        Obj *res = bytearray_new(r, as_bytearray(seq)->buf->data, ba_len(as_bytearray(seq)));
        if (!res || !gc_push_root(r, v_obj(res))) return false;
        bool ok = ba_repeat(r, (ObjByteArray *)res, v_int(n));
        gc_pop_roots(r, 1);
        *out = v_obj(res);
        return ok;
    }
    if (op == AST_OP_MOD && is_bytearray(a)) {
        Obj *snap = bytearray_snapshot(r, a);
        if (!snap || !gc_push_root(r, v_obj(snap))) return false;
        bool ok = str_percent_bytes(r, (ObjBytes *)snap, b, out) && bytearray_convert_result(r, out);
        gc_pop_roots(r, 1);
        return ok;
    }
    return true;
}

static bool bytearray_inplace(Run *r, Value a, Value b, int op, Value *out) {
    if (op == AST_OP_ADD) {
        if (!is_byteslike(b)) return container_is_user(b) ? bytearray_binary(r, a, b, op, out) : ba_concat_error(r, b);
        Obj *snap = bytearray_snapshot(r, b);  // b may be a itself
        if (!snap || !gc_push_root(r, v_obj(snap))) return false;
        ObjByteArray *ba = as_bytearray(a);
        bool ok = ba_splice(r, ba, ba_len(ba), 0, as_bytes(v_obj(snap))->data, as_bytes(v_obj(snap))->len);
        gc_pop_roots(r, 1);
        *out = a;
        return ok;
    }
    if (op == AST_OP_MUL) {
        int64_t n;
        bool notimpl;
        if (!container_repeat_operand(r, b, true, &n, &notimpl)) return false;
        *out = notimpl ? v_obj((Obj *)&obj_notimpl) : a;
        return notimpl || ba_repeat(r, as_bytearray(a), v_int(n));
    }
    return bytearray_binary(r, a, b, op, out);
}

static bool bytearray_len(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = (int64_t)ba_len(as_bytearray(v));
    return true;
}

static bool bytearray_getitem(Run *r, Value v, Value key, Value *out) {
    ObjByteArray *ba = as_bytearray(v);
    if (is_slice(key)) {
        int64_t start, stop, step, count;
        if (!slice_indices(r, key, (int64_t)ba_len(ba), &start, &stop, &step, &count)) return false;
        Obj *res = bytearray_new(r, NULL, 0);
        if (!res || !gc_push_root(r, v_obj(res))) return false;
        ObjByteArray *rb = (ObjByteArray *)res;
        bool ok = count <= 0 || ba_reserve(r, rb, (size_t)count);
        for (int64_t k = 0, i = start; ok && k < count; k++, i += step) rb->buf->data[k] = ba->buf->data[i];
        if (ok && count > 0) ba_set_len(rb, (size_t)count);
        gc_pop_roots(r, 1);
        *out = v_obj(res);
        return ok;
    }
    int64_t i;
    if (!container_index(r, key, "bytearray", &i)) return false;
    if (i < 0) i += (int64_t)ba_len(ba);
    if (i < 0 || i >= (int64_t)ba_len(ba)) return exc_raise(r, &exc_IndexError, "bytearray index out of range");
    *out = v_int((unsigned char)ba->buf->data[i]);
    return true;
}

// ba[slice] = vals (a bytes, or undef to delete).
static bool ba_assign_slice(Run *r, ObjByteArray *ba, int64_t start, int64_t stop, int64_t step, Value vals) {
    int64_t count = slice_adjust((int64_t)ba_len(ba), &start, &stop, step);
    const char *s = is_undef(vals) ? NULL : as_bytes(vals)->data;
    size_t n = is_undef(vals) ? 0 : as_bytes(vals)->len;
    if (step == 1) {
        if (stop < start) stop = start;
        return ba_splice(r, ba, (size_t)start, (size_t)(stop - start), s, n);
    }
    if (is_undef(vals)) {
        // delete every step-th byte, compacting the rest
        char *d = ba->buf->data;
        size_t len = ba_len(ba), w = 0;
        int64_t lo = step > 0 ? start : start + step * (count - 1), st = step > 0 ? step : -step;
        for (size_t i = 0; i < len; i++) {
            bool hit = count > 0 && (int64_t)i >= lo && ((int64_t)i - lo) % st == 0 && ((int64_t)i - lo) / st < count;
            if (!hit) d[w++] = d[i];
        }
        ba_set_len(ba, w);
        return true;
    }
    if ((int64_t)n != count) {
        return exc_raise(r, &exc_ValueError, "attempt to assign bytes of size %zu to extended slice of size %lld",
                         n, (long long)count);
    }
    for (int64_t k = 0, i = start; k < count; k++, i += step) ba->buf->data[i] = s[k];
    return true;
}

static bool bytearray_setslice(Run *r, Value v, Value key, Value val) {
    int64_t start, stop, step;
    if (!slice_unpack(r, key, &start, &stop, &step)) return false;
    Value vals = v_undef();
    if (!is_undef(val)) {
        if (is_str(val) || container_is_int(val) || (!is_byteslike(val) && !value_type(val)->slots.iter)) {
            return exc_raise(r, &exc_TypeError, "can assign only bytes, buffers, or iterables of ints in range(0, 256)");
        }
        if (!ba_values(r, val, &vals)) return false;
    }
    if (!gc_push_root(r, vals)) return false;
    bool ok = ba_assign_slice(r, as_bytearray(v), start, stop, step, vals);
    gc_pop_roots(r, 1);
    return ok;
}

static bool bytearray_setitem(Run *r, Value v, Value key, Value val) {
    if (is_slice(key)) return bytearray_setslice(r, v, key, val);
    int64_t i;
    unsigned char c = 0;
    if (!container_index(r, key, "bytearray", &i)) return false;
    if (!is_undef(val) && !ba_item(r, val, &c)) return false;
    ObjByteArray *ba = as_bytearray(v);
    if (i < 0) i += (int64_t)ba_len(ba);
    if (i < 0 || i >= (int64_t)ba_len(ba)) return exc_raise(r, &exc_IndexError, "bytearray index out of range");
    if (is_undef(val)) return ba_splice(r, ba, (size_t)i, 1, NULL, 0);
    ba->buf->data[i] = (char)c;
    return true;
}

static bool bytearray_contains(Run *r, Value v, Value x, bool *out) {
    if (is_byteslike(x)) {
        const ObjBytes *b = bytes_storage(v), *s = bytes_storage(x);
        *out = str_search_find(b->data, b->len, s->data, s->len) >= 0;
        return true;
    }
    bool found = false;
    Value index;
    if (container_is_user(x) && !class_index(r, x, &index, &found)) return false;
    if (found) x = index;  // an object with __index__ names a byte too
    if (!container_is_int(x)) {
        return exc_raise(r, &exc_TypeError, "a bytes-like object is required, not '%s'", value_type_name(x));
    }
    int64_t c;
    if (!container_slice_index(r, x, false, &c)) return false;
    if (c < 0 || c > 255) return exc_raise(r, &exc_ValueError, "byte must be in range(0, 256)");
    const ObjBytes *b = bytes_storage(v);  // read after __index__, which may have resized it
    *out = memchr(b->data, (int)c, b->len) != NULL;
    return true;
}

static void bytearray_trace(Run *r, Obj *o) {
    gc_mark_obj(r, &((ObjByteArray *)o)->buf->base);
}

// ---- iteration ----

typedef struct ByteArrayIter {
    Obj base;
    Value ba;
    size_t pos;
} ByteArrayIter;

static bool bytearray_iter(Run *r, Value v, Value *out) {
    ByteArrayIter *it = gc_new(r, ByteArrayIter, &type_bytearray_iterator);
    if (!it) return false;
    it->ba = v;
    *out = v_obj(&it->base);
    return true;
}

static IterStep bytearray_iter_next(Run *r, Value v, Value *out) {
    (void)r;
    ByteArrayIter *it = (ByteArrayIter *)v.as.obj;
    const ObjBytes *b = bytes_storage(it->ba);
    if (it->pos >= b->len) return ITER_END;
    *out = v_int((unsigned char)b->data[it->pos++]);
    return ITER_ITEM;
}

static void bytearray_iter_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((ByteArrayIter *)o)->ba);
}

static bool bytearray_iter_length_hint(Run *r, Value self, const Args *a, Value *out) {
    const ByteArrayIter *it = (const ByteArrayIter *)self.as.obj;
    size_t len = bytes_storage(it->ba)->len;
    return iter_hint_result(r, self, a, it->pos < len ? (int64_t)(len - it->pos) : 0, out);
}

static const MethodDef bytearray_iter_methods[] = {
    {"__length_hint__", bytearray_iter_length_hint},
};

const ObjType type_bytearray_iterator = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "bytearray_iterator",
    .id = TYPE_ITERATOR,
    .base_type = &type_object,
    .methods = bytearray_iter_methods,
    .method_count = 1,
    .slots = {.hash = identity_hash, .iter = iter_self, .next = bytearray_iter_next,
              .trace = bytearray_iter_trace},
};

const ObjType type_bytearray = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "bytearray",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = bytearray_methods,
    .method_count = BYTEARRAY_METHOD_COUNT,
    .construct = bytearray_construct,
    .slots = {
        .repr = bytearray_repr,
        .compare = bytearray_compare,
        .binary = bytearray_binary,
        .inplace = bytearray_inplace,
        .len = bytearray_len,
        .getitem = bytearray_getitem,
        .setitem = bytearray_setitem,
        .contains = bytearray_contains,
        .iter = bytearray_iter,
        .trace = bytearray_trace,
    },
};
