// format(value, spec) and the conversions of f-strings.
#ifndef MOAT_INTERP_FORMAT_H
#define MOAT_INTERP_FORMAT_H

#include "interp/obj.h"
#include "interp/run.h"

// f"{value!conv:spec}": conv 0 none, 1 str, 2 repr, 3 ascii; spec a str or undef. *out is a str.
MOAT_NODISCARD bool format_value(Run *r, Value value, int conv, Value spec, Value *out);
// format(value, spec) with spec a str.
MOAT_NODISCARD bool format_spec(Run *r, Value value, Value spec, Value *out);

#endif
