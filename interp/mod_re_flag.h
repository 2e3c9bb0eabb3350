// re.RegexFlag and the module's flags (re.I, re.MULTILINE, ...) as its members.
#ifndef MOAT_INTERP_MOD_RE_FLAG_H
#define MOAT_INTERP_MOD_RE_FLAG_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// Makes the class and binds it and its members (with their aliases) in the re module.
MOAT_NODISCARD bool mod_re_flag_init(Run *r, Obj *module);

#endif
