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
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mod_asyncio_sync.h"
#include "interp/modules.h"
#include "interp/obj_dict.h"
#include "interp/obj_float.h"
#include "interp/obj_func.h"
#include "interp/obj_gen.h"
#include "interp/obj_int.h"
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
    Obj *asyncgens;  // list: async generators first iterated under this loop
    Obj *closers;    // list: the tasks closing them when the main task is over, or NULL
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
}

static bool future_repr(Run *r, Value v, Buf *out) {
    ObjFuture *f = (ObjFuture *)v.as.obj;
    static const char *const states[] = {"pending", "finished", "finished"};
    if (f->kind == FUTURE_TASK) {
        return buf_printf(out, "<Task %s name='Task-%llu'>", states[f->state], (unsigned long long)f->id);
    }
    if (f->kind == FUTURE_EXTERNAL) {
        return buf_printf(out, "<Future %s %s() call %llu>", states[f->state],
                          as_str(v_obj(f->name))->data, (unsigned long long)f->id);
    }
    (void)r;
    return buf_printf(out, "<Future %s>", states[f->state]);
}

static bool future_done(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "done", 0, 0)) return false;
    *out = v_bool(((ObjFuture *)self.as.obj)->state != FUTURE_PENDING);
    return true;
}

static bool future_result(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "result", 0, 0)) return false;
    ObjFuture *f = (ObjFuture *)self.as.obj;
    if (f->state == FUTURE_PENDING) {
        // CPython's asyncio.InvalidStateError derives from Exception; moat has no such class
        return exc_raise(r, &exc_RuntimeError, "Result is not set.");
    }
    if (f->state == FUTURE_FAILED) return exc_raise_value(r, f->result);
    *out = f->result;
    return true;
}

static const MethodDef future_methods[] = {
    {"done", future_done},
    {"result", future_result},
};

const ObjType type_future = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "Future",
    .id = TYPE_FUTURE,
    .base_type = &type_object,
    .methods = future_methods,
    .method_count = sizeof future_methods / sizeof *future_methods,
    .slots = {.repr = future_repr, .trace = future_trace},
    .module = "asyncio",
};

const ObjType type_task = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "Task",
    .id = TYPE_FUTURE,
    .base_type = &type_future,
    .methods = future_methods,
    .method_count = sizeof future_methods / sizeof *future_methods,
    .slots = {.repr = future_repr, .trace = future_trace},
    .module = "asyncio",
};

static ObjFuture *future_new(Run *r, FutureKind kind) {
    ObjFuture *f = gc_new(r, ObjFuture, kind == FUTURE_TASK ? &type_task : &type_future);
    if (!f) return NULL;
    f->kind = (uint8_t)kind;
    f->state = FUTURE_PENDING;
    f->result = v_none();
    f->coro = v_none();
    return f;
}

Obj *future_plain_new(Run *r) {
    ObjFuture *f = future_new(r, FUTURE_PLAIN);
    return f ? &f->base : NULL;
}

Obj *future_external_new(Run *r, Obj *name) {
    if (!gc_push_root(r, v_obj(name))) return NULL;
    ObjFuture *f = future_new(r, FUTURE_EXTERNAL);
    gc_pop_roots(r, 1);
    if (f) f->name = name;
    return &f->base;
}

// Registers `waiter` (a task or a gather) to hear when f completes.
static bool future_add_waiter(Run *r, ObjFuture *f, Obj *waiter) {
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

bool future_complete(Run *r, Obj *future, bool failed, Value value) {
    ObjFuture *f = (ObjFuture *)future;
    if (f->state != FUTURE_PENDING) return true;
    f->state = failed ? FUTURE_FAILED : FUTURE_DONE;
    f->result = value;
    if (!f->waiters) return true;
    // waking may append to this list (a gather completing wakes its own waiters): index it
    ObjList *w = (ObjList *)f->waiters;
    for (size_t k = 0; k < w->len; k++) {
        ObjFuture *waiter = (ObjFuture *)w->items[k].as.obj;
        bool ok = waiter->kind == FUTURE_GATHER ? gather_child_done(r, waiter, f)
                  : waiter->state == FUTURE_PENDING ? loop_make_ready(r, (ObjLoop *)waiter->loop, &waiter->base)
                                                    : true;
        if (!ok) return false;
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
    bool ok = loop_make_ready(r, loop, &t->base);
    gc_pop_roots(r, 1);
    return ok ? t : NULL;
}

// ---- the loop ----

static void loop_trace(Run *r, Obj *o) {
    ObjLoop *l = (ObjLoop *)o;
    gc_mark_obj(r, l->main);
    gc_mark_obj(r, l->ready);
    gc_mark_obj(r, l->sleepers);
    gc_mark_obj(r, l->current);
    gc_mark_obj(r, l->asyncgens);
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
              (loop->asyncgens = list_new(r, 0));
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

// A task running `aclose` (an aclose() awaitable) on loop, `hops` turns from now.
static bool loop_add_closer(Run *r, ObjLoop *loop, Value aclose, Obj *closers, uint8_t hops) {
    if (!gc_push_root(r, aclose)) return false;
    ObjFuture *t = task_new(r, loop, aclose);
    if (t) t->hops = hops;
    bool ok = t && (!closers || list_append_obj(r, closers, v_obj(&t->base)));
    gc_pop_roots(r, 1);
    return ok;
}

// Once the main task is over, asyncio.run closes the async generators still suspended
// (shutdown_asyncgens): only their closing tasks run on. True while one of them is pending.
static bool loop_closing(Run *r, ObjLoop *loop, bool *failed) {
    *failed = false;
    if (!loop->closers) {
        if (!(loop->closers = list_new(r, 0))) return *failed = true;
        ((ObjList *)loop->ready)->len = loop->ready_head = 0;
        ObjList *gens = (ObjList *)loop->asyncgens;
        for (size_t k = 0; k < gens->len; k++) {
            Value g = gens->items[k], aclose;
            if (((ObjGenerator *)g.as.obj)->state != GEN_SUSPENDED) continue;
            if (!asend_new(r, g, ASEND_CLOSE, v_none(), v_undef(), &aclose) ||
                !loop_add_closer(r, loop, aclose, loop->closers, 0)) {
                return *failed = true;
            }
        }
        gens->len = 0;
    }
    const ObjList *c = (const ObjList *)loop->closers;
    for (size_t k = 0; k < c->len; k++) {
        if (((ObjFuture *)c->items[k].as.obj)->state == FUTURE_PENDING) return true;
    }
    return false;
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
            ObjFuture *t = (ObjFuture *)ready->items[loop->ready_head++].as.obj;
            if (loop->ready_head == ready->len) ready->len = loop->ready_head = 0;
            if (t->state != FUTURE_PENDING) continue;
            if (t->hops) {
                t->hops--;
                if (!loop_make_ready(r, loop, &t->base)) return LOOP_ERROR;
                continue;
            }
            loop->current = &t->base;
            *coro = t->coro;
            return LOOP_STEP;
        }
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
    if (!loop || loop->closers) return true;
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
    if (!is_coroutine(v[0])) return exc_raise(r, &exc_TypeError, "a coroutine was expected, got %R", v[0]);
    ObjLoop *loop = running_loop(r);
    if (!loop) return exc_raise(r, &exc_RuntimeError, "no running event loop");
    ObjFuture *t = task_new(r, loop, v[0]);
    if (t) *out = v_obj(&t->base);
    return t != NULL;
}

static bool asyncio_sleep(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    static const char *const names[] = {"delay", "result"};
    static const ArgSpec spec = {"sleep", names, 2, 0, 2, 1};
    Value v[2];
    if (!args_bind(r, a, &spec, v)) return false;
    double delay;
    if (is_float(v[0])) {
        delay = v[0].as.f;
    } else if (int_check(v[0])) {
        if (!int_to_double(r, v[0], &delay)) return false;
    } else {
        return exc_raise(r, &exc_TypeError, "'%T' object cannot be interpreted as a delay", v[0]);
    }
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

#define ASYNCIO_FUNCTIONS(X) X(create_task) X(gather) X(sleep)

#define ASYNCIO_DEF(NAME)                                                                    \
    static const MethodDef def_##NAME = {#NAME, asyncio_##NAME, 0};                          \
    static const ObjBuiltin obj_##NAME = {                                                   \
        .base = {.type = &type_builtin, .size = sizeof(ObjBuiltin), .flags = OBJ_STATIC},    \
        .def = &def_##NAME,                                                                  \
        .self = {.tag = VAL_NONE},                                                           \
    };
ASYNCIO_FUNCTIONS(ASYNCIO_DEF)
#undef ASYNCIO_DEF

static const ObjBuiltin obj_run = {
    .base = {.type = &type_builtin, .size = sizeof(ObjBuiltin), .flags = OBJ_STATIC},
    .def = &asyncio_run_def,
    .self = {.tag = VAL_NONE},
};

#define ASYNCIO_ENTRY(NAME) &obj_##NAME,
static const ObjBuiltin *const asyncio_builtins[] = {ASYNCIO_FUNCTIONS(ASYNCIO_ENTRY) &obj_run};
#undef ASYNCIO_ENTRY

bool mod_asyncio_init(Run *r, Obj *module) {
    for (size_t k = 0; k < sizeof asyncio_builtins / sizeof *asyncio_builtins; k++) {
        const ObjBuiltin *b = asyncio_builtins[k];
        if (!module_set(r, module, b->def->name, v_obj((Obj *)&b->base))) return false;
    }
    return module_set(r, module, "Future", v_obj((Obj *)&type_future)) &&
           module_set(r, module, "Task", v_obj((Obj *)&type_task)) && mod_asyncio_sync_init(r, module);
}
