// asyncio.TaskGroup (see mod_asyncio_group.h), after CPython's taskgroups.py.
#include "interp/mod_asyncio_group.h"

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_gen.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

typedef enum GroupState { GROUP_NEW, GROUP_ENTERED, GROUP_EXITING, GROUP_DONE } GroupState;

typedef struct ObjTaskGroup {
    Obj base;
    Obj *parent;      // the task that entered it
    Obj *tasks;       // list: the tasks made in it
    Obj *finished;    // list: its tasks that completed since its callbacks last ran
    Obj *errors;      // list: what its tasks raised, in the order they failed
    Obj *exit;        // the future __aexit__ returned, while tasks are left
    Value body_exc;   // what the body raised (undef: nothing), which __aexit__ got
    uint32_t pending; // tasks not done
    uint32_t made;    // tasks made
    uint8_t state;    // GroupState
    bool aborting;    // its tasks are being cancelled
    bool parent_cancelled;  // it cancelled its parent to stop the body
} ObjTaskGroup;

static void group_trace(Run *r, Obj *o) {
    ObjTaskGroup *g = (ObjTaskGroup *)o;
    gc_mark_obj(r, g->parent);
    gc_mark_obj(r, g->tasks);
    gc_mark_obj(r, g->finished);
    gc_mark_obj(r, g->errors);
    gc_mark_obj(r, g->exit);
    gc_mark_value(r, g->body_exc);
}

static ObjTaskGroup *as_group(Value v) {
    return (ObjTaskGroup *)v.as.obj;
}

static size_t group_errors(const ObjTaskGroup *g) {
    return ((const ObjList *)g->errors)->len;
}

// <TaskGroup tasks=2 errors=1 cancelling>, as CPython's repr.
static bool group_repr(Run *r, Value v, Buf *out) {
    (void)r;
    const ObjTaskGroup *g = as_group(v);
    if (!buf_printf(out, "<TaskGroup")) return false;
    if (g->pending && !buf_printf(out, " tasks=%u", g->pending)) return false;
    if (group_errors(g) && !buf_printf(out, " errors=%zu", group_errors(g))) return false;
    if (g->aborting) return buf_printf(out, " cancelling>");
    return buf_printf(out, g->state != GROUP_NEW ? " entered>" : ">");
}

static bool group_aenter(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__aenter__", 0, 0)) return false;
    ObjTaskGroup *g = as_group(self);
    if (g->state != GROUP_NEW) return exc_raise(r, &exc_RuntimeError, "TaskGroup %R has already been entered", self);
    g->parent = asyncio_current_task(r);
    if (!g->parent) return exc_raise(r, &exc_RuntimeError, "TaskGroup %R cannot determine the parent task", self);
    g->state = GROUP_ENTERED;
    return future_done_new(r, false, self, out);
}

// Cancels the group's pending tasks.
static bool group_abort(Run *r, ObjTaskGroup *g) {
    g->aborting = true;
    const ObjList *tasks = (const ObjList *)g->tasks;
    for (size_t k = 0; k < tasks->len; k++) {
        ObjFuture *t = (ObjFuture *)tasks->items[k].as.obj;
        if (t->state == FUTURE_PENDING && !future_cancel_now(r, &t->base)) return false;
    }
    return true;
}

static bool group_create_task(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"coro", "name", "context"};
    static const ArgSpec spec = {"create_task", names, 3, 0, 1, 1};
    Value v[3];
    if (!args_bind(r, a, &spec, v)) return false;
    ObjTaskGroup *g = as_group(self);
    if (g->state == GROUP_NEW) return exc_raise(r, &exc_RuntimeError, "TaskGroup %R has not been entered", self);
    if (g->state == GROUP_DONE) return exc_raise(r, &exc_RuntimeError, "TaskGroup %R is finished", self);
    if (g->aborting) return exc_raise(r, &exc_RuntimeError, "TaskGroup %R is shutting down", self);
    // as asyncio.create_task: what moat's sleep() and async tools return runs on its own
    Obj *t = is_future(v[0]) ? v[0].as.obj : asyncio_task_new(r, v[0]);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    bool ok = future_add_waiter(r, (ObjFuture *)t, &g->base) && list_append_obj(r, g->tasks, v_obj(t));
    gc_pop_roots(r, 1);
    if (!ok) return false;
    g->pending++;
    g->made++;
    *out = v_obj(t);
    return true;
}

// The ExceptionGroup of the group's errors, raised `from None` as CPython's.
static bool group_exception(Run *r, ObjTaskGroup *g, Value *out) {
    Obj *msg = str_from_cstr(r, "unhandled errors in a TaskGroup");
    if (!msg || !gc_push_root(r, v_obj(msg))) return false;
    Value args[2] = {v_obj(msg), v_obj(g->errors)};
    Args ca = {args, 2, 0, NULL, NULL};
    bool ok = ops_call(r, v_obj((Obj *)&exc_BaseExceptionGroup), &ca, out);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    ObjException *e = (ObjException *)out->as.obj;
    e->cause = v_none();
    e->suppress_context = true;
    return true;
}

// What awaiting __aexit__ gives once no task is left: the ExceptionGroup of the errors (with
// what the body raised, unless that was the CancelledError the group caused), the body's
// CancelledError, or False (the body's exception, if any, goes on).
static bool group_outcome(Run *r, ObjTaskGroup *g, bool *failed, Value *out) {
    g->state = GROUP_DONE;
    Value body = g->body_exc;
    bool body_cancelled = is_exception(body) && type_is_subtype(body.as.obj->type, &exc_CancelledError);
    *failed = false;
    *out = v_bool(false);
    if (body_cancelled && !g->parent_cancelled && group_errors(g) == 0) {
        *failed = true;
        *out = body;
        return true;
    }
    if (is_exception(body) && !body_cancelled && !list_append_obj(r, g->errors, body)) return false;
    if (group_errors(g) == 0) return true;
    *failed = true;
    return group_exception(r, g, out);
}

static bool group_aexit(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "__aexit__", 3, 3)) return false;
    ObjTaskGroup *g = as_group(self);
    g->state = GROUP_EXITING;
    g->body_exc = is_none(a->pos[1]) ? v_undef() : a->pos[1];
    // the body raised: the tasks are cancelled before the group waits for them
    if (!is_none(a->pos[0]) && !g->aborting && !group_abort(r, g)) return false;
    if (g->pending) {
        Obj *f = future_plain_new(r);
        if (!f) return false;
        g->exit = f;
        *out = v_obj(f);
        return true;
    }
    bool failed;
    Value v;
    return group_outcome(r, g, &failed, &v) && future_done_new(r, failed, v, out);
}

static bool group_task_done(Run *r, ObjTaskGroup *g, ObjFuture *task);

bool taskgroup_task_done(Run *r, Obj *o, ObjFuture *task) {
    ObjTaskGroup *g = (ObjTaskGroup *)o;
    ObjList *f = (ObjList *)g->finished;
    if (f->len == 0 && !asyncio_call_soon(r, task->loop, o)) return false;
    return list_append_obj(r, g->finished, v_obj(&task->base));
}

bool taskgroup_run_callbacks(Run *r, Obj *o) {
    ObjTaskGroup *g = (ObjTaskGroup *)o;
    ObjList *f = (ObjList *)g->finished;
    for (size_t k = 0; k < f->len; k++) {
        if (!group_task_done(r, g, (ObjFuture *)f->items[k].as.obj)) return false;
    }
    f->len = 0;
    return true;
}

// CPython's _on_task_done.
static bool group_task_done(Run *r, ObjTaskGroup *g, ObjFuture *task) {
    g->pending--;
    if (task->state == FUTURE_FAILED && !task->cancelled) {
        if (!list_append_obj(r, g->errors, task->result)) return false;
        ObjFuture *parent = (ObjFuture *)g->parent;
        if (!g->aborting && !g->parent_cancelled && parent->state == FUTURE_PENDING) {
            // stop the others and the body: its CancelledError ends in this group's __aexit__
            if (!group_abort(r, g)) return false;
            g->parent_cancelled = g->state == GROUP_ENTERED;
            if (g->parent_cancelled && !future_cancel_now(r, g->parent)) return false;
        }
    }
    if (g->pending || !g->exit) return true;
    Obj *exit = g->exit;
    g->exit = NULL;
    bool failed;
    Value v;
    if (!gc_push_root(r, v_obj(exit))) return false;
    bool ok = group_outcome(r, g, &failed, &v) && future_complete(r, exit, failed, v);
    gc_pop_roots(r, 1);
    return ok;
}

static bool group_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!args_positional(r, a, "TaskGroup", 0, 0)) return false;
    ObjTaskGroup *g = gc_new(r, ObjTaskGroup, &type_taskgroup);
    if (!g || !gc_push_root(r, v_obj(&g->base))) return false;
    g->body_exc = v_undef();
    bool ok = (g->errors = list_new(r, 0)) && (g->tasks = list_new(r, 0)) && (g->finished = list_new(r, 0));
    gc_pop_roots(r, 1);
    *out = v_obj(&g->base);
    return ok;
}

static const MethodDef group_methods[] = {
    {"__aenter__", group_aenter},
    {"__aexit__", group_aexit},
    {"create_task", group_create_task},
};

const ObjType type_taskgroup = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "TaskGroup",
    .module = "asyncio",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = group_methods,
    .method_count = sizeof group_methods / sizeof *group_methods,
    .construct = group_construct,
    .slots = {.repr = group_repr, .hash = identity_hash, .trace = group_trace},
};
