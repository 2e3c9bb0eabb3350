// str's case mappings (lower, upper, casefold, swapcase, title, capitalize), its character
// class predicates (isalpha ... isupper) and translate/maketrans, after CPython's
// unicodeobject.c: full case mappings (one code point may become three) and the final-sigma
// rule of lower(). ASCII strings take byte-wise fast paths.
#include "interp/obj_str_case.h"

#include <string.h>

#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_dict.h"
#include "interp/obj_str_char.h"
#include "interp/obj_str_methods.h"
#include "interp/ops.h"

typedef enum CaseMode {
    CASE_LOWER,
    CASE_UPPER,
    CASE_FOLD,
    CASE_SWAP,
    CASE_TITLE,
    CASE_CAPITALIZE,
} CaseMode;

// ---- ASCII ----

static char ascii_lower(char c) {
    return c >= 'A' && c <= 'Z' ? (char)(c + 32) : c;
}

static char ascii_upper(char c) {
    return c >= 'a' && c <= 'z' ? (char)(c - 32) : c;
}

static bool ascii_cased(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

static bool case_ascii(Run *r, ObjStr *s, CaseMode mode, Value *out) {
    ObjStr *res = str_alloc(r, s->len);
    if (!res) return false;
    bool prev_cased = false;
    for (size_t i = 0; i < s->len; i++) {
        char c = s->data[i], m;
        switch (mode) {
        case CASE_LOWER: case CASE_FOLD: m = ascii_lower(c); break;
        case CASE_UPPER: m = ascii_upper(c); break;
        case CASE_SWAP: m = c >= 'a' && c <= 'z' ? ascii_upper(c) : ascii_lower(c); break;
        case CASE_TITLE: m = prev_cased ? ascii_lower(c) : ascii_upper(c); break;
        default: m = i == 0 ? ascii_upper(c) : ascii_lower(c); break;
        }
        prev_cased = ascii_cased(c);
        res->data[i] = m;
    }
    res->chars = s->chars;
    res->ascii = true;
    *out = v_obj((Obj *)res);
    return true;
}

// ---- Unicode ----

// Σ lowers to ς at the end of a word: after a cased letter and not before one, skipping
// case-ignorable characters both ways (CPython's handle_capital_sigma). `pos` is Σ's offset.
static bool final_sigma(const ObjStr *s, size_t pos) {
    size_t j = pos;
    uint32_t c = 0;
    bool found = false;
    while (j > 0) {
        c = str_char_decode_back(s->data, &j);
        if (!str_char_iscase_ignorable(c)) {
            found = true;
            break;
        }
    }
    if (!found || !str_char_iscased(c)) return false;
    j = pos + 2;  // Σ is two bytes
    while (j < s->len) {
        c = str_char_decode(s->data, &j);
        if (!str_char_iscase_ignorable(c)) return !str_char_iscased(c);
    }
    return true;
}

// A per-call memo of the four mappings: natural text repeats its letters, and each lookup
// is two binary searches.
enum { MEMO_LOWER, MEMO_UPPER, MEMO_TITLE, MEMO_FOLD, MEMO_COUNT, MEMO_SLOTS = 64 };

typedef struct CaseMemo {
    uint32_t cp[MEMO_COUNT][MEMO_SLOTS];
    uint8_t n[MEMO_COUNT][MEMO_SLOTS];
    uint32_t m[MEMO_COUNT][MEMO_SLOTS][STR_CHAR_CASE_MAX];
} CaseMemo;

static size_t memo_map(CaseMemo *memo, int which, uint32_t cp, uint32_t m[STR_CHAR_CASE_MAX]) {
    static size_t (*const fns[MEMO_COUNT])(uint32_t, uint32_t *) = {
        str_char_lower, str_char_upper, str_char_title, str_char_fold};
    unsigned slot = cp % MEMO_SLOTS;
    if (memo->cp[which][slot] != cp) {
        memo->n[which][slot] = (uint8_t)fns[which](cp, memo->m[which][slot]);
        memo->cp[which][slot] = cp;
    }
    memcpy(m, memo->m[which][slot], sizeof memo->m[which][slot]);
    return memo->n[which][slot];
}

static size_t lower_at(const ObjStr *s, size_t pos, uint32_t cp, CaseMemo *memo,
                       uint32_t m[STR_CHAR_CASE_MAX]) {
    if (cp == 0x3A3) {
        m[0] = final_sigma(s, pos) ? 0x3C2 : 0x3C3;
        return 1;
    }
    return memo_map(memo, MEMO_LOWER, cp, m);
}

// The mapping of the code point cp at byte `pos`; *prev_cased tracks title()'s word state.
static size_t case_one(const ObjStr *s, size_t pos, uint32_t cp, CaseMode mode, bool *prev_cased,
                       CaseMemo *memo, uint32_t m[STR_CHAR_CASE_MAX]) {
    size_t n;
    switch (mode) {
    case CASE_LOWER: return lower_at(s, pos, cp, memo, m);
    case CASE_UPPER: return memo_map(memo, MEMO_UPPER, cp, m);
    case CASE_FOLD: return memo_map(memo, MEMO_FOLD, cp, m);
    case CASE_SWAP:
        if (str_char_isupper(cp)) return lower_at(s, pos, cp, memo, m);
        if (str_char_islower(cp)) return memo_map(memo, MEMO_UPPER, cp, m);
        m[0] = cp;
        return 1;
    case CASE_TITLE:
        n = *prev_cased ? lower_at(s, pos, cp, memo, m) : memo_map(memo, MEMO_TITLE, cp, m);
        *prev_cased = str_char_iscased(cp);
        return n;
    default:
        return pos == 0 ? memo_map(memo, MEMO_TITLE, cp, m) : lower_at(s, pos, cp, memo, m);
    }
}

// The mapped text is written straight into the buffer, with room for one more full mapping
// (three code points of four bytes) kept ahead.
static bool case_unicode(Run *r, ObjStr *s, CaseMode mode, Value *out) {
    enum { AHEAD = 4 * STR_CHAR_CASE_MAX };
    CaseMemo memo;
    memset(memo.cp, 0xFF, sizeof memo.cp);
    Buf b;
    buf_init(&b, r);
    bool prev_cased = false;
    for (size_t i = 0; i < s->len;) {
        if (b.cap - b.len < AHEAD && !buf_reserve(&b, b.len < s->len ? s->len : AHEAD)) goto fail;
        size_t pos = i;
        uint32_t cp = str_char_decode(s->data, &i), m[STR_CHAR_CASE_MAX];
        size_t n = case_one(s, pos, cp, mode, &prev_cased, &memo, m);
        for (size_t k = 0; k < n; k++) b.len += str_char_encode(m[k], b.data + b.len);
    }
    Obj *res = buf_to_str(&b);
    if (!res) return false;
    *out = v_obj(res);
    return true;
fail:
    buf_fini(&b);
    return false;
}

static bool case_method(Run *r, Value self, const Args *a, const char *qualname, CaseMode mode,
                        Value *out) {
    if (!container_args_none(r, a, qualname)) return false;
    ObjStr *s = as_str(self);
    if (s->len == 0) {
        *out = self;
        return true;
    }
    return s->ascii ? case_ascii(r, s, mode, out) : case_unicode(r, s, mode, out);
}

bool str_lower(Run *r, Value self, const Args *a, Value *out) {
    return case_method(r, self, a, "str.lower", CASE_LOWER, out);
}

bool str_upper(Run *r, Value self, const Args *a, Value *out) {
    return case_method(r, self, a, "str.upper", CASE_UPPER, out);
}

bool str_casefold(Run *r, Value self, const Args *a, Value *out) {
    return case_method(r, self, a, "str.casefold", CASE_FOLD, out);
}

bool str_swapcase(Run *r, Value self, const Args *a, Value *out) {
    return case_method(r, self, a, "str.swapcase", CASE_SWAP, out);
}

bool str_title(Run *r, Value self, const Args *a, Value *out) {
    return case_method(r, self, a, "str.title", CASE_TITLE, out);
}

bool str_capitalize(Run *r, Value self, const Args *a, Value *out) {
    return case_method(r, self, a, "str.capitalize", CASE_CAPITALIZE, out);
}

// ---- predicates ----

// True if s is not empty and every code point satisfies pred.
static bool all_chars(const ObjStr *s, bool (*pred)(uint32_t)) {
    if (s->len == 0) return false;
    for (size_t i = 0; i < s->len;) {
        if (!pred(str_char_decode(s->data, &i))) return false;
    }
    return true;
}

#define STR_PREDICATE(method, pred)                                            \
    bool str_##method(Run *r, Value self, const Args *a, Value *out) {        \
        if (!container_args_none(r, a, "str." #method)) return false;          \
        *out = v_bool(all_chars(as_str(self), pred));                          \
        return true;                                                           \
    }
STR_PREDICATE(isalnum, str_char_isalnum)
STR_PREDICATE(isalpha, str_char_isalpha)
STR_PREDICATE(isdecimal, str_char_isdecimal)
STR_PREDICATE(isdigit, str_char_isdigit)
STR_PREDICATE(isnumeric, str_char_isnumeric)
STR_PREDICATE(isspace, str_char_isspace)
#undef STR_PREDICATE

bool str_isascii(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "str.isascii")) return false;
    *out = v_bool(as_str(self)->ascii);
    return true;
}

bool str_isprintable(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "str.isprintable")) return false;
    ObjStr *s = as_str(self);
    *out = v_bool(s->len == 0 || all_chars(s, str_char_isprintable));
    return true;
}

bool str_isidentifier(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "str.isidentifier")) return false;
    ObjStr *s = as_str(self);
    bool ok = s->len > 0;
    size_t i = 0;
    if (ok) ok = str_char_isxid_start(str_char_decode(s->data, &i));
    while (ok && i < s->len) ok = str_char_isxid_continue(str_char_decode(s->data, &i));
    *out = v_bool(ok);
    return true;
}

// islower / isupper: no character of the other case (or titlecase), at least one of this one.
static bool one_case(const ObjStr *s, bool upper) {
    bool cased = false;
    for (size_t i = 0; i < s->len;) {
        uint32_t c = str_char_decode(s->data, &i);
        bool lo = str_char_islower(c), up = str_char_isupper(c);
        if ((upper ? lo : up) || str_char_istitle(c)) return false;
        if (upper ? up : lo) cased = true;
    }
    return cased;
}

bool str_islower(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "str.islower")) return false;
    *out = v_bool(one_case(as_str(self), false));
    return true;
}

bool str_isupper(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "str.isupper")) return false;
    *out = v_bool(one_case(as_str(self), true));
    return true;
}

// Uppercase and titlecase letters only after uncased ones, lowercase only after cased ones.
bool str_istitle(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "str.istitle")) return false;
    ObjStr *s = as_str(self);
    bool cased = false, prev_cased = false, ok = true;
    for (size_t i = 0; ok && i < s->len;) {
        uint32_t c = str_char_decode(s->data, &i);
        if (str_char_isupper(c) || str_char_istitle(c)) {
            ok = !prev_cased;
            prev_cased = cased = true;
        } else if (str_char_islower(c)) {
            ok = prev_cased;
            prev_cased = cased = true;
        } else {
            prev_cased = false;
        }
    }
    *out = v_bool(ok && cased);
    return true;
}

// ---- translate ----

// What table[cp] said about an ASCII code point, cached for the rest of the call.
enum { TR_UNKNOWN, TR_KEEP, TR_DELETE, TR_ASCII };

// Appends the translation of cp; *cache gets TR_* (and the byte for TR_ASCII) when cacheable.
static bool translate_one(Run *r, Value table, uint32_t cp, Buf *b, uint8_t *state, char *byte) {
    Value v;
    *state = TR_UNKNOWN;
    if (!ops_getitem(r, table, v_int(cp), &v)) {
        if (!exc_pending_is(r, &exc_LookupError)) return false;
        exc_clear(r);
        *state = TR_KEEP;
        char enc[4];
        return buf_append(b, enc, str_char_encode(cp, enc));
    }
    if (is_none(v)) {
        *state = TR_DELETE;
        return true;
    }
    if (is_int(v) || is_bool(v)) {
        int64_t m = is_int(v) ? v.as.i : v.as.b;
        if (m < 0 || m > 0x10FFFF) {
            return exc_raise(r, &exc_ValueError, "character mapping must be in range(0x110000)");
        }
        char enc[4];
        size_t n = str_char_encode((uint32_t)m, enc);
        if (n == 1) *state = TR_ASCII, *byte = enc[0];
        return buf_append(b, enc, n);
    }
    if (value_type(v) == &type_int) {
        // CPython's failed PyLong_AsLong reads as -1: out of range
        return exc_raise(r, &exc_ValueError, "character mapping must be in range(0x110000)");
    }
    if (!is_str(v)) {
        return exc_raise(r, &exc_TypeError, "character mapping must return integer, None or str");
    }
    if (as_str(v)->len == 1) *state = TR_ASCII, *byte = as_str(v)->data[0];
    return buf_append(b, as_str(v)->data, as_str(v)->len);
}

bool str_translate(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_one(r, a, "str.translate")) return false;
    ObjStr *s = as_str(self);
    Value table = a->pos[0];
    uint8_t state[128] = {0};
    char bytes[128];
    Buf b;
    buf_init(&b, r);
    if (!buf_reserve(&b, s->len)) goto fail;
    for (size_t i = 0; i < s->len;) {
        uint32_t cp = str_char_decode(s->data, &i);
        if (cp < 128 && state[cp] != TR_UNKNOWN) {
            bool ok = state[cp] == TR_DELETE ||
                      buf_append_char(&b, state[cp] == TR_KEEP ? (char)cp : bytes[cp]);
            if (!ok) goto fail;
            continue;
        }
        uint8_t st;
        char byte = 0;
        // the table may be a user object whose __getitem__ runs Python code: s stays rooted
        // as self, and nothing here points into anything mutable
        if (!translate_one(r, table, cp, &b, &st, &byte)) goto fail;
        if (cp < 128) {
            state[cp] = st;
            bytes[cp] = byte;
        }
    }
    Obj *res = buf_to_str(&b);
    if (!res) return false;
    *out = v_obj(res);
    return true;
fail:
    buf_fini(&b);
    return false;
}

// ---- maketrans ----

// maketrans(dict): keys that are one-character strings become their code points.
static bool maketrans_dict(Run *r, Value src, Obj *dict) {
    if (!is_dict(src)) {
        return exc_raise(r, &exc_TypeError,
                         "if you give only one argument to maketrans it must be a dict");
    }
    DictIter it;
    Value key, val;
    dict_iter_init(&it, src);
    while (dict_iter_next(&it, &key, &val)) {
        if (is_str(key)) {
            if (as_str(key)->chars != 1) {
                return exc_raise(r, &exc_ValueError,
                                 "string keys in translate table must be of length 1");
            }
            size_t pos = 0;
            key = v_int(str_char_decode(as_str(key)->data, &pos));
        } else if (!container_is_int(key)) {
            return exc_raise(r, &exc_TypeError, "keys in translate table must be strings or integers");
        }
        if (!dict_set(r, dict, key, val)) return false;
    }
    return true;
}

// maketrans(x, y[, z]): x[i] maps to y[i], and every character of z to None.
static bool maketrans_strings(Run *r, const Args *a, Obj *dict) {
    ObjStr *x, *y, *z = NULL;
    if (!str_arg_str(r, a->pos[1], "maketrans", 2, &y)) return false;
    if (a->npos > 2 && !str_arg_str(r, a->pos[2], "maketrans", 3, &z)) return false;
    if (!is_str(a->pos[0])) {
        return exc_raise(r, &exc_TypeError,
                         "first maketrans argument must be a string if there is a second argument");
    }
    x = as_str(a->pos[0]);
    if (x->chars != y->chars) {
        return exc_raise(r, &exc_ValueError,
                         "the first two maketrans arguments must have equal length");
    }
    for (size_t i = 0, j = 0; i < x->len;) {
        uint32_t from = str_char_decode(x->data, &i), to = str_char_decode(y->data, &j);
        if (!dict_set(r, dict, v_int(from), v_int(to))) return false;
    }
    for (size_t i = 0; z && i < z->len;) {
        if (!dict_set(r, dict, v_int(str_char_decode(z->data, &i)), v_none())) return false;
    }
    return true;
}

bool str_maketrans(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!container_args_count(r, a, "str.maketrans", 1, 3)) return false;
    Obj *dict = dict_new(r);
    if (!dict || !gc_push_root(r, v_obj(dict))) return false;
    bool ok = a->npos == 1 ? maketrans_dict(r, a->pos[0], dict) : maketrans_strings(r, a, dict);
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(dict);
    return ok;
}
