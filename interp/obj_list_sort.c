// list.sort: CPython's listsort (Objects/listobject.c) in the parts that decide which items
// get compared, and in what order: runs found by count_run, short runs extended by binary
// insertion, runs merged in powersort's order. So a sort of mixed types fails with the same
// "'<' not supported between instances of 'str' and 'int'" as CPython, and a __lt__ that
// prints sees the same calls for lists under 64 items. Merging does not gallop.
//
// As in CPython, the list is emptied while it sorts: the items, their keys and the merge
// scratch live in private lists no Python code can reach, so a key function or __lt__ that
// changes the list cannot touch the arrays being sorted; the change is detected afterwards.
#include "interp/obj_list_sort.h"

#include <string.h>

#include "interp/args.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "interp/vm_callbacks.h"
#include "parser/ast.h"

enum {
    SORT_MAX_PENDING = 66,  // powersort keeps strictly increasing powers: at most 64 runs
    SORT_MAX_MINRUN = 64,
};

typedef struct SortRun {
    size_t base, len;
    int power;
} SortRun;

// What every key is, found before sorting: keys of one plain type compare inline.
typedef enum { SORT_KEYS_INT, SORT_KEYS_STR, SORT_KEYS_ANY } SortKeys;

typedef struct Sorter {
    Run *r;
    SortKeys kind;
    Value *keys;    // what is compared
    Value *values;  // moved along with keys; NULL when the items are their own keys
    Value *tmp;     // merge scratch: n keys, then n values
    size_t n;
    SortRun pending[SORT_MAX_PENDING];
    int npending;
} Sorter;

static bool sort_generic_lt(Sorter *s, Value a, Value b, bool *lt) {
    Value res;
    if (!ops_compare(s->r, a, b, AST_CMP_LT, &res)) return false;
    return ops_truthy(s->r, res, lt);
}

static bool is_exact_tuple(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_tuple;
}

// Tuple keys, as CPython's tuple comparison: the first items that differ decide, else the
// lengths. Items that are not plain go the generic way for the whole tuples; the plain items
// before them compare without side effects, so comparing them again shows nothing.
static bool sort_tuple_lt(Sorter *s, Value a, Value b, bool *lt) {
    const ObjTuple *ta = as_tuple(a), *tb = as_tuple(b);
    size_t n = ta->len < tb->len ? ta->len : tb->len;
    for (size_t i = 0; i < n; i++) {
        int c = plain_order(ta->items[i], tb->items[i]);
        if (c == 2) return sort_generic_lt(s, a, b, lt);
        if (c != 0) {
            *lt = c < 0;
            return true;
        }
    }
    *lt = ta->len < tb->len;
    return true;
}

// *lt = a < b, with the int, float, str and tuple cases inline.
static __attribute__((noinline)) bool sort_lt_any(Sorter *s, Value a, Value b, bool *lt) {
    if (is_int(a) && is_int(b)) {
        *lt = a.as.i < b.as.i;
        return true;
    }
    if (is_float(a) && is_float(b)) {
        *lt = a.as.f < b.as.f;
        return true;
    }
    if (is_str(a) && is_str(b)) {
        *lt = str_order(as_str(a), as_str(b)) < 0;
        return true;
    }
    if (is_exact_tuple(a) && is_exact_tuple(b)) return sort_tuple_lt(s, a, b, lt);
    return sort_generic_lt(s, a, b, lt);
}

static inline bool sort_lt(Sorter *s, Value a, Value b, bool *lt) {
    if (s->kind == SORT_KEYS_INT) {
        *lt = a.as.i < b.as.i;
        return true;
    }
    if (s->kind == SORT_KEYS_STR) {
        *lt = str_order(as_str(a), as_str(b)) < 0;
        return true;
    }
    return sort_lt_any(s, a, b, lt);
}

// Ints and strs compare without running Python code, so keys all of one of these types stay
// so while they sort.
static SortKeys sort_keys_kind(const Value *keys, size_t n) {
    size_t ints = 0, strs = 0;
    for (size_t i = 0; i < n; i++) {
        ints += is_int(keys[i]);
        strs += is_str(keys[i]);
    }
    return ints == n ? SORT_KEYS_INT : strs == n ? SORT_KEYS_STR : SORT_KEYS_ANY;
}

static void sort_reverse_values(Value *v, size_t n) {
    for (size_t i = 0, j = n; i + 1 < j; i++, j--) {
        Value t = v[i];
        v[i] = v[j - 1];
        v[j - 1] = t;
    }
}

static void sort_reverse(Sorter *s, size_t lo, size_t n) {
    sort_reverse_values(s->keys + lo, n);
    if (s->values) sort_reverse_values(s->values + lo, n);
}

// Reverses the last neq + 1 items of the descending run [lo, lo + n) that compared equal, so
// the run's final reversal leaves them in their original order.
static void sort_reverse_equal(Sorter *s, size_t lo, size_t n, size_t *neq) {
    if (*neq) {
        sort_reverse(s, lo + n - (*neq + 1), *neq + 1);
        *neq = 0;
    }
}

// A strictly descending run (equal neighbours allowed) from lo + n; returns its end.
static bool sort_descending_run(Sorter *s, size_t lo, size_t nrem, size_t *pn) {
    const Value *k = s->keys + lo;
    size_t n = *pn, neq = 0;
    bool lt;
    for (; n < nrem; n++) {
        if (!sort_lt(s, k[n], k[n - 1], &lt)) return false;
        if (lt) {
            sort_reverse_equal(s, lo, n, &neq);
            continue;
        }
        if (!sort_lt(s, k[n - 1], k[n], &lt)) return false;
        if (lt) break;
        neq++;
    }
    sort_reverse_equal(s, lo, n, &neq);
    sort_reverse(s, lo, n);
    *pn = n;
    return true;
}

// CPython 3.13's count_run: the length of the run starting at lo, made ascending in place.
static bool sort_count_run(Sorter *s, size_t lo, size_t nrem, size_t *out) {
    const Value *k = s->keys + lo;
    size_t n;
    bool lt = false;
    for (n = 1; n < nrem; n++) {
        if (!sort_lt(s, k[n], k[n - 1], &lt)) return false;
        if (lt) break;
    }
    if (n < nrem && n > 1) {
        if (!sort_lt(s, k[0], k[n - 1], &lt)) return false;
        if (lt) {
            *out = n;
            return true;
        }
        sort_reverse(s, lo, n);  // all equal: treat as the start of a descending run
    }
    if (n < nrem) {
        n++;
        if (!sort_descending_run(s, lo, nrem, &n)) return false;
        // the reversed run may continue ascending: [3, 2, 3, 4, 1]
        for (; n < nrem; n++) {
            if (!sort_lt(s, k[n], k[n - 1], &lt)) return false;
            if (lt) break;
        }
    }
    *out = n;
    return true;
}

static void sort_insert_at(Value *a, size_t from, size_t to) {
    Value pivot = a[from];
    memmove(&a[to + 1], &a[to], (from - to) * sizeof(Value));
    a[to] = pivot;
}

// Sorts [lo, lo + n) whose first `ok` items are sorted, by binary insertion.
static bool sort_binary_insertion(Sorter *s, size_t lo, size_t n, size_t ok) {
    Value *a = s->keys + lo;
    for (ok = ok ? ok : 1; ok < n; ok++) {
        size_t left = 0, right = ok;
        do {
            size_t mid = (left + right) >> 1;
            bool lt;
            if (!sort_lt(s, a[ok], a[mid], &lt)) return false;
            if (lt) right = mid;
            else left = mid + 1;
        } while (left < right);
        sort_insert_at(a, ok, left);
        if (s->values) sort_insert_at(s->values + lo, ok, left);
    }
    return true;
}

static void sort_take(Sorter *s, size_t dst, const Value *keys, const Value *values, size_t n) {
    memmove(s->keys + dst, keys, n * sizeof(Value));
    if (s->values) memmove(s->values + dst, values, n * sizeof(Value));
}

// Merges the adjacent sorted runs [lo, lo + na) and [lo + na, lo + na + nb). On an error the
// left run's remaining items go back in place, so every item is still there once.
static bool sort_merge(Sorter *s, size_t lo, size_t na, size_t nb) {
    Value *lk = s->tmp, *lv = s->values ? s->tmp + s->n : NULL;
    memcpy(lk, s->keys + lo, na * sizeof(Value));
    if (s->values) memcpy(lv, s->values + lo, na * sizeof(Value));
    size_t i = 0, j = 0, d = lo, right = lo + na;
    bool ok = true;
    while (i < na && j < nb) {
        bool lt;
        if (!(ok = sort_lt(s, s->keys[right + j], lk[i], &lt))) break;
        // one item at a time: plain stores, not a memmove call each
        if (lt) {
            s->keys[d] = s->keys[right + j];
            if (lv) s->values[d] = s->values[right + j];
            j++;
        } else {
            s->keys[d] = lk[i];
            if (lv) s->values[d] = lv[i];
            i++;
        }
        d++;
    }
    sort_take(s, d, lk + i, lv ? lv + i : NULL, na - i);
    return ok;
}

// Merges pending runs i and i + 1.
static bool sort_merge_at(Sorter *s, int i) {
    SortRun *a = &s->pending[i], *b = &s->pending[i + 1];
    size_t lo = a->base, na = a->len, nb = b->len;
    a->len = na + nb;
    memmove(&s->pending[i + 1], &s->pending[i + 2],
            (size_t)(s->npending - i - 2) * sizeof(SortRun));
    s->npending--;
    return sort_merge(s, lo, na, nb);
}

// powersort's node power of the boundary between runs [s1, s1 + n1) and [.., + n2).
static int sort_power(size_t s1, size_t n1, size_t n2, size_t n) {
    int result = 0;
    size_t a = 2 * s1 + n1, b = a + n1 + n2;
    for (;;) {
        ++result;
        if (a >= n) {
            a -= n;
            b -= n;
        } else if (b >= n) {
            break;
        }
        a <<= 1;
        b <<= 1;
    }
    return result;
}

static bool sort_found_new_run(Sorter *s, size_t n2) {
    if (s->npending == 0) return true;
    SortRun *p = s->pending;
    int power = sort_power(p[s->npending - 1].base, p[s->npending - 1].len, n2, s->n);
    while (s->npending > 1 && p[s->npending - 2].power > power) {
        if (!sort_merge_at(s, s->npending - 2)) return false;
    }
    p[s->npending - 1].power = power;
    return true;
}

static bool sort_force_collapse(Sorter *s) {
    while (s->npending > 1) {
        int i = s->npending - 2;
        if (i > 0 && s->pending[i - 1].len < s->pending[i + 1].len) --i;
        if (!sort_merge_at(s, i)) return false;
    }
    return true;
}

static size_t sort_minrun(size_t n) {
    size_t extra = 0;
    while (n >= SORT_MAX_MINRUN) {
        extra |= n & 1;
        n >>= 1;
    }
    return n + extra;
}

static bool sort_all(Sorter *s) {
    size_t lo = 0, nrem = s->n, minrun = sort_minrun(s->n);
    while (nrem) {
        size_t n;
        if (!sort_count_run(s, lo, nrem, &n)) return false;
        if (n < minrun) {
            size_t force = nrem <= minrun ? nrem : minrun;
            if (!sort_binary_insertion(s, lo, force, n)) return false;
            n = force;
        }
        if (!sort_found_new_run(s, n)) return false;
        s->pending[s->npending++] = (SortRun){.base = lo, .len = n};
        lo += n;
        nrem -= n;
    }
    return sort_force_collapse(s);
}

// A private list of n undef slots, rooted; counts the root in *roots.
static ObjList *sort_scratch(Run *r, size_t n, uint32_t *roots) {
    Obj *l = list_new(r, n);
    if (!l || !gc_push_root(r, v_obj(l))) return NULL;
    ++*roots;
    return (ObjList *)l;
}

// keys[i] = key(values[i]) for every item (computed already when the VM ran the key).
static bool sort_compute_keys(Run *r, Value key, const Value *values, Value *keys, size_t n) {
    if (keys_replay_take(key, keys, n)) return true;
    for (size_t i = 0; i < n; i++) {
        Value arg = values[i];
        Args a = {.pos = &arg, .npos = 1};
        if (!ops_call(r, key, &a, &keys[i])) return false;
    }
    return true;
}

// Sorts the items held by `saved` (rooted by the caller).
static bool sort_saved(Run *r, ObjList *saved, Value key, bool reverse, uint32_t *roots) {
    Sorter s = {.r = r, .keys = saved->items, .n = saved->len};
    if (!is_none(key)) {
        ObjList *keys = sort_scratch(r, s.n, roots);
        if (!keys || !sort_compute_keys(r, key, saved->items, keys->items, s.n)) return false;
        s.keys = keys->items;
        s.values = saved->items;
    }
    if (s.n < 2) return true;
    size_t scratch = s.n;
    // guard: the scratch's size never wraps (n items already fit in memory)
    if (s.values && __builtin_mul_overflow(s.n, 2, &scratch)) return container_refuse(r);
    ObjList *tmp = sort_scratch(r, scratch, roots);
    if (!tmp) return false;
    s.tmp = tmp->items;
    s.kind = sort_keys_kind(s.keys, s.n);
    if (reverse) sort_reverse(&s, 0, s.n);
    bool ok = sort_all(&s);
    if (reverse) sort_reverse_values(s.values ? s.values : s.keys, s.n);
    return ok;
}

bool list_sort(Run *r, Obj *list, Value key, bool reverse) {
    ObjList *l = (ObjList *)list;
    ObjList *saved = (ObjList *)list_new(r, 0);
    if (!saved || !gc_push_root(r, v_obj(&saved->base))) return false;
    uint32_t roots = 1;
    // the list is empty while it sorts; its items live in `saved`
    *saved = (ObjList){.base = saved->base, .items = l->items, .len = l->len, .cap = l->cap};
    uint8_t outer = l->sorting;
    l->items = NULL;
    l->len = l->cap = 0;
    l->sorting = LIST_SORT_RUNNING;
    bool ok = sort_saved(r, saved, key, reverse, &roots);
    bool touched = l->sorting & LIST_SORT_TOUCHED;
    if (ok && touched) ok = exc_raise(r, &exc_ValueError, "list modified during sort");
    // whatever a key function put in the list meanwhile is dropped, as in CPython
    if (l->items) mem_free(r, l->items, l->cap * sizeof(Value));
    *l = (ObjList){.base = l->base, .items = saved->items, .len = saved->len, .cap = saved->cap,
                   .sorting = outer ? (uint8_t)(outer | (touched ? LIST_SORT_TOUCHED : 0)) : 0};
    saved->items = NULL;
    saved->len = saved->cap = 0;
    gc_pop_roots(r, roots);
    return ok;
}

bool list_sort_method(Run *r, Value self, const Args *a, Value *out) {
    static const char *const names[] = {"key", "reverse"};
    static const ArgSpec spec = {.fname = "sort", .names = names, .count = 2};
    if (a->npos + a->nkw > 2) {
        // CPython says "keyword" when no argument was positional (bpo-31229)
        return exc_raise(r, &exc_TypeError, "sort() takes at most 2 %sarguments (%u given)",
                         a->npos ? "" : "keyword ", a->npos + a->nkw);
    }
    Value args[2];
    bool reverse = false;
    if (!args_bind(r, a, &spec, args)) return false;
    if (!is_undef(args[1]) && !ops_truthy(r, args[1], &reverse)) return false;
    if (!list_sort(r, self.as.obj, is_undef(args[0]) ? v_none() : args[0], reverse)) return false;
    *out = v_none();
    return true;
}
