// The builtins namespace: built-in functions, types and exception classes by name.
#ifndef MOAT_INTERP_BUILTINS_H
#define MOAT_INTERP_BUILTINS_H

#include <stdbool.h>

#include "interp/obj_str.h"

// The builtin called `name`, or false when there is none.
bool builtins_lookup(const ObjStr *name, Value *out);
// The k-th builtin name in the namespace's order, or NULL past the end.
const char *builtins_name_at(size_t k);
// Whether the builtins namespace has `name` (for the checker's stub-coverage test).
bool builtins_has(const char *name);
// Writes text to the run's output, counting it against the output limit.
MOAT_NODISCARD bool builtins_write(Run *r, const char *s, size_t n);

#endif
