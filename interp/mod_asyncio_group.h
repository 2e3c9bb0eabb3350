// asyncio.TaskGroup (mod_asyncio_group.c): `async with` waits for the tasks made in it; the
// first failure cancels the others and the body, and the failures come out as an
// ExceptionGroup, as CPython's taskgroups.py does.
#ifndef MOAT_INTERP_MOD_ASYNCIO_GROUP_H
#define MOAT_INTERP_MOD_ASYNCIO_GROUP_H

#include "interp/mod_asyncio.h"

extern const ObjType type_taskgroup;

// A task of group `tg` completed (the group waits on each of its tasks): the group hears of
// it a turn of the loop later, when taskgroup_run_callbacks runs from the ready queue.
MOAT_NODISCARD bool taskgroup_task_done(Run *r, Obj *tg, ObjFuture *task);
MOAT_NODISCARD bool taskgroup_run_callbacks(Run *r, Obj *tg);

#endif
