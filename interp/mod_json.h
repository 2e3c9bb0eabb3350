// The json module: dumps and loads with CPython 3.14's exact output and errors (the work is
// in mod_json_encode.c and mod_json_decode.c), and the JSONDecodeError class.
#ifndef MOAT_INTERP_MOD_JSON_H
#define MOAT_INTERP_MOD_JSON_H

#include <stdbool.h>
#include <stddef.h>

#include "interp/obj.h"
#include "interp/run.h"

// json.JSONDecodeError (json.decoder.JSONDecodeError in CPython): a ValueError whose instances
// carry msg, doc, pos, lineno and colno. Instances are plain exception objects that keep those
// five in their `value` field, as a tuple.
extern const ObjType mod_json_decode_error;

// Nesting that dumps and loads accept before RecursionError. Both work with explicit stacks
// on the run's memory, never C recursion, so this bounds memory, not the C stack; CPython's
// limit depends on its C stack and lies well beyond this on common platforms.
enum { MOD_JSON_MAX_DEPTH = 100000 };

// The module's contents, for the modules.c table.
MOAT_NODISCARD bool mod_json_init(Run *r, Obj *module);

// Raises JSONDecodeError(msg, doc, pos) for a byte offset into the str doc: pos, lineno and
// colno count code points, as CPython's do. Always false.
bool mod_json_raise_decode_error(Run *r, const char *msg, Obj *doc, size_t offset);

// Values dumps and loads handle between two looks at the clock.
enum { MOD_JSON_CLOCK_EVERY = 1 << 14 };

#endif
