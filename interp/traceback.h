// Traceback text exactly as CPython 3.14 writes it: the report of an uncaught exception, and
// what the traceback module's format_* functions return.
#ifndef MOAT_INTERP_TRACEBACK_H
#define MOAT_INTERP_TRACEBACK_H

#include "interp/buf.h"
#include "interp/obj_traceback.h"

// What traceback.py's functions take besides the exception (TracebackException's arguments).
typedef struct TracebackOptions {
    Obj *tb;          // the frames shown for the top exception (NULL: none); the exceptions
                      // it chains to show their own __traceback__
    bool chain;       // show the causes and contexts before it
    bool limited;     // a limit was given: each traceback shows its first `limit` frames, or
    int64_t limit;    // its last -limit
    Obj *chunks;      // a list that gets each string of the text as it is finished, as
                      // format_exception() returns them; NULL: the text alone
} TracebackOptions;

// The report of an uncaught exception: chained exceptions, "Traceback (most recent call
// last):", the entries and the final "Type: message" line, each line ending in '\n'.
MOAT_NODISCARD bool traceback_format(Run *r, Value exc, Buf *out);
// The same for traceback.format_exception(): the report of exception exc with options opt.
MOAT_NODISCARD bool traceback_format_exception(Run *r, Value exc, const TracebackOptions *opt,
                                               Buf *out);
// The entries of traceback chain tb (format_tb): no header, no exception line.
MOAT_NODISCARD bool traceback_format_tb(Run *r, Obj *tb, const TracebackOptions *opt, Buf *out);
// Exception exc's "Type: message" line and its notes (format_exception_only).
MOAT_NODISCARD bool traceback_format_exception_only(Run *r, Value exc,
                                                    const TracebackOptions *opt, Buf *out);
// StackSummary.format's collapse of a run of one frame: for each frame in order, whether it is
// the same as the one before; *show says whether it is written. A run of more than three ends
// with "  [Previous line repeated N more times]" written to out (traceback_repeat_end after
// the last frame).
typedef struct TracebackRepeat {
    uint64_t count;
} TracebackRepeat;

MOAT_NODISCARD bool traceback_repeat_step(TracebackRepeat *rep, bool same, Buf *out, bool *show);
MOAT_NODISCARD bool traceback_repeat_end(TracebackRepeat *rep, Buf *out);
// One entry as a report shows it: the File line, the source lines and their markers.
MOAT_NODISCARD bool traceback_format_entry(Run *r, const TracebackEntry *at, Buf *out);

// The links of chain tb that o's limit leaves: the first `limit` frames, or the last -limit;
// *count of them from the one returned.
Obj *traceback_window(Obj *tb, const TracebackOptions *o, uint64_t *count);

// What extract_tb() tells of one entry (a FrameSummary): the first line of the entry's source,
// stripped, and its position; columns are -1 where CPython has none.
typedef struct TracebackSummary {
    const char *filename, *name;
    const char *line;
    size_t line_len;
    uint32_t lineno, end_lineno;
    int64_t colno, end_colno;
} TracebackSummary;

void traceback_summary(const Run *r, const TracebackEntry *t, TracebackSummary *out);
// Line `lineno` of the script, stripped ("" past its end).
const char *traceback_source_line(const Run *r, uint32_t lineno, size_t *len);

#endif
