// format(value, spec), str.format and str.format_map (obj_str_format.c).
#ifndef MOAT_INTERP_OBJ_STR_FORMAT_H
#define MOAT_INTERP_OBJ_STR_FORMAT_H

#include <stdbool.h>
#include <stddef.h>

#include "interp/buf.h"
#include "interp/obj.h"

// format(v, spec) appended to out: int, bool, float and str through numfmt's format-spec
// mini-language; other types accept only an empty spec (their str()), else CPython's
// "unsupported format string passed to list.__format__".
MOAT_NODISCARD bool str_format_value(Run *r, Value v, const char *spec, size_t spec_len, Buf *out);
// The methods str.format(*args, **kwargs) and str.format_map(mapping).
MOAT_NODISCARD bool str_format(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool str_format_map(Run *r, Value self, const Args *a, Value *out);

#endif
