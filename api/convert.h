// Conversions between a run's values and the host's MoatValues (api/convert.c).
#ifndef MOAT_API_CONVERT_H
#define MOAT_API_CONVERT_H

#include <stdbool.h>

#include "include/moat.h"
#include "interp/run.h"

// A copy of v for the host. False with TypeError pending in r when v holds what cannot
// cross (a function, a generator, a cycle); `what` names the receiver in that message
// ("external function 'f'").
bool convert_out(Run *r, Value v, const char *what, MoatValue **out);
// m as a value of run r. False with an exception pending (or r->abort at a limit); `what`
// names the value in messages ("the value external function 'f' returned").
bool convert_in(Run *r, const MoatValue *m, const char *what, Value *out);

#endif
