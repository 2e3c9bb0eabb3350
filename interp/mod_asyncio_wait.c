// asyncio.as_completed and asyncio.timeout (see mod_asyncio_wait.h), after CPython 3.14's
// tasks.py and timeouts.py.
#include "interp/mod_asyncio_wait.h"

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_gen.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_set.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

// ---- as_completed and wait ----

// What asyncio.wait() waits for (return_when); AS_ITERATOR: as_completed().
typedef enum WaitMode { AS_ITERATOR, WAIT_FIRST_COMPLETED, WAIT_FIRST_EXCEPTION, WAIT_ALL_COMPLETED } WaitMode;

// Waits on several futures. For as_completed(), the iterator it returns: its k-th item is a
// future that gets the outcome of the k-th of its futures to complete (`for`), or that future
// itself (`async for`). For wait(), `result` gets (done, pending) once `mode` is met.
typedef struct ObjAsCompleted {
    Obj base;
    Obj *done;      // list: its futures in the order they completed
    Obj *finished;  // list: those completed since its callbacks last ran
    Obj *handed;    // list: the futures its iteration handed out, in order
    Obj *loop;      // where its callbacks run
    Obj *all;       // wait(): list of its futures
    Obj *result;    // wait(): the future it completes
    Obj *timer;     // wait(): the timeout's timer, or NULL
    size_t total;   // how many futures it waits on
    bool async;     // `async for` hands out the futures themselves
    uint8_t mode;   // WaitMode
} ObjAsCompleted;

static void ac_trace(Run *r, Obj *o) {
    ObjAsCompleted *it = (ObjAsCompleted *)o;
    gc_mark_obj(r, it->done);
    gc_mark_obj(r, it->finished);
    gc_mark_obj(r, it->handed);
    gc_mark_obj(r, it->loop);
    gc_mark_obj(r, it->all);
    gc_mark_obj(r, it->result);
    gc_mark_obj(r, it->timer);
}

// Completes handed-out future `out` with what the iteration gives for completed future f.
static bool ac_give(Run *r, const ObjAsCompleted *it, Obj *out, ObjFuture *f) {
    if (it->async) return future_complete(r, out, false, v_obj(&f->base));
    return future_complete(r, out, f->state == FUTURE_FAILED, f->result);
}

// Hands out the next item: a future, already complete when its turn has come.
static bool ac_next_future(Run *r, ObjAsCompleted *it, Value *out) {
    Obj *f = future_plain_new(r);
    if (!f || !gc_push_root(r, v_obj(f))) return false;
    size_t k = ((ObjList *)it->handed)->len;
    bool ok = list_append_obj(r, it->handed, v_obj(f));
    const ObjList *done = (const ObjList *)it->done;
    if (ok && k < done->len) ok = ac_give(r, it, f, (ObjFuture *)done->items[k].as.obj);
    gc_pop_roots(r, 1);
    *out = v_obj(f);
    return ok;
}

static IterStep ac_iter_next(Run *r, Value self, Value *out) {
    ObjAsCompleted *it = (ObjAsCompleted *)self.as.obj;
    if (((ObjList *)it->handed)->len >= it->total) return ITER_END;
    return ac_next_future(r, it, out) ? ITER_ITEM : ITER_ERROR;
}

static bool ac_iter(Run *r, Value v, Value *out) {
    (void)r;
    *out = v;
    return true;
}

static bool ac_aiter(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__aiter__", 0, 0)) return false;
    ((ObjAsCompleted *)self.as.obj)->async = true;
    *out = self;
    return true;
}

static bool ac_anext(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__anext__", 0, 0)) return false;
    ObjAsCompleted *it = (ObjAsCompleted *)self.as.obj;
    it->async = true;
    if (((ObjList *)it->handed)->len < it->total) return ac_next_future(r, it, out);
    // the end: an awaitable that raises StopAsyncIteration
    Obj *f = future_plain_new(r);
    if (!f || !gc_push_root(r, v_obj(f))) return false;
    Obj *e = exc_new(r, &exc_StopAsyncIteration, NULL);
    bool ok = e && future_complete(r, f, true, v_obj(e));
    gc_pop_roots(r, 1);
    *out = v_obj(f);
    return ok;
}

bool as_completed_done(Run *r, Obj *o, ObjFuture *f) {
    ObjAsCompleted *it = (ObjAsCompleted *)o;
    if (((ObjList *)it->finished)->len == 0 && !asyncio_call_soon(r, it->loop, o)) return false;
    return list_append_obj(r, it->finished, v_obj(&f->base));
}

static bool wait_check(Run *r, ObjAsCompleted *it, bool timed_out);

bool as_completed_run_callbacks(Run *r, Obj *o) {
    ObjAsCompleted *it = (ObjAsCompleted *)o;
    ObjList *fin = (ObjList *)it->finished;
    bool timed_out = false;
    for (size_t k = 0; k < fin->len; k++) {
        ObjFuture *f = (ObjFuture *)fin->items[k].as.obj;
        if (&f->base == it->timer) {
            timed_out = true;
            continue;
        }
        size_t at = ((ObjList *)it->done)->len;
        if (!list_append_obj(r, it->done, v_obj(&f->base))) return false;
        const ObjList *handed = (const ObjList *)it->handed;
        if (at < handed->len && !ac_give(r, it, handed->items[at].as.obj, f)) return false;
    }
    fin->len = 0;
    return it->mode == AS_ITERATOR || wait_check(r, it, timed_out);
}

// wait(): once its condition is met (or the timeout passed), (done, pending) as two sets.
static bool wait_check(Run *r, ObjAsCompleted *it, bool timed_out) {
    if (((ObjFuture *)it->result)->state != FUTURE_PENDING) return true;
    const ObjList *done = (const ObjList *)it->done;
    bool failed = false;
    for (size_t k = 0; k < done->len; k++) {
        const ObjFuture *f = (const ObjFuture *)done->items[k].as.obj;
        failed = failed || (f->state == FUTURE_FAILED && !f->cancelled);
    }
    bool met = timed_out || done->len == it->total || (it->mode == WAIT_FIRST_COMPLETED && done->len) ||
               (it->mode == WAIT_FIRST_EXCEPTION && failed);
    if (!met) return true;
    Obj *sets = tuple_new(r, 2);
    if (!sets || !gc_push_root(r, v_obj(sets))) return false;
    bool ok = true;
    for (int k = 0; ok && k < 2; k++) {
        Obj *set = set_new(r, false);
        ok = set != NULL;
        if (ok) ((ObjTuple *)sets)->items[k] = v_obj(set);
    }
    const ObjList *all = (const ObjList *)it->all;
    for (size_t k = 0; ok && k < all->len; k++) {
        const ObjFuture *f = (const ObjFuture *)all->items[k].as.obj;
        ok = set_add(r, ((ObjTuple *)sets)->items[f->state == FUTURE_PENDING].as.obj, all->items[k]);
    }
    ok = ok && future_complete(r, it->result, false, v_obj(sets));
    gc_pop_roots(r, 1);
    return ok;
}

static const MethodDef ac_methods[] = {
    {"__aiter__", ac_aiter},
    {"__anext__", ac_anext},
};

const ObjType type_as_completed = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "_AsCompletedIterator",
    .module = "asyncio.tasks",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = ac_methods,
    .method_count = sizeof ac_methods / sizeof *ac_methods,
    .slots = {.hash = identity_hash, .iter = ac_iter, .next = ac_iter_next, .trace = ac_trace},
};

// Waits on each future (or coroutine, as a task) of the iterable `fs`.
static bool ac_wait_all(Run *r, ObjAsCompleted *it, Value fs) {
    Obj *items = list_from_iterable(r, fs);
    if (!items || !gc_push_root(r, v_obj(items))) return false;
    bool ok = true;
    const ObjList *l = (const ObjList *)items;
    for (size_t k = 0; ok && k < l->len; k++) {
        ObjFuture *f;
        ok = asyncio_awaitable(r, l->items[k], &f) &&
             (f->state == FUTURE_PENDING ? future_add_waiter(r, f, &it->base) : as_completed_done(r, &it->base, f));
        if (ok && !it->loop) it->loop = f->loop;
    }
    it->total = l->len;
    gc_pop_roots(r, 1);
    return ok;
}

bool asyncio_as_completed(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"fs", "timeout"};
    static const ArgSpec spec = {"as_completed", names, 2, 0, 1, 1};
    Value v[2];
    if (!args_bind(r, a, &spec, v)) return false;
    if (!is_undef(v[1]) && !is_none(v[1])) {
        return exc_raise(r, &exc_NotImplementedError, "moat's as_completed() takes no timeout");
    }
    if (is_future(v[0]) || is_coroutine(v[0])) {
        return exc_raise(r, &exc_TypeError, "expect an iterable of futures, not %s", value_type_name(v[0]));
    }
    ObjAsCompleted *it = gc_new(r, ObjAsCompleted, &type_as_completed);
    if (!it || !gc_push_root(r, v_obj(&it->base))) return false;
    bool ok = (it->done = list_new(r, 0)) && (it->finished = list_new(r, 0)) &&
              (it->handed = list_new(r, 0)) && ac_wait_all(r, it, v[0]);
    gc_pop_roots(r, 1);
    *out = v_obj(&it->base);
    return ok;
}

// wait(fs, *, timeout=None, return_when=ALL_COMPLETED): (done, pending) sets of tasks.
bool asyncio_wait(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"fs", "timeout", "return_when"};
    static const ArgSpec spec = {"wait", names, 3, 0, 1, 1};
    static const char *const modes[] = {"FIRST_COMPLETED", "FIRST_EXCEPTION", "ALL_COMPLETED"};
    Value v[3];
    double delay = -1;
    if (!args_bind(r, a, &spec, v) || (!is_undef(v[1]) && !is_none(v[1]) && !asyncio_delay(r, v[1], &delay))) {
        return false;
    }
    uint8_t mode = WAIT_ALL_COMPLETED;
    bool known = is_undef(v[2]);
    for (uint8_t k = 0; !known && k < 3; k++) {
        known = is_str(v[2]) && str_equal_cstr(as_str(v[2]), modes[k]);
        if (known) mode = WAIT_FIRST_COMPLETED + k;
    }
    if (!known) return exc_raise(r, &exc_ValueError, "Invalid return_when value: %S", v[2]);
    if (is_future(v[0]) || is_coroutine(v[0])) {
        return exc_raise(r, &exc_TypeError, "expect a list of futures, not %s", value_type_name(v[0]));
    }
    Obj *all = list_from_iterable(r, v[0]);
    if (!all || !gc_push_root(r, v_obj(all))) return false;
    const ObjList *l = (const ObjList *)all;
    bool ok = true;
    for (size_t k = 0; ok && k < l->len; k++) {
        if (is_coroutine(l->items[k])) {
            ok = exc_raise(r, &exc_TypeError, "Passing coroutines is forbidden, use tasks explicitly.");
        }
    }
    if (ok && l->len == 0) ok = exc_raise(r, &exc_ValueError, "Set of Tasks/Futures is empty.");
    ObjAsCompleted *it = ok ? gc_new(r, ObjAsCompleted, &type_as_completed) : NULL;
    if (it && gc_push_root(r, v_obj(&it->base))) {
        it->mode = mode;
        it->all = all;
        ok = (it->done = list_new(r, 0)) && (it->finished = list_new(r, 0)) && (it->handed = list_new(r, 0)) &&
             (it->result = future_plain_new(r)) && ac_wait_all(r, it, v_obj(all)) &&
             (delay < 0 || (it->timer = asyncio_timer_new(r, delay, &it->base)));
        *out = ok ? v_obj(it->result) : v_undef();
        gc_pop_roots(r, 1);
    } else {
        ok = false;
    }
    gc_pop_roots(r, 1);
    return ok;
}

// ---- timeout ----

typedef enum TimeoutState { TIMEOUT_CREATED, TIMEOUT_ENTERED, TIMEOUT_EXPIRING, TIMEOUT_EXPIRED, TIMEOUT_EXITED } TimeoutState;

typedef struct ObjTimeout {
    Obj base;
    Obj *task;     // the task whose block it bounds
    Obj *timer;    // the running timer, or NULL
    double delay;  // seconds from __aenter__; negative: none
    uint8_t state; // TimeoutState
} ObjTimeout;

static void timeout_trace(Run *r, Obj *o) {
    gc_mark_obj(r, ((ObjTimeout *)o)->task);
    gc_mark_obj(r, ((ObjTimeout *)o)->timer);
}

static ObjTimeout *as_timeout(Value v) {
    return (ObjTimeout *)v.as.obj;
}

// A future already complete (failed: with exception `value`), for __aenter__ and __aexit__.
static bool timeout_done_future(Run *r, bool failed, Value value, Value *out) {
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

static bool timeout_aenter(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__aenter__", 0, 0)) return false;
    ObjTimeout *t = as_timeout(self);
    if (t->state != TIMEOUT_CREATED) return exc_raise(r, &exc_RuntimeError, "Timeout has already been entered");
    t->task = asyncio_current_task(r);
    if (!t->task) return exc_raise(r, &exc_RuntimeError, "Timeout should be used inside a task");
    t->state = TIMEOUT_ENTERED;
    if (t->delay >= 0 && !(t->timer = asyncio_timer_new(r, t->delay, &t->base))) return false;
    return timeout_done_future(r, false, self, out);
}

bool timeout_expired(Run *r, Obj *o) {
    ObjTimeout *t = (ObjTimeout *)o;
    if (t->state != TIMEOUT_ENTERED) return true;
    t->state = TIMEOUT_EXPIRING;
    t->timer = NULL;
    return future_cancel_now(r, t->task);
}

// __aexit__: a CancelledError that the timeout caused becomes TimeoutError (from it).
static bool timeout_aexit(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__aexit__", 3, 3)) return false;
    ObjTimeout *t = as_timeout(self);
    bool expiring = t->state == TIMEOUT_EXPIRING;
    t->state = expiring ? TIMEOUT_EXPIRED : TIMEOUT_EXITED;
    if (t->timer) {
        // the timer is dropped: completing it early tells this (exited) timeout nothing
        Obj *timer = t->timer;
        t->timer = NULL;
        if (!future_complete(r, timer, false, v_none())) return false;
    }
    Value exc = a->pos[1];
    if (!expiring || !is_exception(exc) || exc.as.obj->type != &exc_CancelledError) {
        return timeout_done_future(r, false, v_none(), out);
    }
    Obj *e = exc_new(r, &exc_TimeoutError, NULL);
    if (!e) return false;
    ((ObjException *)e)->cause = exc;
    ((ObjException *)e)->suppress_context = true;
    return timeout_done_future(r, true, v_obj(e), out);
}

static bool timeout_expired_method(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "expired", 0, 0)) return false;
    uint8_t s = as_timeout(self)->state;
    *out = v_bool(s == TIMEOUT_EXPIRING || s == TIMEOUT_EXPIRED);
    return true;
}

static bool timeout_repr(Run *r, Value v, Buf *out) {
    (void)r;
    static const char *const states[] = {"created", "active", "expiring", "expired", "finished"};
    return buf_printf(out, "<Timeout [%s]>", states[as_timeout(v)->state]);
}

static const MethodDef timeout_methods[] = {
    {"__aenter__", timeout_aenter},
    {"__aexit__", timeout_aexit},
    {"expired", timeout_expired_method},
};

const ObjType type_timeout = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "Timeout",
    .module = "asyncio",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = timeout_methods,
    .method_count = sizeof timeout_methods / sizeof *timeout_methods,
    .slots = {.repr = timeout_repr, .hash = identity_hash, .trace = timeout_trace},
};

bool asyncio_timeout(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"delay"};
    static const ArgSpec spec = {"timeout", names, 1, 0, 1, 1};
    Value v[1];
    double delay = -1;
    if (!args_bind(r, a, &spec, v) || (!is_none(v[0]) && !asyncio_delay(r, v[0], &delay))) return false;
    ObjTimeout *t = gc_new(r, ObjTimeout, &type_timeout);
    if (!t) return false;
    t->delay = is_none(v[0]) ? -1 : delay < 0 ? 0 : delay;
    *out = v_obj(&t->base);
    return true;
}
