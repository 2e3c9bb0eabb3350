// Printing an uncaught exception as CPython 3.14 does.
#ifndef MOAT_INTERP_TRACEBACK_H
#define MOAT_INTERP_TRACEBACK_H

#include "interp/buf.h"

typedef struct SourceInfo {
    const char *text;
    size_t len;
    const char *filename;
} SourceInfo;

// The whole report: chained exceptions, "Traceback (most recent call last):", the entries
// and the final "Type: message" line, each line ending in '\n'.
MOAT_NODISCARD bool traceback_format(Run *r, Value exc, const SourceInfo *src, Buf *out);
// Only the final "Type: message" line (and any notes).
MOAT_NODISCARD bool traceback_last_line(Run *r, Value exc, Buf *out);

#endif
