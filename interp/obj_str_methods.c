// The methods of str that search, split, join, replace, strip and pad, and the sorted method
// table of the type. Indices are code points; the text is UTF-8, so non-ASCII strings map
// between the two (obj_str.c: str_byte_offset, str_char_index) and ASCII strings do not.
#include "interp/obj_str_methods.h"

#include <string.h>

#include "interp/args.h"
#include "interp/container.h"
#include "interp/obj_class_boxed.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_list.h"
#include "interp/obj_new.h"
#include "interp/obj_str_case.h"
#include "interp/obj_str_char.h"
#include "interp/obj_str_codec.h"
#include "interp/obj_str_format.h"
#include "interp/obj_str_search.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

// ---- shared helpers ----

bool str_arg_str(Run *r, Value v, const char *fname, int argno, ObjStr **out) {
    if (!is_str(v)) {
        return exc_raise(r, &exc_TypeError, "%s() argument %d must be str, not %s", fname, argno,
                         str_clinic_type_name(v));
    }
    *out = as_str(v);
    return true;
}

bool str_space_at(const ObjStr *s, size_t *pos) {
    unsigned char c = (unsigned char)s->data[*pos];
    if (c < 0x80) {
        if (!str_char_isspace_ascii(c)) return false;
        *pos += 1;
        return true;
    }
    size_t next = *pos;
    if (!str_char_isspace(str_char_decode(s->data, &next))) return false;
    *pos = next;
    return true;
}

static bool set_str(Value *out, Obj *s) {
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

// An int argument that must fit a C ssize_t (widths, counts): OverflowError beyond.
static bool arg_ssize(Run *r, Value v, int64_t *out) {
    return container_ssize(r, v, out);
}

// CPython's ADJUST_INDICES: start and end clamped to a sequence of len items.
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

// The [start, end) window of find/count/startswith as code points, already adjusted.
typedef struct Window {
    int64_t start, end;
} Window;

static bool window_parse(Run *r, ObjStr *s, const Args *a, uint32_t first, Window *w) {
    w->start = 0;
    w->end = INT64_MAX;
    if (a->npos > first && !container_slice_index(r, a->pos[first], true, &w->start)) return false;
    if (a->npos > first + 1 && !container_slice_index(r, a->pos[first + 1], true, &w->end)) {
        return false;
    }
    adjust_indices(&w->start, &w->end, (int64_t)s->chars);
    return true;
}

// The bytes of s that a window covers (start <= end <= chars assumed).
static void window_bytes(const ObjStr *s, const Window *w, size_t *from, size_t *to) {
    *from = str_byte_offset(s, (size_t)w->start);
    *to = s->ascii ? (size_t)w->end : *from;
    if (!s->ascii) {
        for (int64_t k = w->start; k < w->end; k++) {
            *to += str_char_seq_len((unsigned char)s->data[*to]);
        }
    }
}

// Code points in s->data[from..to).
static size_t chars_between(const ObjStr *s, size_t from, size_t to) {
    if (s->ascii) return to - from;
    size_t conts = 0;
    for (size_t i = from; i < to; i++) conts += ((unsigned char)s->data[i] & 0xC0) == 0x80;
    return to - from - conts;
}

// ---- find, rfind, index, rindex, count ----

// find/rfind: the code point index of the first (last) match in the window, or -1.
static bool find_common(Run *r, Value self, const Args *a, const char *qualname, bool rev,
                        int64_t *index) {
    ObjStr *s = as_str(self), *sub;
    Window w;
    if (!container_args_count(r, a, qualname, 1, 3) ||
        !str_arg_str(r, a->pos[0], qualname + 4, 1, &sub) || !window_parse(r, s, a, 1, &w)) {
        return false;
    }
    *index = -1;
    if (w.end - w.start < (int64_t)sub->chars) return true;
    if (sub->len == 0) {
        *index = rev ? w.end : w.start;
        return true;
    }
    size_t from, to;
    window_bytes(s, &w, &from, &to);
    int64_t hit = rev ? str_search_rfind(s->data + from, to - from, sub->data, sub->len)
                      : str_search_find(s->data + from, to - from, sub->data, sub->len);
    if (hit >= 0) *index = w.start + (int64_t)chars_between(s, from, from + (size_t)hit);
    return true;
}

static bool str_find(Run *r, Value self, const Args *a, Value *out) {
    int64_t i;
    if (!find_common(r, self, a, "str.find", false, &i)) return false;
    *out = v_int(i);
    return true;
}

static bool str_rfind(Run *r, Value self, const Args *a, Value *out) {
    int64_t i;
    if (!find_common(r, self, a, "str.rfind", true, &i)) return false;
    *out = v_int(i);
    return true;
}

static bool str_index(Run *r, Value self, const Args *a, Value *out) {
    int64_t i;
    if (!find_common(r, self, a, "str.index", false, &i)) return false;
    if (i < 0) return exc_raise(r, &exc_ValueError, "substring not found");
    *out = v_int(i);
    return true;
}

static bool str_rindex(Run *r, Value self, const Args *a, Value *out) {
    int64_t i;
    if (!find_common(r, self, a, "str.rindex", true, &i)) return false;
    if (i < 0) return exc_raise(r, &exc_ValueError, "substring not found");
    *out = v_int(i);
    return true;
}

static bool str_count(Run *r, Value self, const Args *a, Value *out) {
    ObjStr *s = as_str(self), *sub;
    Window w;
    if (!container_args_count(r, a, "str.count", 1, 3) ||
        !str_arg_str(r, a->pos[0], "count", 1, &sub) || !window_parse(r, s, a, 1, &w)) {
        return false;
    }
    if (w.end - w.start < (int64_t)sub->chars) {
        *out = v_int(0);
        return true;
    }
    if (sub->len == 0) {
        *out = v_int(w.end - w.start + 1);
        return true;
    }
    size_t from, to;
    window_bytes(s, &w, &from, &to);
    *out = v_int((int64_t)str_search_count(s->data + from, to - from, sub->data, sub->len, -1));
    return true;
}

// ---- startswith, endswith ----

static bool tail_match(ObjStr *s, ObjStr *sub, Window w, bool end) {
    w.end -= (int64_t)sub->chars;
    if (w.end < w.start) return false;
    if (sub->len == 0) return true;
    size_t at = str_byte_offset(s, (size_t)(end ? w.end : w.start));
    return at + sub->len <= s->len && memcmp(s->data + at, sub->data, sub->len) == 0;
}

static bool affix_common(Run *r, Value self, const Args *a, const char *name, bool end,
                         Value *out) {
    ObjStr *s = as_str(self);
    Window w;
    char qualname[16];
    memcpy(qualname, "str.", 4);
    memcpy(qualname + 4, name, strlen(name) + 1);
    if (!container_args_count(r, a, qualname, 1, 3) || !window_parse(r, s, a, 1, &w)) return false;
    Value p = a->pos[0];
    if (is_str(p)) {
        *out = v_bool(tail_match(s, as_str(p), w, end));
        return true;
    }
    if (!is_tuple(p)) {
        return exc_raise(r, &exc_TypeError, "%s first arg must be str or a tuple of str, not %s",
                         name, value_type_name(p));
    }
    ObjTuple *t = as_tuple(p);
    for (size_t k = 0; k < t->len; k++) {
        if (!is_str(t->items[k])) {
            return exc_raise(r, &exc_TypeError, "tuple for %s must only contain str, not %s",
                             name, value_type_name(t->items[k]));
        }
        if (tail_match(s, as_str(t->items[k]), w, end)) {
            *out = v_bool(true);
            return true;
        }
    }
    *out = v_bool(false);
    return true;
}

static bool str_startswith(Run *r, Value self, const Args *a, Value *out) {
    return affix_common(r, self, a, "startswith", false, out);
}

static bool str_endswith(Run *r, Value self, const Args *a, Value *out) {
    return affix_common(r, self, a, "endswith", true, out);
}

static bool str_removeprefix(Run *r, Value self, const Args *a, Value *out) {
    ObjStr *s = as_str(self);
    if (!container_args_one(r, a, "str.removeprefix")) return false;
    if (!is_str(a->pos[0])) {
        return exc_raise(r, &exc_TypeError, "removeprefix() argument must be str, not %s",
                         str_clinic_type_name(a->pos[0]));
    }
    ObjStr *p = as_str(a->pos[0]);
    if (p->len == 0 || p->len > s->len || memcmp(s->data, p->data, p->len) != 0) {
        *out = self;
        return true;
    }
    return set_str(out, str_substr(r, s, p->len, s->len));
}

static bool str_removesuffix(Run *r, Value self, const Args *a, Value *out) {
    ObjStr *s = as_str(self);
    if (!container_args_one(r, a, "str.removesuffix")) return false;
    if (!is_str(a->pos[0])) {
        return exc_raise(r, &exc_TypeError, "removesuffix() argument must be str, not %s",
                         str_clinic_type_name(a->pos[0]));
    }
    ObjStr *p = as_str(a->pos[0]);
    if (p->len == 0 || p->len > s->len ||
        memcmp(s->data + s->len - p->len, p->data, p->len) != 0) {
        *out = self;
        return true;
    }
    return set_str(out, str_substr(r, s, 0, s->len - p->len));
}

// ---- split, rsplit, splitlines ----

// Appends s->data[from..to) to the list as a new str (the list is rooted by the caller).
static bool list_push_sub(Run *r, ObjList *list, ObjStr *s, size_t from, size_t to) {
    Obj *piece = str_substr(r, s, from, to);
    return piece && list_append(r, list, v_obj(piece));
}

static bool split_args(Run *r, const Args *a, const char *fname, Value *sep, int64_t *maxsplit) {
    static const char *const names[] = {"sep", "maxsplit"};
    ArgSpec spec = {fname, names, 2, 0, 2, 0};
    Value v[2];
    if (!args_bind(r, a, &spec, v)) return false;
    *sep = is_undef(v[0]) ? v_none() : v[0];
    if (!is_none(*sep) && !is_str(*sep)) {
        return exc_raise(r, &exc_TypeError, "must be str or None, not %s", value_type_name(*sep));
    }
    *maxsplit = -1;
    if (!is_undef(v[1]) && !arg_ssize(r, v[1], maxsplit)) return false;
    if (*maxsplit < 0) *maxsplit = INT64_MAX;
    return true;
}

// split() on runs of whitespace, from the left.
static bool split_whitespace(Run *r, ObjStr *s, int64_t maxsplit, ObjList *list) {
    size_t i = 0, n = s->len;
    for (;;) {
        while (i < n && str_space_at(s, &i)) {
        }
        if (i == n) return true;
        if (maxsplit-- == 0) return list_push_sub(r, list, s, i, n);
        size_t j = i;
        while (j < n) {
            size_t k = j;
            if (str_space_at(s, &k)) break;
            j += str_char_seq_len((unsigned char)s->data[j]);
        }
        if (!list_push_sub(r, list, s, i, j)) return false;
        i = j;
    }
}

// The start of the whitespace character that ends just before s->data[end], or end.
static size_t space_before(const ObjStr *s, size_t end) {
    if (end == 0) return end;
    size_t p = end;
    str_char_decode_back(s->data, &p);
    size_t q = p;
    return str_space_at(s, &q) ? p : end;
}

// rsplit() on runs of whitespace: pieces are found from the right, then put in order.
static bool rsplit_whitespace(Run *r, ObjStr *s, int64_t maxsplit, ObjList *list) {
    size_t j = s->len;
    while (j > 0) {
        size_t p;
        while (j > 0 && (p = space_before(s, j)) != j) j = p;
        if (j == 0) break;
        if (maxsplit-- == 0) {
            if (!list_push_sub(r, list, s, 0, j)) return false;
            break;
        }
        size_t i = j;
        while (i > 0 && space_before(s, i) == i) str_char_decode_back(s->data, &i);
        if (!list_push_sub(r, list, s, i, j)) return false;
        j = i;
    }
    list_reverse_items(list);
    return true;
}

static bool split_sep(Run *r, ObjStr *s, ObjStr *sep, int64_t maxsplit, bool rev, ObjList *list) {
    if (sep->len == 0) return exc_raise(r, &exc_ValueError, "empty separator");
    StrFinder f;
    str_finder_init(&f, sep->data, sep->len, rev);
    size_t lo = 0, hi = s->len;  // the part not yet split
    while (maxsplit-- > 0) {
        int64_t hit = str_finder_find(&f, s->data + lo, hi - lo);
        if (hit < 0) break;
        size_t at = lo + (size_t)hit;
        bool ok = rev ? list_push_sub(r, list, s, at + sep->len, hi)
                      : list_push_sub(r, list, s, lo, at);
        if (!ok) return false;
        if (rev) {
            hi = at;
        } else {
            lo = at + sep->len;
        }
    }
    if (!list_push_sub(r, list, s, lo, hi)) return false;
    if (rev) list_reverse_items(list);
    return true;
}

static bool split_common(Run *r, Value self, const Args *a, bool rev, Value *out) {
    Value sep;
    int64_t maxsplit;
    if (!split_args(r, a, rev ? "rsplit" : "split", &sep, &maxsplit)) return false;
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    ObjStr *s = as_str(self);
    ObjList *l = (ObjList *)list;
    bool ok;
    if (is_none(sep)) {
        ok = rev ? rsplit_whitespace(r, s, maxsplit, l) : split_whitespace(r, s, maxsplit, l);
    } else {
        ok = split_sep(r, s, as_str(sep), maxsplit, rev, l);
    }
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(list);
    return ok;
}

static bool str_split(Run *r, Value self, const Args *a, Value *out) {
    return split_common(r, self, a, false, out);
}

static bool str_rsplit(Run *r, Value self, const Args *a, Value *out) {
    return split_common(r, self, a, true, out);
}

// The length of the line break at s[i] (\r\n counts as one), or 0.
static size_t line_break_at(const ObjStr *s, size_t i) {
    unsigned char c = (unsigned char)s->data[i];
    switch (c) {
    case '\n': case '\v': case '\f': case 0x1C: case 0x1D: case 0x1E:
        return 1;
    case '\r':
        return i + 1 < s->len && s->data[i + 1] == '\n' ? 2 : 1;
    case 0xC2:  // U+0085
        return (unsigned char)s->data[i + 1] == 0x85 ? 2 : 0;
    case 0xE2:  // U+2028, U+2029
        return (unsigned char)s->data[i + 1] == 0x80 &&
                       ((unsigned char)s->data[i + 2] & 0xFE) == 0xA8
                   ? 3
                   : 0;
    default:
        return 0;
    }
}

static bool str_splitlines(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"keepends"};
    static const ArgSpec spec = {"splitlines", names, 1, 0, 1, 0};
    Value v;
    bool keep = false;
    if (!args_bind(r, a, &spec, &v) || (!is_undef(v) && !ops_truthy(r, v, &keep))) return false;
    ObjStr *s = as_str(self);
    Obj *list = list_new(r, 0);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    bool ok = true;
    size_t start = 0, i = 0;
    while (ok && i < s->len) {
        size_t br = line_break_at(s, i);
        if (!br) {
            i += str_char_seq_len((unsigned char)s->data[i]);
            continue;
        }
        ok = list_push_sub(r, (ObjList *)list, s, start, keep ? i + br : i);
        start = i = i + br;
    }
    if (ok && start < s->len) ok = list_push_sub(r, (ObjList *)list, s, start, s->len);
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(list);
    return ok;
}

// ---- partition, rpartition ----

static bool partition_common(Run *r, Value self, const Args *a, bool rev, Value *out) {
    if (!container_args_one(r, a, rev ? "str.rpartition" : "str.partition")) return false;
    if (!is_str(a->pos[0])) {
        return exc_raise(r, &exc_TypeError, "must be str, not %s", value_type_name(a->pos[0]));
    }
    ObjStr *s = as_str(self), *sep = as_str(a->pos[0]);
    if (sep->len == 0) return exc_raise(r, &exc_ValueError, "empty separator");
    int64_t hit = rev ? str_search_rfind(s->data, s->len, sep->data, sep->len)
                      : str_search_find(s->data, s->len, sep->data, sep->len);
    Obj *t = tuple_new(r, 3);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    ObjTuple *tup = (ObjTuple *)t;
    Value empty = v_obj(str_empty());
    for (int k = 0; k < 3; k++) tup->items[k] = empty;
    bool ok = true;
    if (hit < 0) {
        tup->items[rev ? 2 : 0] = self;
    } else {
        size_t at = (size_t)hit;
        Obj *head = str_substr(r, s, 0, at);
        if (!head) ok = false;
        else tup->items[0] = v_obj(head);
        Obj *tail = ok ? str_substr(r, s, at + sep->len, s->len) : NULL;
        if (!tail) ok = false;
        else tup->items[2] = v_obj(tail);
        tup->items[1] = a->pos[0];
    }
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(t);
    return ok;
}

static bool str_partition(Run *r, Value self, const Args *a, Value *out) {
    return partition_common(r, self, a, false, out);
}

static bool str_rpartition(Run *r, Value self, const Args *a, Value *out) {
    return partition_common(r, self, a, true, out);
}

// ---- strip ----

// Whether the code point at s[*pos] is one of `chars` (or whitespace when chars is NULL).
static bool strip_member(const ObjStr *s, size_t pos, const ObjStr *chars) {
    if (!chars) return str_space_at(s, &pos);
    size_t n = str_char_seq_len((unsigned char)s->data[pos]);
    if (n == 1) return memchr(chars->data, s->data[pos], chars->len) != NULL;
    return str_search_find(chars->data, chars->len, s->data + pos, n) >= 0;
}

static bool strip_common(Run *r, Value self, const Args *a, const char *name, int sides,
                         Value *out) {
    char qualname[16];
    memcpy(qualname, "str.", 4);
    memcpy(qualname + 4, name, strlen(name) + 1);
    if (!container_args_count(r, a, qualname, 0, 1)) return false;
    const ObjStr *chars = NULL;
    if (a->npos && !is_none(a->pos[0])) {
        if (!is_str(a->pos[0])) {
            return exc_raise(r, &exc_TypeError, "%s arg must be None or str", name);
        }
        chars = as_str(a->pos[0]);
    }
    ObjStr *s = as_str(self);
    size_t i = 0, j = s->len;
    if (sides & 1) {
        while (i < j && strip_member(s, i, chars)) i += str_char_seq_len((unsigned char)s->data[i]);
    }
    if (sides & 2) {
        while (j > i) {
            size_t p = j;
            str_char_decode_back(s->data, &p);
            if (!strip_member(s, p, chars)) break;
            j = p;
        }
    }
    return set_str(out, str_substr(r, s, i, j));
}

static bool str_strip(Run *r, Value self, const Args *a, Value *out) {
    return strip_common(r, self, a, "strip", 3, out);
}

static bool str_lstrip(Run *r, Value self, const Args *a, Value *out) {
    return strip_common(r, self, a, "lstrip", 1, out);
}

static bool str_rstrip(Run *r, Value self, const Args *a, Value *out) {
    return strip_common(r, self, a, "rstrip", 2, out);
}

// ---- padding: center, ljust, rjust, zfill ----

// The fill character argument of center/ljust/rjust, as UTF-8.
static bool fill_char(Run *r, const Args *a, char enc[4], size_t *n) {
    if (a->npos < 2) {
        enc[0] = ' ';
        *n = 1;
        return true;
    }
    Value f = a->pos[1];
    if (!is_str(f)) {
        return exc_raise(r, &exc_TypeError,
                         "The fill character must be a unicode character, not %s",
                         value_type_name(f));
    }
    if (as_str(f)->chars != 1) {
        return exc_raise(r, &exc_TypeError, "The fill character must be exactly one character long");
    }
    *n = as_str(f)->len;
    memcpy(enc, as_str(f)->data, *n);
    return true;
}

// s with `left` and `right` copies of the fill character around it.
static bool pad(Run *r, ObjStr *s, size_t left, size_t right, const char *fill, size_t fill_len,
                Value *out) {
    size_t pads = left + right, len;
    // guard: the padded size comes from a user width
    if (__builtin_mul_overflow(pads, fill_len, &len) || __builtin_add_overflow(len, s->len, &len)) {
        len = SIZE_MAX;
    }
    if (!str_check_size(r, len)) return false;
    ObjStr *res = str_alloc(r, len);
    if (!res) return false;
    char *p = res->data;
    for (size_t k = 0; k < left; k++, p += fill_len) memcpy(p, fill, fill_len);
    memcpy(p, s->data, s->len);
    p += s->len;
    for (size_t k = 0; k < right; k++, p += fill_len) memcpy(p, fill, fill_len);
    res->chars = s->chars + pads;
    res->ascii = s->ascii && fill_len == 1;
    *out = v_obj((Obj *)res);
    return true;
}

static bool justify(Run *r, Value self, const Args *a, const char *qualname, int how, Value *out) {
    int64_t width;
    char fill[4];
    size_t fill_len = 1;
    if (!container_args_count(r, a, qualname, 1, 2) || !arg_ssize(r, a->pos[0], &width) ||
        !fill_char(r, a, fill, &fill_len)) {
        return false;
    }
    ObjStr *s = as_str(self);
    if (width <= (int64_t)s->chars) {
        *out = self;
        return true;
    }
    size_t marg = (size_t)width - s->chars, left;
    if (how < 0) {
        left = 0;
    } else if (how > 0) {
        left = marg;
    } else {
        left = marg / 2 + (marg & (size_t)width & 1);  // CPython's centring rule
    }
    return pad(r, s, left, marg - left, fill, fill_len, out);
}

static bool str_center(Run *r, Value self, const Args *a, Value *out) {
    return justify(r, self, a, "str.center", 0, out);
}

static bool str_ljust(Run *r, Value self, const Args *a, Value *out) {
    return justify(r, self, a, "str.ljust", -1, out);
}

static bool str_rjust(Run *r, Value self, const Args *a, Value *out) {
    return justify(r, self, a, "str.rjust", 1, out);
}

static bool str_zfill(Run *r, Value self, const Args *a, Value *out) {
    int64_t width;
    if (!container_args_one(r, a, "str.zfill") || !arg_ssize(r, a->pos[0], &width)) return false;
    ObjStr *s = as_str(self);
    if (width <= (int64_t)s->chars) {
        *out = self;
        return true;
    }
    if (!pad(r, s, (size_t)width - s->chars, 0, "0", 1, out)) return false;
    ObjStr *res = as_str(*out);
    size_t fill = (size_t)width - s->chars;
    // a sign moves in front of the zeros
    if (s->len && (s->data[0] == '+' || s->data[0] == '-')) {
        res->data[0] = s->data[0];
        res->data[fill] = '0';
    }
    return true;
}

// ---- expandtabs ----

// The tab size argument: a C int, as CPython parses it.
static bool tabsize_arg(Run *r, const Args *a, int64_t *tab) {
    static const char *const names[] = {"tabsize"};
    static const ArgSpec spec = {"expandtabs", names, 1, 0, 1, 0};
    Value v;
    *tab = 8;
    if (!args_bind(r, a, &spec, &v)) return false;
    if (is_undef(v)) return true;
    if (is_obj(v) && v.as.obj->type == &type_int) {
        return exc_raise(r, &exc_OverflowError, "Python int too large to convert to C int");
    }
    if (!ops_index(r, v, tab)) return false;
    if (*tab > INT32_MAX || *tab < INT32_MIN) {
        return exc_raise(r, &exc_OverflowError, "Python int too large to convert to C int");
    }
    return true;
}

// One pass over s: measures the result when dst is NULL, else writes it. Columns count code
// points and restart after \n and \r.
static size_t expand_tabs(const ObjStr *s, int64_t tab, char *dst, bool *overflow) {
    size_t col = 0, len = 0;
    for (size_t i = 0; i < s->len; i++) {
        unsigned char c = (unsigned char)s->data[i];
        size_t add = 1;
        if (c == '\t') {
            add = tab > 0 ? (size_t)tab - col % (size_t)tab : 0;
            col += add;
            if (dst) memset(dst + len, ' ', add);
        } else {
            if (dst) dst[len] = (char)c;
            if ((c & 0xC0) != 0x80) col = c == '\n' || c == '\r' ? 0 : col + 1;
        }
        if (__builtin_add_overflow(len, add, &len)) *overflow = true;
    }
    return len;
}

static bool str_expandtabs(Run *r, Value self, const Args *a, Value *out) {
    int64_t tab;
    if (!tabsize_arg(r, a, &tab)) return false;
    ObjStr *s = as_str(self);
    if (!memchr(s->data, '\t', s->len)) {
        *out = self;
        return true;
    }
    bool overflow = false;
    size_t len = expand_tabs(s, tab, NULL, &overflow);
    if (overflow) return exc_raise(r, &exc_OverflowError, "new string is too long");
    if (!str_check_size(r, len)) return false;
    ObjStr *res = str_alloc(r, len);
    if (!res) return false;
    expand_tabs(s, tab, res->data, &overflow);
    str_finish(res);
    *out = v_obj((Obj *)res);
    return true;
}

// ---- join ----

// "sequence item 1: expected str instance, int found"
static bool join_item_error(Run *r, size_t k, Value item) {
    return exc_raise(r, &exc_TypeError, "sequence item %zu: expected str instance, %s found", k,
                     value_type_name(item));
}

// Joins a list's or tuple's items, sized in one pass.
static bool join_items(Run *r, ObjStr *sep, const Value *items, size_t n, Value *out) {
    if (n == 0) {
        *out = v_obj(str_empty());
        return true;
    }
    size_t len = 0, chars = 0;
    bool ascii = sep->ascii;
    for (size_t k = 0; k < n; k++) {
        Value item = boxed_unbox(items[k]);  // str subclasses join as their text
        if (!is_str(item)) return join_item_error(r, k, items[k]);
        ObjStr *p = as_str(item);
        if (__builtin_add_overflow(len, p->len, &len)) len = SIZE_MAX;
        chars += p->chars;
        ascii = ascii && p->ascii;
    }
    if (n == 1) {
        *out = boxed_unbox(items[0]);
        return true;
    }
    size_t seps;
    if (__builtin_mul_overflow(sep->len, n - 1, &seps) || __builtin_add_overflow(len, seps, &len)) {
        len = SIZE_MAX;
    }
    if (!str_check_size(r, len)) return false;
    ObjStr *res = str_alloc(r, len);
    if (!res) return false;
    char *p = res->data;
    for (size_t k = 0; k < n; k++) {
        ObjStr *piece = as_str(boxed_unbox(items[k]));
        if (k && sep->len) {
            memcpy(p, sep->data, sep->len);
            p += sep->len;
        }
        memcpy(p, piece->data, piece->len);
        p += piece->len;
    }
    res->chars = chars + sep->chars * (n - 1);
    res->ascii = ascii;
    *out = v_obj((Obj *)res);
    return true;
}

static bool str_join(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "str.join")) return false;
    Value src = a->pos[0];
    if (is_list(src)) {
        return join_items(r, as_str(self), as_list(src)->items, as_list(src)->len, out);
    }
    if (is_tuple(src)) {
        return join_items(r, as_str(self), as_tuple(src)->items, as_tuple(src)->len, out);
    }
    if (!value_type(src)->slots.iter) {
        return exc_raise(r, &exc_TypeError, "can only join an iterable");
    }
    // like CPython's PySequence_Fast: the whole iterable first (it may run Python code),
    // then the checks and the copy
    Obj *list = list_from_iterable(r, src);
    if (!list || !gc_push_root(r, v_obj(list))) return false;
    bool ok = join_items(r, as_str(self), ((ObjList *)list)->items, ((ObjList *)list)->len, out);
    gc_pop_roots(r, 1);
    return ok;
}

// ---- replace ----

// replace('', new): new before every code point, at most `count` times.
static bool replace_empty(Run *r, ObjStr *s, ObjStr *rep, int64_t count, Value *out) {
    size_t n = s->chars + 1;
    if (count >= 0 && (uint64_t)count < n) n = (size_t)count;
    size_t len;
    if (__builtin_mul_overflow(rep->len, n, &len) || __builtin_add_overflow(len, s->len, &len)) {
        len = SIZE_MAX;
    }
    if (!str_check_size(r, len)) return false;
    ObjStr *res = str_alloc(r, len);
    if (!res) return false;
    char *p = res->data;
    size_t i = 0;
    for (size_t k = 0; k < n; k++) {
        memcpy(p, rep->data, rep->len);
        p += rep->len;
        if (i < s->len) {
            size_t c = str_char_seq_len((unsigned char)s->data[i]);
            memcpy(p, s->data + i, c);
            p += c;
            i += c;
        }
    }
    memcpy(p, s->data + i, s->len - i);
    res->chars = s->chars + rep->chars * n;
    res->ascii = s->ascii && rep->ascii;
    *out = v_obj((Obj *)res);
    return true;
}

static bool replace_text(Run *r, ObjStr *s, ObjStr *old, ObjStr *rep, int64_t count, Value *out) {
    size_t n = str_search_count(s->data, s->len, old->data, old->len, count);
    if (n == 0) {
        *out = v_obj((Obj *)s);
        return true;
    }
    size_t len = s->len - n * old->len, grow;
    if (__builtin_mul_overflow(rep->len, n, &grow) || __builtin_add_overflow(len, grow, &len)) {
        len = SIZE_MAX;
    }
    if (!str_check_size(r, len)) return false;
    ObjStr *res = str_alloc(r, len);
    if (!res) return false;
    StrFinder f;
    str_finder_init(&f, old->data, old->len, false);
    char *p = res->data;
    size_t i = 0;
    for (size_t k = 0; k < n; k++) {
        size_t at = i + (size_t)str_finder_find(&f, s->data + i, s->len - i);
        memcpy(p, s->data + i, at - i);
        p += at - i;
        memcpy(p, rep->data, rep->len);
        p += rep->len;
        i = at + old->len;
    }
    memcpy(p, s->data + i, s->len - i);
    res->chars = s->chars - n * old->chars + n * rep->chars;
    res->ascii = s->ascii && rep->ascii;
    *out = v_obj((Obj *)res);
    return true;
}

static bool str_replace(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"", "", "count"};
    static const ArgSpec spec = {"replace", names, 3, 2, 3, 0};
    Value v[3];
    if (a->npos < 2) {
        return exc_raise(r, &exc_TypeError, "replace() takes at least 2 positional arguments (%u given)",
                         a->npos);
    }
    if (!args_bind(r, a, &spec, v)) return false;
    ObjStr *old, *rep;
    int64_t count = -1;
    if (!str_arg_str(r, v[0], "replace", 1, &old) || !str_arg_str(r, v[1], "replace", 2, &rep) ||
        (!is_undef(v[2]) && !arg_ssize(r, v[2], &count))) {
        return false;
    }
    ObjStr *s = as_str(self);
    if (count == 0 || (old->len == 0 && rep->len == 0)) {
        *out = self;
        return true;
    }
    if (old->len == 0) return replace_empty(r, s, rep, count, out);
    return replace_text(r, s, old, rep, count, out);
}

// ---- encode ----

static bool str_encode_method(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"encoding", "errors"};
    static const ArgSpec spec = {"encode", names, 2, 0, 2, 0};
    Value v[2];
    if (!args_bind(r, a, &spec, v)) return false;
    for (int k = 0; k < 2; k++) {
        if (!is_undef(v[k]) && !is_str(v[k])) {
            return exc_raise(r, &exc_TypeError, "encode() argument '%s' must be str, not %s",
                             names[k], str_clinic_type_name(v[k]));
        }
    }
    return str_encode(r, self, v[0], v[1], out);
}

// ---- the method table ----

// The size is the header's STR_METHOD_COUNT: a mismatch does not compile.
NEW_METHOD(str_m_new, &type_str)

const MethodDef str_methods[] = {
    {"__getnewargs__", new_getnewargs},
    {"__new__", str_m_new, METHOD_CLASS},
    {"capitalize", str_capitalize},
    {"casefold", str_casefold},
    {"center", str_center},
    {"count", str_count},
    {"encode", str_encode_method},
    {"endswith", str_endswith},
    {"expandtabs", str_expandtabs},
    {"find", str_find},
    {"format", str_format, METHOD_ANY_KEYWORDS},
    {"format_map", str_format_map},
    {"index", str_index},
    {"isalnum", str_isalnum},
    {"isalpha", str_isalpha},
    {"isascii", str_isascii},
    {"isdecimal", str_isdecimal},
    {"isdigit", str_isdigit},
    {"isidentifier", str_isidentifier},
    {"islower", str_islower},
    {"isnumeric", str_isnumeric},
    {"isprintable", str_isprintable},
    {"isspace", str_isspace},
    {"istitle", str_istitle},
    {"isupper", str_isupper},
    {"join", str_join, METHOD_DRAINS},
    {"ljust", str_ljust},
    {"lower", str_lower},
    {"lstrip", str_lstrip},
    {"maketrans", str_maketrans, METHOD_CLASS},
    {"partition", str_partition},
    {"removeprefix", str_removeprefix},
    {"removesuffix", str_removesuffix},
    {"replace", str_replace},
    {"rfind", str_rfind},
    {"rindex", str_rindex},
    {"rjust", str_rjust},
    {"rpartition", str_rpartition},
    {"rsplit", str_rsplit},
    {"rstrip", str_rstrip},
    {"split", str_split},
    {"splitlines", str_splitlines},
    {"startswith", str_startswith},
    {"strip", str_strip},
    {"swapcase", str_swapcase},
    {"title", str_title},
    {"translate", str_translate},
    {"upper", str_upper},
    {"zfill", str_zfill},
};
