// The run-time side of the match statement: the tests behind OP_MATCH_SEQUENCE,
// OP_MATCH_MAPPING, OP_MATCH_KEYS and OP_MATCH_CLASS, as CPython 3.14's ceval does them.
#ifndef MOAT_INTERP_MATCH_H
#define MOAT_INTERP_MATCH_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

// Whether a sequence pattern may match v (list, tuple, range and their subclasses; never
// str, bytes or bytearray).
bool match_is_sequence(Value v);
// Whether a mapping pattern may match v (dict and its subclasses).
bool match_is_mapping(Value v);
// The values of `keys` (a tuple) in the mapping `subject`, read with get semantics (a dict
// subclass's __missing__ is not called), as a tuple in *out; None when a key is missing.
// ValueError for a key given twice.
MOAT_NODISCARD bool match_keys(Run *r, Value subject, Value keys, Value *out);
// The attributes a class pattern `cls(<npos positional>, <names>=...)` extracts from
// `subject`, as a tuple in *out; None when subject is not an instance or lacks an attribute.
// `names` is the tuple of keyword attribute names followed by "__match_args__".
MOAT_NODISCARD bool match_class(Run *r, Value subject, Value cls, uint32_t npos, Value names,
                                Value *out);

#endif
