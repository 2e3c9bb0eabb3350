// bytearray: a mutable bytes. Its storage is a private bytes object, never handed to Python
// code, that is replaced when the bytearray outgrows it; that object's len is the bytearray's
// length. Methods shared with bytes run on a bytes copy (obj_bytes_methods.c).
#ifndef MOAT_INTERP_OBJ_BYTEARRAY_H
#define MOAT_INTERP_OBJ_BYTEARRAY_H

#include <stdbool.h>
#include <stddef.h>

#include "interp/obj_bytes.h"

typedef struct ObjByteArray {
    Obj base;
    ObjBytes *buf;  // the bytes: buf->len of them in use; the static empty bytes while cap is 0
    size_t cap;     // bytes buf has room for (it is never written while cap is 0)
} ObjByteArray;

extern const ObjType type_bytearray, type_bytearray_iterator;

static inline bool is_bytearray(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_bytearray;
}
static inline bool is_byteslike(Value v) {
    return is_bytes(v) || is_bytearray(v);
}
// The bytes of a bytes or bytearray. For a bytearray, valid only until Python code runs or
// the bytearray changes (a resize replaces its storage).
static inline const ObjBytes *bytes_storage(Value v) {
    return is_bytearray(v) ? ((ObjByteArray *)v.as.obj)->buf : (const ObjBytes *)v.as.obj;
}

// A new bytearray holding a copy of s[0..len). NULL at a limit.
Obj *bytearray_new(Run *r, const char *s, size_t len);
// A bytes copy of a bytes-like value (a bytes is returned as it is). NULL at a limit.
Obj *bytearray_snapshot(Run *r, Value v);
// A method result made of bytes (a bytes, or a list or tuple of them) as bytearrays: what a
// bytes method gives becomes what the bytearray method gives.
MOAT_NODISCARD bool bytearray_convert_result(Run *r, Value *v);

// The mutating methods (obj_bytes_methods.c merges them into bytearray's sorted table).
MOAT_NODISCARD bool bytearray_append(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool bytearray_clear(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool bytearray_copy(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool bytearray_extend(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool bytearray_insert(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool bytearray_pop(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool bytearray_remove(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool bytearray_resize(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool bytearray_reverse(Run *r, Value self, const Args *a, Value *out);

#endif
