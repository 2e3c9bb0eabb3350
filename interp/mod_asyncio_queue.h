// asyncio.Queue (mod_asyncio_queue.c): FIFO between tasks, with put/get that wait on the
// loop's futures, and task_done/join.
#ifndef MOAT_INTERP_MOD_ASYNCIO_QUEUE_H
#define MOAT_INTERP_MOD_ASYNCIO_QUEUE_H

#include "interp/obj.h"
#include "interp/run.h"

extern const ObjType type_queue;

#endif
