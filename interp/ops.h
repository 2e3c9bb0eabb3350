// Generic operations on Values: the dispatch from an operator or builtin to the operand
// types' slots, with Python's fallbacks (reflected operands, identity for ==, iteration for
// `in`, len for truth). Every function that can raise returns false with r->exc set.
#ifndef MOAT_INTERP_OPS_H
#define MOAT_INTERP_OPS_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/buf.h"
#include "interp/obj.h"
#include "interp/run.h"

extern const ObjType type_object, type_type, type_none, type_bool, type_int, type_float,
    type_ellipsis, type_notimpl;

// obj.name as a method call will use it: the built-in method (not bound, *method set) when
// obj's type has one and no attribute of that name shadows it; else the attribute itself in
// *attr (then *method is NULL).
MOAT_NODISCARD bool ops_lookup_method(Run *r, Value obj, Obj *name, const MethodDef **method,
                                      Value *attr);

// The k-th method of t's own table, or NULL past its end (for dir()-like listings).
const MethodDef *ops_method_at(const ObjType *t, uint32_t k);
// The built-in method (or slot wrapper) `name` of t or its bases, or NULL.
const MethodDef *ops_type_method(const ObjType *t, const char *name);

// type(v) of a value that is not an object: NoneType, bool, int, float.
const ObjType *value_type_plain(Value v);
// type(v). Inline: every dispatch asks it.
static inline const ObjType *value_type(Value v) {
    return v.tag == VAL_OBJ ? v.as.obj->type : value_type_plain(v);
}
static inline const char *value_type_name(Value v) {
    return value_type(v)->name;
}

MOAT_NODISCARD bool ops_repr(Run *r, Value v, Buf *out);
MOAT_NODISCARD bool ops_str(Run *r, Value v, Buf *out);
// repr(v) / str(v) as a new str Value.
MOAT_NODISCARD bool ops_repr_value(Run *r, Value v, Value *out);
MOAT_NODISCARD bool ops_str_value(Run *r, Value v, Value *out);
MOAT_NODISCARD bool ops_hash(Run *r, Value v, int64_t *out);
// a == b with Python's rules (identity first, then __eq__ both ways).
MOAT_NODISCARD bool ops_eq(Run *r, Value a, Value b, bool *out);
// a <op> b for a comparison operator (AstCmpOp: ==, !=, <, <=, >, >=).
MOAT_NODISCARD bool ops_compare(Run *r, Value a, Value b, int op, Value *out);
// a <op> b for a binary operator (AstBinOp); inplace for augmented assignment.
MOAT_NODISCARD bool ops_binary(Run *r, Value a, Value b, int op, Value *out);
MOAT_NODISCARD bool ops_inplace(Run *r, Value a, Value b, int op, Value *out);
// -v, +v, ~v (AstUnaryOp).
MOAT_NODISCARD bool ops_unary(Run *r, Value v, int op, Value *out);
MOAT_NODISCARD bool ops_truthy(Run *r, Value v, bool *out);
MOAT_NODISCARD bool ops_len(Run *r, Value v, int64_t *out);
MOAT_NODISCARD bool ops_getitem(Run *r, Value v, Value key, Value *out);
MOAT_NODISCARD bool ops_setitem(Run *r, Value v, Value key, Value val);
MOAT_NODISCARD bool ops_delitem(Run *r, Value v, Value key);
// x in v
MOAT_NODISCARD bool ops_contains(Run *r, Value v, Value x, bool *out);
// iter(v); next(it) gives ITER_ITEM, ITER_END or ITER_ERROR.
MOAT_NODISCARD bool ops_iter(Run *r, Value v, Value *out);
IterStep ops_next(Run *r, Value it, Value *out);
// getattr(v, name) with name a str; AttributeError with CPython's message when absent.
MOAT_NODISCARD bool ops_getattr(Run *r, Value v, Obj *name, Value *out);
// object.__getattribute__: the lookup without a class's own __getattribute__ and __getattr__.
MOAT_NODISCARD bool ops_generic_getattr(Run *r, Value v, Obj *name, Value *out);
MOAT_NODISCARD bool ops_setattr(Run *r, Value v, Obj *name, Value val);
// getattr(v, name) for a name in C.
MOAT_NODISCARD bool ops_getattr_cstr(Run *r, Value v, const char *name, Value *out);
// The method `name` of v's type, bound to v, or false with AttributeError.
MOAT_NODISCARD bool ops_method(Run *r, Value v, const char *name, Value *out);
// Calls any callable: built-ins directly, Python functions through the VM.
MOAT_NODISCARD bool ops_call(Run *r, Value callee, const Args *a, Value *out);
// obj.name(*args), as Python code spells it (the full attribute lookup).
MOAT_NODISCARD bool ops_call_method(Run *r, Value obj, const char *name, Value *args, uint32_t n,
                                    Value *out);
// operator.index(v) for use as an index or size: int (or bool) only, within int64.
MOAT_NODISCARD bool ops_index(Run *r, Value v, int64_t *out);

#endif
