// asyncio.Queue (mod_asyncio_queue.c): FIFO between tasks, with put/get that wait on the
// loop's futures, and task_done/join; LifoQueue and PriorityQueue (a heap) take other items.
#ifndef MOAT_INTERP_MOD_ASYNCIO_QUEUE_H
#define MOAT_INTERP_MOD_ASYNCIO_QUEUE_H

#include "interp/obj.h"
#include "interp/run.h"

extern const ObjType type_queue, type_lifo_queue, type_priority_queue;

#endif
