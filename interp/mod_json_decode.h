// json.loads's engine: CPython's C scanner (Modules/_json.c) rewritten over an explicit stack.
#ifndef MOAT_INTERP_MOD_JSON_DECODE_H
#define MOAT_INTERP_MOD_JSON_DECODE_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// What JSONDecoder's constructor settled. A hook left undef is not called: objects stay
// dicts, numbers and constants get the built-in conversions.
typedef struct JsonDecodeOptions {
    Value object_hook, object_pairs_hook;
    Value parse_float, parse_int, parse_constant;
    bool strict;  // control characters inside strings are errors
} JsonDecodeOptions;

// json.loads(doc) for a str doc: the value in *out. JSONDecodeError with CPython's message
// and position, RecursionError past MOD_JSON_MAX_DEPTH, ValueError past the 4300-digit limit
// of int conversion, or whatever a hook raised.
MOAT_NODISCARD bool mod_json_decode(Run *r, const JsonDecodeOptions *o, Obj *doc, Value *out);

// json.loads's bytes: the encoding json.detect_encoding picks (UTF-8, UTF-8 with BOM, UTF-16
// or UTF-32 by BOM or by where the NUL bytes are), decoded with 'surrogatepass' into a str
// (*out). UnicodeDecodeError with CPython's codec messages.
MOAT_NODISCARD bool mod_json_decode_bytes(Run *r, Value bytes, Value *out);

#endif
