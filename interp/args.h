// Binding a built-in's arguments to its parameters, with CPython's error messages.
#ifndef MOAT_INTERP_ARGS_H
#define MOAT_INTERP_ARGS_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

// A built-in's signature: `names` lists every parameter in order; the first `posonly` can
// only be passed by position; the first `max_pos` may be passed by position; the first
// `required` must be given; parameters past max_pos are keyword-only.
typedef struct ArgSpec {
    const char *fname;          // for messages: "split", "sorted"
    const char *const *names;
    uint8_t count, posonly, max_pos, required;
} ArgSpec;

// Binds a's arguments to out[0..spec->count), undef for an optional parameter not given.
// False with TypeError (too many, missing, unexpected or repeated keyword).
MOAT_NODISCARD bool args_bind(Run *r, const Args *a, const ArgSpec *spec, Value *out);
// TypeError "f() got an unexpected keyword argument 'x'", with CPython 3.14's "Did you mean"
// among the parameter names `names` that keywords may give. Returns false.
MOAT_NODISCARD bool args_unexpected_keyword(Run *r, const char *fname, const Obj *name,
                                            const char *const *names, uint32_t n);
// Shortcuts for built-ins without keywords: TypeError unless min <= npos <= max and nkw == 0.
MOAT_NODISCARD bool args_positional(Run *r, const Args *a, const char *fname, uint32_t min,
                                    uint32_t max);

#endif
