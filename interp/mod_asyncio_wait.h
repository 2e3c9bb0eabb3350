// asyncio.as_completed, asyncio.wait and asyncio.timeout (mod_asyncio_wait.c): waiting on
// several futures (in the order they complete, or until some condition), and a deadline for a
// block of a task.
#ifndef MOAT_INTERP_MOD_ASYNCIO_WAIT_H
#define MOAT_INTERP_MOD_ASYNCIO_WAIT_H

#include "interp/mod_asyncio.h"

extern const ObjType type_as_completed, type_timeout;

MOAT_NODISCARD bool asyncio_as_completed(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool asyncio_timeout(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool asyncio_wait(Run *r, Value self, const Args *a, Value *out);

// One of as_completed's futures completed: it hears of it a turn of the loop later, when
// as_completed_run_callbacks runs from the ready queue.
MOAT_NODISCARD bool as_completed_done(Run *r, Obj *it, ObjFuture *f);
MOAT_NODISCARD bool as_completed_run_callbacks(Run *r, Obj *it);
// A timeout's timer ran out: its task is cancelled.
MOAT_NODISCARD bool timeout_expired(Run *r, Obj *timeout);

#endif
