// What the rest of api/ needs from a MoatStubs (api/check.c): the checker's stub set, whose
// host names (tc_stubs_name_at) say which calls are external and with what signature.
#ifndef MOAT_API_CHECK_H
#define MOAT_API_CHECK_H

#include "include/moat.h"
#include "typecheck/typecheck.h"

const TcStubs *check_stubs_get(const MoatStubs *stubs);

#endif
