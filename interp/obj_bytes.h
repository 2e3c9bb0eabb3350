// bytes: an immutable sequence of bytes, with its hash cached.
#ifndef MOAT_INTERP_OBJ_BYTES_H
#define MOAT_INTERP_OBJ_BYTES_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/buf.h"
#include "interp/obj.h"

typedef struct ObjBytes {
    Obj base;
    size_t len;
    int64_t hash;  // -1 until computed
    char data[];   // len bytes and a NUL
} ObjBytes;

extern const ObjType type_bytes, type_bytes_iterator;

static inline bool is_bytes(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_bytes;
}
static inline ObjBytes *as_bytes(Value v) {
    return (ObjBytes *)v.as.obj;
}

// A new bytes holding a copy of s[0..len). NULL at a limit.
Obj *bytes_new(Run *r, const char *s, size_t len);
// A bytes of `len` bytes for the caller to fill (the NUL is set). NULL at a limit.
ObjBytes *bytes_alloc(Run *r, size_t len);
// The empty bytes (static).
Obj *bytes_empty(void);
// Fills a bytes living in caller-owned memory of bytes_static_size(len) bytes: the program's
// b'' constants, hash precomputed, OBJ_STATIC.
size_t bytes_static_size(size_t len);
Obj *bytes_init_static(void *mem, const char *s, size_t len);
// repr(b'...') of s[0..len), appended to b.
MOAT_NODISCARD bool bytes_repr_into(Buf *b, const char *s, size_t len);
// The same, escaping every ' even between double quotes, as bytearray's repr does.
MOAT_NODISCARD bool bytes_repr_quoting(Buf *b, const char *s, size_t len, bool escape_apostrophes);
// bytes.fromhex(string): the classmethod's body, for the type's attribute table.
MOAT_NODISCARD bool bytes_fromhex(Run *r, Value self, const Args *a, Value *out);

#endif
