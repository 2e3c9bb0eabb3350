// Traceback objects: the frames an exception passed, as CPython links them. The chain is the
// one record of where an exception went: traceback.c prints it, `__traceback__` shows it.
#ifndef MOAT_INTERP_OBJ_TRACEBACK_H
#define MOAT_INTERP_OBJ_TRACEBACK_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

struct LibFrame;

// A frame the exception passed: one of the script's, or (code NULL) one of CPython's library
// that a native module stands in for (libframes.h).
typedef struct TracebackEntry {
    const void *code;             // the Code of the frame
    const struct LibFrame *lib;   // when code is NULL
    uint32_t insn;                // the instruction that was running, or TB_AT_DEF;
                                  // for a library frame, its line
} TracebackEntry;

// The insn of an entry at the function's `def` line: an exception thrown into a generator
// before it started, which CPython raises there.
enum { TB_AT_DEF = UINT32_MAX };

// One link: the frame's entry, and the frames further in (tb_next). An exception's
// __traceback__ is the outermost link; each frame it unwinds through puts a new one in front,
// so the chain reads outermost first, as a report prints it.
typedef struct ObjTraceback {
    Obj base;
    Obj *next;  // an ObjTraceback, or NULL (None)
    TracebackEntry at;
} ObjTraceback;

extern const ObjType type_traceback;

static inline bool is_traceback(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_traceback;
}

static inline ObjTraceback *as_traceback(Obj *o) {
    return (ObjTraceback *)o;
}

// *head with a new link in front for entry `at`; false at a limit.
MOAT_NODISCARD bool traceback_push(Run *r, Obj **head, TracebackEntry at);
// The line an entry points at.
uint32_t traceback_entry_line(const TracebackEntry *t);

#endif
