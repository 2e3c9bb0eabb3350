// asyncio.Queue, LifoQueue and PriorityQueue (see mod_asyncio_queue.h), after CPython's
// queues.py. A get() that must wait gets the next item put straight into its future, and a
// put() that must wait has its item moved into the queue when a get() makes room, in FIFO order.
#include "interp/mod_asyncio_queue.h"

#include <string.h>

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mod_asyncio.h"
#include "interp/mod_heapq.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/ops.h"

typedef struct ObjQueue {
    Obj base;
    Obj *items;        // list, oldest first
    size_t head;       // items before it are gone
    Obj *getters;      // list of pending futures of get()
    Obj *putters;      // list of [future, item] pairs of waiting put()s
    Obj *joiners;      // list of pending futures of join()
    int64_t maxsize;   // <= 0: unbounded
    int64_t unfinished;
    uint8_t order;     // QueueOrder: which item get() takes
} ObjQueue;

typedef enum QueueOrder { QUEUE_FIFO, QUEUE_LIFO, QUEUE_PRIORITY } QueueOrder;

static void queue_trace(Run *r, Obj *o) {
    ObjQueue *q = (ObjQueue *)o;
    gc_mark_obj(r, q->items);
    gc_mark_obj(r, q->getters);
    gc_mark_obj(r, q->putters);
    gc_mark_obj(r, q->joiners);
}

static ObjQueue *as_queue(Value v) {
    return (ObjQueue *)v.as.obj;
}

static size_t queue_size(const ObjQueue *q) {
    return ((const ObjList *)q->items)->len - q->head;
}

static bool queue_full(const ObjQueue *q) {
    return q->maxsize > 0 && (int64_t)queue_size(q) >= q->maxsize;
}

// Removes and returns the first value of list l.
static Value list_take_first(Obj *l) {
    ObjList *w = (ObjList *)l;
    Value v = w->items[0];
    memmove(w->items, w->items + 1, (w->len - 1) * sizeof *w->items);
    w->len--;
    return v;
}

// A pending future queued on `list`.
static bool queue_wait(Run *r, Obj *list, Value *out) {
    Obj *f = future_plain_new(r);
    if (!f || !gc_push_root(r, v_obj(f))) return false;
    bool ok = list_append_obj(r, list, v_obj(f));
    gc_pop_roots(r, 1);
    *out = v_obj(f);
    return ok;
}

static bool future_pending(Value f) {
    return ((const ObjFuture *)f.as.obj)->state == FUTURE_PENDING;
}

// An item enters the queue: a waiting get() takes it, or it goes to the back. (A get() whose
// future is done was cancelled: it is skipped.)
static bool queue_add(Run *r, ObjQueue *q, Value item) {
    q->unfinished++;
    while (((ObjList *)q->getters)->len) {
        Value f = list_take_first(q->getters);
        if (!future_pending(f)) continue;
        if (!gc_push_root(r, f)) return false;
        bool ok = future_complete(r, f.as.obj, false, item);
        gc_pop_roots(r, 1);
        return ok;
    }
    if (q->order == QUEUE_PRIORITY) return heapq_push(r, (ObjList *)q->items, item, false);
    return list_append_obj(r, q->items, item);
}

// Room was made: the first waiting put() (not cancelled) moves its item in.
static bool queue_take_putter(Run *r, ObjQueue *q) {
    Value pair = v_undef();
    while (is_undef(pair) && ((ObjList *)q->putters)->len && !queue_full(q)) {
        pair = list_take_first(q->putters);
        if (!future_pending(((const ObjList *)pair.as.obj)->items[0])) pair = v_undef();
    }
    if (is_undef(pair)) return true;
    if (!gc_push_root(r, pair)) return false;
    const ObjList *p = (const ObjList *)pair.as.obj;
    bool ok = queue_add(r, q, p->items[1]) && future_complete(r, p->items[0].as.obj, false, v_none());
    gc_pop_roots(r, 1);
    return ok;
}

static bool queue_put_nowait(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "put_nowait", 1, 1)) return false;
    ObjQueue *q = as_queue(self);
    *out = v_none();
    if (queue_full(q)) return exc_raise_value(r, v_obj((Obj *)&exc_QueueFull));
    return queue_add(r, q, a->pos[0]);
}

static bool queue_put(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "put", 1, 1)) return false;
    ObjQueue *q = as_queue(self);
    if (!queue_full(q)) return queue_add(r, q, a->pos[0]) && future_done_new(r, false, v_none(), out);
    Obj *pair = list_new(r, 0);
    if (!pair || !gc_push_root(r, v_obj(pair))) return false;
    bool ok = queue_wait(r, pair, out) && list_append_obj(r, pair, a->pos[0]) &&
              list_append_obj(r, q->putters, v_obj(pair));
    gc_pop_roots(r, 1);
    return ok;
}

// The next item (the oldest, the newest or the smallest), taken out; the queue is not empty.
static bool queue_take(Run *r, ObjQueue *q, Value *item) {
    ObjList *l = (ObjList *)q->items;
    if (q->order == QUEUE_PRIORITY) {
        if (!heapq_pop(r, l, false, item)) return false;
    } else if (q->order == QUEUE_LIFO) {
        *item = l->items[--l->len];
    } else {
        *item = l->items[q->head];
        l->items[q->head++] = v_none();
        if (q->head == l->len) l->len = q->head = 0;
    }
    if (!gc_push_root(r, *item)) return false;
    bool ok = queue_take_putter(r, q);
    gc_pop_roots(r, 1);
    return ok;
}

static bool queue_get_nowait(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "get_nowait", 0, 0)) return false;
    ObjQueue *q = as_queue(self);
    if (queue_size(q) == 0) return exc_raise_value(r, v_obj((Obj *)&exc_QueueEmpty));
    return queue_take(r, q, out);
}

static bool queue_get(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "get", 0, 0)) return false;
    ObjQueue *q = as_queue(self);
    Value item;
    if (queue_size(q) == 0) return queue_wait(r, q->getters, out);
    return queue_take(r, q, &item) && future_done_new(r, false, item, out);
}

static bool queue_task_done(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "task_done", 0, 0)) return false;
    ObjQueue *q = as_queue(self);
    *out = v_none();
    if (q->unfinished <= 0) return exc_raise(r, &exc_ValueError, "task_done() called too many times");
    if (--q->unfinished > 0) return true;
    while (((ObjList *)q->joiners)->len) {
        Value f = list_take_first(q->joiners);
        if (!gc_push_root(r, f)) return false;
        bool ok = future_complete(r, f.as.obj, false, v_none());
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return true;
}

static bool queue_join(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "join", 0, 0)) return false;
    ObjQueue *q = as_queue(self);
    return q->unfinished > 0 ? queue_wait(r, q->joiners, out) : future_done_new(r, false, v_none(), out);
}

static bool queue_qsize(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "qsize", 0, 0)) return false;
    *out = v_int((int64_t)queue_size(as_queue(self)));
    return true;
}

static bool queue_empty(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "empty", 0, 0)) return false;
    *out = v_bool(queue_size(as_queue(self)) == 0);
    return true;
}

static bool queue_full_method(Run *r, Value self, const Args *a, Value *out) {
    if (!args_positional(r, a, "full", 0, 0)) return false;
    *out = v_bool(queue_full(as_queue(self)));
    return true;
}

static bool queue_getattr(Run *r, Value v, Obj *name, Value *out) {
    (void)r;
    *out = v_undef();
    if (str_equal_cstr((const ObjStr *)name, "maxsize")) *out = v_int(as_queue(v)->maxsize);
    return true;
}

// <Queue at 0x... maxsize=0 _queue=[1, 2] tasks=2> as CPython's repr, and without the
// address its str (its getters and putters counted).
static bool queue_format(Run *r, Value v, bool with_id, Buf *out) {
    const ObjQueue *q = as_queue(v);
    if (!buf_printf(out, "<%s", value_type(v)->name) ||
        (with_id && !buf_printf(out, " at 0x%llx", (unsigned long long)run_object_id(r, q))) ||
        !buf_printf(out, " maxsize=%lld", (long long)q->maxsize)) {
        return false;
    }
    if (queue_size(q)) {
        if (!buf_printf(out, " _queue=[")) return false;
        const ObjList *l = (const ObjList *)q->items;
        for (size_t k = q->head; k < l->len; k++) {
            if ((k > q->head && !buf_printf(out, ", ")) || !ops_repr(r, l->items[k], out)) return false;
        }
        if (!buf_printf(out, "]")) return false;
    }
    size_t g = ((const ObjList *)q->getters)->len, p = ((const ObjList *)q->putters)->len;
    if (g && !buf_printf(out, " _getters[%zu]", g)) return false;
    if (p && !buf_printf(out, " _putters[%zu]", p)) return false;
    if (q->unfinished && !buf_printf(out, " tasks=%lld", (long long)q->unfinished)) return false;
    return buf_printf(out, ">");
}

static bool queue_repr(Run *r, Value v, Buf *out) {
    return queue_format(r, v, true, out);
}

static bool queue_str(Run *r, Value v, Buf *out) {
    return queue_format(r, v, false, out);
}

static bool queue_construct(Run *r, Value callee, const Args *a, Value *out) {
    const ObjType *t = (const ObjType *)callee.as.obj;
    static const char *const names[] = {"maxsize"};
    const ArgSpec spec = {t->name, names, 1, 0, 1, 0};
    Value v[1];
    int64_t maxsize = 0;
    if (!args_bind(r, a, &spec, v) || (!is_undef(v[0]) && !ops_index(r, v[0], &maxsize))) return false;
    ObjQueue *q = gc_new(r, ObjQueue, t);
    if (!q || !gc_push_root(r, v_obj(&q->base))) return false;
    q->maxsize = maxsize;
    q->order = t == &type_lifo_queue ? QUEUE_LIFO : t == &type_priority_queue ? QUEUE_PRIORITY : QUEUE_FIFO;
    bool ok = (q->items = list_new(r, 0)) && (q->getters = list_new(r, 0)) &&
              (q->putters = list_new(r, 0)) && (q->joiners = list_new(r, 0));
    gc_pop_roots(r, 1);
    *out = v_obj(&q->base);
    return ok;
}

static const MethodDef queue_methods[] = {
    {"empty", queue_empty},
    {"full", queue_full_method},
    {"get", queue_get},
    {"get_nowait", queue_get_nowait},
    {"join", queue_join},
    {"put", queue_put},
    {"put_nowait", queue_put_nowait},
    {"qsize", queue_qsize},
    {"task_done", queue_task_done},
};

#define QUEUE_TYPE(NAME, BASE)                                                                     \
    {                                                                                              \
        .base = {.type = &type_type, .flags = OBJ_STATIC}, .name = NAME, .module = "asyncio",     \
        .id = TYPE_OBJECT, .base_type = BASE, .methods = queue_methods,                            \
        .method_count = sizeof queue_methods / sizeof *queue_methods, .construct = queue_construct, \
        .slots = {.repr = queue_repr, .str = queue_str, .hash = identity_hash,                     \
                  .getattr = queue_getattr, .trace = queue_trace},                                 \
    }
const ObjType type_queue = QUEUE_TYPE("Queue", &type_object);
const ObjType type_lifo_queue = QUEUE_TYPE("LifoQueue", &type_queue);
const ObjType type_priority_queue = QUEUE_TYPE("PriorityQueue", &type_queue);
#undef QUEUE_TYPE
