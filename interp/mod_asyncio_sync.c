// asyncio's synchronization primitives: Lock, Semaphore, BoundedSemaphore and Event (see
// mod_asyncio_sync.h). Waiting is a pending future of the loop's; releasing completes the
// first waiter's, handing it the lock (or the semaphore's unit) in FIFO order, as CPython's
// _wake_up_first/_wake_up_next do.
#include "interp/mod_asyncio_sync.h"

#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mod_asyncio.h"
#include "interp/modules.h"
#include "interp/obj_int.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/ops.h"

typedef enum SyncKind { SYNC_LOCK, SYNC_SEMAPHORE, SYNC_BOUNDED, SYNC_EVENT } SyncKind;

typedef struct ObjSync {
    Obj base;
    uint8_t kind;     // SyncKind
    int64_t value;    // LOCK: 1 when unlocked; SEMAPHORE: free units; EVENT: 1 when set
    int64_t bound;    // BOUNDED: the initial value
    Obj *waiters;     // list of pending futures, first come first served
} ObjSync;

static void sync_trace(Run *r, Obj *o) {
    gc_mark_obj(r, ((ObjSync *)o)->waiters);
}

static ObjSync *as_sync(Value v) {
    return (ObjSync *)v.as.obj;
}

// A waiter's future, queued on s; *out is the awaitable.
static bool sync_wait(Run *r, ObjSync *s, Value *out) {
    Obj *f = future_plain_new(r);
    if (!f || !gc_push_root(r, v_obj(f))) return false;
    bool ok = (s->waiters || (s->waiters = list_new(r, 0))) && list_append_obj(r, s->waiters, v_obj(f));
    gc_pop_roots(r, 1);
    *out = v_obj(f);
    return ok;
}

// Completes the first waiter's future with `value`: false when none waits.
// Waiters whose futures are done were cancelled: they are skipped, as CPython's are.
static bool sync_wake_first(Run *r, ObjSync *s, Value value, bool *woke) {
    *woke = false;
    ObjList *w = (ObjList *)s->waiters;
    while (w && w->len && !*woke) {
        Value f = w->items[0];
        memmove(w->items, w->items + 1, (w->len - 1) * sizeof *w->items);
        w->len--;
        if (((ObjFuture *)f.as.obj)->state != FUTURE_PENDING) continue;
        if (!gc_push_root(r, f)) return false;
        bool ok = future_complete(r, f.as.obj, false, value);
        gc_pop_roots(r, 1);
        if (!ok) return false;
        *woke = true;
    }
    return true;
}

// An awaitable that is already done, with `value`.
static bool sync_done(Run *r, Value value, Value *out) {
    Obj *f = future_plain_new(r);
    if (!f) return false;
    *out = v_obj(f);
    if (!gc_push_root(r, *out)) return false;
    bool ok = future_complete(r, f, false, value);
    gc_pop_roots(r, 1);
    return ok;
}

// Whether a waiter that was not cancelled waits.
static bool sync_has_waiters(const ObjSync *s) {
    const ObjList *w = (const ObjList *)s->waiters;
    for (size_t k = 0; w && k < w->len; k++) {
        if (((const ObjFuture *)w->items[k].as.obj)->state == FUTURE_PENDING) return true;
    }
    return false;
}

static bool sync_acquire(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "acquire", 0, 0)) return false;
    ObjSync *s = as_sync(self);
    if (s->value > 0 && !sync_has_waiters(s)) {
        s->value--;
        return sync_done(r, v_bool(true), out);
    }
    return sync_wait(r, s, out);
}

static bool sync_release(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "release", 0, 0)) return false;
    ObjSync *s = as_sync(self);
    *out = v_none();
    if (s->kind == SYNC_LOCK && s->value > 0) return exc_raise(r, &exc_RuntimeError, "Lock is not acquired.");
    if (s->kind == SYNC_BOUNDED && s->value >= s->bound) {
        return exc_raise(r, &exc_ValueError, "BoundedSemaphore released too many times");
    }
    bool woke;
    if (!sync_wake_first(r, s, v_bool(true), &woke)) return false;
    if (!woke) s->value++;  // else the lock (or unit) goes straight to the waiter
    return true;
}

static bool sync_locked(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "locked", 0, 0)) return false;
    ObjSync *s = as_sync(self);
    *out = v_bool(s->value == 0 || sync_has_waiters(s));
    return true;
}

static bool sync_aenter(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__aenter__", 0, 0)) return false;
    Args none = {0};
    return sync_acquire(r, self, &none, out);
}

static bool sync_aexit(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__aexit__", 3, 3)) return false;
    Args none = {0};
    Value ignored;
    return sync_release(r, self, &none, &ignored) && sync_done(r, v_none(), out);
}

static bool sync_repr(Run *r, Value v, Buf *out) {
    const ObjSync *s = as_sync(v);
    static const char *const names[] = {"Lock", "Semaphore", "BoundedSemaphore", "Event"};
    if (!buf_printf(out, "<asyncio.locks.%s object at 0x%llx [", names[s->kind],
                    (unsigned long long)run_object_id(r, s))) {
        return false;
    }
    size_t waiting = s->waiters ? ((const ObjList *)s->waiters)->len : 0;
    bool ok = s->kind == SYNC_LOCK    ? buf_printf(out, "%s", s->value ? "unlocked" : "locked")
              : s->kind == SYNC_EVENT ? buf_printf(out, "%s", s->value ? "set" : "unset")
              : s->value == 0 || waiting ? buf_printf(out, "locked")
                                         : buf_printf(out, "unlocked, value:%lld", (long long)s->value);
    if (ok && waiting) ok = buf_printf(out, ", waiters:%zu", waiting);
    return ok && buf_printf(out, "]>");
}

// ---- Event ----

static bool event_set(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "set", 0, 0)) return false;
    ObjSync *s = as_sync(self);
    *out = v_none();
    if (s->value) return true;
    s->value = 1;
    for (bool woke = true; woke;) {
        if (!sync_wake_first(r, s, v_bool(true), &woke)) return false;
    }
    return true;
}

static bool event_clear(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "clear", 0, 0)) return false;
    as_sync(self)->value = 0;
    *out = v_none();
    return true;
}

static bool event_is_set(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "is_set", 0, 0)) return false;
    *out = v_bool(as_sync(self)->value != 0);
    return true;
}

static bool event_wait(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "wait", 0, 0)) return false;
    ObjSync *s = as_sync(self);
    return s->value ? sync_done(r, v_bool(true), out) : sync_wait(r, s, out);
}

// ---- the types ----

static ObjSync *sync_new(Run *r, const ObjType *t, SyncKind kind, int64_t value) {
    ObjSync *s = gc_new(r, ObjSync, t);
    if (!s) return NULL;
    s->kind = (uint8_t)kind;
    s->value = s->bound = value;
    return s;
}

static bool lock_construct(Run *r, Value callee, const Args *a, Value *out) {
    if (!args_positional(r, a, "Lock", 0, 0)) return false;
    ObjSync *s = sync_new(r, (const ObjType *)callee.as.obj, SYNC_LOCK, 1);
    if (s) *out = v_obj(&s->base);
    return s != NULL;
}

static bool event_construct(Run *r, Value callee, const Args *a, Value *out) {
    if (!args_positional(r, a, "Event", 0, 0)) return false;
    ObjSync *s = sync_new(r, (const ObjType *)callee.as.obj, SYNC_EVENT, 0);
    if (s) *out = v_obj(&s->base);
    return s != NULL;
}

static bool semaphore_construct(Run *r, Value callee, const Args *a, Value *out) {
    const ObjType *t = (const ObjType *)callee.as.obj;
    static const char *const names[] = {"value"};
    static const ArgSpec spec = {"Semaphore", names, 1, 0, 1, 0};
    Value v[1];
    if (!args_bind(r, a, &spec, v)) return false;
    int64_t n = 1;
    if (!is_undef(v[0]) && !ops_index(r, v[0], &n)) return false;
    if (n < 0) return exc_raise(r, &exc_ValueError, "Semaphore initial value must be >= 0");
    ObjSync *s = sync_new(r, t, t == &type_bounded_semaphore ? SYNC_BOUNDED : SYNC_SEMAPHORE, n);
    if (s) *out = v_obj(&s->base);
    return s != NULL;
}

static const MethodDef lock_methods[] = {
    {"__aenter__", sync_aenter},
    {"__aexit__", sync_aexit},
    {"acquire", sync_acquire},
    {"locked", sync_locked},
    {"release", sync_release},
};

static const MethodDef event_methods[] = {
    {"clear", event_clear},
    {"is_set", event_is_set},
    {"set", event_set},
    {"wait", event_wait},
};

#define SYNC_TYPE(VAR, NAME, BASE, METHODS, CONSTRUCT)                                  \
    const ObjType VAR = {                                                               \
        .base = {.type = &type_type, .flags = OBJ_STATIC},                              \
        .name = NAME,                                                                   \
        .module = "asyncio",                                                            \
        .id = TYPE_OBJECT,                                                              \
        .base_type = BASE,                                                              \
        .methods = METHODS,                                                             \
        .method_count = sizeof METHODS / sizeof *METHODS,                               \
        .construct = CONSTRUCT,                                                         \
        .slots = {.repr = sync_repr, .hash = identity_hash, .trace = sync_trace},       \
    };
SYNC_TYPE(type_lock, "Lock", &type_object, lock_methods, lock_construct)
SYNC_TYPE(type_semaphore, "Semaphore", &type_object, lock_methods, semaphore_construct)
SYNC_TYPE(type_bounded_semaphore, "BoundedSemaphore", &type_semaphore, lock_methods, semaphore_construct)
SYNC_TYPE(type_event, "Event", &type_object, event_methods, event_construct)
#undef SYNC_TYPE

bool mod_asyncio_sync_init(Run *r, Obj *module) {
    return module_set(r, module, "Lock", v_obj((Obj *)&type_lock)) &&
           module_set(r, module, "Semaphore", v_obj((Obj *)&type_semaphore)) &&
           module_set(r, module, "BoundedSemaphore", v_obj((Obj *)&type_bounded_semaphore)) &&
           module_set(r, module, "Event", v_obj((Obj *)&type_event));
}
