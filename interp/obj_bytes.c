// bytes: creation, repr, hashing, comparison, operators, indexing, iteration and the type.
// The methods live in obj_bytes_methods.c.
#include "interp/obj_bytes.h"

#include <string.h>

#include "interp/args.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_class.h"
#include "interp/gc.h"
#include "interp/obj_bytes_methods.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_slice.h"
#include "interp/obj_str.h"
#include "interp/obj_str_codec.h"
#include "interp/obj_str_percent.h"
#include "interp/obj_str_search.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

static const ObjBytes bytes_empty_obj = {
    .base = {.type = &type_bytes, .size = sizeof(ObjBytes) + 1, .flags = OBJ_STATIC},
    .len = 0,
    .hash = -1,
    .data = "",
};

Obj *bytes_empty(void) {
    return (Obj *)&bytes_empty_obj;
}

ObjBytes *bytes_alloc(Run *r, size_t len) {
    size_t size;
    // guard: sizes computed from user values never wrap
    if (__builtin_add_overflow(sizeof(ObjBytes) + 1, len, &size)) {
        if (r->abort == ABORT_NONE) r->abort = ABORT_MEMORY;
        return NULL;
    }
    ObjBytes *b = (ObjBytes *)gc_alloc(r, &type_bytes, size);
    if (!b) return NULL;
    b->len = len;
    b->hash = -1;
    b->data[len] = '\0';
    return b;
}

Obj *bytes_new(Run *r, const char *s, size_t len) {
    if (len == 0) return bytes_empty();
    ObjBytes *b = bytes_alloc(r, len);
    if (!b) return NULL;
    memcpy(b->data, s, len);
    return (Obj *)b;
}

size_t bytes_static_size(size_t len) {
    return sizeof(ObjBytes) + len + 1;
}

Obj *bytes_init_static(void *mem, const char *s, size_t len) {
    ObjBytes *b = mem;
    memset(b, 0, sizeof *b);
    b->base.type = &type_bytes;
    b->base.size = (uint32_t)bytes_static_size(len);
    b->base.flags = OBJ_STATIC;
    b->len = len;
    memcpy(b->data, s, len);
    b->data[len] = '\0';
    b->hash = str_hash_bytes(s, len);
    return (Obj *)b;
}

bool bytes_repr_into(Buf *b, const char *s, size_t len) {
    return bytes_repr_quoting(b, s, len, false);
}

bool bytes_repr_quoting(Buf *b, const char *s, size_t len, bool escape_apostrophes) {
    static const char hex[] = "0123456789abcdef";
    char quote = memchr(s, '\'', len) && !memchr(s, '"', len) ? '"' : '\'';
    if (!buf_reserve(b, len + 3) || !buf_append(b, "b", 1) || !buf_append_char(b, quote)) {
        return false;
    }
    size_t run = 0;
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        char esc[4] = {'\\', 0, 0, 0};
        size_t n = 2;
        if (c == quote || c == '\\' || (c == '\'' && escape_apostrophes)) esc[1] = (char)c;
        else if (c == '\t') esc[1] = 't';
        else if (c == '\n') esc[1] = 'n';
        else if (c == '\r') esc[1] = 'r';
        else if (c < 0x20 || c >= 0x7F) esc[1] = 'x', esc[2] = hex[c >> 4], esc[3] = hex[c & 15], n = 4;
        else continue;
        if (!buf_append(b, s + run, i - run) || !buf_append(b, esc, n)) return false;
        run = i + 1;
    }
    return buf_append(b, s + run, len - run) && buf_append_char(b, quote);
}

// ---- slots ----

static bool bytes_repr_slot(Run *r, Value v, Buf *out) {
    (void)r;
    return bytes_repr_into(out, as_bytes(v)->data, as_bytes(v)->len);
}

static bool bytes_hash_slot(Run *r, Value v, int64_t *out) {
    (void)r;
    ObjBytes *b = as_bytes(v);
    if (b->hash != -1) {
        *out = b->hash;
        return true;
    }
    *out = str_hash_bytes(b->data, b->len);
    if (!(b->base.flags & OBJ_STATIC)) b->hash = *out;
    return true;
}

static bool bytes_compare_slot(Run *r, Value a, Value b, int op, Value *out) {
    (void)r;
    if (!is_bytes(b)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    ObjBytes *x = as_bytes(a), *y = as_bytes(b);
    int c = memcmp(x->data, y->data, x->len < y->len ? x->len : y->len);
    if (c == 0) c = x->len < y->len ? -1 : x->len > y->len;
    switch (op) {
    case AST_CMP_EQ: *out = v_bool(c == 0); break;
    case AST_CMP_NE: *out = v_bool(c != 0); break;
    case AST_CMP_LT: *out = v_bool(c < 0); break;
    case AST_CMP_LE: *out = v_bool(c <= 0); break;
    case AST_CMP_GT: *out = v_bool(c > 0); break;
    case AST_CMP_GE: *out = v_bool(c >= 0); break;
    default: *out = v_obj((Obj *)&obj_notimpl); break;
    }
    return true;
}

static bool bytes_concat(Run *r, ObjBytes *a, ObjBytes *b, Value *out) {
    if (b->len == 0 || a->len == 0) {
        *out = v_obj((Obj *)(a->len ? a : b));
        return true;
    }
    size_t len;
    if (__builtin_add_overflow(a->len, b->len, &len)) len = SIZE_MAX;
    if (!str_check_size(r, len)) return false;
    ObjBytes *res = bytes_alloc(r, len);
    if (!res) return false;
    memcpy(res->data, a->data, a->len);
    memcpy(res->data + a->len, b->data, b->len);
    *out = v_obj((Obj *)res);
    return true;
}

static bool bytes_repeat(Run *r, ObjBytes *a, Value count, Value *out) {
    int64_t n;
    if (!container_repeat_count(r, count, &n)) return false;
    if (n == 0 || a->len == 0) {
        *out = v_obj(bytes_empty());
        return true;
    }
    if (n == 1) {
        *out = v_obj((Obj *)a);
        return true;
    }
    size_t len;
    if (__builtin_mul_overflow(a->len, (uint64_t)n, &len) || len > INT64_MAX) {
        return exc_raise(r, &exc_OverflowError, "repeated bytes are too long");
    }
    if (!str_check_size(r, len)) return false;
    ObjBytes *res = bytes_alloc(r, len);
    if (!res) return false;
    size_t done = a->len;
    memcpy(res->data, a->data, done);
    while (done < len) {
        size_t chunk = done < len - done ? done : len - done;
        memcpy(res->data + done, res->data, chunk);
        done += chunk;
    }
    *out = v_obj((Obj *)res);
    return true;
}

static bool bytes_binary_slot(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (op == AST_OP_ADD && is_bytes(a)) {
        if (is_bytes(b)) return bytes_concat(r, as_bytes(a), as_bytes(b), out);
        if (is_bytearray(b)) {
            Obj *copy = bytearray_snapshot(r, b);  // concat may return its operand
            if (!copy || !gc_push_root(r, v_obj(copy))) return false;
            bool ok = bytes_concat(r, as_bytes(a), (ObjBytes *)copy, out);
            gc_pop_roots(r, 1);
            return ok;
        }
        if (container_is_user(b)) return true;
        return exc_raise(r, &exc_TypeError, "can't concat %s to bytes", value_type_name(b));
    }
    if (op == AST_OP_MUL) {
        Value seq = is_bytes(a) ? a : b, count = is_bytes(a) ? b : a;
        if (container_is_int(count)) return bytes_repeat(r, as_bytes(seq), count, out);
        if (container_is_user(count)) {  // __index__, else the class's __rmul__
            int64_t n;
            bool notimpl;
            if (!container_repeat_operand(r, count, is_bytes(a), &n, &notimpl)) return false;
            return notimpl || bytes_repeat(r, as_bytes(seq), v_int(n), out);
        }
        return exc_raise(r, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                         value_type_name(count));
    }
    if (op == AST_OP_MOD && is_bytes(a)) return str_percent_bytes(r, as_bytes(a), b, out);
    return true;
}

static bool bytes_len_slot(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = (int64_t)as_bytes(v)->len;
    return true;
}

static bool bytes_getitem_slice(Run *r, ObjBytes *b, Value key, Value *out) {
    int64_t start, stop, step, count;
    if (!slice_indices(r, key, (int64_t)b->len, &start, &stop, &step, &count)) return false;
    if (count <= 0) {
        *out = v_obj(bytes_empty());
        return true;
    }
    if (step == 1) {
        if (count == (int64_t)b->len) {
            *out = v_obj((Obj *)b);
            return true;
        }
        Obj *res = bytes_new(r, b->data + start, (size_t)count);
        if (!res) return false;
        *out = v_obj(res);
        return true;
    }
    ObjBytes *res = bytes_alloc(r, (size_t)count);
    if (!res) return false;
    for (int64_t k = 0, i = start; k < count; k++, i += step) res->data[k] = b->data[i];
    *out = v_obj((Obj *)res);
    return true;
}

static bool bytes_getitem_slot(Run *r, Value v, Value key, Value *out) {
    ObjBytes *b = as_bytes(v);
    if (is_slice(key)) return bytes_getitem_slice(r, b, key, out);
    int64_t i;
    if (!container_index(r, key, "byte", &i)) return false;
    if (i < 0) i += (int64_t)b->len;
    if (i < 0 || (uint64_t)i >= b->len) return exc_raise(r, &exc_IndexError, "index out of range");
    *out = v_int((unsigned char)b->data[i]);
    return true;
}

static bool bytes_contains_slot(Run *r, Value v, Value x, bool *out) {
    ObjBytes *b = as_bytes(v);
    if (is_byteslike(x)) {
        *out = str_search_find(b->data, b->len, bytes_storage(x)->data, bytes_storage(x)->len) >= 0;
        return true;
    }
    if (!container_is_int(x)) {
        return exc_raise(r, &exc_TypeError, "a bytes-like object is required, not '%s'",
                         value_type_name(x));
    }
    int64_t c;
    if (!container_slice_index(r, x, false, &c)) return false;  // clamps big ints
    if (c < 0 || c > 255) return exc_raise(r, &exc_ValueError, "byte must be in range(0, 256)");
    *out = memchr(b->data, (int)c, b->len) != NULL;
    return true;
}

// ---- iteration ----

typedef struct BytesIter {
    Obj base;
    Value bytes;
    size_t pos;
} BytesIter;

static bool bytes_iter_slot(Run *r, Value v, Value *out) {
    BytesIter *it = gc_new(r, BytesIter, &type_bytes_iterator);
    if (!it) return false;
    it->bytes = v;
    *out = v_obj((Obj *)it);
    return true;
}

static IterStep bytes_iter_next(Run *r, Value itv, Value *out) {
    (void)r;
    BytesIter *it = (BytesIter *)itv.as.obj;
    ObjBytes *b = as_bytes(it->bytes);
    if (it->pos >= b->len) return ITER_END;
    *out = v_int((unsigned char)b->data[it->pos++]);
    return ITER_ITEM;
}

static void bytes_iter_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((BytesIter *)o)->bytes);
}

static bool bytes_iter_length_hint(Run *r, Value self, const Args *a, Value *out) {
    const BytesIter *it = (const BytesIter *)self.as.obj;
    size_t len = as_bytes(it->bytes)->len;
    return iter_hint_result(r, self, a, it->pos < len ? (int64_t)(len - it->pos) : 0, out);
}

static const MethodDef bytes_iter_methods[] = {
    {"__length_hint__", bytes_iter_length_hint},
};

const ObjType type_bytes_iterator = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "bytes_iterator",
    .id = TYPE_ITERATOR,
    .base_type = &type_object,
    .methods = bytes_iter_methods,
    .method_count = 1,
    .slots = {.hash = identity_hash, .iter = iter_self, .next = bytes_iter_next,
              .trace = bytes_iter_trace},
};

// ---- construction ----

// bytes(n): n zero bytes.
static bool bytes_zeros(Run *r, Value n, Value *out) {
    int64_t count;
    if (!is_int(n) && !is_bool(n)) {
        return exc_raise(r, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    count = is_int(n) ? n.as.i : n.as.b;
    if (count < 0) return exc_raise(r, &exc_ValueError, "negative count");
    if (count == 0) {
        *out = v_obj(bytes_empty());
        return true;
    }
    if (!str_check_size(r, (size_t)count)) return false;
    ObjBytes *b = bytes_alloc(r, (size_t)count);
    if (!b) return false;
    memset(b->data, 0, (size_t)count);
    *out = v_obj((Obj *)b);
    return true;
}

// One item of bytes(iterable): an int in range(256).
static bool bytes_item(Run *r, Value v, char *out) {
    int64_t c;
    if (!container_is_int(v) && !container_is_user(v)) {
        return exc_raise(r, &exc_TypeError, "'%s' object cannot be interpreted as an integer",
                         value_type_name(v));
    }
    if (!is_int(v) && !is_bool(v) && container_is_int(v)) {
        return exc_raise(r, &exc_ValueError, "bytes must be in range(0, 256)");
    }
    if (!ops_index(r, v, &c)) return false;
    if (c < 0 || c > 255) return exc_raise(r, &exc_ValueError, "bytes must be in range(0, 256)");
    *out = (char)c;
    return true;
}

// Lists go through their iterator too: an item's __index__ may resize the list.
static bool bytes_from_iterable(Run *r, Value src, Value *out) {
    if (!value_type(src)->slots.iter) {
        return exc_raise(r, &exc_TypeError, "cannot convert '%s' object to bytes",
                         value_type_name(src));
    }
    Value it, item;
    if (!ops_iter(r, src, &it) || !gc_push_root(r, it)) return false;
    Buf b;
    buf_init(&b, r);
    bool ok = false;
    IterStep st;
    while ((st = ops_next(r, it, &item)) == ITER_ITEM) {
        char c = 0;  // GCC cannot see that bytes_item sets it when it succeeds
        if (!bytes_item(r, item, &c) || !buf_append_char(&b, c)) goto done;
    }
    if (st == ITER_ERROR) goto done;
    Obj *res = bytes_new(r, b.data ? b.data : "", b.len);
    ok = res != NULL;
    if (ok) *out = v_obj(res);
done:
    buf_fini(&b);
    gc_pop_roots(r, 1);
    return ok;
}

// bytes(source=b'', encoding=..., errors=...)
static bool bytes_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"source", "encoding", "errors"};
    static const ArgSpec spec = {"bytes", names, 3, 0, 3, 0};
    Value v[3];
    if (!args_bind(r, a, &spec, v)) return false;
    for (int k = 1; k < 3; k++) {
        if (!is_undef(v[k]) && !is_str(v[k])) {
            return exc_raise(r, &exc_TypeError, "bytes() argument '%s' must be str, not %s",
                             names[k], str_clinic_type_name(v[k]));
        }
    }
    bool found = false;
    if (type_is_class(value_type(v[0])) && !class_call_dunder(r, v[0], "__bytes__", NULL, 0, out, &found)) {
        return false;
    }
    if (found && value_type(*out) != &type_bytes) {
        return exc_raise(r, &exc_TypeError, "__bytes__ returned non-bytes (type %s)", value_type_name(*out));
    }
    if (found) return true;
    if (is_str(v[0])) {
        if (is_undef(v[1])) return exc_raise(r, &exc_TypeError, "string argument without an encoding");
        return str_encode(r, v[0], v[1], v[2], out);
    }
    if (!is_undef(v[1])) return exc_raise(r, &exc_TypeError, "encoding without a string argument");
    if (!is_undef(v[2])) return exc_raise(r, &exc_TypeError, "errors without a string argument");
    if (is_undef(v[0])) {
        *out = v_obj(bytes_empty());
        return true;
    }
    if (is_bytes(v[0])) {
        *out = v[0];
        return true;
    }
    if (is_bytearray(v[0])) {
        Obj *copy = bytearray_snapshot(r, v[0]);
        *out = copy ? v_obj(copy) : v_none();
        return copy != NULL;
    }
    if (container_is_int(v[0])) return bytes_zeros(r, v[0], out);
    Value count;
    if (!class_index(r, v[0], &count, &found)) return false;
    if (found) return bytes_zeros(r, count, out);  // bytes(n) for an object with __index__
    return bytes_from_iterable(r, v[0], out);
}

const ObjType type_bytes = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "bytes",
    .id = TYPE_BYTES,
    .base_type = &type_object,
    .methods = bytes_methods,
    .method_count = BYTES_METHOD_COUNT,
    .construct = bytes_construct,
    .slots =
        {
            .repr = bytes_repr_slot,
            .hash = bytes_hash_slot,
            .compare = bytes_compare_slot,
            .binary = bytes_binary_slot,
            .len = bytes_len_slot,
            .getitem = bytes_getitem_slot,
            .contains = bytes_contains_slot,
            .iter = bytes_iter_slot,
        },
};
