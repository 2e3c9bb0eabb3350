// printf-style formatting: the `%` operator on str and bytes (obj_str_percent.c).
#ifndef MOAT_INTERP_OBJ_STR_PERCENT_H
#define MOAT_INTERP_OBJ_STR_PERCENT_H

#include <stdbool.h>

#include "interp/obj_bytes.h"
#include "interp/obj_str.h"

// format % args: args a tuple, a mapping (for %(key)s) or a single value.
MOAT_NODISCARD bool str_percent(Run *r, ObjStr *format, Value args, Value *out);
// format % args for a bytes format (%b and %s take bytes; %r and %a give ascii()).
MOAT_NODISCARD bool str_percent_bytes(Run *r, ObjBytes *format, Value args, Value *out);

#endif
