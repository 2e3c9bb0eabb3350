// Conversions between a run's values and the host's MoatValues (api/convert.c).
#ifndef MOAT_API_CONVERT_H
#define MOAT_API_CONVERT_H

#include <stdbool.h>

#include "include/moat.h"
#include "interp/run.h"

// Who the values go to or come from, named in messages; the text is made only for one.
typedef enum ConvertRole {
    CONVERT_CALL_ARGS,    // "external function 'f'": a call's arguments, out of the run
    CONVERT_CALL_RESULT,  // "the value external function 'f' returned": its outcome, in
    CONVERT_INPUT,        // "an input value"
} ConvertRole;

typedef struct ConvertWho {
    ConvertRole role;
    const char *fn;  // the external function's name (not for CONVERT_INPUT)
} ConvertWho;

// A copy of v for the host. False with TypeError pending in r when v holds what cannot
// cross (a function, a generator, a cycle); `who` is named in that message.
MOAT_NODISCARD bool convert_out(Run *r, Value v, ConvertWho who, MoatValue **out);
// m as a value of run r. False with an exception pending (or r->abort at a limit); `who`
// is named in messages.
MOAT_NODISCARD bool convert_in(Run *r, const MoatValue *m, ConvertWho who, Value *out);

#endif
