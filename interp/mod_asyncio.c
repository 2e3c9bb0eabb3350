// asyncio on moat's VM (see mod_asyncio.h).
//
// The loop is a frame: asyncio.run(coro) (or a script with top-level await) pushes a frame
// running asyncio_loop_code, a fixed instruction loop — SCHED_NEXT picks the next ready task
// and SENDs None into its coroutine, whose frames go on the stack above; what the coroutine
// yields (a future it waits on), returns or raises comes back to the loop frame and goes to
// loop_yielded / loop_finished. When no task can run and async external calls are pending,
// SCHED_NEXT suspends the run (VM_WAIT) until the host answers one. Time is virtual: sleep()
// never waits, the loop's clock jumps to the next sleeper when nothing else can run.
#include "interp/mod_asyncio.h"

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/code.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mod_asyncio_group.h"
#include "interp/mod_asyncio_queue.h"
#include "interp/mod_asyncio_sync.h"
#include "interp/mod_asyncio_wait.h"
#include "interp/mod_functools.h"
#include "interp/modules.h"
#include "interp/obj_class_descr.h"
#include "interp/obj_dict.h"
#include "interp/obj_float.h"
#include "interp/obj_func.h"
#include "interp/obj_gen.h"
#include "interp/obj_int.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/opcodes.h"
#include "interp/ops.h"

typedef struct ObjLoop {
    Obj base;
    Obj *main;       // the task asyncio.run waits for
    Obj *ready;      // list: tasks to step, in order, from ready_head on
    size_t ready_head;
    Obj *sleepers;   // list of pending SLEEP futures
    Obj *current;    // the task being stepped
    Obj *tasks_made; // list: every task made on this loop
    Obj *asyncgens;  // list: async generators first iterated under this loop
    Obj *closers;    // list: the tasks asyncio.run waits for once the main task is over
    uint8_t shutdown;  // once the main task is over: 1 cancelling the other tasks, 2 closing
                       // the async generators
    double now;      // virtual time
    uint64_t tasks;  // tasks made, for their names
} ObjLoop;

// ---- the loop frame's code ----

enum { LOOP_PC_SEND = 1, LOOP_PC_RETURNED = 4, LOOP_PC_DONE = 6, LOOP_PC_RAISED = 7 };

static const uint32_t loop_insns[] = {
    [0] = (uint32_t)OP_SCHED_NEXT | (LOOP_PC_DONE << 8),   // -> coro None | value, jump
    [LOOP_PC_SEND] = (uint32_t)OP_SEND | (LOOP_PC_RETURNED << 8),
    [2] = OP_SCHED_YIELDED,                                // coro yielded ->
    [3] = (uint32_t)OP_JUMP | (0 << 8),
    [LOOP_PC_RETURNED] = OP_SCHED_RETURNED,                // value ->
    [5] = (uint32_t)OP_JUMP | (0 << 8),
    [LOOP_PC_DONE] = OP_RETURN_VALUE,
    [LOOP_PC_RAISED] = OP_SCHED_RAISED,                    // exc ->
    [8] = (uint32_t)OP_JUMP | (0 << 8),
};

static const InsnPos loop_pos[sizeof loop_insns / sizeof *loop_insns];

// An exception out of a task's coroutine reaches the loop at its SEND: the task failed.
static const ExcEntry loop_exc_table[] = {{LOOP_PC_SEND, LOOP_PC_SEND + 1, LOOP_PC_RAISED, 0}};

const Code asyncio_loop_code = {
    .base = {.type = &type_code, .flags = OBJ_STATIC},
    .insns = loop_insns,
    .insn_count = sizeof loop_insns / sizeof *loop_insns,
    .pos = loop_pos,
    .local_count = 1,  // the ObjLoop
    .flags = CODE_HIDDEN,
    .stack_size = 3,
    .exc_table = loop_exc_table,
    .exc_count = 1,
};

// ---- futures and tasks ----

static void future_trace(Run *r, Obj *o) {
    ObjFuture *f = (ObjFuture *)o;
    gc_mark_value(r, f->result);
    gc_mark_obj(r, f->waiters);
    gc_mark_obj(r, f->loop);
    gc_mark_value(r, f->coro);
    gc_mark_obj(r, f->children);
    gc_mark_obj(r, f->name);
    gc_mark_obj(r, f->waiting);
    gc_mark_obj(r, f->inner);
    gc_mark_value(r, f->cancel_msg);
}

static bool future_repr(Run *r, Value v, Buf *out) {
    ObjFuture *f = (ObjFuture *)v.as.obj;
    static const char *const states[] = {"pending", "finished", "finished"};
    const char *state = f->cancelled ? "cancelled" : states[f->state];
    if (f->kind == FUTURE_TASK) {
        return buf_printf(out, "<Task %s name='Task-%llu'>", state, (unsigned long long)f->id);
    }
    if (f->kind == FUTURE_EXTERNAL) {
        return buf_printf(out, "<Future %s %s() call %llu>", state,
                          as_str(v_obj(f->name))->data, (unsigned long long)f->id);
    }
    (void)r;
    return buf_printf(out, "<Future %s>", state);
}

static bool future_done(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "done", 0, 0)) return false;
    *out = v_bool(((ObjFuture *)self.as.obj)->state != FUTURE_PENDING);
    return true;
}

static bool future_result(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "result", 0, 0)) return false;
    ObjFuture *f = (ObjFuture *)self.as.obj;
    if (f->state == FUTURE_PENDING) return exc_raise(r, &exc_InvalidStateError, "Result is not set.");
    if (f->state == FUTURE_FAILED) return exc_raise_value(r, f->result);
    *out = f->result;
    return true;
}

// exception(): what the future failed with, None if it succeeded; a cancelled one raises its
// CancelledError.
static bool future_exception(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "exception", 0, 0)) return false;
    ObjFuture *f = (ObjFuture *)self.as.obj;
    if (f->state == FUTURE_PENDING) return exc_raise(r, &exc_InvalidStateError, "Exception is not set.");
    if (f->cancelled) return exc_raise_value(r, f->result);
    *out = f->state == FUTURE_FAILED ? f->result : v_none();
    return true;
}

static bool future_cancelled(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "cancelled", 0, 0)) return false;
    *out = v_bool(((ObjFuture *)self.as.obj)->cancelled);
    return true;
}

static bool future_cancel_method(Run *r, Value self, const Args *a, Value *out);

static const MethodDef future_methods[] = {
    {"cancel", future_cancel_method},
    {"cancelled", future_cancelled},
    {"done", future_done},
    {"exception", future_exception},
    {"result", future_result},
};

const ObjType type_future = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "Future",
    .id = TYPE_FUTURE,
    .base_type = &type_object,
    .methods = future_methods,
    .method_count = sizeof future_methods / sizeof *future_methods,
    .slots = {.repr = future_repr, .hash = identity_hash, .trace = future_trace},
    .module = "asyncio",
};

const ObjType type_task = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "Task",
    .id = TYPE_FUTURE,
    .base_type = &type_future,
    .methods = future_methods,
    .method_count = sizeof future_methods / sizeof *future_methods,
    .slots = {.repr = future_repr, .hash = identity_hash, .trace = future_trace},
    .module = "asyncio",
};

static ObjFuture *future_new(Run *r, FutureKind kind) {
    ObjFuture *f = gc_new(r, ObjFuture, kind == FUTURE_TASK ? &type_task : &type_future);
    if (!f) return NULL;
    f->kind = (uint8_t)kind;
    f->state = FUTURE_PENDING;
    f->result = v_none();
    f->coro = v_none();
    f->cancel_msg = v_undef();
    return f;
}

Obj *future_plain_new(Run *r) {
    ObjFuture *f = future_new(r, FUTURE_PLAIN);
    return f ? &f->base : NULL;
}

bool future_done_new(Run *r, bool failed, Value value, Value *out) {
    if (!gc_push_root(r, value)) return false;
    Obj *f = future_plain_new(r);
    bool ok = f && gc_push_root(r, v_obj(f));
    if (ok) {
        ok = future_complete(r, f, failed, value);
        gc_pop_roots(r, 1);
        *out = v_obj(f);
    }
    gc_pop_roots(r, 1);
    return ok;
}

Obj *future_external_new(Run *r, Obj *name) {
    if (!gc_push_root(r, v_obj(name))) return NULL;
    ObjFuture *f = future_new(r, FUTURE_EXTERNAL);
    gc_pop_roots(r, 1);
    if (f) f->name = name;
    return &f->base;
}

bool future_add_waiter(Run *r, ObjFuture *f, Obj *waiter) {
    if (!f->waiters) {
        if (!gc_push_root(r, v_obj(waiter))) return false;
        f->waiters = list_new(r, 0);
        gc_pop_roots(r, 1);
        if (!f->waiters) return false;
    }
    return list_append_obj(r, f->waiters, v_obj(waiter));
}

static bool loop_make_ready(Run *r, ObjLoop *loop, Obj *task) {
    return list_append_obj(r, loop->ready, v_obj(task));
}

static bool gather_child_done(Run *r, ObjFuture *g, ObjFuture *child);
static bool wait_for_child_done(Run *r, ObjFuture *w, ObjFuture *child);

// Tells `waiter` (a task, a gather or a wait_for) that f is complete.
static bool future_wake(Run *r, ObjFuture *waiter, ObjFuture *f) {
    if (waiter->base.type == &type_taskgroup) return taskgroup_task_done(r, &waiter->base, f);
    if (waiter->base.type == &type_as_completed) return as_completed_done(r, &waiter->base, f);
    if (waiter->base.type == &type_timeout) return timeout_expired(r, &waiter->base);
    if (waiter->kind == FUTURE_GATHER) return gather_child_done(r, waiter, f);
    if (waiter->kind == FUTURE_WAIT_FOR) return wait_for_child_done(r, waiter, f);
    if (waiter->state != FUTURE_PENDING) return true;
    waiter->waiting = NULL;
    return loop_make_ready(r, (ObjLoop *)waiter->loop, &waiter->base);
}

bool future_complete(Run *r, Obj *future, bool failed, Value value) {
    ObjFuture *f = (ObjFuture *)future;
    if (f->state != FUTURE_PENDING) return true;
    f->state = failed ? FUTURE_FAILED : FUTURE_DONE;
    f->result = value;
    f->cancelled = failed && is_exception(value) && value.as.obj->type == &exc_CancelledError;
    if (!f->waiters) return true;
    // waking may append to this list (a gather completing wakes its own waiters): index it
    ObjList *w = (ObjList *)f->waiters;
    for (size_t k = 0; k < w->len; k++) {
        if (!future_wake(r, (ObjFuture *)w->items[k].as.obj, f)) return false;
    }
    f->waiters = NULL;
    return true;
}

// A child of gather g completed: g fails with the first exception (unless it returns them),
// else completes with every child's result in order once the last is done.
static bool gather_child_done(Run *r, ObjFuture *g, ObjFuture *child) {
    if (g->state != FUTURE_PENDING) return true;
    if (child->state == FUTURE_FAILED && !g->return_exceptions) {
        return future_complete(r, &g->base, true, child->result);
    }
    if (--g->remaining > 0) return true;
    const ObjTuple *kids = (const ObjTuple *)g->children;
    Obj *results = list_new(r, kids->len);
    if (!results) return false;
    for (size_t k = 0; k < kids->len; k++) {
        ((ObjList *)results)->items[k] = ((ObjFuture *)kids->items[k].as.obj)->result;
    }
    return future_complete(r, &g->base, false, v_obj(results));
}

// A task stepping coroutine `coro` on `loop`, ready to take its first step.
static ObjFuture *task_new(Run *r, ObjLoop *loop, Value coro) {
    if (!gc_push_root(r, coro)) return NULL;
    ObjFuture *t = future_new(r, FUTURE_TASK);
    gc_pop_roots(r, 1);
    if (!t) return NULL;
    t->coro = coro;
    t->loop = &loop->base;
    t->id = ++loop->tasks;
    if (!gc_push_root(r, v_obj(&t->base))) return NULL;
    bool ok = loop_make_ready(r, loop, &t->base) &&
              (!loop->tasks_made || list_append_obj(r, loop->tasks_made, v_obj(&t->base)));
    gc_pop_roots(r, 1);
    return ok ? t : NULL;
}

// ---- cancellation ----

// A new CancelledError(msg) (msg undef: no arguments) in *out.
static bool cancelled_error(Run *r, Value msg, Value *out) {
    Obj *args = tuple_new(r, is_undef(msg) ? 0 : 1);
    if (!args) return false;
    if (!is_undef(msg)) ((ObjTuple *)args)->items[0] = msg;
    Obj *e = exc_new(r, &exc_CancelledError, args);
    *out = e ? v_obj(e) : v_undef();
    return e != NULL;
}

// guard: cancel() follows what tasks wait on; gathers of gathers nest this deep at most
enum { CANCEL_MAX_DEPTH = 100 };

// Cancels f as Future.cancel() / Task.cancel() do; *done: it was pending. A task waiting on
// something has that cancelled in its stead (its coroutine then gets the CancelledError at its
// await); a task about to step gets it thrown in at that step.
static bool future_cancel(Run *r, ObjFuture *f, Value msg, uint32_t depth, bool *done) {
    *done = false;
    // guard: C recursion through gathers and tasks waiting on tasks
    if (depth > CANCEL_MAX_DEPTH) return exc_raise(r, &exc_RecursionError, "maximum recursion depth exceeded");
    while (f->state == FUTURE_PENDING && f->kind == FUTURE_TASK && f->waiting) {
        f = (ObjFuture *)f->waiting;  // the innermost of a chain of tasks awaiting tasks
    }
    if (f->state != FUTURE_PENDING) return true;
    *done = true;
    if (f->kind == FUTURE_TASK) {
        f->must_cancel = true;
        f->cancel_msg = msg;
        return true;
    }
    bool ignored;
    if (f->kind == FUTURE_GATHER) {
        const ObjTuple *kids = (const ObjTuple *)f->children;
        for (size_t k = 0; k < kids->len; k++) {
            if (!future_cancel(r, (ObjFuture *)kids->items[k].as.obj, msg, depth + 1, &ignored)) return false;
        }
        return true;
    }
    if (f->kind == FUTURE_WAIT_FOR) return future_cancel(r, (ObjFuture *)f->inner, msg, depth + 1, &ignored);
    Value exc;
    if (!gc_push_root(r, v_obj(&f->base)) || !cancelled_error(r, msg, &exc)) return false;
    bool ok = gc_push_root(r, exc) && future_complete(r, &f->base, true, exc);
    gc_pop_roots(r, 2);
    return ok;
}

static bool future_cancel_method(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"msg"};
    static const ArgSpec spec = {"cancel", names, 1, 0, 1, 0};
    Value msg[1];
    bool done;
    if (!args_bind(r, a, &spec, msg) || !future_cancel(r, (ObjFuture *)self.as.obj, msg[0], 0, &done)) {
        return false;
    }
    *out = v_bool(done);
    return true;
}

// A task picked to step with cancel() pending: its coroutine gets CancelledError thrown in
// (LOOP_THROW), or, never started, ends with it at once (*thrown false).
static bool task_take_cancel(Run *r, ObjFuture *t, bool *thrown) {
    t->must_cancel = false;
    Value exc;
    if (!cancelled_error(r, t->cancel_msg, &exc)) return false;
    ObjGenerator *g = is_coroutine(t->coro) ? (ObjGenerator *)t->coro.as.obj : NULL;
    *thrown = g && g->state == GEN_SUSPENDED;
    if (*thrown) {
        r->exc = exc;
        return true;
    }
    if (g) g->state = GEN_DONE;
    if (!gc_push_root(r, exc)) return false;
    bool ok = future_complete(r, &t->base, true, exc);
    gc_pop_roots(r, 1);
    return ok;
}

// ---- wait_for ----

// A child of wait_for w completed: the inner awaitable (its outcome is w's, TimeoutError if
// it was cancelled for the timeout) or the timer (the inner one is cancelled).
static bool wait_for_child_done(Run *r, ObjFuture *w, ObjFuture *child) {
    if (w->state != FUTURE_PENDING) return true;
    ObjFuture *inner = (ObjFuture *)w->inner;
    if (child == inner) {
        if (!(w->timed_out && inner->cancelled)) {
            return future_complete(r, &w->base, inner->state == FUTURE_FAILED, inner->result);
        }
        Obj *e = exc_new(r, &exc_TimeoutError, NULL);
        if (!e) return false;
        // raised from the inner one's CancelledError, as timeouts.py's __aexit__ does
        if (is_exception(inner->result)) {
            ((ObjException *)e)->cause = inner->result;
            ((ObjException *)e)->suppress_context = true;
        }
        return future_complete(r, &w->base, true, v_obj(e));
    }
    w->timed_out = true;
    bool ignored;
    return future_cancel(r, inner, v_undef(), 0, &ignored);
}

// ---- the loop ----

static void loop_trace(Run *r, Obj *o) {
    ObjLoop *l = (ObjLoop *)o;
    gc_mark_obj(r, l->main);
    gc_mark_obj(r, l->ready);
    gc_mark_obj(r, l->sleepers);
    gc_mark_obj(r, l->current);
    gc_mark_obj(r, l->asyncgens);
    gc_mark_obj(r, l->tasks_made);
    gc_mark_obj(r, l->closers);
}

static const ObjType type_loop = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "_EventLoop",
    .id = TYPE_LOOP,
    .base_type = &type_object,
    .slots = {.trace = loop_trace},
    .module = "asyncio",
};

Obj *loop_new(Run *r, Value main) {
    ObjLoop *loop = gc_new(r, ObjLoop, &type_loop);
    if (!loop || !gc_push_root(r, v_obj(&loop->base))) return NULL;
    bool ok = (loop->ready = list_new(r, 0)) && (loop->sleepers = list_new(r, 0)) &&
              (loop->asyncgens = list_new(r, 0)) && (loop->tasks_made = list_new(r, 0));
    // a future (an async tool's call) is waited on as it is; a coroutine becomes the main task
    ObjFuture *t = !ok ? NULL : is_future(main) ? (ObjFuture *)main.as.obj : task_new(r, loop, main);
    gc_pop_roots(r, 1);
    if (!t) return NULL;
    loop->main = &t->base;
    return &loop->base;
}

// The loop of the innermost scheduler frame, or NULL outside asyncio.run.
static ObjLoop *running_loop(Run *r) {
    for (uint32_t k = r->frame_count; k-- > 0;) {
        const Frame *f = &r->frames[k];
        if (f->code == &asyncio_loop_code) return (ObjLoop *)r->stack[f->base].as.obj;
    }
    return NULL;
}

// Wakes the sleepers whose time has come, after moving the clock to the earliest of them.
static bool loop_wake_sleepers(Run *r, ObjLoop *loop) {
    ObjList *s = (ObjList *)loop->sleepers;
    double first = ((ObjFuture *)s->items[0].as.obj)->wake;
    for (size_t k = 1; k < s->len; k++) {
        double w = ((ObjFuture *)s->items[k].as.obj)->wake;
        if (w < first) first = w;
    }
    if (first > loop->now) loop->now = first;
    size_t keep = 0;
    for (size_t k = 0; k < s->len; k++) {
        Value v = s->items[k];
        ObjFuture *f = (ObjFuture *)v.as.obj;
        if (f->state == FUTURE_PENDING && f->wake > loop->now) {
            s->items[keep++] = v;
            continue;
        }
        if (!gc_push_root(r, v)) return false;
        bool ok = future_complete(r, &f->base, false, f->result);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    s->len = keep;
    return true;
}

// Puts a sleep future on the loop's list of sleepers (once: made inside a running loop, it is
// there from the start, so that gather() over it ends too).
static bool sleep_register(Run *r, ObjLoop *loop, ObjFuture *f) {
    if (f->loop) return true;
    f->loop = &loop->base;
    return list_append_obj(r, loop->sleepers, v_obj(&f->base));
}

static bool future_cancel(Run *r, ObjFuture *f, Value msg, uint32_t depth, bool *done);

// Cancels every task but the main one that is still pending, to wait for them.
static bool loop_cancel_all(Run *r, ObjLoop *loop) {
    const ObjList *made = (const ObjList *)loop->tasks_made;
    for (size_t k = 0; k < made->len; k++) {
        ObjFuture *t = (ObjFuture *)made->items[k].as.obj;
        bool done;
        if (t->state != FUTURE_PENDING || &t->base == loop->main) continue;
        if (!list_append_obj(r, loop->closers, v_obj(&t->base)) ||
            !future_cancel(r, t, v_undef(), 0, &done)) {
            return false;
        }
    }
    return true;
}

static bool loop_add_closer(Run *r, ObjLoop *loop, Value aclose, Obj *closers, uint8_t hops);

// aclose() of every async generator still suspended, each in a task to wait for.
static bool loop_close_asyncgens(Run *r, ObjLoop *loop) {
    ObjList *gens = (ObjList *)loop->asyncgens;
    for (size_t k = 0; k < gens->len; k++) {
        Value g = gens->items[k], aclose;
        if (((ObjGenerator *)g.as.obj)->state != GEN_SUSPENDED) continue;
        if (!asend_new(r, g, ASEND_CLOSE, v_none(), v_undef(), &aclose) ||
            !loop_add_closer(r, loop, aclose, loop->closers, 0)) {
            return false;
        }
    }
    gens->len = 0;
    return true;
}

// A task running `aclose` (an aclose() awaitable) on loop, `hops` turns from now.
static bool loop_add_closer(Run *r, ObjLoop *loop, Value aclose, Obj *closers, uint8_t hops) {
    if (!gc_push_root(r, aclose)) return false;
    ObjFuture *t = task_new(r, loop, aclose);
    if (t) t->hops = hops;
    bool ok = t && (!closers || list_append_obj(r, closers, v_obj(&t->base)));
    gc_pop_roots(r, 1);
    return ok;
}

// Once the main task is over, asyncio.run cancels the tasks still pending, then closes the
// async generators still suspended (shutdown_asyncgens), waiting for each step to end. True
// while it waits; *failed with an exception pending.
static bool loop_closing(Run *r, ObjLoop *loop, bool *failed) {
    *failed = false;
    const ObjList *c = (const ObjList *)loop->closers;
    for (size_t k = 0; c && k < c->len; k++) {
        if (((ObjFuture *)c->items[k].as.obj)->state == FUTURE_PENDING) return true;
    }
    if (loop->shutdown == 2) return false;
    loop->shutdown++;
    if (!(loop->closers = list_new(r, 0))) return *failed = true;
    bool ok = loop->shutdown == 1 ? loop_cancel_all(r, loop) : loop_close_asyncgens(r, loop);
    if (!ok) return *failed = true;
    return loop_closing(r, loop, failed);
}

// Whether the sleeper that ends first is a timeout's timer.
static bool loop_timeout_next(const ObjLoop *loop) {
    const ObjList *s = (const ObjList *)loop->sleepers;
    const ObjFuture *first = NULL;
    for (size_t k = 0; k < s->len; k++) {
        const ObjFuture *f = (const ObjFuture *)s->items[k].as.obj;
        if (!first || f->wake < first->wake) first = f;
    }
    return first && first->timed_out;
}

LoopStep loop_next(Run *r, Obj *o, Value *coro) {
    ObjLoop *loop = (ObjLoop *)o;
    ObjFuture *main = (ObjFuture *)loop->main;
    for (;;) {
        bool failed = false;
        if (main->state != FUTURE_PENDING && !loop_closing(r, loop, &failed)) {
            if (main->state == FUTURE_FAILED) {
                r->exc = main->result;
                return LOOP_DONE;
            }
            *coro = main->result;
            return LOOP_DONE;
        }
        if (failed) return LOOP_ERROR;
        ObjList *ready = (ObjList *)loop->ready;
        if (loop->ready_head < ready->len) {
            Obj *item = ready->items[loop->ready_head++].as.obj;
            if (loop->ready_head == ready->len) ready->len = loop->ready_head = 0;
            if (item->type == &type_taskgroup || item->type == &type_as_completed) {
                // callbacks, run a turn after the futures they wait on completed, as CPython's
                if (!gc_push_root(r, v_obj(item))) return LOOP_ERROR;
                bool ok = item->type == &type_taskgroup ? taskgroup_run_callbacks(r, item)
                                                        : as_completed_run_callbacks(r, item);
                gc_pop_roots(r, 1);
                if (!ok) return LOOP_ERROR;
                continue;
            }
            ObjFuture *t = (ObjFuture *)item;
            if (t->state != FUTURE_PENDING) continue;
            if (t->hops) {
                t->hops--;
                if (!loop_make_ready(r, loop, &t->base)) return LOOP_ERROR;
                continue;
            }
            bool thrown = false;
            if (t->must_cancel && !task_take_cancel(r, t, &thrown)) return LOOP_ERROR;
            if (t->state != FUTURE_PENDING) continue;
            loop->current = &t->base;
            *coro = t->coro;
            return thrown ? LOOP_THROW : LOOP_STEP;
        }
        // a timeout does not run out while the host answers a call: host calls take no time
        if (loop_timeout_next(loop) && r->pending && dict_len(r->pending)) return LOOP_WAIT;
        if (((ObjList *)loop->sleepers)->len) {
            if (!loop_wake_sleepers(r, loop)) return LOOP_ERROR;
            continue;
        }
        if (r->pending && dict_len(r->pending)) return LOOP_WAIT;
        exc_raise(r, &exc_RuntimeError, "the event loop has nothing left to run: every task waits "
                                        "on another (or on itself)");
        return LOOP_ERROR;
    }
}

bool loop_yielded(Run *r, Obj *o, Value yielded) {
    ObjLoop *loop = (ObjLoop *)o;
    ObjFuture *task = (ObjFuture *)loop->current;  // stays there, rooted, until this returns
    if (is_none(yielded)) return loop_make_ready(r, loop, &task->base);  // a bare yield: sleep(0)
    if (!is_future(yielded)) {
        // the coroutine stays suspended; the task ends with the error
        exc_raise(r, &exc_RuntimeError, "Task got bad yield: %R", yielded);
        if (r->abort != ABORT_NONE) return false;
        Value exc = r->exc;
        exc_clear(r);
        if (!gc_push_root(r, exc)) return false;
        bool ok = future_complete(r, &task->base, true, exc);
        gc_pop_roots(r, 1);
        return ok;
    }
    ObjFuture *f = (ObjFuture *)yielded.as.obj;
    if (f->state != FUTURE_PENDING) return loop_make_ready(r, loop, &task->base);
    task->waiting = &f->base;
    if (f->kind == FUTURE_SLEEP && f->wake <= loop->now) {
        // sleep(0): the task goes to the back of the queue, as CPython's does
        return future_complete(r, &f->base, false, f->result) && loop_make_ready(r, loop, &task->base);
    }
    if (f->kind == FUTURE_SLEEP && !sleep_register(r, loop, f)) return false;
    return future_add_waiter(r, f, &task->base);
}

bool loop_finished(Run *r, Obj *o, Value value, bool failed) {
    ObjLoop *loop = (ObjLoop *)o;
    // loop->current keeps the task (and value, its result) rooted while waiters wake
    return future_complete(r, loop->current, failed, value);
}

bool asyncio_track_asyncgen(Run *r, Obj *gen) {
    ObjLoop *loop = running_loop(r);
    return !loop || list_append_obj(r, loop->asyncgens, v_obj(gen));
}

bool asyncio_close_asyncgen(Run *r, Value gen) {
    ObjLoop *loop = running_loop(r);
    if (!loop || loop->shutdown == 2) return true;
    Value aclose;
    // CPython's finalizer schedules create_task(gen.aclose()): the task steps a turn later
    return asend_new(r, gen, ASEND_CLOSE, v_none(), v_undef(), &aclose) &&
           loop_add_closer(r, loop, aclose, NULL, 1);
}

// ---- the module ----

// Reached only from C code calling back into the script: the VM runs asyncio.run itself
// (it pushes the loop frame), so a call it did not see cannot start a loop.
static bool asyncio_run(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    (void)a;
    (void)out;
    return exc_raise(r, &exc_RuntimeError, "asyncio.run() cannot be called from here");
}

const MethodDef asyncio_run_def = {"run", asyncio_run, 0};

// A task, future or coroutine as something a loop can wait on.
static bool as_awaitable(Run *r, ObjLoop *loop, Value v, ObjFuture **out) {
    if (is_future(v)) {
        *out = (ObjFuture *)v.as.obj;
        return true;
    }
    if (is_coroutine(v)) {
        *out = task_new(r, loop, v);
        return *out != NULL;
    }
    return exc_raise(r, &exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
}

bool asyncio_awaitable(Run *r, Value v, ObjFuture **out) {
    ObjLoop *loop = running_loop(r);
    if (!loop) return exc_raise(r, &exc_RuntimeError, "no running event loop");
    return as_awaitable(r, loop, v, out);
}

Obj *asyncio_timer_new(Run *r, double delay, Obj *waiter) {
    ObjLoop *loop = running_loop(r);
    if (!loop) {
        exc_raise(r, &exc_RuntimeError, "no running event loop");
        return NULL;
    }
    ObjFuture *timer = future_new(r, FUTURE_SLEEP);
    if (!timer || !gc_push_root(r, v_obj(&timer->base))) return NULL;
    timer->timed_out = true;
    timer->wake = loop->now + (delay > 0 ? delay : 0);
    bool ok = sleep_register(r, loop, timer) && future_add_waiter(r, timer, waiter);
    gc_pop_roots(r, 1);
    return ok ? &timer->base : NULL;
}

static bool asyncio_gather(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    bool return_exceptions = false;
    for (uint32_t k = 0; k < a->nkw; k++) {
        if (!str_equal_cstr((const ObjStr *)a->kwnames[k], "return_exceptions")) {
            return exc_raise(r, &exc_TypeError, "gather() got an unexpected keyword argument '%s'",
                             ((const ObjStr *)a->kwnames[k])->data);
        }
        if (!ops_truthy(r, a->kwvalues[k], &return_exceptions)) return false;
    }
    ObjLoop *loop = running_loop(r);
    if (!loop) return exc_raise(r, &exc_RuntimeError, "no running event loop");
    Obj *kids = tuple_new(r, a->npos);
    if (!kids || !gc_push_root(r, v_obj(kids))) return false;
    ObjFuture *g = future_new(r, FUTURE_GATHER);
    bool ok = g && gc_push_root(r, v_obj(&g->base));
    if (ok) {
        g->children = kids;
        g->return_exceptions = return_exceptions;
        for (uint32_t k = 0; ok && k < a->npos; k++) {
            ObjFuture *child = NULL;
            ok = as_awaitable(r, loop, a->pos[k], &child);
            if (ok) ((ObjTuple *)kids)->items[k] = v_obj(&child->base);
        }
        g->remaining = (uint32_t)a->npos;
        for (uint32_t k = 0; ok && k < a->npos; k++) {
            ObjFuture *child = (ObjFuture *)((ObjTuple *)kids)->items[k].as.obj;
            ok = child->state == FUTURE_PENDING ? future_add_waiter(r, child, &g->base)
                                                : gather_child_done(r, g, child);
        }
        if (ok && a->npos == 0) ok = future_complete(r, &g->base, false, v_obj(list_new(r, 0)));
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(&g->base);
    return ok;
}

static bool asyncio_create_task(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"coro", "name"};
    static const ArgSpec spec = {"create_task", names, 2, 0, 1, 1};
    Value v[2];
    if (!args_bind(r, a, &spec, v)) return false;  // the name is accepted; tasks are numbered
    if (is_future(v[0])) {
        *out = v[0];  // an async tool's call already runs on its own: it is its own task
        return true;
    }
    Obj *t = asyncio_task_new(r, v[0]);
    if (t) *out = v_obj(t);
    return t != NULL;
}

// ensure_future(obj): a future (or task) as it is, a coroutine as a new task.
static bool asyncio_ensure_future(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"coro_or_future", "loop"};
    static const ArgSpec spec = {"ensure_future", names, 2, 0, 1, 1};
    Value v[2];
    if (!args_bind(r, a, &spec, v)) return false;
    if (is_future(v[0])) {
        *out = v[0];
        return true;
    }
    if (!is_coroutine(v[0])) {
        return exc_raise(r, &exc_TypeError, "An asyncio.Future, a coroutine or an awaitable is required");
    }
    Obj *t = asyncio_task_new(r, v[0]);
    if (t) *out = v_obj(t);
    return t != NULL;
}

Obj *asyncio_task_new(Run *r, Value coro) {
    if (!is_coroutine(coro)) {
        exc_raise(r, &exc_TypeError, "a coroutine was expected, got %R", coro);
        return NULL;
    }
    ObjLoop *loop = running_loop(r);
    if (!loop) {
        exc_raise(r, &exc_RuntimeError, "no running event loop");
        return NULL;
    }
    ObjFuture *t = task_new(r, loop, coro);
    return t ? &t->base : NULL;
}

bool asyncio_call_soon(Run *r, Obj *loop, Obj *callback) {
    return loop_make_ready(r, (ObjLoop *)loop, callback);
}

Obj *asyncio_current_task(Run *r) {
    ObjLoop *loop = running_loop(r);
    return loop ? loop->current : NULL;
}

bool future_cancel_now(Run *r, Obj *f) {
    bool done;
    return future_cancel(r, (ObjFuture *)f, v_undef(), 0, &done);
}

bool asyncio_delay(Run *r, Value v, double *out) {
    if (is_float(v)) {
        *out = v.as.f;
        return true;
    }
    if (int_check(v)) return int_to_double(r, v, out);
    return exc_raise(r, &exc_TypeError, "'%T' object cannot be interpreted as a delay", v);
}

static bool asyncio_sleep(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"delay", "result"};
    static const ArgSpec spec = {"sleep", names, 2, 0, 2, 1};
    Value v[2];
    if (!args_bind(r, a, &spec, v)) return false;
    double delay;
    if (!asyncio_delay(r, v[0], &delay)) return false;
    ObjLoop *loop = running_loop(r);
    ObjFuture *f = future_new(r, FUTURE_SLEEP);
    if (!f) return false;
    f->result = is_undef(v[1]) ? v_none() : v[1];
    f->wake = (loop ? loop->now : 0) + (delay > 0 ? delay : 0);
    *out = v_obj(&f->base);
    if (!loop) return true;  // registered where it is awaited
    if (!gc_push_root(r, *out)) return false;
    bool ok = sleep_register(r, loop, f);
    gc_pop_roots(r, 1);
    return ok;
}

// wait_for(aw, timeout): a future with aw's outcome; when the timeout passes first, aw is
// cancelled and the future fails with TimeoutError once it is done.
static bool asyncio_wait_for(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"fut", "timeout"};
    static const ArgSpec spec = {"wait_for", names, 2, 0, 2, 2};
    Value v[2];
    double delay = 0;
    if (!args_bind(r, a, &spec, v) || (!is_none(v[1]) && !asyncio_delay(r, v[1], &delay))) return false;
    ObjLoop *loop = running_loop(r);
    if (!loop) return exc_raise(r, &exc_RuntimeError, "no running event loop");
    ObjFuture *inner;
    if (!as_awaitable(r, loop, v[0], &inner)) return false;
    *out = v_obj(&inner->base);
    if (is_none(v[1])) return true;
    if (!gc_push_root(r, *out)) return false;
    ObjFuture *w = future_new(r, FUTURE_WAIT_FOR);
    bool ok = w && gc_push_root(r, v_obj(&w->base));
    if (ok) {
        w->inner = &inner->base;
        w->loop = &loop->base;
        ObjFuture *timer = future_new(r, FUTURE_SLEEP);
        ok = timer != NULL;
        if (ok) {
            timer->timed_out = true;
            timer->wake = loop->now + (delay > 0 ? delay : 0);
            ok = gc_push_root(r, v_obj(&timer->base)) &&
                 (inner->state == FUTURE_PENDING ? future_add_waiter(r, inner, &w->base)
                                                 : wait_for_child_done(r, w, inner)) &&
                 (delay > 0 ? sleep_register(r, loop, timer) && future_add_waiter(r, timer, &w->base)
                            : wait_for_child_done(r, w, timer));
            gc_pop_roots(r, 1);
        }
        gc_pop_roots(r, 1);
        *out = v_obj(&w->base);
    }
    gc_pop_roots(r, 1);
    return ok;
}

// iscoroutine(obj): whether obj is a coroutine object; sleep() and wait_for(), coroutine
// functions in CPython, return futures here that stand for their coroutines.
static bool asyncio_iscoroutine(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "iscoroutine", 1, 1)) return false;
    Value v = a->pos[0];
    bool coro_future = v.tag == VAL_OBJ && v.as.obj->type == &type_future &&
                       (((ObjFuture *)v.as.obj)->kind == FUTURE_SLEEP || ((ObjFuture *)v.as.obj)->kind == FUTURE_WAIT_FOR);
    *out = v_bool(is_coroutine(v) || coro_future);
    return true;
}

// iscoroutinefunction(func): whether func is an `async def` function, seen through bound
// methods and functools.partial as inspect.iscoroutinefunction does.
static bool asyncio_iscoroutinefunction(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "iscoroutinefunction", 1, 1)) return false;
    Value f = a->pos[0];
    for (;;) {
        if (is_bound_method(f)) {
            f = ((ObjBoundMethod *)f.as.obj)->func;
        } else if (f.tag == VAL_OBJ && f.as.obj->type == &mod_functools_partial) {
            if (!ops_getattr_cstr(r, f, "func", &f)) return false;
        } else {
            break;
        }
    }
    // an async generator function has both flags
    uint32_t flags = is_function(f) ? ((ObjFunction *)f.as.obj)->code->flags : 0;
    *out = v_bool((flags & CODE_COROUTINE) && !(flags & CODE_GENERATOR));
    return true;
}

#define ASYNCIO_FUNCTIONS(X) \
    X(as_completed) X(create_task) X(ensure_future) X(gather) X(iscoroutine) X(iscoroutinefunction) \
    X(sleep) X(timeout) X(wait) X(wait_for)

#define ASYNCIO_DEF(NAME) STATIC_BUILTIN(#NAME, asyncio_##NAME, 0)
ASYNCIO_FUNCTIONS(ASYNCIO_DEF)
#undef ASYNCIO_DEF

static const ObjBuiltin obj_run = {
    .base = {.type = &type_builtin, .size = sizeof(ObjBuiltin), .flags = OBJ_STATIC},
    .def = &asyncio_run_def,
    .self = {.tag = VAL_NONE},
};

#define ASYNCIO_ENTRY(NAME) &obj_asyncio_##NAME,
static const ObjBuiltin *const asyncio_builtins[] = {ASYNCIO_FUNCTIONS(ASYNCIO_ENTRY) &obj_run};
#undef ASYNCIO_ENTRY

// wait()'s return_when values, which are their own names.
static bool mod_asyncio_constants(Run *r, Obj *module) {
    static const char *const names[] = {"ALL_COMPLETED", "FIRST_COMPLETED", "FIRST_EXCEPTION"};
    for (size_t k = 0; k < 3; k++) {
        Obj *s = str_from_cstr(r, names[k]);
        if (!s || !module_set(r, module, names[k], v_obj(s))) return false;
    }
    return true;
}

bool mod_asyncio_init(Run *r, Obj *module) {
    for (size_t k = 0; k < sizeof asyncio_builtins / sizeof *asyncio_builtins; k++) {
        const ObjBuiltin *b = asyncio_builtins[k];
        if (!module_set(r, module, b->def->name, v_obj((Obj *)&b->base))) return false;
    }
    return module_set(r, module, "Future", v_obj((Obj *)&type_future)) &&
           module_set(r, module, "Task", v_obj((Obj *)&type_task)) &&
           module_set(r, module, "CancelledError", v_obj((Obj *)&exc_CancelledError)) &&
           module_set(r, module, "InvalidStateError", v_obj((Obj *)&exc_InvalidStateError)) &&
           module_set(r, module, "TimeoutError", v_obj((Obj *)&exc_TimeoutError)) &&
           module_set(r, module, "TaskGroup", v_obj((Obj *)&type_taskgroup)) &&
           module_set(r, module, "Timeout", v_obj((Obj *)&type_timeout)) &&
           module_set(r, module, "Queue", v_obj((Obj *)&type_queue)) &&
           module_set(r, module, "LifoQueue", v_obj((Obj *)&type_lifo_queue)) &&
           module_set(r, module, "PriorityQueue", v_obj((Obj *)&type_priority_queue)) &&
           module_set(r, module, "QueueEmpty", v_obj((Obj *)&exc_QueueEmpty)) &&
           module_set(r, module, "QueueFull", v_obj((Obj *)&exc_QueueFull)) && mod_asyncio_constants(r, module) &&
           mod_asyncio_sync_init(r, module);
}
