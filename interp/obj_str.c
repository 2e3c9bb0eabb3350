// str: creation, hashing, comparison, operators, indexing, iteration and repr. The methods
// live in obj_str_methods.c, formatting in obj_str_format.c and obj_str_percent.c, codecs in
// obj_str_codec.c, character classes in obj_str_char.c.
#include "interp/obj_str.h"

#include <stddef.h>
#include <string.h>

#include "interp/args.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_bytearray.h"
#include "interp/obj_bytes.h"
#include "interp/obj_iter.h"
#include "interp/obj_slice.h"
#include "interp/obj_str_char.h"
#include "interp/obj_str_codec.h"
#include "interp/obj_str_methods.h"
#include "interp/obj_str_percent.h"
#include "interp/obj_str_search.h"
#include "interp/ops.h"
#include "parser/ast.h"

// ---- static strings: '' and the 128 one-character ASCII strings ----

// Same layout as ObjStr with room for one character: lets the singletons be a const array.
typedef struct StrConst {
    Obj base;
    size_t len;
    size_t chars;
    int64_t hash;
    bool ascii;
    char data[2];
} StrConst;
_Static_assert(offsetof(StrConst, data) == offsetof(ObjStr, data), "StrConst mirrors ObjStr");
_Static_assert(offsetof(StrConst, ascii) == offsetof(ObjStr, ascii), "StrConst mirrors ObjStr");

// Their hash is left at -1 and computed on demand: it takes a few multiplies.
#define STR_C1(c)                                                                            \
    {.base = {.type = &type_str, .size = sizeof(StrConst), .flags = OBJ_STATIC}, .len = 1, \
     .chars = 1, .hash = -1, .ascii = true, .data = {(char)(c), 0}}
#define STR_C4(c) STR_C1(c), STR_C1((c) + 1), STR_C1((c) + 2), STR_C1((c) + 3)
#define STR_C16(c) STR_C4(c), STR_C4((c) + 4), STR_C4((c) + 8), STR_C4((c) + 12)
static const StrConst str_ascii_chars[128] = {
    STR_C16(0),  STR_C16(16), STR_C16(32), STR_C16(48),
    STR_C16(64), STR_C16(80), STR_C16(96), STR_C16(112),
};
static const StrConst str_empty_obj = {
    .base = {.type = &type_str, .size = sizeof(StrConst), .flags = OBJ_STATIC},
    .len = 0, .chars = 0, .hash = -1, .ascii = true, .data = {0, 0},
};

Obj *str_empty(void) {
    return (Obj *)&str_empty_obj;
}

Obj *str_ascii_char(unsigned char c) {
    return (Obj *)&str_ascii_chars[c & 0x7F];
}

// The same layout with room for a module dunder name.
typedef struct StrDunder {
    Obj base;
    size_t len;
    size_t chars;
    int64_t hash;
    bool ascii;
    char data[9];
} StrDunder;
_Static_assert(offsetof(StrDunder, data) == offsetof(ObjStr, data), "StrDunder mirrors ObjStr");

// Their hashes are written in (str_hash_bytes of the text; a unit test checks): every run
// hashes them as it makes its module namespace, and a static object's hash is never stored.
#define STR_DUNDER(s, h)                                                                       \
    {.base = {.type = &type_str, .size = sizeof(StrDunder), .flags = OBJ_STATIC},             \
     .len = sizeof(s) - 1, .chars = sizeof(s) - 1, .hash = (int64_t)(h), .ascii = true,       \
     .data = s}
static const StrDunder str_name_obj = STR_DUNDER("__name__", 0x6e3ebcfa8403c29aULL);
static const StrDunder str_main_obj = STR_DUNDER("__main__", 0x022948b6e596f91cULL);
static const StrDunder str_doc_obj = STR_DUNDER("__doc__", 0x9467ebde0a96c473ULL);

Obj *str_dunder_name(void) {
    return (Obj *)&str_name_obj;
}

Obj *str_dunder_main(void) {
    return (Obj *)&str_main_obj;
}

Obj *str_dunder_doc(void) {
    return (Obj *)&str_doc_obj;
}

// ---- hashing ----

static uint64_t hash_mix(uint64_t a, uint64_t b) {
    __uint128_t p = (__uint128_t)a * b;
    return (uint64_t)p ^ (uint64_t)(p >> 64);
}

// Little-endian whatever the machine, so hashes (and a snapshot's tables) are portable.
static uint64_t hash_read8(const unsigned char *p) {
    uint64_t v;
    memcpy(&v, p, 8);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap64(v);
#endif
    return v;
}

static uint64_t hash_read4(const unsigned char *p) {
    uint32_t v;
    memcpy(&v, p, 4);
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_BIG_ENDIAN__
    v = __builtin_bswap32(v);
#endif
    return v;
}

// The n <= 8 bytes at p as a little-endian number. Overlapping loads put the shared bytes at
// the same places twice, which the OR leaves as they are.
static inline uint64_t read_le(const unsigned char *p, size_t n) {
    if (n == 8) return hash_read8(p);
    if (n >= 4) return hash_read4(p) | hash_read4(p + n - 4) << (8 * (n - 4));
    if (n == 0) return 0;
    return (uint64_t)p[0] | (uint64_t)p[n / 2] << (8 * (n / 2)) | (uint64_t)p[n - 1] << (8 * (n - 1));
}

// A wyhash-style multiply-mix over 16-byte blocks: fast, and good enough for open addressing.
// The empty string hashes to 0, as in CPython (a value scripts can observe).
int64_t str_hash_bytes(const char *s, size_t len) {
    if (len == 0) return 0;
    const uint64_t k0 = 0xa0761d6478bd642fULL, k1 = 0xe7037ed1a0b428dbULL,
                   k2 = 0x8ebc6af09c88c6e3ULL;
    const unsigned char *p = (const unsigned char *)s;
    uint64_t h = k0 ^ (uint64_t)len;
    size_t i = 0;
    for (; i + 16 <= len; i += 16) {
        h = hash_mix(hash_read8(p + i) ^ k1, hash_read8(p + i + 8) ^ h);
    }
    size_t rest = len - i;
    uint64_t a = read_le(p + i, rest < 8 ? rest : 8);
    uint64_t b = rest > 8 ? read_le(p + i + 8, rest - 8) : 0;
    h = hash_mix(a ^ k1, b ^ h ^ k2);
    h = hash_mix(h ^ k0, (uint64_t)len ^ k2);
    int64_t v = (int64_t)h;
    return v == -1 ? -2 : v;
}

int64_t str_hash(ObjStr *s) {
    if (s->hash != -1) return s->hash;
    int64_t h = str_hash_bytes(s->data, s->len);
    if (!(s->base.flags & OBJ_STATIC)) s->hash = h;  // static objects are never written
    return h;
}

// n <= 16 bytes, names and keys mostly: two (overlapping) loads per side beat a memcmp call.
static bool str_equal_short(const char *a, const char *b, size_t n) {
    if (n >= 8) {
        uint64_t head_a, head_b, tail_a, tail_b;
        memcpy(&head_a, a, 8);
        memcpy(&head_b, b, 8);
        memcpy(&tail_a, a + n - 8, 8);
        memcpy(&tail_b, b + n - 8, 8);
        return head_a == head_b && tail_a == tail_b;
    }
    if (n >= 4) {
        uint32_t head_a, head_b, tail_a, tail_b;
        memcpy(&head_a, a, 4);
        memcpy(&head_b, b, 4);
        memcpy(&tail_a, a + n - 4, 4);
        memcpy(&tail_b, b + n - 4, 4);
        return head_a == head_b && tail_a == tail_b;
    }
    for (size_t k = 0; k < n; k++) {
        if (a[k] != b[k]) return false;
    }
    return true;
}

bool str_equal(const ObjStr *a, const ObjStr *b) {
    if (a == b) return true;
    if (a->len != b->len) return false;
    if (a->hash != -1 && b->hash != -1 && a->hash != b->hash) return false;
    if (a->len <= 16) return str_equal_short(a->data, b->data, a->len);
    return memcmp(a->data, b->data, a->len) == 0;
}

int str_order(const ObjStr *a, const ObjStr *b) {
    // UTF-8 byte order is code point order
    size_t n = a->len < b->len ? a->len : b->len;
    if (n <= 8) {
        // the first byte most significant: numbers compare as the bytes would
        uint64_t x = __builtin_bswap64(read_le((const unsigned char *)a->data, n));
        uint64_t y = __builtin_bswap64(read_le((const unsigned char *)b->data, n));
        if (x != y) return x < y ? -1 : 1;
        return a->len < b->len ? -1 : a->len > b->len;
    }
    int c = memcmp(a->data, b->data, n);
    return c != 0 ? c : a->len < b->len ? -1 : a->len > b->len;
}

bool str_equal_cstr(const ObjStr *a, const char *s) {
    size_t n = strlen(s);
    return a->len == n && memcmp(a->data, s, n) == 0;
}

// ---- creation ----

// A str of `len` bytes in a block with room for `cap` >= len (see str_append_in_place).
static ObjStr *str_alloc_room(Run *r, size_t len, size_t cap) {
    size_t size;
    // guard: sizes computed from user values never wrap
    if (__builtin_add_overflow(sizeof(ObjStr) + 1, cap, &size)) {
        if (r->abort == ABORT_NONE) r->abort = ABORT_MEMORY;
        return NULL;
    }
    ObjStr *s = (ObjStr *)gc_alloc_partial(r, &type_str, size, sizeof(ObjStr));
    if (!s) return NULL;
    s->len = len;
    s->hash = -1;
    s->data[len] = '\0';
    return s;
}

ObjStr *str_alloc(Run *r, size_t len) {
    return str_alloc_room(r, len, len);
}

// The continuation bytes (10xxxxxx) of p[0..n), which only non-ASCII text has.
static size_t str_count_continuations(const unsigned char *p, size_t n) {
    const uint64_t top = 0x8080808080808080ULL;
    size_t i = 0, conts = 0;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        conts += (size_t)__builtin_popcountll(w & ~(w << 1) & top);
    }
    for (; i < n; i++) conts += (p[i] & 0xC0) == 0x80;
    return conts;
}

void str_finish(ObjStr *s) {
    const unsigned char *p = (const unsigned char *)s->data;
    size_t n = s->len, i = 0;
    uint64_t high = 0;
    const uint64_t top = 0x8080808080808080ULL;
    for (; i + 8 <= n; i += 8) {
        uint64_t w;
        memcpy(&w, p + i, 8);
        high |= w;
    }
    for (; i < n; i++) high |= p[i];
    s->ascii = (high & top) == 0;
    // ASCII text, the common case, has nothing to count (popcount may be a library call)
    s->chars = s->ascii ? n : n - str_count_continuations(p, n);
}

Obj *str_new(Run *r, const char *s, size_t len) {
    if (len == 0) return str_empty();
    if (len == 1 && (unsigned char)s[0] < 0x80) return str_ascii_char((unsigned char)s[0]);
    ObjStr *o = str_alloc(r, len);
    if (!o) return NULL;
    memcpy(o->data, s, len);
    str_finish(o);
    return (Obj *)o;
}

Obj *str_new_ascii(Run *r, const char *s, size_t len) {
    if (len <= 1) return str_new(r, s, len);
    ObjStr *o = str_alloc(r, len);
    if (!o) return NULL;
    memcpy(o->data, s, len);
    o->ascii = true;
    o->chars = len;
    return (Obj *)o;
}

Obj *str_from_cstr(Run *r, const char *s) {
    return str_new(r, s, strlen(s));
}

size_t str_static_size(size_t len) {
    return sizeof(ObjStr) + len + 1;
}

Obj *str_init_static(void *mem, const char *s, size_t len) {
    ObjStr *o = mem;
    memset(o, 0, sizeof *o);
    o->base.type = &type_str;
    o->base.size = (uint32_t)str_static_size(len);
    o->base.flags = OBJ_STATIC;
    o->len = len;
    memcpy(o->data, s, len);
    o->data[len] = '\0';
    str_finish(o);
    o->hash = str_hash_bytes(s, len);
    return (Obj *)o;
}

Obj *str_from_codepoint(Run *r, uint32_t cp) {
    if (cp < 0x80) return str_ascii_char((unsigned char)cp);
    char enc[4];
    size_t n = str_char_encode(cp, enc);
    ObjStr *s = str_alloc(r, n);
    if (!s) return NULL;
    memcpy(s->data, enc, n);
    s->chars = 1;
    s->ascii = false;
    return (Obj *)s;
}

Obj *str_substr(Run *r, ObjStr *s, size_t start, size_t stop) {
    if (start == 0 && stop == s->len) return (Obj *)s;
    if (!s->ascii || stop - start < 2) return str_new(r, s->data + start, stop - start);
    // a piece of ASCII text is ASCII: no need to count
    ObjStr *o = str_alloc(r, stop - start);
    if (!o) return NULL;
    memcpy(o->data, s->data + start, stop - start);
    o->chars = stop - start;
    o->ascii = true;
    return (Obj *)o;
}

size_t str_byte_offset(const ObjStr *s, size_t index) {
    if (s->ascii) return index;
    if (index >= s->chars) return s->len;
    size_t pos;
    if (index <= s->chars / 2) {
        pos = 0;
        for (size_t k = 0; k < index; k++) pos += str_char_seq_len((unsigned char)s->data[pos]);
    } else {
        // nearer the end: walk back over the remaining code points
        pos = s->len;
        for (size_t k = s->chars; k > index; k--) {
            do {
                pos--;
            } while (pos > 0 && ((unsigned char)s->data[pos] & 0xC0) == 0x80);
        }
    }
    return pos;
}

size_t str_char_index(const ObjStr *s, size_t offset) {
    if (s->ascii) return offset;
    size_t conts = 0;
    for (size_t i = 0; i < offset; i++) conts += ((unsigned char)s->data[i] & 0xC0) == 0x80;
    return offset - conts;
}

// ---- errors shared by the str modules ----

const char *str_hex_text(uint32_t v, char out[9]) {
    char tmp[8];
    size_t n = 0;
    do {
        tmp[n++] = "0123456789abcdef"[v & 15];
        v >>= 4;
    } while (v);
    for (size_t k = 0; k < n; k++) out[k] = tmp[n - 1 - k];
    out[n] = '\0';
    return out;
}

bool str_raise_numfmt(Run *r, const NumfmtError *err) {
    if (err->status == NUMFMT_MEMORY_ERROR) {
        if (r->abort == ABORT_NONE) r->abort = ABORT_MEMORY;
        return false;
    }
    char text[640];
    NumBuf nb;
    NumfmtError err2;
    numbuf_init_fixed(&nb, text, sizeof text - 1);
    if (!numfmt_error_text(err, &nb, &err2)) nb.len = 0;
    text[nb.len] = '\0';
    const ObjType *cls = err->status == NUMFMT_OVERFLOW_ERROR ? &exc_OverflowError : &exc_ValueError;
    return exc_raise(r, cls, "%s", text);
}

bool str_check_size(Run *r, size_t bytes) {
    // guard: a result sized by user values is refused before it is built
    if (!mem_would_fit(r, bytes) || bytes > UINT32_MAX - sizeof(ObjStr) - 1) {
        if (r->abort == ABORT_NONE) r->abort = ABORT_MEMORY;
        return false;
    }
    return true;
}

// ---- repr ----

static const char hex_digits[] = "0123456789abcdef";

// Appends \xhh, \uhhhh or \Uhhhhhhhh for cp.
static bool repr_escape(Buf *b, uint32_t cp) {
    char esc[10];
    size_t n = cp < 0x100 ? 2 : cp < 0x10000 ? 4 : 8;
    esc[0] = '\\';
    esc[1] = cp < 0x100 ? 'x' : cp < 0x10000 ? 'u' : 'U';
    for (size_t k = 0; k < n; k++) esc[2 + k] = hex_digits[(cp >> (4 * (n - 1 - k))) & 0xF];
    return buf_append(b, esc, n + 2);
}

// The escape of an ASCII byte in a repr, or NULL if it stands for itself.
static const char *repr_ascii_escape(unsigned char c, char quote) {
    switch (c) {
    case '\\': return "\\\\";
    case '\t': return "\\t";
    case '\n': return "\\n";
    case '\r': return "\\r";
    case '\'': return quote == '\'' ? "\\'" : NULL;
    case '"': return quote == '"' ? "\\\"" : NULL;
    default: return NULL;
    }
}

bool str_repr_into(Buf *b, const char *s, size_t len) {
    char quote = memchr(s, '\'', len) && !memchr(s, '"', len) ? '"' : '\'';
    if (!buf_reserve(b, len + 2) || !buf_append_char(b, quote)) return false;
    size_t i = 0, run = 0;  // s[run..i) is pending verbatim text
    while (i < len) {
        unsigned char c = (unsigned char)s[i];
        size_t next = i;
        uint32_t cp = str_char_decode(s, &next);
        const char *esc = c < 0x80 ? repr_ascii_escape(c, quote) : NULL;
        bool plain = c < 0x80 ? !esc && c >= 0x20 && c != 0x7F : str_char_isprintable(cp);
        if (!plain) {
            if (!buf_append(b, s + run, i - run)) return false;
            if (!(esc ? buf_append_cstr(b, esc) : repr_escape(b, cp))) return false;
            run = next;
        }
        i = next;
    }
    return buf_append(b, s + run, len - run) && buf_append_char(b, quote);
}

bool str_ascii_escape_into(Buf *b, const char *s, size_t len) {
    size_t i = 0, run = 0;
    while (i < len) {
        if ((unsigned char)s[i] < 0x80) {
            i++;
            continue;
        }
        size_t at = i;
        uint32_t cp = str_char_decode(s, &i);
        if (!buf_append(b, s + run, at - run) || !repr_escape(b, cp)) return false;
        run = i;
    }
    return buf_append(b, s + run, len - run);
}

// ---- slots ----

static bool str_repr_slot(Run *r, Value v, Buf *out) {
    (void)r;
    return str_repr_into(out, as_str(v)->data, as_str(v)->len);
}

static bool str_str_slot(Run *r, Value v, Buf *out) {
    (void)r;
    return buf_append(out, as_str(v)->data, as_str(v)->len);
}

static bool str_hash_slot(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = str_hash(as_str(v));
    return true;
}

static bool str_compare_slot(Run *r, Value a, Value b, int op, Value *out) {
    (void)r;
    if (!is_str(b)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    ObjStr *x = as_str(a), *y = as_str(b);
    if (op == AST_CMP_EQ || op == AST_CMP_NE) {
        *out = v_bool(str_equal(x, y) == (op == AST_CMP_EQ));
        return true;
    }
    int c = str_order(x, y);
    switch (op) {
    case AST_CMP_LT: *out = v_bool(c < 0); break;
    case AST_CMP_LE: *out = v_bool(c <= 0); break;
    case AST_CMP_GT: *out = v_bool(c > 0); break;
    case AST_CMP_GE: *out = v_bool(c >= 0); break;
    default: *out = v_obj((Obj *)&obj_notimpl); break;
    }
    return true;
}

// Built-in types are static objects; a user class may still answer through __radd__.
static bool is_builtin_type(const ObjType *t) {
    return t->base.flags & OBJ_STATIC;
}

bool str_concat(Run *r, ObjStr *a, ObjStr *b, Value *out) {
    if (a->len == 0 || b->len == 0) {
        *out = v_obj((Obj *)(a->len ? a : b));
        return true;
    }
    size_t len;
    if (__builtin_add_overflow(a->len, b->len, &len)) len = SIZE_MAX;
    if (!str_check_size(r, len)) return false;
    ObjStr *s = str_alloc(r, len);
    if (!s) return false;
    memcpy(s->data, a->data, a->len);
    memcpy(s->data + a->len, b->data, b->len);
    s->chars = a->chars + b->chars;
    s->ascii = a->ascii && b->ascii;
    *out = v_obj((Obj *)s);
    return true;
}

// The bytes s's block can hold (its text and NUL included in the block, not counted here).
static size_t str_capacity(const ObjStr *s) {
    return s->base.size - sizeof(ObjStr) - 1;
}

bool str_append_in_place(ObjStr *s, const ObjStr *t) {
    MOAT_ASSERT(!(s->base.flags & OBJ_STATIC));
    if (t->len > str_capacity(s) - s->len) return false;
    memcpy(s->data + s->len, t->data, t->len);
    s->len += t->len;
    s->data[s->len] = '\0';
    s->chars += t->chars;
    s->ascii = s->ascii && t->ascii;
    s->hash = -1;
    return true;
}

Obj *str_concat_growable(Run *r, const ObjStr *a, const ObjStr *b) {
    size_t len;
    if (__builtin_add_overflow(a->len, b->len, &len)) len = SIZE_MAX;
    if (!str_check_size(r, len)) return NULL;
    // twice the text, so that a loop of appends copies each byte a bounded number of times;
    // near the memory limit, just the text
    size_t cap = len < 32 ? 64 : 2 * len;
    if (!mem_would_fit(r, cap) || cap > UINT32_MAX - sizeof(ObjStr) - 1) cap = len;
    ObjStr *s = str_alloc_room(r, len, cap);
    if (!s) return NULL;
    memcpy(s->data, a->data, a->len);
    memcpy(s->data + a->len, b->data, b->len);
    s->chars = a->chars + b->chars;
    s->ascii = a->ascii && b->ascii;
    return (Obj *)s;
}

// Fills dst[0..total) with copies of src[0..n), doubling what is already written.
static void repeat_fill(char *dst, const char *src, size_t n, size_t total) {
    if (n == 1) {
        memset(dst, src[0], total);
        return;
    }
    size_t done = n < total ? n : total;
    memcpy(dst, src, done);
    while (done < total) {
        size_t chunk = done < total - done ? done : total - done;
        memcpy(dst + done, dst, chunk);
        done += chunk;
    }
}

static bool str_repeat(Run *r, ObjStr *a, Value count, Value *out) {
    int64_t n;
    if (!is_int(count) && !is_bool(count)) {
        // a big int: CPython cannot size it either
        return exc_raise(r, &exc_OverflowError, "cannot fit 'int' into an index-sized integer");
    }
    n = is_bool(count) ? count.as.b : count.as.i;
    if (n <= 0 || a->len == 0) {
        *out = v_obj(str_empty());
        return true;
    }
    if (n == 1) {
        *out = v_obj((Obj *)a);
        return true;
    }
    size_t len;
    if (__builtin_mul_overflow(a->len, (uint64_t)n, &len) || len > INT64_MAX) {
        return exc_raise(r, &exc_OverflowError, "repeated string is too long");
    }
    if (!str_check_size(r, len)) return false;
    ObjStr *s = str_alloc(r, len);
    if (!s) return false;
    repeat_fill(s->data, a->data, a->len, len);
    s->chars = a->chars * (size_t)n;
    s->ascii = a->ascii;
    *out = v_obj((Obj *)s);
    return true;
}

static bool is_int_like(Value v) {
    return is_int(v) || is_bool(v) || value_type(v) == &type_int;
}

static bool str_binary_slot(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (op == AST_OP_ADD && is_str(a)) {
        if (is_str(b)) return str_concat(r, as_str(a), as_str(b), out);
        if (!is_builtin_type(value_type(b))) return true;
        return exc_raise(r, &exc_TypeError, "can only concatenate str (not \"%s\") to str",
                         value_type_name(b));
    }
    if (op == AST_OP_MUL) {
        Value seq = is_str(a) ? a : b, count = is_str(a) ? b : a;
        if (is_int_like(count)) return str_repeat(r, as_str(seq), count, out);
        if (!is_builtin_type(value_type(count))) {  // __index__, else the class's __rmul__
            int64_t n;
            bool notimpl;
            if (!container_repeat_operand(r, count, is_str(a), &n, &notimpl)) return false;
            return notimpl || str_repeat(r, as_str(seq), v_int(n), out);
        }
        return exc_raise(r, &exc_TypeError, "can't multiply sequence by non-int of type '%s'",
                         value_type_name(count));
    }
    if (op == AST_OP_MOD && is_str(a)) return str_percent(r, as_str(a), b, out);
    return true;
}

static bool str_truthy_slot(Run *r, Value v, bool *out) {
    (void)r;
    *out = as_str(v)->len != 0;
    return true;
}

static bool str_len_slot(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = (int64_t)as_str(v)->chars;
    return true;
}

// The one-character str at byte offset pos.
static Obj *str_char_at(Run *r, const ObjStr *s, size_t pos) {
    size_t next = pos;
    uint32_t cp = str_char_decode(s->data, &next);
    return str_from_codepoint(r, cp);
}

static bool str_getitem_index(Run *r, ObjStr *s, int64_t i, Value *out) {
    if (i < 0) i += (int64_t)s->chars;
    if (i < 0 || (uint64_t)i >= s->chars) {
        return exc_raise(r, &exc_IndexError, "string index out of range");
    }
    Obj *c = s->ascii ? str_ascii_char((unsigned char)s->data[i])
                      : str_char_at(r, s, str_byte_offset(s, (size_t)i));
    if (!c) return false;
    *out = v_obj(c);
    return true;
}

// Moves the byte offset *pos by `step` code points (either way) in non-ASCII text.
static void str_step(const ObjStr *s, size_t *pos, int64_t step) {
    for (; step > 0; step--) *pos += str_char_seq_len((unsigned char)s->data[*pos]);
    for (; step < 0; step++) str_char_decode_back(s->data, pos);
}

// s[start:stop:step] with step != 1: gathers code points one by one, walking the text once.
static bool str_getitem_stepped(Run *r, ObjStr *s, int64_t start, int64_t step, int64_t count,
                                Value *out) {
    size_t len = (size_t)count, first = s->ascii ? (size_t)start : str_byte_offset(s, (size_t)start);
    if (!s->ascii) {
        len = 0;
        size_t at = first;
        for (int64_t k = 0; k < count; k++) {
            len += str_char_seq_len((unsigned char)s->data[at]);
            if (k + 1 < count) str_step(s, &at, step);
        }
    }
    ObjStr *res = str_alloc(r, len);
    if (!res) return false;
    size_t w = 0, at = first;
    for (int64_t k = 0; k < count; k++) {
        size_t n = str_char_seq_len((unsigned char)s->data[at]);
        memcpy(res->data + w, s->data + at, n);
        w += n;
        if (k + 1 == count) break;
        if (s->ascii) {
            at = (size_t)((int64_t)at + step);
        } else {
            str_step(s, &at, step);
        }
    }
    res->chars = (size_t)count;
    res->ascii = s->ascii || len == (size_t)count;
    *out = v_obj((Obj *)res);
    return true;
}

static bool str_getitem_slice(Run *r, ObjStr *s, Value key, Value *out) {
    int64_t start, stop, step, count;
    if (!slice_indices(r, key, (int64_t)s->chars, &start, &stop, &step, &count)) return false;
    if (count <= 0) {
        *out = v_obj(str_empty());
        return true;
    }
    if (step == 1) {
        size_t a = str_byte_offset(s, (size_t)start);
        size_t b = s->ascii ? (size_t)stop : a;
        if (!s->ascii) {
            for (int64_t k = 0; k < count; k++) b += str_char_seq_len((unsigned char)s->data[b]);
        }
        Obj *res = str_substr(r, s, a, b);
        if (!res) return false;
        *out = v_obj(res);
        return true;
    }
    return str_getitem_stepped(r, s, start, step, count, out);
}

static bool str_getitem_slot(Run *r, Value v, Value key, Value *out) {
    ObjStr *s = as_str(v);
    if (is_int(key) || is_bool(key)) {
        return str_getitem_index(r, s, is_int(key) ? key.as.i : key.as.b, out);
    }
    if (value_type(key) == &type_int) {
        return exc_raise(r, &exc_IndexError, "cannot fit 'int' into an index-sized integer");
    }
    if (is_obj(key) && key.as.obj->type->id == TYPE_SLICE) return str_getitem_slice(r, s, key, out);
    if (container_is_user(key)) {
        int64_t i;
        bool found;
        if (!container_user_index(r, key, &found, &i)) return false;
        if (found) return str_getitem_index(r, s, i, out);
    }
    return exc_raise(r, &exc_TypeError, "string indices must be integers, not '%s'",
                     value_type_name(key));
}

static bool str_contains_slot(Run *r, Value v, Value x, bool *out) {
    if (!is_str(x)) {
        return exc_raise(r, &exc_TypeError, "'in <string>' requires string as left operand, not %s",
                         value_type_name(x));
    }
    ObjStr *s = as_str(v), *sub = as_str(x);
    *out = str_search_find(s->data, s->len, sub->data, sub->len) >= 0;
    return true;
}

// ---- iteration ----

typedef struct StrIter {
    Obj base;
    Value str;
    size_t pos;  // byte offset of the next code point
} StrIter;

static bool str_iter_slot(Run *r, Value v, Value *out) {
    const ObjType *t = as_str(v)->ascii ? &type_str_ascii_iterator : &type_str_iterator;
    StrIter *it = gc_new(r, StrIter, t);
    if (!it) return false;
    it->str = v;
    *out = v_obj((Obj *)it);
    return true;
}

static IterStep str_iter_next(Run *r, Value itv, Value *out) {
    StrIter *it = (StrIter *)itv.as.obj;
    ObjStr *s = as_str(it->str);
    if (it->pos >= s->len) return ITER_END;
    Obj *c;
    if ((unsigned char)s->data[it->pos] < 0x80) {
        c = str_ascii_char((unsigned char)s->data[it->pos++]);
    } else {
        size_t at = it->pos;
        it->pos += str_char_seq_len((unsigned char)s->data[at]);
        c = str_char_at(r, s, at);
        if (!c) return ITER_ERROR;
    }
    *out = v_obj(c);
    return ITER_ITEM;
}

static void str_iter_trace(Run *r, Obj *o) {
    gc_mark_value(r, ((StrIter *)o)->str);
}

// The code points left.
static bool str_iter_length_hint(Run *r, Value self, const Args *a, Value *out) {
    StrIter *it = (StrIter *)self.as.obj;
    const ObjStr *s = as_str(it->str);
    int64_t left = 0;
    for (size_t k = it->pos; k < s->len; k++) left += ((unsigned char)s->data[k] & 0xC0) != 0x80;
    return iter_hint_result(r, self, a, left, out);
}

static const MethodDef str_iter_methods[] = {
    {"__length_hint__", str_iter_length_hint},
};

#define STR_ITER_TYPE(cname, pyname)                                                  \
    const ObjType cname = {                                                           \
        .base = {.type = &type_type, .flags = OBJ_STATIC},                            \
        .name = pyname,                                                               \
        .id = TYPE_ITERATOR,                                                          \
        .base_type = &type_object,                                                    \
        .methods = str_iter_methods,                                                  \
        .method_count = 1,                                                            \
        .slots = {.hash = identity_hash, .iter = iter_self, .next = str_iter_next,  \
                  .trace = str_iter_trace},                                           \
    }
STR_ITER_TYPE(type_str_iterator, "str_iterator");
STR_ITER_TYPE(type_str_ascii_iterator, "str_ascii_iterator");

// ---- the type ----

// str(object='') or str(object=b'', encoding='utf-8', errors='strict')
static bool str_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"object", "encoding", "errors"};
    static const ArgSpec spec = {"str", names, 3, 0, 3, 0};
    // str(x), the usual call, needs no binding
    if (a->npos == 1 && a->nkw == 0) return ops_str_value(r, a->pos[0], out);
    Value v[3];
    if (a->npos > 3) {
        return exc_raise(r, &exc_TypeError, "str expected at most 3 arguments, got %u", a->npos);
    }
    if (!args_bind(r, a, &spec, v)) return false;
    for (int k = 1; k < 3; k++) {
        if (!is_undef(v[k]) && !is_str(v[k])) {
            return exc_raise(r, &exc_TypeError, "str() argument '%s' must be str, not %s", names[k],
                             value_type_name(v[k]));
        }
    }
    if (is_undef(v[0])) {
        *out = v_obj(str_empty());
        return true;
    }
    if (is_undef(v[1]) && is_undef(v[2])) return ops_str_value(r, v[0], out);
    if (is_byteslike(v[0])) {
        Obj *b = bytearray_snapshot(r, v[0]);  // the codec may call an error handler
        if (!b || !gc_push_root(r, v_obj(b))) return false;
        bool ok = str_decode(r, v_obj(b), as_bytes(v_obj(b))->data, as_bytes(v_obj(b))->len, v[1], v[2], out);
        gc_pop_roots(r, 1);
        return ok;
    }
    if (is_str(v[0])) return exc_raise(r, &exc_TypeError, "decoding str is not supported");
    return exc_raise(r, &exc_TypeError, "decoding to str: need a bytes-like object, %s found",
                     value_type_name(v[0]));
}

const ObjType type_str = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "str",
    .id = TYPE_STR,
    .base_type = &type_object,
    .methods = str_methods,
    .method_count = STR_METHOD_COUNT,
    .construct = str_construct,
    .slots =
        {
            .repr = str_repr_slot,
            .str = str_str_slot,
            .hash = str_hash_slot,
            .compare = str_compare_slot,
            .binary = str_binary_slot,
            .truthy = str_truthy_slot,
            .len = str_len_slot,
            .getitem = str_getitem_slot,
            .contains = str_contains_slot,
            .iter = str_iter_slot,
        },
};
