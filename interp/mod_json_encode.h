// json.dumps's engine: CPython's C encoder (Modules/_json.c) rewritten over an explicit stack.
#ifndef MOAT_INTERP_MOD_JSON_ENCODE_H
#define MOAT_INTERP_MOD_JSON_ENCODE_H

#include <stdbool.h>
#include <stddef.h>

#include "interp/obj.h"
#include "interp/run.h"

// What JSONEncoder's constructor settled, the flags already reduced to truth values. The
// strings are borrowed and must stay reachable for the whole encode.
typedef struct JsonEncodeOptions {
    bool skipkeys, ensure_ascii, check_circular, allow_nan, sort_keys;
    Value default_fn;  // undef: raise "Object of type set is not JSON serializable"
    const char *indent;  // NULL: everything on one line
    size_t indent_len;
    const char *item_sep, *key_sep;
    size_t item_sep_len, key_sep_len;
} JsonEncodeOptions;

// json.dumps(obj) with options o: a new str in *out. TypeError, ValueError (circular
// reference, NaN without allow_nan), RecursionError past MOD_JSON_MAX_DEPTH, or whatever
// default() raised, with CPython's "when serializing ..." notes.
MOAT_NODISCARD bool mod_json_encode(Run *r, const JsonEncodeOptions *o, Value obj, Value *out);

// The JSON string literal of UTF-8 text s[0..len) ("\u00e9" escapes when ensure_ascii),
// appended to b. False only at the memory limit.
MOAT_NODISCARD bool mod_json_encode_string(Buf *b, const char *s, size_t len, bool ensure_ascii);

#endif
