// asyncio: coroutines run as tasks by an event loop that lives in the VM as one more frame
// (the scheduler frame, whose code is asyncio_loop_code). Tasks step on the same frame stack
// as everything else, so an external call inside a task suspends the whole run like any other,
// and a run waiting on the host's async calls is plain data (see mod_asyncio.c).
#ifndef MOAT_INTERP_MOD_ASYNCIO_H
#define MOAT_INTERP_MOD_ASYNCIO_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/code.h"
#include "interp/obj.h"
#include "interp/run.h"

typedef enum FutureKind {
    FUTURE_TASK,      // runs a coroutine
    FUTURE_EXTERNAL,  // an async external call the host answers
    FUTURE_GATHER,    // asyncio.gather: done when its children are
    FUTURE_SLEEP,     // asyncio.sleep: done when the loop's clock passes `wake`
    FUTURE_PLAIN,     // completed by moat's own code: a lock's waiter
    FUTURE_WAIT_FOR,  // asyncio.wait_for: `inner`'s outcome, or TimeoutError when `timer` ends first
} FutureKind;

typedef enum FutureState { FUTURE_PENDING, FUTURE_DONE, FUTURE_FAILED } FutureState;

typedef struct ObjFuture {
    Obj base;
    uint8_t kind, state;       // FutureKind, FutureState
    bool return_exceptions;    // GATHER
    Value result;              // DONE: the value; FAILED: the exception
    Obj *waiters;              // list of the tasks and gathers to tell when it completes
    Obj *loop;                 // TASK: the loop that steps it; SLEEP: the loop it sleeps on
    Value coro;                // TASK: its coroutine
    Obj *children;             // GATHER: tuple of futures
    uint32_t remaining;        // GATHER: children not done yet
    uint8_t hops;              // TASK: turns of the loop before its first step
    bool cancelled;            // FAILED with CancelledError: cancel() took effect
    bool must_cancel;          // TASK: CancelledError goes into its coroutine at its next step
    bool timed_out;            // WAIT_FOR: its timer ended first; SLEEP: it is such a timer
    Obj *waiting;              // TASK: the future its coroutine waits on, while it does
    Obj *inner;                // WAIT_FOR: what it waits for
    Value cancel_msg;          // TASK with must_cancel: the CancelledError's message, or undef
    uint64_t id;               // EXTERNAL: the call's id; TASK: its number (Task-N)
    double wake;               // SLEEP: the loop time it ends at
    Obj *name;                 // EXTERNAL: the function's name (str)
} ObjFuture;

extern const ObjType type_future, type_task;
extern const Code asyncio_loop_code;
extern const MethodDef asyncio_run_def;

static inline bool is_future(Value v) {
    return v.tag == VAL_OBJ && (v.as.obj->type == &type_future || v.as.obj->type == &type_task);
}

// The module's contents (modules.c).
MOAT_NODISCARD bool mod_asyncio_init(Run *r, Obj *module);

// A loop whose main task runs coroutine `main` (or that waits for future `main`). NULL at a
// limit.
Obj *loop_new(Run *r, Value main);

// What the scheduler frame does next (OP_SCHED_NEXT).
typedef enum LoopStep {
    LOOP_STEP,   // resume *coro (a task's coroutine) with None
    LOOP_DONE,   // the main task is over: *coro is its value, or r->exc is set (failed)
    LOOP_WAIT,   // nothing can run until the host answers a pending async call
    LOOP_THROW,  // throw r->exc (CancelledError) into *coro (a task's suspended coroutine)
    LOOP_ERROR,  // an exception is pending (nothing left that could ever run)
} LoopStep;
LoopStep loop_next(Run *r, Obj *loop, Value *coro);
// The current task's coroutine yielded `yielded` (OP_SCHED_YIELDED): it waits on that.
MOAT_NODISCARD bool loop_yielded(Run *r, Obj *loop, Value yielded);
// The current task's coroutine returned `value` or raised it (failed) (OP_SCHED_RETURNED,
// OP_SCHED_RAISED).
MOAT_NODISCARD bool loop_finished(Run *r, Obj *loop, Value value, bool failed);

// An async generator's first anext() under a running loop (CPython's firstiter hook): asyncio.run
// closes it at its end if it is still suspended then.
MOAT_NODISCARD bool asyncio_track_asyncgen(Run *r, Obj *gen);
// An async generator a loop drops early (`async for` left by break): a task closes it, as
// CPython's finalizer hook does.
MOAT_NODISCARD bool asyncio_close_asyncgen(Run *r, Value gen);

// Registers `waiter` (a task, a gather, a wait_for or a TaskGroup) to hear when f completes.
MOAT_NODISCARD bool future_add_waiter(Run *r, ObjFuture *f, Obj *waiter);
// future.cancel() (a task's, what it waits on).
MOAT_NODISCARD bool future_cancel_now(Run *r, Obj *f);
// A task of the running loop stepping coroutine `coro`; NULL with TypeError or RuntimeError.
Obj *asyncio_task_new(Run *r, Value coro);
// Puts `callback` (a TaskGroup, whose callbacks then run) in loop's ready queue.
MOAT_NODISCARD bool asyncio_call_soon(Run *r, Obj *loop, Obj *callback);
// A delay in seconds: an int or a float (TypeError otherwise).
MOAT_NODISCARD bool asyncio_delay(Run *r, Value v, double *out);
// What the running loop waits on for v: a future as it is, a coroutine as a new task.
MOAT_NODISCARD bool asyncio_awaitable(Run *r, Value v, ObjFuture **out);
// A timer of the running loop: `waiter` hears when `delay` seconds have passed (a timeout's:
// it does not run out while the host answers a call).
Obj *asyncio_timer_new(Run *r, double delay, Obj *waiter);
// The task the running loop is stepping, or NULL.
Obj *asyncio_current_task(Run *r);
// A pending future that moat's code completes (future_complete).
Obj *future_plain_new(Run *r);
// A pending future for an async external call to `name`; the host's answer completes it.
Obj *future_external_new(Run *r, Obj *name);
// Completes a pending future with a value or (failed) an exception, and wakes its waiters.
MOAT_NODISCARD bool future_complete(Run *r, Obj *future, bool failed, Value value);

#endif
