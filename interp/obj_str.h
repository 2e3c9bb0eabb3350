// str: immutable Unicode text stored as UTF-8, with its length in code points cached and an
// ASCII flag (ASCII strings index in O(1)). Lone surrogates (from "\ud800") are kept in their
// 3-byte form, as CPython's str may hold them.
#ifndef MOAT_INTERP_OBJ_STR_H
#define MOAT_INTERP_OBJ_STR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/obj.h"

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
Obj *str_from_cstr(Run *r, const char *s);
// Fills a str living in caller-owned memory (`mem` has str_static_size(len) bytes): the
// program's constants and names, hash precomputed, OBJ_STATIC.
size_t str_static_size(size_t len);
Obj *str_init_static(void *mem, const char *s, size_t len);
// CPython-compatible where it matters: equal strings hash equal, the value is never -1.
int64_t str_hash(ObjStr *s);
bool str_equal(const ObjStr *a, const ObjStr *b);
// C string equality without allocating.
bool str_equal_cstr(const ObjStr *a, const char *s);

#endif
