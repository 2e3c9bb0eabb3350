// heapq: the heap functions step for step as CPython's _heapq (Modules/_heapqmodule.c), so a
// printed heap list has CPython's layout and a __lt__ that prints sees the same calls; the max
// variants (3.14) compare the other way round. nsmallest and nlargest are heapq.py's, whose
// results are defined as sorted()'s: they sort a list of all the items. merge is
// mod_heapq_merge.c.
#include "interp/mod_heapq.h"

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/modules.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/obj_list_sort.h"
#include "interp/obj_str.h"
#include "interp/ops.h"
#include "parser/ast.h"

// Whether a < b (b < a for a max-heap), both rooted while Python code may run.
static bool heap_less(Run *r, Value a, Value b, bool max_heap, bool *lt) {
    if (!gc_push_root(r, a)) return false;
    if (!gc_push_root(r, b)) {
        gc_pop_roots(r, 1);
        return false;
    }
    Value res;
    bool ok = max_heap ? ops_compare(r, b, a, AST_CMP_LT, &res) : ops_compare(r, a, b, AST_CMP_LT, &res);
    ok = ok && ops_truthy(r, res, lt);
    gc_pop_roots(r, 2);
    return ok;
}

static bool heap_changed(Run *r) {
    return exc_raise(r, &exc_RuntimeError, "list changed size during iteration");
}

// Moves the item at pos up towards startpos while it is less than its parent.
static bool sift_down(Run *r, ObjList *heap, size_t startpos, size_t pos, bool max_heap) {
    size_t size = heap->len;
    while (pos > startpos) {
        size_t parentpos = (pos - 1) >> 1;
        bool lt;
        if (!heap_less(r, heap->items[pos], heap->items[parentpos], max_heap, &lt)) return false;
        if (heap->len != size) return heap_changed(r);
        if (!lt) break;
        Value parent = heap->items[parentpos];
        heap->items[parentpos] = heap->items[pos];
        heap->items[pos] = parent;
        pos = parentpos;
    }
    return true;
}

// Moves the item at pos down to a leaf along the smaller children, then back up.
static bool sift_up(Run *r, ObjList *heap, size_t pos, bool max_heap) {
    size_t endpos = heap->len, startpos = pos, limit = endpos >> 1;
    while (pos < limit) {
        size_t childpos = 2 * pos + 1;
        if (childpos + 1 < endpos) {
            bool lt;
            if (!heap_less(r, heap->items[childpos], heap->items[childpos + 1], max_heap, &lt)) return false;
            if (heap->len != endpos) return heap_changed(r);
            if (!lt) childpos++;
        }
        Value child = heap->items[childpos];
        heap->items[childpos] = heap->items[pos];
        heap->items[pos] = child;
        pos = childpos;
    }
    return sift_down(r, heap, startpos, pos, max_heap);
}

// The list a heap function takes first: "heappush() argument 1 must be list, not tuple".
static bool heap_arg(Run *r, const Args *a, const char *fname, uint32_t n, ObjList **heap) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "%s() takes no keyword arguments", fname);
    if (a->npos != n) {
        return exc_raise(r, &exc_TypeError, "%s expected %u argument%s, got %u", fname, n,
                         n == 1 ? "" : "s", a->npos);
    }
    if (!is_list(a->pos[0])) {
        // CPython's argument checks name None by its value
        return exc_raise(r, &exc_TypeError, "%s() argument 1 must be list, not %s", fname,
                         is_none(a->pos[0]) ? "None" : value_type_name(a->pos[0]));
    }
    *heap = as_list(a->pos[0]);
    return true;
}

static bool push(Run *r, const Args *a, const char *fname, bool max_heap, Value *out) {
    ObjList *heap;
    if (!heap_arg(r, a, fname, 2, &heap) || !list_append(r, heap, a->pos[1])) return false;
    *out = v_none();
    return sift_down(r, heap, 0, heap->len - 1, max_heap);
}

bool heapq_pop(Run *r, ObjList *heap, bool max_heap, Value *out) {
    if (heap->len == 0) return exc_raise(r, &exc_IndexError, "index out of range");
    Value last = heap->items[--heap->len];
    if (heap->len == 0) {
        *out = last;
        return true;
    }
    *out = heap->items[0];
    heap->items[0] = last;
    if (!gc_push_root(r, *out)) return false;
    bool ok = sift_up(r, heap, 0, max_heap);
    gc_pop_roots(r, 1);
    return ok;
}

bool heapq_sift_top(Run *r, ObjList *heap, bool max_heap) {
    return sift_up(r, heap, 0, max_heap);
}

static bool pop(Run *r, const Args *a, const char *fname, bool max_heap, Value *out) {
    ObjList *heap;
    return heap_arg(r, a, fname, 1, &heap) && heapq_pop(r, heap, max_heap, out);
}

// The top goes to *out and item takes its place, sifted to where it belongs.
static bool replace_top(Run *r, ObjList *heap, Value item, bool max_heap, Value *out) {
    if (heap->len == 0) return exc_raise(r, &exc_IndexError, "index out of range");
    *out = heap->items[0];
    heap->items[0] = item;
    if (!gc_push_root(r, *out)) return false;
    bool ok = sift_up(r, heap, 0, max_heap);
    gc_pop_roots(r, 1);
    return ok;
}

static bool replace(Run *r, const Args *a, const char *fname, bool max_heap, Value *out) {
    ObjList *heap;
    if (!heap_arg(r, a, fname, 2, &heap)) return false;
    return replace_top(r, heap, a->pos[1], max_heap, out);
}

static bool pushpop(Run *r, const Args *a, const char *fname, bool max_heap, Value *out) {
    ObjList *heap;
    if (!heap_arg(r, a, fname, 2, &heap)) return false;
    *out = a->pos[1];
    if (heap->len == 0) return true;
    bool lt;
    if (!heap_less(r, heap->items[0], a->pos[1], max_heap, &lt)) return false;
    if (!lt) return true;
    return replace_top(r, heap, a->pos[1], max_heap, out);  // the comparison may have emptied it
}

bool heapq_heapify(Run *r, ObjList *heap, bool max_heap) {
    for (size_t i = heap->len / 2; i-- > 0;) {
        if (!sift_up(r, heap, i, max_heap)) return false;
    }
    return true;
}

static bool heapify(Run *r, const Args *a, const char *fname, bool max_heap, Value *out) {
    ObjList *heap;
    *out = v_none();
    return heap_arg(r, a, fname, 1, &heap) && heapq_heapify(r, heap, max_heap);
}

#define HEAP_FN(NAME, IMPL, MAX)                                          \
    static bool hq_##NAME(Run *r, Value self, const Args *a, Value *out) { \
        (void)self;                                                       \
        return IMPL(r, a, #NAME, MAX, out);                               \
    }                                                                     \
    STATIC_BUILTIN(#NAME, hq_##NAME, 0)

HEAP_FN(heappush, push, false)
HEAP_FN(heappop, pop, false)
HEAP_FN(heapreplace, replace, false)
HEAP_FN(heappushpop, pushpop, false)
HEAP_FN(heapify, heapify, false)
HEAP_FN(heappush_max, push, true)
HEAP_FN(heappop_max, pop, true)
HEAP_FN(heapreplace_max, replace, true)
HEAP_FN(heappushpop_max, pushpop, true)
HEAP_FN(heapify_max, heapify, true)

// The items of `iterable` sorted by key (None: themselves), the first n kept when n >= 0.
static bool sorted_items(Run *r, Value iterable, Value key, bool reverse, int64_t n, Value *out) {
    Obj *l = list_from_iterable(r, iterable);
    if (!l || !gc_push_root(r, v_obj(l))) return false;
    bool ok = list_sort(r, l, is_undef(key) ? v_none() : key, reverse);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    ObjList *list = (ObjList *)l;
    if (n >= 0 && (uint64_t)n < list->len) list->len = (size_t)n;
    *out = v_obj(l);
    return true;
}

// nsmallest(n, iterable, key=None) and nlargest: sorted(iterable, key=key)[:n] (reversed).
static bool n_extreme(Run *r, const Args *a, const char *fname, bool largest, Value *out) {
    static const char *const names[] = {"n", "iterable", "key"};
    const ArgSpec spec = {fname, names, 3, 0, 3, 2};
    Value args[3];
    int64_t n;
    if (!args_bind(r, a, &spec, args) || !ops_index(r, args[0], &n)) return false;
    return sorted_items(r, args[1], args[2], largest, n < 0 ? 0 : n, out);
}

static bool hq_nsmallest(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return n_extreme(r, a, "nsmallest", false, out);
}
STATIC_BUILTIN("nsmallest", hq_nsmallest, 0)

static bool hq_nlargest(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    return n_extreme(r, a, "nlargest", true, out);
}
STATIC_BUILTIN("nlargest", hq_nlargest, 0)

static const ObjBuiltin *const heapq_builtins[] = {
    &obj_hq_heappush, &obj_hq_heappop, &obj_hq_heapreplace, &obj_hq_heappushpop,
    &obj_hq_heapify, &obj_hq_heappush_max, &obj_hq_heappop_max, &obj_hq_heapreplace_max,
    &obj_hq_heappushpop_max, &obj_hq_heapify_max, &obj_hq_nsmallest, &obj_hq_nlargest,
    &obj_heapq_merge,
};

bool mod_heapq_init(Run *r, Obj *module) {
    for (size_t k = 0; k < sizeof heapq_builtins / sizeof *heapq_builtins; k++) {
        const ObjBuiltin *b = heapq_builtins[k];
        if (!module_set(r, module, b->def->name, v_obj((Obj *)&b->base))) return false;
    }
    return true;
}
