// The methods of str that search, split, join, replace, strip and pad (obj_str_methods.c):
// the type's sorted method table, and argument checks the other str files share.
#ifndef MOAT_INTERP_OBJ_STR_METHODS_H
#define MOAT_INTERP_OBJ_STR_METHODS_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/obj_str.h"

// Sorted by name for ops' binary search; the count is checked where the table is defined.
#define STR_METHOD_COUNT 49
extern const MethodDef str_methods[STR_METHOD_COUNT];

// Shared argument checks, worded as CPython words them.
// `v` must be a str: "<fname>() argument <argno> must be str, not <type>".
MOAT_NODISCARD bool str_arg_str(Run *r, Value v, const char *fname, int argno, ObjStr **out);
// Whitespace as str.split() and str.strip() see it, at s[*pos] (advancing past it).
bool str_space_at(const ObjStr *s, size_t *pos);

#endif
