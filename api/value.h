// MoatValue internals, for the rest of api/ (api/value.c).
#ifndef MOAT_API_VALUE_H
#define MOAT_API_VALUE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "include/moat.h"

struct MoatValue {
    MoatValueKind kind;
    bool b;
    int64_t i;
    char *digits;  // an int beyond 64 bits as decimal text; NULL otherwise
    double f;
    char *data;    // str (UTF-8) or bytes, NUL-terminated; exception: its type name
    size_t len;    // bytes of data; items of a container (dict: pairs)
    char *message; // exception: its message, or NULL
    MoatValue **items;  // container items; a dict's keys and values interleaved
    size_t cap;
    uint32_t depth;     // containers nested inside (0 for a scalar or an empty container)
};

// guard: nesting of host values; every walk over one (free, copy, JSON, conversion) recurses
enum { VALUE_MAX_DEPTH = 1000 };

// Whether s[0..len) is valid UTF-8 (no surrogates, no overlong forms).
bool value_utf8_valid(const char *s, size_t len);
// FNV-1a over n bytes, continuing from h (start with VALUE_DIGEST_SEED).
enum { VALUE_DIGEST_SEED = 0 };
uint64_t value_digest_bytes(uint64_t h, const void *data, size_t n);
// A digest of v's kind and contents, continuing from h: equal values digest alike.
uint64_t value_digest(uint64_t h, const MoatValue *v);

#endif
