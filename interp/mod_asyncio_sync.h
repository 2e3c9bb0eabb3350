// asyncio.Lock, Semaphore, BoundedSemaphore and Event (mod_asyncio_sync.c): `async with` and
// waiting in tasks, on futures of the event loop (mod_asyncio.c).
#ifndef MOAT_INTERP_MOD_ASYNCIO_SYNC_H
#define MOAT_INTERP_MOD_ASYNCIO_SYNC_H

#include "interp/obj.h"
#include "interp/run.h"

extern const ObjType type_lock, type_semaphore, type_bounded_semaphore, type_event;

// Adds the classes to the asyncio module.
MOAT_NODISCARD bool mod_asyncio_sync_init(Run *r, Obj *module);

#endif
