// str: immutable Unicode text stored as UTF-8, with its length in code points cached and an
// ASCII flag (ASCII strings index in O(1)). Lone surrogates (from "\ud800") are kept in their
// 3-byte form, as CPython's str may hold them.
#ifndef MOAT_INTERP_OBJ_STR_H
#define MOAT_INTERP_OBJ_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/buf.h"
#include "interp/numfmt.h"
#include "interp/obj.h"
#include "interp/ops.h"

typedef struct ObjStr {
    Obj base;
    size_t len;     // bytes
    size_t chars;   // code points
    int64_t hash;   // -1 until computed (program-owned strings have it precomputed)
    bool ascii;
    char data[];    // len bytes and a NUL
} ObjStr;

extern const ObjType type_str;

static inline bool is_str(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_str;
}
static inline ObjStr *as_str(Value v) {
    return (ObjStr *)v.as.obj;
}

// A new str holding a copy of s[0..len) (valid UTF-8, the caller's promise). NULL at a limit.
Obj *str_new(Run *r, const char *s, size_t len);
// str_new for text known to be ASCII (digits, say): nothing to scan.
Obj *str_new_ascii(Run *r, const char *s, size_t len);
Obj *str_from_cstr(Run *r, const char *s);
// Fills a str living in caller-owned memory (`mem` has str_static_size(len) bytes): the
// program's constants and names, hash precomputed, OBJ_STATIC.
size_t str_static_size(size_t len);
Obj *str_init_static(void *mem, const char *s, size_t len);
// CPython-compatible where it matters: equal strings hash equal, the value is never -1.
int64_t str_hash(ObjStr *s);
bool str_equal(const ObjStr *a, const ObjStr *b);
// <0, 0 or >0 as a sorts before, with or after b (code point order).
int str_order(const ObjStr *a, const ObjStr *b);
// C string equality without allocating.
bool str_equal_cstr(const ObjStr *a, const char *s);
// The order of two small ints or two strs (-1, 0, 1), whose comparison runs no Python code;
// 2 for any other pair (the fast path of comparisons and of sorting tuples).
static inline int plain_order(Value a, Value b) {
    if (a.tag == VAL_INT && b.tag == VAL_INT) return (a.as.i > b.as.i) - (a.as.i < b.as.i);
    if (is_str(a) && is_str(b)) {
        int c = str_order(as_str(a), as_str(b));
        return (c > 0) - (c < 0);
    }
    return 2;
}

// The type of iter(s): CPython names it str_ascii_iterator for ASCII strings.
extern const ObjType type_str_iterator, type_str_ascii_iterator;

// A str of `len` bytes whose text the caller writes into data[0..len) (the NUL is set), then
// seals with str_finish (or sets chars and ascii itself when it knows them). NULL at a limit.
ObjStr *str_alloc(Run *r, size_t len);
// `s += t` for a local s that holds the only reference to s (vm.c proves it): appends t to s
// itself when s's block has room (str_concat_growable made it). False when it has not.
bool str_append_in_place(ObjStr *s, const ObjStr *t);
// a + b as a fresh str with room to grow in place; NULL at a limit.
Obj *str_concat_growable(Run *r, const ObjStr *a, const ObjStr *b);
// a + b (either, if the other is empty); false at a limit.
MOAT_NODISCARD bool str_concat(Run *r, ObjStr *a, ObjStr *b, Value *out);
// Counts the code points of a filled str_alloc result and sets its ASCII flag.
void str_finish(ObjStr *s);
// The empty string and the 128 one-character ASCII strings are static: no allocation.
Obj *str_empty(void);
Obj *str_ascii_char(unsigned char c);
// '__name__' and '__main__', static too: every run's module namespace binds the one to the other.
Obj *str_dunder_name(void);
Obj *str_dunder_main(void);
Obj *str_dunder_doc(void);
// chr(cp) for 0 <= cp <= 0x10FFFF (surrogates allowed); NULL at a limit.
Obj *str_from_codepoint(Run *r, uint32_t cp);
// s[start:stop] by byte offsets on code point boundaries; may return s itself (a whole copy).
Obj *str_substr(Run *r, ObjStr *s, size_t start, size_t stop);
// The byte offset of code point `index` (0 <= index <= s->chars): O(1) for ASCII strings.
size_t str_byte_offset(const ObjStr *s, size_t index);
// The number of code points in s->data[0..offset): O(1) for ASCII strings.
size_t str_char_index(const ObjStr *s, size_t offset);
// Hash of raw bytes as str_hash computes it (bytes objects hash the same way).
int64_t str_hash_bytes(const char *s, size_t len);

// repr(text) with CPython's quoting and escapes, appended to b.
MOAT_NODISCARD bool str_repr_into(Buf *b, const char *s, size_t len);
// ascii(obj) from repr(obj): appends text with every non-ASCII code point escaped.
MOAT_NODISCARD bool str_ascii_escape_into(Buf *b, const char *s, size_t len);

// v in lower-case hex without leading zeros, NUL-terminated in out: for messages, as
// exc_raise has no %x.
const char *str_hex_text(uint32_t v, char out[9]);
// The type name in Argument Clinic's "must be str, not None" messages: "None" for None.
static inline const char *str_clinic_type_name(Value v) {
    return v.tag == VAL_NONE ? "None" : value_type_name(v);
}
// Raises the exception a numfmt failure stands for (ValueError, OverflowError; a refused
// buffer means the memory limit was hit and r->abort is already set). Returns false.
bool str_raise_numfmt(Run *r, const NumfmtError *err);
// False unless `bytes` more bytes fit the run's memory limit (and a str's size field): a
// result sized by user values is refused before it is built, as the memory limit error
// (r->abort set), not an exception.
MOAT_NODISCARD bool str_check_size(Run *r, size_t bytes);

#endif
