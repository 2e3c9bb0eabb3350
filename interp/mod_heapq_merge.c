// heapq.merge(*iterables, key=None, reverse=False): lazy, as heapq.py's generator. Nothing runs
// at the call; the first next() takes iter() and one item of each input, then each step yields
// the top of a heap of entries [value, order, iterator] ([key, order, value, iterator] with a
// key) — lists, compared as heapq.py's are, the input's order breaking ties — and advances
// that input. When one input is left, the rest is its own.
#include "interp/mod_heapq.h"

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mod_itertools.h"
#include "interp/obj_iter.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

// ObjItertool's fields: v[0] the iterables (a tuple), v[1] the key (undef: none), v[2] the
// heap (a list), v[3] the last input left; flag: reverse; i: the state.
enum { MERGE_START, MERGE_YIELDED, MERGE_TAIL, MERGE_DONE };

static bool merge_repr(Run *r, Value v, Buf *out) {
    return buf_printf(out, "<generator object merge at 0x%llx>", (unsigned long long)run_object_id(r, v.as.obj));
}

static IterStep merge_next(Run *r, Value v, Value *out);
static ITERTOOL_TYPE(merge_type, "generator", NULL, merge_next, merge_repr);

static bool has_key(const ObjItertool *m) {
    return !is_undef(m->v[1]);
}

// The position of the value and the iterator in an entry.
static size_t value_at(const ObjItertool *m) {
    return has_key(m) ? 2 : 0;
}

static ObjList *merge_heap(const ObjItertool *m) {
    return as_list(m->v[2]);
}

// key(value), or value itself without a key.
static bool key_of(Run *r, const ObjItertool *m, Value value, Value *out) {
    if (!has_key(m)) {
        *out = value;
        return true;
    }
    if (!gc_push_root(r, value)) return false;
    Args a = {&value, 1, 0, NULL, NULL};
    bool ok = ops_call(r, m->v[1], &a, out);
    gc_pop_roots(r, 1);
    return ok;
}

// Appends [key, order, value, it] (or [value, order, it]) for the first item of it.
static bool add_entry(Run *r, ObjItertool *m, Value value, int64_t order, Value it) {
    Value kv;
    if (!gc_push_root(r, value)) return false;
    bool ok = key_of(r, m, value, &kv) && gc_push_root(r, kv);
    if (!ok) {
        gc_pop_roots(r, 1);
        return false;
    }
    Obj *e = list_new(r, 0);
    ok = e && gc_push_root(r, v_obj(e));
    if (ok) {
        ok = list_append(r, e, kv) && list_append(r, e, v_int(order)) &&
             (!has_key(m) || list_append(r, e, value)) && list_append(r, e, it) &&
             list_append(r, (Obj *)merge_heap(m), v_obj(e));
        gc_pop_roots(r, 1);
    }
    gc_pop_roots(r, 2);
    return ok;
}

// iter() and next() of each input in turn, then heapify.
static bool merge_start(Run *r, ObjItertool *m) {
    Obj *heap = list_new(r, 0);
    if (!heap) return false;
    m->v[2] = v_obj(heap);
    const ObjTuple *inputs = as_tuple(m->v[0]);
    for (size_t k = 0; k < inputs->len; k++) {
        Value it, value;
        if (!ops_iter(r, inputs->items[k], &it) || !gc_push_root(r, it)) return false;
        IterStep s = ops_next(r, it, &value);
        int64_t order = m->flag ? -(int64_t)k : (int64_t)k;
        bool ok = s != ITER_ERROR && (s == ITER_END || add_entry(r, m, value, order, it));
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return heapq_heapify(r, merge_heap(m), m->flag);
}

// The next item of the input whose value was yielded last: its entry updated and sifted, or
// dropped from the heap when that input is done.
static bool merge_advance(Run *r, ObjItertool *m) {
    ObjList *heap = merge_heap(m);
    ObjList *top = as_list(heap->items[0]);
    Value value, kv, dropped;
    IterStep s = ops_next(r, top->items[top->len - 1], &value);
    if (s == ITER_ERROR) return false;
    if (s == ITER_END) return heapq_pop(r, heap, m->flag, &dropped);
    if (!gc_push_root(r, value)) return false;
    bool ok = key_of(r, m, value, &kv);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    top->items[0] = kv;
    top->items[value_at(m)] = value;
    return heapq_sift_top(r, heap, m->flag);
}

static IterStep merge_step(Run *r, ObjItertool *m, Value *out) {
    if (m->i == MERGE_TAIL) return ops_next(r, m->v[3], out);
    if (m->i == MERGE_START && !merge_start(r, m)) return ITER_ERROR;
    if (m->i == MERGE_YIELDED && !merge_advance(r, m)) return ITER_ERROR;
    ObjList *heap = merge_heap(m);
    if (heap->len == 0) return ITER_END;
    ObjList *top = as_list(heap->items[0]);
    *out = top->items[value_at(m)];
    m->i = MERGE_YIELDED;
    if (heap->len == 1) {
        m->v[3] = top->items[top->len - 1];
        m->v[2] = v_undef();
        m->i = MERGE_TAIL;
    }
    return ITER_ITEM;
}

// A generator that raised or returned is finished.
static IterStep merge_next(Run *r, Value v, Value *out) {
    ObjItertool *m = (ObjItertool *)v.as.obj;
    if (m->i == MERGE_DONE) return ITER_END;
    IterStep s = merge_step(r, m, out);
    if (s != ITER_ITEM) {
        m->i = MERGE_DONE;
        m->v[2] = m->v[3] = v_undef();
    }
    return s;
}

static bool heapq_merge(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    Value key = v_none(), reverse = v_bool(false);
    for (uint32_t k = 0; k < a->nkw; k++) {
        const ObjStr *kw = (const ObjStr *)a->kwnames[k];
        if (str_equal_cstr(kw, "key")) key = a->kwvalues[k];
        else if (str_equal_cstr(kw, "reverse")) reverse = a->kwvalues[k];
        else {
            static const char *const names[] = {"key", "reverse"};
            return args_unexpected_keyword(r, "merge", a->kwnames[k], names, 2);
        }
    }
    bool desc;
    if (!ops_truthy(r, reverse, &desc)) return false;
    Obj *inputs = tuple_new(r, a->npos);
    if (!inputs || !gc_push_root(r, v_obj(inputs))) return false;
    for (uint32_t k = 0; k < a->npos; k++) ((ObjTuple *)inputs)->items[k] = a->pos[k];
    ObjItertool *m = itertool_new(r, &merge_type);
    gc_pop_roots(r, 1);
    if (!m) return false;
    m->v[0] = v_obj(inputs);
    m->v[1] = is_none(key) ? v_undef() : key;
    m->flag = desc;
    m->i = MERGE_START;
    *out = v_obj(&m->base);
    return true;
}

static const MethodDef merge_def = {"merge", heapq_merge, 0};
const ObjBuiltin obj_heapq_merge = {
    .base = {.type = &type_builtin, .size = sizeof(ObjBuiltin), .flags = OBJ_STATIC},
    .def = &merge_def,
    .self = {.tag = VAL_NONE},
};
