// The methods of bytes: searching, splitting, joining, replacing, stripping, padding, ASCII
// case mappings and classes, decode, hex and fromhex, with CPython's bytes_methods.c messages.
#include "interp/obj_bytes_methods.h"

#include <string.h>

#include "interp/args.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_bytes.h"
#include "interp/obj_class.h"
#include "interp/obj_list.h"
#include "interp/obj_new.h"
#include "interp/obj_str.h"
#include "interp/obj_str_codec.h"
#include "interp/obj_str_search.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

// ---- helpers ----

static bool set_obj(Value *out, Obj *o) {
    if (!o) return false;
    *out = v_obj(o);
    return true;
}

static bool is_space(unsigned char c) {
    return c == ' ' || (c >= '\t' && c <= '\r');
}
static bool is_lower(unsigned char c) {
    return c >= 'a' && c <= 'z';
}
static bool is_upper(unsigned char c) {
    return c >= 'A' && c <= 'Z';
}
static bool is_digit(unsigned char c) {
    return c >= '0' && c <= '9';
}
static bool is_alpha(unsigned char c) {
    return is_lower(c) || is_upper(c);
}
static bool is_alnum(unsigned char c) {
    return is_alpha(c) || is_digit(c);
}

// A bytes argument: "a bytes-like object is required, not 'str'".
static bool arg_bytes(Run *r, Value v, ObjBytes **out) {
    if (!is_bytes(v)) {
        return exc_raise(r, &exc_TypeError, "a bytes-like object is required, not '%s'",
                         value_type_name(v));
    }
    *out = as_bytes(v);
    return true;
}

// The subsection argument of find/count/index: bytes, or an int naming one byte.
static bool arg_sub(Run *r, Value v, char *byte, const char **data, size_t *len) {
    if (is_bytes(v)) {
        *data = as_bytes(v)->data;
        *len = as_bytes(v)->len;
        return true;
    }
    // an object with __index__ names a byte too
    bool found = false;
    Value index;
    if (container_is_user(v) && !class_index(r, v, &index, &found)) return false;
    if (found) v = index;
    if (!container_is_int(v)) {
        return exc_raise(r, &exc_TypeError,
                         "argument should be integer or bytes-like object, not '%s'",
                         value_type_name(v));
    }
    // a big int is clamped (PyNumber_AsSsize_t(v, NULL)), so it is out of range too
    int64_t c;
    if (!container_slice_index(r, v, false, &c)) return false;
    if (c < 0 || c > 255) return exc_raise(r, &exc_ValueError, "byte must be in range(0, 256)");
    *byte = (char)c;
    *data = byte;
    *len = 1;
    return true;
}

static void adjust_indices(int64_t *start, int64_t *end, int64_t len) {
    if (*end > len) {
        *end = len;
    } else if (*end < 0) {
        *end += len;
        if (*end < 0) *end = 0;
    }
    if (*start < 0) {
        *start += len;
        if (*start < 0) *start = 0;
    }
}

static bool window_parse(Run *r, const ObjBytes *b, const Args *a, int64_t *start, int64_t *end) {
    *start = 0;
    *end = INT64_MAX;
    if (a->npos > 1 && !container_slice_index(r, a->pos[1], true, start)) return false;
    if (a->npos > 2 && !container_slice_index(r, a->pos[2], true, end)) return false;
    adjust_indices(start, end, (int64_t)b->len);
    return true;
}

// ---- find, rfind, index, rindex, count ----

static bool find_common(Run *r, Value self, const Args *a, const char *qualname, bool rev,
                        int64_t *index) {
    ObjBytes *b = as_bytes(self);
    const char *sub;
    size_t n;
    char byte;
    int64_t start, end;
    if (!container_args_count(r, a, qualname, 1, 3) || !arg_sub(r, a->pos[0], &byte, &sub, &n) ||
        !window_parse(r, b, a, &start, &end)) {
        return false;
    }
    *index = -1;
    if (end - start < (int64_t)n) return true;
    int64_t hit = rev ? str_search_rfind(b->data + start, (size_t)(end - start), sub, n)
                      : str_search_find(b->data + start, (size_t)(end - start), sub, n);
    if (hit >= 0) *index = start + hit;
    return true;
}

static bool bytes_find(Run *r, Value self, const Args *a, Value *out) {
    int64_t i;
    if (!find_common(r, self, a, "bytes.find", false, &i)) return false;
    *out = v_int(i);
    return true;
}

static bool bytes_rfind(Run *r, Value self, const Args *a, Value *out) {
    int64_t i;
    if (!find_common(r, self, a, "bytes.rfind", true, &i)) return false;
    *out = v_int(i);
    return true;
}

static bool bytes_index(Run *r, Value self, const Args *a, Value *out) {
    int64_t i;
    if (!find_common(r, self, a, "bytes.index", false, &i)) return false;
    if (i < 0) return exc_raise(r, &exc_ValueError, "subsection not found");
    *out = v_int(i);
    return true;
}

static bool bytes_rindex(Run *r, Value self, const Args *a, Value *out) {
    int64_t i;
    if (!find_common(r, self, a, "bytes.rindex", true, &i)) return false;
    if (i < 0) return exc_raise(r, &exc_ValueError, "subsection not found");
    *out = v_int(i);
    return true;
}

static bool bytes_count(Run *r, Value self, const Args *a, Value *out) {
    ObjBytes *b = as_bytes(self);
    const char *sub;
    size_t n;
    char byte;
    int64_t start, end;
    if (!container_args_count(r, a, "bytes.count", 1, 3) ||
        !arg_sub(r, a->pos[0], &byte, &sub, &n) || !window_parse(r, b, a, &start, &end)) {
        return false;
    }
    int64_t count = 0;
    if (end - start >= (int64_t)n) {
        count = n == 0 ? end - start + 1
                       : (int64_t)str_search_count(b->data + start, (size_t)(end - start), sub, n, -1);
    }
    *out = v_int(count);
    return true;
}

// ---- startswith, endswith, removeprefix, removesuffix ----

static bool tail_match(const ObjBytes *b, const ObjBytes *sub, int64_t start, int64_t end,
                       bool at_end) {
    end -= (int64_t)sub->len;
    if (end < start) return false;
    size_t at = (size_t)(at_end ? end : start);
    return memcmp(b->data + at, sub->data, sub->len) == 0;
}

static bool affix_common(Run *r, Value self, const Args *a, const char *name, bool at_end,
                         Value *out) {
    ObjBytes *b = as_bytes(self);
    int64_t start, end;
    char qualname[24] = "bytes.";
    strcat(qualname, name);
    if (!container_args_count(r, a, qualname, 1, 3) || !window_parse(r, b, a, &start, &end)) {
        return false;
    }
    Value p = a->pos[0];
    if (is_bytes(p)) {
        *out = v_bool(tail_match(b, as_bytes(p), start, end, at_end));
        return true;
    }
    if (!is_tuple(p)) {
        return exc_raise(r, &exc_TypeError,
                         "%s first arg must be bytes or a tuple of bytes, not %s", name,
                         value_type_name(p));
    }
    for (size_t k = 0; k < as_tuple(p)->len; k++) {
        ObjBytes *sub;
        if (!arg_bytes(r, as_tuple(p)->items[k], &sub)) return false;
        if (tail_match(b, sub, start, end, at_end)) {
            *out = v_bool(true);
            return true;
        }
    }
    *out = v_bool(false);
    return true;
}

static bool bytes_startswith(Run *r, Value self, const Args *a, Value *out) {
    return affix_common(r, self, a, "startswith", false, out);
}

static bool bytes_endswith(Run *r, Value self, const Args *a, Value *out) {
    return affix_common(r, self, a, "endswith", true, out);
}

static bool bytes_removeprefix(Run *r, Value self, const Args *a, Value *out) {
    ObjBytes *b = as_bytes(self), *p;
    if (!container_args_one(r, a, "bytes.removeprefix") || !arg_bytes(r, a->pos[0], &p)) {
        return false;
    }
    if (p->len == 0 || p->len > b->len || memcmp(b->data, p->data, p->len) != 0) {
        *out = self;
        return true;
    }
    return set_obj(out, bytes_new(r, b->data + p->len, b->len - p->len));
}

static bool bytes_removesuffix(Run *r, Value self, const Args *a, Value *out) {
    ObjBytes *b = as_bytes(self), *p;
    if (!container_args_one(r, a, "bytes.removesuffix") || !arg_bytes(r, a->pos[0], &p)) {
        return false;
    }
    if (p->len == 0 || p->len > b->len ||
        memcmp(b->data + b->len - p->len, p->data, p->len) != 0) {
        *out = self;
        return true;
    }
    return set_obj(out, bytes_new(r, b->data, b->len - p->len));
}

// ---- split, rsplit, splitlines, partition ----

static bool push_piece(Run *r, Obj *list, const ObjBytes *b, size_t from, size_t to) {
    Obj *piece = from == 0 && to == b->len ? (Obj *)b : bytes_new(r, b->data + from, to - from);
    return piece && list_append(r, list, v_obj(piece));
}

static bool split_whitespace(Run *r, Obj *list, const ObjBytes *b, int64_t maxsplit, bool rev) {
    const unsigned char *s = (const unsigned char *)b->data;
    size_t n = b->len;
    if (!rev) {
        size_t i = 0;
        for (;;) {
            while (i < n && is_space(s[i])) i++;
            if (i == n) return true;
            if (maxsplit-- == 0) return push_piece(r, list, b, i, n);
            size_t j = i;
            while (j < n && !is_space(s[j])) j++;
            if (!push_piece(r, list, b, i, j)) return false;
            i = j;
        }
    }
    size_t j = n;
    for (;;) {
        while (j > 0 && is_space(s[j - 1])) j--;
        if (j == 0) break;
        if (maxsplit-- == 0) {
            if (!push_piece(r, list, b, 0, j)) return false;
            break;
        }
        size_t i = j;
        while (i > 0 && !is_space(s[i - 1])) i--;
        if (!push_piece(r, list, b, i, j)) return false;
        j = i;
    }
    list_reverse_items((ObjList *)list);
    return true;
}

static bool split_sep(Run *r, Obj *list, const ObjBytes *b, const ObjBytes *sep, int64_t maxsplit,
                      bool rev) {
    if (sep->len == 0) return exc_raise(r, &exc_ValueError, "empty separator");
    StrFinder f;
    str_finder_init(&f, sep->data, sep->len, rev);
    size_t lo = 0, hi = b->len;
    while (maxsplit-- > 0) {
        int64_t hit = str_finder_find(&f, b->data + lo, hi - lo);
        if (hit < 0) break;
        size_t at = lo + (size_t)hit;
        if (!(rev ? push_piece(r, list, b, at + sep->len, hi) : push_piece(r, list, b, lo, at))) {
            return false;
        }
        if (rev) {
            hi = at;
        } else {
            lo = at + sep->len;
        }
    }
    if (!push_piece(r, list, b, lo, hi)) return false;
    if (rev) list_reverse_items((ObjList *)list);
    return true;
}

static bool split_common(Run *r, Value self, const Args *a, bool rev, Value *out) {
    static const char *const names[] = {"sep", "maxsplit"};
    ArgSpec spec = {rev ? "rsplit" : "split", names, 2, 0, 2, 0};
    Value v[2];
    int64_t maxsplit = -1;
    if (!args_bind(r, a, &spec, v)) return false;
    ObjBytes *sep = NULL;
    if (!is_undef(v[0]) && !is_none(v[0]) && !arg_bytes(r, v[0], &sep)) return false;
    if (!is_undef(v[1]) && !container_ssize(r, v[1], &maxsplit)) return false;
    if (maxsplit < 0) maxsplit = INT64_MAX;
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    ObjBytes *b = as_bytes(self);
    bool ok = sep ? split_sep(r, list, b, sep, maxsplit, rev)
                  : split_whitespace(r, list, b, maxsplit, rev);
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(list);
    return ok;
}

static bool bytes_split(Run *r, Value self, const Args *a, Value *out) {
    return split_common(r, self, a, false, out);
}

static bool bytes_rsplit(Run *r, Value self, const Args *a, Value *out) {
    return split_common(r, self, a, true, out);
}

static bool bytes_splitlines(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"keepends"};
    static const ArgSpec spec = {"splitlines", names, 1, 0, 1, 0};
    Value v;
    bool keep = false;
    if (!args_bind(r, a, &spec, &v) || (!is_undef(v) && !ops_truthy(r, v, &keep))) return false;
    ObjBytes *b = as_bytes(self);
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    bool ok = true;
    size_t start = 0;
    for (size_t i = 0; ok && i < b->len; i++) {
        if (b->data[i] != '\n' && b->data[i] != '\r') continue;
        size_t br = b->data[i] == '\r' && i + 1 < b->len && b->data[i + 1] == '\n' ? 2 : 1;
        ok = push_piece(r, list, b, start, keep ? i + br : i);
        i += br - 1;
        start = i + 1;
    }
    if (ok && start < b->len) ok = push_piece(r, list, b, start, b->len);
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(list);
    return ok;
}

static bool partition_common(Run *r, Value self, const Args *a, bool rev, Value *out) {
    ObjBytes *b = as_bytes(self), *sep;
    if (!container_args_one(r, a, rev ? "bytes.rpartition" : "bytes.partition") ||
        !arg_bytes(r, a->pos[0], &sep)) {
        return false;
    }
    if (sep->len == 0) return exc_raise(r, &exc_ValueError, "empty separator");
    int64_t hit = rev ? str_search_rfind(b->data, b->len, sep->data, sep->len)
                      : str_search_find(b->data, b->len, sep->data, sep->len);
    Obj *t = tuple_new(r, 3);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    ObjTuple *tup = (ObjTuple *)t;
    for (int k = 0; k < 3; k++) tup->items[k] = v_obj(bytes_empty());
    bool ok = true;
    if (hit < 0) {
        tup->items[rev ? 2 : 0] = self;
    } else {
        size_t at = (size_t)hit;
        // each piece goes into the rooted tuple before the next allocation
        Obj *head = bytes_new(r, b->data, at);
        if (head) tup->items[0] = v_obj(head);
        Obj *tail = head ? bytes_new(r, b->data + at + sep->len, b->len - at - sep->len) : NULL;
        if (tail) tup->items[2] = v_obj(tail);
        ok = tail != NULL;
        tup->items[1] = a->pos[0];
    }
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(t);
    return ok;
}

static bool bytes_partition(Run *r, Value self, const Args *a, Value *out) {
    return partition_common(r, self, a, false, out);
}

static bool bytes_rpartition(Run *r, Value self, const Args *a, Value *out) {
    return partition_common(r, self, a, true, out);
}

// ---- join, replace ----

static bool bytes_join_items(Run *r, const ObjBytes *sep, const Value *items, size_t n,
                             Value *out) {
    size_t len = 0;
    for (size_t k = 0; k < n; k++) {
        if (!is_byteslike(items[k])) {
            return exc_raise(r, &exc_TypeError,
                             "sequence item %zu: expected a bytes-like object, %s found", k,
                             value_type_name(items[k]));
        }
        if (__builtin_add_overflow(len, bytes_storage(items[k])->len, &len)) len = SIZE_MAX;
    }
    if (n == 1 && is_bytes(items[0])) {
        *out = items[0];
        return true;
    }
    size_t seps;
    if (n == 0) {
        *out = v_obj(bytes_empty());
        return true;
    }
    if (__builtin_mul_overflow(sep->len, n - 1, &seps) || __builtin_add_overflow(len, seps, &len)) {
        len = SIZE_MAX;
    }
    if (!str_check_size(r, len)) return false;
    ObjBytes *res = bytes_alloc(r, len);
    if (!res) return false;
    char *p = res->data;
    for (size_t k = 0; k < n; k++) {
        if (k) {
            memcpy(p, sep->data, sep->len);
            p += sep->len;
        }
        memcpy(p, bytes_storage(items[k])->data, bytes_storage(items[k])->len);
        p += bytes_storage(items[k])->len;
    }
    *out = v_obj((Obj *)res);
    return true;
}

static bool bytes_join(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "bytes.join")) return false;
    Value src = a->pos[0];
    if (is_list(src)) {
        return bytes_join_items(r, as_bytes(self), as_list(src)->items, as_list(src)->len, out);
    }
    if (is_tuple(src)) {
        return bytes_join_items(r, as_bytes(self), as_tuple(src)->items, as_tuple(src)->len, out);
    }
    if (!value_type(src)->slots.iter) {
        return exc_raise(r, &exc_TypeError, "can only join an iterable");
    }
    // like CPython's PySequence_Fast: the whole iterable first, then the checks
    Obj *list = list_from_iterable(r, src);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    ObjList *l = (ObjList *)list;
    bool ok = bytes_join_items(r, as_bytes(self), l->items, l->len, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool bytes_replace(Run *r, Value self, const Args *a, Value *out) {
    ObjBytes *b = as_bytes(self), *old, *rep;
    int64_t count = -1;
    if (!container_args_count(r, a, "bytes.replace", 2, 3) || !arg_bytes(r, a->pos[0], &old) ||
        !arg_bytes(r, a->pos[1], &rep) || (a->npos > 2 && !container_ssize(r, a->pos[2], &count))) {
        return false;
    }
    size_t n = old->len ? str_search_count(b->data, b->len, old->data, old->len, count)
                        : (count >= 0 && (uint64_t)count < b->len + 1 ? (size_t)count : b->len + 1);
    if (n == 0 || (old->len == 0 && rep->len == 0)) {
        *out = self;
        return true;
    }
    size_t len = b->len - n * old->len, grow;
    if (__builtin_mul_overflow(rep->len, n, &grow) || __builtin_add_overflow(len, grow, &len)) {
        len = SIZE_MAX;
    }
    if (!str_check_size(r, len)) return false;
    ObjBytes *res = bytes_alloc(r, len);
    if (!res) return false;
    StrFinder f;
    str_finder_init(&f, old->data, old->len, false);
    char *p = res->data;
    size_t i = 0;
    for (size_t k = 0; k < n; k++) {
        // an empty pattern matches before each byte
        size_t at = old->len ? i + (size_t)str_finder_find(&f, b->data + i, b->len - i) : i;
        memcpy(p, b->data + i, at - i);
        p += at - i;
        memcpy(p, rep->data, rep->len);
        p += rep->len;
        i = at + old->len;
        if (!old->len && i < b->len) *p++ = b->data[i++];
    }
    memcpy(p, b->data + i, b->len - i);
    *out = v_obj((Obj *)res);
    return true;
}

// ---- strip ----

static bool strip_common(Run *r, Value self, const Args *a, const char *name, int sides,
                         Value *out) {
    char qualname[16] = "bytes.";
    strcat(qualname, name);
    if (!container_args_count(r, a, qualname, 0, 1)) return false;
    ObjBytes *chars = NULL;
    if (a->npos && !is_none(a->pos[0]) && !arg_bytes(r, a->pos[0], &chars)) return false;
    ObjBytes *b = as_bytes(self);
    const unsigned char *s = (const unsigned char *)b->data;
    size_t i = 0, j = b->len;
#define STRIPPED(c) (chars ? memchr(chars->data, (c), chars->len) != NULL : is_space(c))
    if (sides & 1) {
        while (i < j && STRIPPED(s[i])) i++;
    }
    if (sides & 2) {
        while (j > i && STRIPPED(s[j - 1])) j--;
    }
#undef STRIPPED
    if (i == 0 && j == b->len) {
        *out = self;
        return true;
    }
    return set_obj(out, bytes_new(r, b->data + i, j - i));
}

static bool bytes_strip(Run *r, Value self, const Args *a, Value *out) {
    return strip_common(r, self, a, "strip", 3, out);
}

static bool bytes_lstrip(Run *r, Value self, const Args *a, Value *out) {
    return strip_common(r, self, a, "lstrip", 1, out);
}

static bool bytes_rstrip(Run *r, Value self, const Args *a, Value *out) {
    return strip_common(r, self, a, "rstrip", 2, out);
}

// ---- padding ----

static bool pad(Run *r, const ObjBytes *b, size_t left, size_t right, char fill, Value *out) {
    size_t len;
    if (__builtin_add_overflow(b->len, left, &len) || __builtin_add_overflow(len, right, &len)) {
        len = SIZE_MAX;
    }
    if (!str_check_size(r, len)) return false;
    ObjBytes *res = bytes_alloc(r, len);
    if (!res) return false;
    memset(res->data, fill, left);
    memcpy(res->data + left, b->data, b->len);
    memset(res->data + left + b->len, fill, right);
    *out = v_obj((Obj *)res);
    return true;
}

static bool justify(Run *r, Value self, const Args *a, const char *name, int how, Value *out) {
    char qualname[16] = "bytes.";
    strcat(qualname, name);
    int64_t width;
    char fill = ' ';
    if (!container_args_count(r, a, qualname, 1, 2) || !container_ssize(r, a->pos[0], &width)) {
        return false;
    }
    if (a->npos > 1) {
        Value f = a->pos[1];
        if (!is_bytes(f)) {
            return exc_raise(r, &exc_TypeError,
                             "%s() argument 2 must be a byte string of length 1, not %s", name,
                             str_clinic_type_name(f));
        }
        if (as_bytes(f)->len != 1) {
            return exc_raise(r, &exc_TypeError,
                             "%s(): argument 2 must be a byte string of length 1, not a bytes "
                             "object of length %zu",
                             name, as_bytes(f)->len);
        }
        fill = as_bytes(f)->data[0];
    }
    ObjBytes *b = as_bytes(self);
    if (width <= (int64_t)b->len) {
        *out = self;
        return true;
    }
    size_t marg = (size_t)width - b->len;
    size_t left = how < 0 ? 0 : how > 0 ? marg : marg / 2 + (marg & (size_t)width & 1);
    return pad(r, b, left, marg - left, fill, out);
}

static bool bytes_center(Run *r, Value self, const Args *a, Value *out) {
    return justify(r, self, a, "center", 0, out);
}

static bool bytes_ljust(Run *r, Value self, const Args *a, Value *out) {
    return justify(r, self, a, "ljust", -1, out);
}

static bool bytes_rjust(Run *r, Value self, const Args *a, Value *out) {
    return justify(r, self, a, "rjust", 1, out);
}

static bool bytes_zfill(Run *r, Value self, const Args *a, Value *out) {
    int64_t width;
    if (!container_args_one(r, a, "bytes.zfill") || !container_ssize(r, a->pos[0], &width)) {
        return false;
    }
    ObjBytes *b = as_bytes(self);
    if (width <= (int64_t)b->len) {
        *out = self;
        return true;
    }
    size_t fill = (size_t)width - b->len;
    if (!pad(r, b, fill, 0, '0', out)) return false;
    ObjBytes *res = as_bytes(*out);
    if (b->len && (b->data[0] == '+' || b->data[0] == '-')) {
        res->data[0] = b->data[0];
        res->data[fill] = '0';
    }
    return true;
}

static bool bytes_expandtabs(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"tabsize"};
    static const ArgSpec spec = {"expandtabs", names, 1, 0, 1, 0};
    Value v;
    int64_t tab = 8;
    if (!args_bind(r, a, &spec, &v)) return false;
    if (!is_undef(v) && !container_ssize(r, v, &tab)) return false;
    ObjBytes *b = as_bytes(self);
    size_t col = 0, len = 0;
    for (size_t pass = 0; pass < 2; pass++) {
        ObjBytes *res = NULL;
        if (pass == 1) {
            if (!str_check_size(r, len) || !(res = bytes_alloc(r, len))) return false;
        }
        size_t w = 0;
        col = 0;
        for (size_t i = 0; i < b->len; i++) {
            char c = b->data[i];
            size_t add = c == '\t' ? (tab > 0 ? (size_t)tab - col % (size_t)tab : 0) : 1;
            if (res) {
                if (c == '\t') memset(res->data + w, ' ', add);
                else res->data[w] = c;
            }
            col = c == '\n' || c == '\r' ? 0 : col + add;
            if (__builtin_add_overflow(w, add, &w)) {
                return exc_raise(r, &exc_OverflowError, "result too long");
            }
        }
        len = w;
        if (res) *out = v_obj((Obj *)res);
    }
    return true;
}

// ---- ASCII case mappings and classes ----

typedef enum ByteCase { BC_LOWER, BC_UPPER, BC_SWAP, BC_TITLE, BC_CAPITALIZE } ByteCase;

static bool case_map(Run *r, Value self, const Args *a, const char *qualname, ByteCase mode,
                     Value *out) {
    if (!container_args_none(r, a, qualname)) return false;
    ObjBytes *b = as_bytes(self);
    ObjBytes *res = bytes_alloc(r, b->len);
    if (!res) return false;
    bool prev = false;
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = (unsigned char)b->data[i];
        bool up;
        switch (mode) {
        case BC_LOWER: up = false; break;
        case BC_UPPER: up = true; break;
        case BC_SWAP: up = is_lower(c); break;
        case BC_TITLE: up = !prev; break;
        default: up = i == 0; break;
        }
        prev = is_alpha(c);
        if (up && is_lower(c)) c = (unsigned char)(c - 32);
        else if (!up && is_upper(c)) c = (unsigned char)(c + 32);
        res->data[i] = (char)c;
    }
    *out = b->len ? v_obj((Obj *)res) : v_obj(bytes_empty());
    return true;
}

static bool bytes_lower(Run *r, Value self, const Args *a, Value *out) {
    return case_map(r, self, a, "bytes.lower", BC_LOWER, out);
}
static bool bytes_upper(Run *r, Value self, const Args *a, Value *out) {
    return case_map(r, self, a, "bytes.upper", BC_UPPER, out);
}
static bool bytes_swapcase(Run *r, Value self, const Args *a, Value *out) {
    return case_map(r, self, a, "bytes.swapcase", BC_SWAP, out);
}
static bool bytes_title(Run *r, Value self, const Args *a, Value *out) {
    return case_map(r, self, a, "bytes.title", BC_TITLE, out);
}
static bool bytes_capitalize(Run *r, Value self, const Args *a, Value *out) {
    return case_map(r, self, a, "bytes.capitalize", BC_CAPITALIZE, out);
}

#define BYTES_PREDICATE(method, pred)                                  \
    static bool bytes_##method(Run *r, Value self, const Args *a, Value *out) { \
        if (!container_args_none(r, a, "bytes." #method)) return false; \
        ObjBytes *b = as_bytes(self);                                  \
        bool ok = b->len > 0;                                          \
        for (size_t i = 0; ok && i < b->len; i++) ok = pred((unsigned char)b->data[i]); \
        *out = v_bool(ok);                                             \
        return true;                                                   \
    }
BYTES_PREDICATE(isalnum, is_alnum)
BYTES_PREDICATE(isalpha, is_alpha)
BYTES_PREDICATE(isdigit, is_digit)
BYTES_PREDICATE(isspace, is_space)
#undef BYTES_PREDICATE

static bool bytes_isascii(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "bytes.isascii")) return false;
    ObjBytes *b = as_bytes(self);
    bool ok = true;
    for (size_t i = 0; ok && i < b->len; i++) ok = (unsigned char)b->data[i] < 0x80;
    *out = v_bool(ok);
    return true;
}

static bool one_case(const ObjBytes *b, bool upper) {
    bool cased = false;
    for (size_t i = 0; i < b->len; i++) {
        unsigned char c = (unsigned char)b->data[i];
        if (upper ? is_lower(c) : is_upper(c)) return false;
        if (upper ? is_upper(c) : is_lower(c)) cased = true;
    }
    return cased;
}

static bool bytes_islower(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "bytes.islower")) return false;
    *out = v_bool(one_case(as_bytes(self), false));
    return true;
}

static bool bytes_isupper(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "bytes.isupper")) return false;
    *out = v_bool(one_case(as_bytes(self), true));
    return true;
}

static bool bytes_istitle(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "bytes.istitle")) return false;
    ObjBytes *b = as_bytes(self);
    bool cased = false, prev = false, ok = true;
    for (size_t i = 0; ok && i < b->len; i++) {
        unsigned char c = (unsigned char)b->data[i];
        if (is_upper(c)) {
            ok = !prev;
            prev = cased = true;
        } else if (is_lower(c)) {
            ok = prev;
            prev = cased = true;
        } else {
            prev = false;
        }
    }
    *out = v_bool(ok && cased);
    return true;
}

// ---- maketrans, translate ----

// bytes.maketrans(frm, to): the 256-byte table mapping frm[i] to to[i]. self is ignored.
static bool bytes_maketrans(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    ObjBytes *from, *to;
    if (!container_args_count(r, a, "bytes.maketrans", 2, 2) || !arg_bytes(r, a->pos[0], &from) ||
        !arg_bytes(r, a->pos[1], &to)) {
        return false;
    }
    if (from->len != to->len) {
        return exc_raise(r, &exc_ValueError, "maketrans arguments must have same length");
    }
    ObjBytes *res = bytes_alloc(r, 256);
    if (!res) return false;
    for (int k = 0; k < 256; k++) res->data[k] = (char)k;
    for (size_t k = 0; k < from->len; k++) res->data[(unsigned char)from->data[k]] = to->data[k];
    *out = v_obj((Obj *)res);
    return true;
}

// translate(table, /, delete=b''): table None or 256 bytes.
static bool bytes_translate(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"", "delete"};
    static const ArgSpec spec = {"translate", names, 2, 1, 2, 0};
    Value v[2];
    if (a->npos < 1) {
        return exc_raise(r, &exc_TypeError, "translate() takes at least 1 positional argument (0 given)");
    }
    if (!args_bind(r, a, &spec, v)) return false;
    ObjBytes *table = NULL, *del = NULL;
    if (!is_none(v[0]) && !arg_bytes(r, v[0], &table)) return false;
    if (!is_undef(v[1]) && !arg_bytes(r, v[1], &del)) return false;
    if (table && table->len != 256) {
        return exc_raise(r, &exc_ValueError, "translation table must be 256 characters long");
    }
    bool drop[256] = {false};
    for (size_t k = 0; del && k < del->len; k++) drop[(unsigned char)del->data[k]] = true;
    ObjBytes *b = as_bytes(self);
    ObjBytes *res = bytes_alloc(r, b->len);
    if (!res) return false;
    size_t w = 0;
    for (size_t k = 0; k < b->len; k++) {
        unsigned char c = (unsigned char)b->data[k];
        if (!drop[c]) res->data[w++] = table ? table->data[c] : (char)c;
    }
    res->len = w;
    res->data[w] = '\0';
    *out = w ? v_obj((Obj *)res) : v_obj(bytes_empty());
    return true;
}

// ---- decode, hex, fromhex ----

static bool bytes_decode(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"encoding", "errors"};
    static const ArgSpec spec = {"decode", names, 2, 0, 2, 0};
    Value v[2];
    if (!args_bind(r, a, &spec, v)) return false;
    for (int k = 0; k < 2; k++) {
        if (!is_undef(v[k]) && !is_str(v[k])) {
            return exc_raise(r, &exc_TypeError, "decode() argument '%s' must be str, not %s",
                             names[k], str_clinic_type_name(v[k]));
        }
    }
    ObjBytes *b = as_bytes(self);
    return str_decode(r, self, b->data, b->len, v[0], v[1], out);
}

// hex(sep=<none>, bytes_per_sep=1): groups of bytes_per_sep bytes, counted from the right
// (from the left when negative).
static bool bytes_hex(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"sep", "bytes_per_sep"};
    static const ArgSpec spec = {"hex", names, 2, 0, 2, 0};
    static const char digits[] = "0123456789abcdef";
    Value v[2];
    int64_t per = 1;
    char sep = 0;
    if (!args_bind(r, a, &spec, v)) return false;
    if (!is_undef(v[0])) {
        const char *s = is_str(v[0]) ? as_str(v[0])->data : is_bytes(v[0]) ? as_bytes(v[0])->data : NULL;
        int64_t n;
        if (!s) {
            if (!ops_len(r, v[0], &n)) return false;
            return exc_raise(r, &exc_TypeError, "sep must be str or bytes.");
        }
        n = is_str(v[0]) ? (int64_t)as_str(v[0])->chars : (int64_t)as_bytes(v[0])->len;
        if (n != 1) return exc_raise(r, &exc_ValueError, "sep must be length 1.");
        if ((unsigned char)s[0] >= 0x80) return exc_raise(r, &exc_ValueError, "sep must be ASCII.");
        sep = s[0];
    }
    if (!is_undef(v[1])) {
        if (is_obj(v[1]) && container_is_int(v[1])) {
            return exc_raise(r, &exc_OverflowError, "Python int too large to convert to C int");
        }
        if (!container_ssize(r, v[1], &per)) return false;
        if (per > INT32_MAX || per < INT32_MIN) {
            return exc_raise(r, &exc_OverflowError, "Python int too large to convert to C int");
        }
    }
    ObjBytes *b = as_bytes(self);
    size_t mag = per < 0 ? (size_t)(-(per + 1)) + 1 : (size_t)per;
    size_t groups = sep && mag && b->len ? (b->len - 1) / mag : 0;
    size_t len;
    if (__builtin_mul_overflow(b->len, 2, &len) || __builtin_add_overflow(len, groups, &len)) {
        len = SIZE_MAX;
    }
    if (!str_check_size(r, len)) return false;
    ObjStr *res = str_alloc(r, len);
    if (!res) return false;
    char *p = res->data;
    for (size_t i = 0; i < b->len; i++) {
        // from the right, a separator comes before byte i when the bytes after it fill groups
        size_t left = per < 0 ? i : b->len - i;
        if (groups && i && left % mag == 0) *p++ = sep;
        *p++ = digits[(unsigned char)b->data[i] >> 4];
        *p++ = digits[(unsigned char)b->data[i] & 15];
    }
    res->chars = len;
    res->ascii = true;
    *out = v_obj((Obj *)res);
    return true;
}

static int hex_value(unsigned char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

bool bytes_fromhex(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!container_args_one(r, a, "bytes.fromhex")) return false;
    Value src = a->pos[0];
    const unsigned char *s;
    size_t n;
    if (is_str(src)) {
        s = (const unsigned char *)as_str(src)->data, n = as_str(src)->len;
    } else if (is_bytes(src)) {
        s = (const unsigned char *)as_bytes(src)->data, n = as_bytes(src)->len;
    } else {
        return exc_raise(r, &exc_TypeError, "fromhex() argument must be str or bytes-like, not %s",
                         value_type_name(src));
    }
    ObjBytes *res = bytes_alloc(r, n / 2);
    if (!res) return false;
    size_t w = 0, i = 0;
    while (i < n) {
        if (is_space(s[i])) {
            i++;
            continue;
        }
        int top = hex_value(s[i]), bot = i + 1 < n ? hex_value(s[i + 1]) : -1;
        size_t bad = top < 0 ? i : i + 1;
        if (top < 0 || bot < 0) {
            if (top >= 0 && i + 1 >= n) {
                return exc_raise(r, &exc_ValueError,
                                 "fromhex() arg must contain an even number of hexadecimal digits");
            }
            // positions count code points in a str
            size_t pos = is_str(src) ? str_char_index(as_str(src), bad) : bad;
            return exc_raise(r, &exc_ValueError,
                             "non-hexadecimal number found in fromhex() arg at position %zu", pos);
        }
        res->data[w++] = (char)(top << 4 | bot);
        i += 2;
    }
    res->len = w;
    res->data[w] = '\0';
    *out = w ? v_obj((Obj *)res) : v_obj(bytes_empty());
    return true;
}

// ---- the method tables ----

// Runs the bytes method fn with every bytearray argument (and a bytearray self) replaced by a
// bytes copy, so no Python code the method runs (an __index__, an iterator) can resize
// storage it reads. For bytearray's methods (`for_bytearray`), bytes results become
// bytearrays. The methods take at most 3 arguments; with more they fail before reading any.
static bool byteslike_call(Run *r, NativeFn fn, Value self, const Args *a, Value *out, bool for_bytearray) {
    enum { MAX_COPIED = 8 };
    for_bytearray &= fn != bytes_maketrans;  // bytearray.maketrans gives bytes too
    uint32_t n = a->npos + a->nkw;
    bool copies = is_bytearray(self);
    for (uint32_t k = 0; k < a->npos; k++) copies |= is_bytearray(a->pos[k]);
    for (uint32_t k = 0; k < a->nkw; k++) copies |= is_bytearray(a->kwvalues[k]);
    if (!copies || n > MAX_COPIED) {
        return fn(r, self, a, out) && (!for_bytearray || bytearray_convert_result(r, out));
    }
    Value vals[MAX_COPIED + 1];
    vals[MAX_COPIED] = self;
    if (a->npos) memcpy(vals, a->pos, a->npos * sizeof(Value));
    if (a->nkw) memcpy(vals + a->npos, a->kwvalues, a->nkw * sizeof(Value));
    uint32_t rooted = 0;
    bool ok = true;
    for (uint32_t k = 0; ok && k <= MAX_COPIED; k++) {
        if ((k >= n && k != MAX_COPIED) || !is_bytearray(vals[k])) continue;
        Obj *copy = bytearray_snapshot(r, vals[k]);
        ok = copy && gc_push_root(r, v_obj(copy));
        if (ok) vals[k] = v_obj(copy), rooted++;
    }
    Args b = {vals, a->npos, a->nkw, vals + a->npos, a->kwnames};
    ok = ok && fn(r, vals[MAX_COPIED], &b, out) && (!for_bytearray || bytearray_convert_result(r, out));
    gc_pop_roots(r, rooted);
    return ok;
}

#define SHARED_METHODS(X) \
    X(capitalize, 0) X(center, 0) X(count, 0) X(decode, 0) X(endswith, 0) X(expandtabs, 0) \
    X(find, 0) X(fromhex, METHOD_CLASS) X(hex, 0) X(index, 0) X(isalnum, 0) X(isalpha, 0) \
    X(isascii, 0) X(isdigit, 0) X(islower, 0) X(isspace, 0) X(istitle, 0) X(isupper, 0) \
    X(join, METHOD_DRAINS) X(ljust, 0) X(lower, 0) X(lstrip, 0) X(maketrans, METHOD_CLASS) \
    X(partition, 0) X(removeprefix, 0) X(removesuffix, 0) X(replace, 0) X(rfind, 0) \
    X(rindex, 0) X(rjust, 0) X(rpartition, 0) X(rsplit, 0) X(rstrip, 0) X(split, 0) \
    X(splitlines, 0) X(startswith, 0) X(strip, 0) X(swapcase, 0) X(title, 0) X(translate, 0) \
    X(upper, 0) X(zfill, 0)

#define SHARED_WRAPPERS(name, flags)                                                             \
    static bool shared_bytes_##name(Run *r, Value self, const Args *a, Value *out) {            \
        return byteslike_call(r, bytes_##name, self, a, out, false);                            \
    }                                                                                           \
    static bool shared_bytearray_##name(Run *r, Value self, const Args *a, Value *out) {        \
        return byteslike_call(r, bytes_##name, self, a, out, true);                             \
    }
SHARED_METHODS(SHARED_WRAPPERS)
#undef SHARED_WRAPPERS

// The sizes are the header's counts: a mismatch does not compile.
NEW_METHOD(bytes_m_new, &type_bytes)
NEW_METHOD(bytearray_m_new, &type_bytearray)

#define BYTES_ENTRY(name, flags) {#name, shared_bytes_##name, flags},
const MethodDef bytes_methods[] = {
    {"__getnewargs__", new_getnewargs},
    {"__new__", bytes_m_new, METHOD_CLASS},
    SHARED_METHODS(BYTES_ENTRY)
};
#undef BYTES_ENTRY

// bytes' methods and the mutating ones, in one sorted table.
const MethodDef bytearray_methods[] = {
    {"__new__", bytearray_m_new, METHOD_CLASS},
    {"append", bytearray_append},
    {"capitalize", shared_bytearray_capitalize},
    {"center", shared_bytearray_center},
    {"clear", bytearray_clear},
    {"copy", bytearray_copy},
    {"count", shared_bytearray_count},
    {"decode", shared_bytearray_decode},
    {"endswith", shared_bytearray_endswith},
    {"expandtabs", shared_bytearray_expandtabs},
    {"extend", bytearray_extend},
    {"find", shared_bytearray_find},
    {"fromhex", shared_bytearray_fromhex, METHOD_CLASS},
    {"hex", shared_bytearray_hex},
    {"index", shared_bytearray_index},
    {"insert", bytearray_insert},
    {"isalnum", shared_bytearray_isalnum},
    {"isalpha", shared_bytearray_isalpha},
    {"isascii", shared_bytearray_isascii},
    {"isdigit", shared_bytearray_isdigit},
    {"islower", shared_bytearray_islower},
    {"isspace", shared_bytearray_isspace},
    {"istitle", shared_bytearray_istitle},
    {"isupper", shared_bytearray_isupper},
    {"join", shared_bytearray_join, METHOD_DRAINS},
    {"ljust", shared_bytearray_ljust},
    {"lower", shared_bytearray_lower},
    {"lstrip", shared_bytearray_lstrip},
    {"maketrans", shared_bytearray_maketrans, METHOD_CLASS},
    {"partition", shared_bytearray_partition},
    {"pop", bytearray_pop},
    {"remove", bytearray_remove},
    {"removeprefix", shared_bytearray_removeprefix},
    {"removesuffix", shared_bytearray_removesuffix},
    {"replace", shared_bytearray_replace},
    {"resize", bytearray_resize},
    {"reverse", bytearray_reverse},
    {"rfind", shared_bytearray_rfind},
    {"rindex", shared_bytearray_rindex},
    {"rjust", shared_bytearray_rjust},
    {"rpartition", shared_bytearray_rpartition},
    {"rsplit", shared_bytearray_rsplit},
    {"rstrip", shared_bytearray_rstrip},
    {"split", shared_bytearray_split},
    {"splitlines", shared_bytearray_splitlines},
    {"startswith", shared_bytearray_startswith},
    {"strip", shared_bytearray_strip},
    {"swapcase", shared_bytearray_swapcase},
    {"title", shared_bytearray_title},
    {"translate", shared_bytearray_translate},
    {"upper", shared_bytearray_upper},
    {"zfill", shared_bytearray_zfill},
};
