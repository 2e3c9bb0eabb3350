// The re module: Pattern and Match objects and the module's functions, on
// the engine of re.h, for str and bytes patterns; re.PatternError (re.error) for bad patterns.
#ifndef MOAT_INTERP_MOD_RE_H
#define MOAT_INTERP_MOD_RE_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

extern const ObjType mod_re_pattern_type, mod_re_match_type;

// The module's contents, for the modules.c table.
MOAT_NODISCARD bool mod_re_init(Run *r, Obj *module);

#endif
