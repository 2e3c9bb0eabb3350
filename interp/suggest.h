// "Did you mean" hints for NameError and AttributeError, computed as CPython 3.14 does
// (its Levenshtein variant with case-insensitive substitutions at half cost).
#ifndef MOAT_INTERP_SUGGEST_H
#define MOAT_INTERP_SUGGEST_H

#include "interp/buf.h"
#include "interp/exc.h"

// Appends ". Did you mean: 'x'?" (or ". Did you forget to import 'x'?") to out when CPython
// would print one for e; `code` is the innermost frame's code (locals for NameError), NULL
// when e has no frames.
MOAT_NODISCARD bool suggest_append(Run *r, const ObjException *e, const void *code, Buf *out);

// The closest of names[0..n) (str objects) to name[0..len), or NULL when none is close enough.
const char *suggest_closest(const char *name, size_t len, Obj *const *names, uint32_t n);
// The same among C strings (a built-in's parameter names).
const char *suggest_closest_cstr(const char *name, size_t len, const char *const *names,
                                 uint32_t n);

#endif
