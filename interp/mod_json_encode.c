// json.dumps's engine: CPython's C encoder (Modules/_json.c) with its output, errors and
// "when serializing ..." notes, but over an explicit stack of frames instead of C recursion,
// so nesting costs the run's memory, never C stack.
#include "interp/mod_json_encode.h"

#include <string.h>

#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/libframes.h"
#include "interp/mod_json.h"
#include "interp/mod_enum.h"
#include "interp/obj_class_boxed.h"
#include "interp/obj_dict.h"
#include "interp/obj_float.h"
#include "interp/obj_int.h"
#include "interp/obj_list.h"
#include "interp/obj_list_sort.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm.h"

// ---- string literals ----

static const char hex_digits[] = "0123456789abcdef";

static bool put_u_escape(Buf *b, uint32_t cp) {
    char t[6] = {'\\', 'u', hex_digits[(cp >> 12) & 15], hex_digits[(cp >> 8) & 15],
                 hex_digits[(cp >> 4) & 15], hex_digits[cp & 15]};
    return buf_append(b, t, 6);
}

// The escape of an ASCII byte that cannot appear as itself.
static bool put_ascii_escape(Buf *b, unsigned char c) {
    const char *e = NULL;
    switch (c) {
    case '"': e = "\\\""; break;
    case '\\': e = "\\\\"; break;
    case '\b': e = "\\b"; break;
    case '\f': e = "\\f"; break;
    case '\n': e = "\\n"; break;
    case '\r': e = "\\r"; break;
    case '\t': e = "\\t"; break;
    default: return put_u_escape(b, c);
    }
    return buf_append(b, e, 2);
}

// Decodes the code point starting at s[*i] (a lead byte >= 0x80 of valid UTF-8, lone
// surrogates included) and leaves *i on its last byte.
static uint32_t utf8_decode_at(const char *s, size_t len, size_t *i) {
    const unsigned char *p = (const unsigned char *)s + *i;
    size_t n = p[0] >= 0xF0 ? 4 : p[0] >= 0xE0 ? 3 : 2;
    if (*i + n > len) n = len - *i;  // never read past the text, valid or not
    uint32_t cp = p[0] & (n == 4 ? 0x07 : n == 3 ? 0x0F : 0x1F);
    for (size_t k = 1; k < n; k++) cp = (cp << 6) | (p[k] & 0x3F);
    *i += n - 1;
    return cp;
}

// \uXXXX for one code point, as a surrogate pair beyond the BMP.
static bool put_code_point(Buf *b, uint32_t cp) {
    if (cp < 0x10000) return put_u_escape(b, cp);
    cp -= 0x10000;
    return put_u_escape(b, 0xD800 | (cp >> 10)) && put_u_escape(b, 0xDC00 | (cp & 0x3FF));
}

bool mod_json_encode_string(Buf *b, const char *s, size_t len, bool ensure_ascii) {
    if (!buf_reserve(b, len + 2) || !buf_append_char(b, '"')) return false;
    size_t run = 0;  // start of the bytes not yet copied
    for (size_t i = 0; i < len; i++) {
        unsigned char c = (unsigned char)s[i];
        bool plain = c >= 0x20 && c != '"' && c != '\\' && (c < 0x7F || !ensure_ascii);
        if (plain) continue;
        if (!buf_append(b, s + run, i - run)) return false;
        bool ok = c < 0x80 ? put_ascii_escape(b, c) : put_code_point(b, utf8_decode_at(s, len, &i));
        if (!ok) return false;
        run = i + 1;
    }
    return buf_append(b, s + run, len - run) && buf_append_char(b, '"');
}

// ---- the stack ----

enum { FRAME_LIST, FRAME_DICT, FRAME_DEFAULT };

typedef struct EncFrame {
    Value obj;    // the list, tuple or dict being written; the object default() was given
    Value items;  // a sorted dict's (key, value) list; the value default() returned
    Value key;    // dict: the key whose value is being written, for the note
    size_t pos;   // next item (list, sorted items), next entry position (dict), step (default)
    size_t level;   // indent level of this container's items
    uint8_t kind;   // FRAME_*
    bool in_value;  // an error now comes from inside one of its items: this frame notes it
    bool first;     // dict: no item written yet
} EncFrame;

// The frames live in a heap object so that the collector sees every value they hold (a
// default() function may run a collection). `marks` is check_circular's set of the objects
// being written, open addressing on their addresses.
typedef struct EncStack {
    Obj base;
    EncFrame *frames;
    size_t depth, cap;
    Obj **marks;
    size_t mark_cap, mark_count;
} EncStack;

static void enc_stack_trace(Run *r, Obj *o) {
    EncStack *st = (EncStack *)o;
    for (size_t k = 0; k < st->depth; k++) {
        gc_mark_value(r, st->frames[k].obj);
        gc_mark_value(r, st->frames[k].items);
        gc_mark_value(r, st->frames[k].key);
    }
}

static void enc_stack_free(Run *r, Obj *o) {
    EncStack *st = (EncStack *)o;
    if (st->frames) mem_free(r, st->frames, st->cap * sizeof *st->frames);
    if (st->marks) mem_free(r, st->marks, st->mark_cap * sizeof *st->marks);
    st->frames = NULL;
    st->marks = NULL;
    st->depth = st->cap = st->mark_cap = st->mark_count = 0;
}

// Never seen by Python code: only the collector looks at it.
static const ObjType enc_stack_type = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "json encoder stack",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .slots = {.trace = enc_stack_trace, .free = enc_stack_free},
};

static size_t mark_slot(const Obj *o, size_t cap) {
    uint64_t h = (uint64_t)((uintptr_t)o >> 4) * 0x9E3779B97F4A7C15ull;
    return (size_t)(h >> 32) & (cap - 1);
}

static bool marks_grow(Run *r, EncStack *st) {
    size_t cap = st->mark_cap ? st->mark_cap * 2 : 64;
    Obj **marks = mem_alloc(r, cap * sizeof *marks);
    if (!marks) return false;
    memset(marks, 0, cap * sizeof *marks);
    for (size_t k = 0; k < st->mark_cap; k++) {
        Obj *o = st->marks[k];
        if (!o) continue;
        size_t i = mark_slot(o, cap);
        while (marks[i]) i = (i + 1) & (cap - 1);
        marks[i] = o;
    }
    if (st->marks) mem_free(r, st->marks, st->mark_cap * sizeof *st->marks);
    st->marks = marks;
    st->mark_cap = cap;
    return true;
}

// Adds o to the objects being written: ValueError if it already is (a cycle).
static bool marks_add(Run *r, EncStack *st, Obj *o) {
    if ((st->mark_count + 1) * 2 > st->mark_cap && !marks_grow(r, st)) return false;
    size_t i = mark_slot(o, st->mark_cap);
    for (; st->marks[i]; i = (i + 1) & (st->mark_cap - 1)) {
        if (st->marks[i] == o) return exc_raise(r, &exc_ValueError, "Circular reference detected");
    }
    st->marks[i] = o;
    st->mark_count++;
    return true;
}

// Removes o, shifting back the entries of its probe run (linear probing without tombstones).
static void marks_remove(EncStack *st, Obj *o) {
    size_t mask = st->mark_cap - 1, i = mark_slot(o, st->mark_cap);
    while (st->marks[i] != o) {
        if (!st->marks[i]) return;
        i = (i + 1) & mask;
    }
    for (size_t j = (i + 1) & mask; st->marks[j]; j = (j + 1) & mask) {
        size_t home = mark_slot(st->marks[j], st->mark_cap);
        // move j back to i unless its home lies cyclically in (i, j]
        bool stays = i <= j ? (home > i && home <= j) : (home > i || home <= j);
        if (stays) continue;
        st->marks[i] = st->marks[j];
        i = j;
    }
    st->marks[i] = NULL;
    st->mark_count--;
}

typedef struct Enc {
    Run *r;
    const JsonEncodeOptions *o;
    EncStack *st;
    Buf out;
} Enc;

// guard: nesting of containers (and default() results) past MOD_JSON_MAX_DEPTH
static bool enc_check_depth(Enc *e, size_t open) {
    if (open < MOD_JSON_MAX_DEPTH) return true;
    return exc_raise(e->r, &exc_RecursionError,
                     "maximum recursion depth exceeded while encoding a JSON object");
}

// Opens a frame for obj (marking it when check_circular); NULL with the error pending.
static EncFrame *enc_push(Enc *e, int kind, Value obj, size_t level) {
    EncStack *st = e->st;
    if (e->o->check_circular && !marks_add(e->r, st, obj.as.obj)) return NULL;
    if (st->depth == st->cap) {
        size_t cap = st->cap ? st->cap * 2 : 16;
        EncFrame *f = mem_realloc(e->r, st->frames, st->cap * sizeof *f, cap * sizeof *f);
        if (!f) {
            if (e->o->check_circular) marks_remove(st, obj.as.obj);
            return NULL;
        }
        st->frames = f;
        st->cap = cap;
    }
    EncFrame *f = &st->frames[st->depth++];
    *f = (EncFrame){.obj = obj, .items = v_undef(), .key = v_undef(), .level = level,
                    .kind = (uint8_t)kind, .first = true};
    return f;
}

static void enc_pop(Enc *e) {
    EncFrame *f = &e->st->frames[--e->st->depth];
    if (e->o->check_circular) marks_remove(e->st, f->obj.as.obj);
}

// ---- writing values ----

// A newline and `level` indents (nothing without indent).
static bool enc_newline(Enc *e, size_t level) {
    if (!e->o->indent) return true;
    size_t need;
    // guard: deep nesting times a long indent is refused before it is written (the output
    // must also fit a str)
    if (__builtin_mul_overflow(level, e->o->indent_len, &need) ||
        __builtin_add_overflow(need, e->out.len + 1, &need) || !str_check_size(e->r, need)) {
        if (e->r->abort == ABORT_NONE) e->r->abort = ABORT_MEMORY;
        return false;
    }
    if (!buf_append_char(&e->out, '\n')) return false;
    for (size_t k = 0; k < level; k++) {
        if (!buf_append(&e->out, e->o->indent, e->o->indent_len)) return false;
    }
    return true;
}

static bool enc_float(Enc *e, double x) {
    if (x == x && x - x == 0) return float_repr_into(&e->out, x);
    if (!e->o->allow_nan) {
        return exc_raise(e->r, &exc_ValueError,
                         "Out of range float values are not JSON compliant: %s",
                         x != x ? "nan" : x > 0 ? "inf" : "-inf");
    }
    return buf_append_cstr(&e->out, x != x ? "NaN" : x > 0 ? "Infinity" : "-Infinity");
}

static bool enc_open_list(Enc *e, Value v, size_t level) {
    size_t n = is_list(v) ? as_list(v)->len : as_tuple(v)->len;
    if (!enc_check_depth(e, e->st->depth)) return false;
    if (n == 0) return buf_append(&e->out, "[]", 2);
    return enc_push(e, FRAME_LIST, v, level + 1) && buf_append_char(&e->out, '[') &&
           enc_newline(e, level + 1);
}

// dict.items() as a list of (key, value) tuples, sorted (sort_keys): CPython sorts the pairs,
// so its comparisons and errors are those of tuples.
static bool enc_sorted_items(Enc *e, EncFrame *f) {
    Obj *items = list_new(e->r, 0);
    if (!items) return false;
    f->items = v_obj(items);
    DictIter it;
    dict_iter_init(&it, f->obj);
    Value k, v;
    while (dict_iter_next(&it, &k, &v)) {
        Obj *pair = tuple_pack2(e->r, k, v);
        if (!pair || !list_append(e->r, items, v_obj(pair))) return false;
    }
    return list_sort(e->r, items, v_none(), false);
}

static bool enc_open_dict(Enc *e, Value v, size_t level) {
    if (!enc_check_depth(e, e->st->depth)) return false;
    if (dict_len(v.as.obj) == 0) return buf_append(&e->out, "{}", 2);
    EncFrame *f = enc_push(e, FRAME_DICT, v, level + 1);
    if (!f || (e->o->sort_keys && !enc_sorted_items(e, f))) return false;
    return buf_append_char(&e->out, '{');
}

// Anything else goes through default(); the frame keeps the object (and marks it) while
// default() runs, and then its result, which the next step writes.
static bool enc_open_default(Enc *e, Value v, size_t level) {
    if (!enc_push(e, FRAME_DEFAULT, v, level)) return false;
    Value fn = e->o->default_fn, res;
    if (is_undef(fn)) {
        // o.__class__.__name__: a built-in's name without its module ("collections.deque")
        const char *name = value_type_name(v), *dot = strrchr(name, '.');
        exc_raise(e->r, &exc_TypeError, "Object of type %s is not JSON serializable", dot ? dot + 1 : name);
        LIBFRAMES_ADD(e->r, LF_JSON_DEFAULT);
        return false;
    }
    Args a = {.pos = &v, .npos = 1};
    if (!vm_call(e->r, fn, &a, &res)) return false;
    EncFrame *f = &e->st->frames[e->st->depth - 1];
    f->items = res;
    if (!enc_check_depth(e, e->st->depth - 1)) return false;
    f->in_value = true;
    return true;
}

// int, float and str subclasses, IntEnum and StrEnum members: written as their values.
static Value enc_plain(Value v) {
    return mod_enum_data_value(boxed_unbox(v));
}

// Writes v, or opens a frame for a container or an object for default().
static bool enc_value(Enc *e, Value v, size_t level) {
    v = enc_plain(v);
    switch (v.tag) {
    case VAL_NONE: return buf_append(&e->out, "null", 4);
    case VAL_BOOL: return v.as.b ? buf_append(&e->out, "true", 4) : buf_append(&e->out, "false", 5);
    case VAL_INT: return int_repr_into(e->r, v, &e->out);
    case VAL_FLOAT: return enc_float(e, v.as.f);
    default: break;
    }
    if (is_str(v)) {
        return mod_json_encode_string(&e->out, as_str(v)->data, as_str(v)->len, e->o->ensure_ascii);
    }
    if (is_bigint(v)) return int_repr_into(e->r, v, &e->out);
    if (is_list(v) || is_tuple(v)) return enc_open_list(e, v, level);
    if (is_dict(v)) return enc_open_dict(e, v, level);
    return enc_open_default(e, v, level);
}

// ---- stepping through containers ----

enum { STEP_ERROR, STEP_VALUE, STEP_CLOSED };

static int enc_step_list(Enc *e, EncFrame *f, Value *v) {
    // re-read each time: default() may have changed the list
    size_t n = is_list(f->obj) ? as_list(f->obj)->len : as_tuple(f->obj)->len;
    if (f->pos < n) {
        if (f->pos > 0 && (!buf_append(&e->out, e->o->item_sep, e->o->item_sep_len) ||
                           !enc_newline(e, f->level))) {
            return STEP_ERROR;
        }
        *v = is_list(f->obj) ? as_list(f->obj)->items[f->pos] : as_tuple(f->obj)->items[f->pos];
        f->pos++;
        f->in_value = true;
        return STEP_VALUE;
    }
    f->in_value = false;
    if (!enc_newline(e, f->level - 1) || !buf_append_char(&e->out, ']')) return STEP_ERROR;
    enc_pop(e);
    return STEP_CLOSED;
}

static bool enc_next_item(EncFrame *f, Value *k, Value *v) {
    if (is_undef(f->items)) return dict_next(f->obj.as.obj, &f->pos, k, v);
    ObjList *items = as_list(f->items);
    if (f->pos >= items->len) return false;
    ObjTuple *pair = as_tuple(items->items[f->pos++]);
    *k = pair->items[0];
    *v = pair->items[1];
    return true;
}

static bool key_is_encodable(Value k) {
    return is_str(k) || is_float(k) || is_none(k) || int_check(k);
}

// A dict key as JSON text: str, float, bool, None and int keys all become strings.
static bool enc_key(Enc *e, Value k) {
    if (is_str(k)) {
        return mod_json_encode_string(&e->out, as_str(k)->data, as_str(k)->len, e->o->ensure_ascii);
    }
    return buf_append_char(&e->out, '"') && enc_value(e, k, 0) && buf_append_char(&e->out, '"');
}

static int enc_step_dict(Enc *e, EncFrame *f, Value *v) {
    Value k, val;
    f->in_value = false;
    while (enc_next_item(f, &k, &val)) {
        k = enc_plain(k);
        if (!key_is_encodable(k)) {
            if (e->o->skipkeys) continue;
            exc_raise(e->r, &exc_TypeError, "keys must be str, int, float, bool or None, not %s",
                      value_type_name(k));
            return STEP_ERROR;
        }
        bool sep = f->first || buf_append(&e->out, e->o->item_sep, e->o->item_sep_len);
        f->first = false;
        if (!sep || !enc_newline(e, f->level) || !enc_key(e, k) ||
            !buf_append(&e->out, e->o->key_sep, e->o->key_sep_len)) {
            return STEP_ERROR;
        }
        f->key = k;
        f->in_value = true;
        *v = val;
        return STEP_VALUE;
    }
    if (!f->first && !enc_newline(e, f->level - 1)) return STEP_ERROR;
    if (!buf_append_char(&e->out, '}')) return STEP_ERROR;
    enc_pop(e);
    return STEP_CLOSED;
}

// Moves the innermost frame on: its next value to write (*v, at indent *level), or closed.
static int enc_step(Enc *e, Value *v, size_t *level) {
    EncFrame *f = &e->st->frames[e->st->depth - 1];
    *level = f->level;
    if (f->kind == FRAME_LIST) return enc_step_list(e, f, v);
    if (f->kind == FRAME_DICT) return enc_step_dict(e, f, v);
    if (f->pos == 0) {
        f->pos = 1;
        *v = f->items;
        return STEP_VALUE;
    }
    enc_pop(e);
    return STEP_CLOSED;
}

static bool enc_run(Enc *e, Value v) {
    size_t level = 0;
    for (uint32_t n = 1;; n++) {
        if (n % MOD_JSON_CLOCK_EVERY == 0 && !run_check_time(e->r)) return false;
        if (!enc_value(e, v, level)) return false;
        int s = STEP_CLOSED;
        while (s == STEP_CLOSED && e->st->depth > 0) s = enc_step(e, &v, &level);
        if (s == STEP_ERROR) return false;
        if (s == STEP_CLOSED) return true;
    }
}

// The notes CPython's encoder adds as an error passes each enclosing container, innermost
// first: "when serializing list item 0", "when serializing dict item 'a'", "when serializing
// set object" (an object whose default() result failed).
static void enc_add_notes(Enc *e) {
    Run *r = e->r;
    for (size_t k = e->st->depth; k-- > 0 && !r->abort;) {
        EncFrame *f = &e->st->frames[k];
        if (!f->in_value) continue;
        Buf b;
        buf_init(&b, r);
        bool ok = buf_append_cstr(&b, "when serializing ");
        if (f->kind == FRAME_LIST) {
            ok = ok && buf_printf(&b, "%s item %zu", value_type_name(f->obj), f->pos - 1);
        } else if (f->kind == FRAME_DICT) {
            Value exc = r->exc;  // a key's repr cannot fail, but keep the error either way
            ok = ok && buf_append_cstr(&b, "dict item ") && ops_repr(r, f->key, &b);
            r->exc = exc;
        } else {
            ok = ok && buf_printf(&b, "%s object", value_type_name(f->obj));
        }
        if (ok) exc_note_pending(r, b.data, b.len);
        buf_fini(&b);
    }
}

bool mod_json_encode(Run *r, const JsonEncodeOptions *o, Value obj, Value *out) {
    Enc e = {.r = r, .o = o};
    e.st = (EncStack *)gc_alloc(r, &enc_stack_type, sizeof(EncStack));
    if (!e.st || !gc_push_root(r, v_obj(&e.st->base))) return false;
    buf_init(&e.out, r);
    bool ok = enc_run(&e, obj);
    if (!ok) enc_add_notes(&e);
    enc_stack_free(r, &e.st->base);
    gc_pop_roots(r, 1);
    if (!ok) {
        buf_fini(&e.out);
        return false;
    }
    Obj *s = buf_to_str(&e.out);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}
