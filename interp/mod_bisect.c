// bisect: CPython's _bisect (Modules/_bisectmodule.c) — the same probes and comparisons, over
// any sequence (items read by __getitem__), with key= applied to the probed items only.
#include "interp/mod_bisect.h"

#include "interp/args.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/modules.h"
#include "interp/obj_func.h"
#include "interp/obj_list.h"
#include "interp/ops.h"
#include "interp/vm.h"
#include "parser/ast.h"

// The arguments of every bisect function: (a, x, lo=0, hi=None, *, key=None).
typedef struct Search {
    Value a, x, key;
    int64_t lo, hi;
} Search;

static bool search_bind(Run *r, const Args *a, const char *fname, Search *s) {
    static const char *const names[] = {"a", "x", "lo", "hi", "key"};
    const ArgSpec spec = {fname, names, 5, 0, 4, 2};
    Value args[5];
    if (!args_bind(r, a, &spec, args)) return false;
    s->a = args[0];
    s->x = args[1];
    s->key = is_undef(args[4]) ? v_none() : args[4];
    s->lo = 0;
    if (!is_undef(args[2]) && !ops_index(r, args[2], &s->lo)) return false;
    if (s->lo < 0) return exc_raise(r, &exc_ValueError, "lo must be non-negative");
    if (is_undef(args[3]) || is_none(args[3])) return ops_len(r, s->a, &s->hi);
    return ops_index(r, args[3], &s->hi);
}

// a[i], passed through key when there is one.
static bool probe(Run *r, const Search *s, int64_t i, Value *out) {
    if (!ops_getitem(r, s->a, v_int(i), out)) return false;
    if (is_none(s->key)) return true;
    if (!gc_push_root(r, *out)) return false;
    Args args = {.pos = out, .npos = 1};
    bool ok = vm_call(r, s->key, &args, out);
    gc_pop_roots(r, 1);
    return ok;
}

// The insertion point of x (already passed through key by insort): before equal items when
// left, after them otherwise.
static bool search_index(Run *r, const Search *s, Value x, bool left, int64_t *out) {
    int64_t lo = s->lo, hi = s->hi;
    if (!gc_push_root(r, x)) return false;
    bool ok = true;
    while (ok && lo < hi) {
        int64_t mid = lo + (hi - lo) / 2;
        Value item, res;
        bool lt;
        ok = probe(r, s, mid, &item) && gc_push_root(r, item);
        if (!ok) break;
        // bisect_left: a[mid] < x moves right; bisect_right: x < a[mid] moves left
        ok = (left ? ops_compare(r, item, x, AST_CMP_LT, &res) : ops_compare(r, x, item, AST_CMP_LT, &res)) &&
             ops_truthy(r, res, &lt);
        gc_pop_roots(r, 1);
        if (!ok) break;
        if (left == lt) lo = mid + 1;
        else hi = mid;
    }
    gc_pop_roots(r, 1);
    *out = lo;
    return ok;
}

static bool bisect(Run *r, const Args *a, const char *fname, bool left, Value *out) {
    Search s;
    int64_t i;
    if (!search_bind(r, a, fname, &s) || !search_index(r, &s, s.x, left, &i)) return false;
    *out = v_int(i);
    return true;
}

// insort: x goes where bisect puts key(x); a list's own insert, or the sequence's .insert().
static bool insort(Run *r, const Args *a, const char *fname, bool left, Value *out) {
    Search s;
    if (!search_bind(r, a, fname, &s)) return false;
    Value k = s.x;
    if (!is_none(s.key)) {
        Args args = {.pos = &s.x, .npos = 1};
        if (!vm_call(r, s.key, &args, &k)) return false;
    }
    int64_t i;
    Value insert, pos[2] = {v_int(0), s.x}, res;
    if (!search_index(r, &s, k, left, &i) || !ops_method(r, s.a, "insert", &insert)) return false;
    if (!gc_push_root(r, insert)) return false;
    pos[0] = v_int(i);
    Args args = {.pos = pos, .npos = 2};
    bool ok = ops_call(r, insert, &args, &res);
    gc_pop_roots(r, 1);
    *out = v_none();
    return ok;
}

#define BISECT_FN(NAME, IMPL, LEFT)                                       \
    static bool bs_##NAME(Run *r, Value self, const Args *a, Value *out) { \
        (void)self;                                                       \
        return IMPL(r, a, #NAME, LEFT, out);                              \
    }                                                                     \
    STATIC_BUILTIN(#NAME, bs_##NAME, 0)

BISECT_FN(bisect_left, bisect, true)
BISECT_FN(bisect_right, bisect, false)
BISECT_FN(insort_left, insort, true)
BISECT_FN(insort_right, insort, false)

bool mod_bisect_init(Run *r, Obj *module) {
    const ObjBuiltin *const fns[] = {&obj_bs_bisect_left, &obj_bs_bisect_right, &obj_bs_insort_left,
                                     &obj_bs_insort_right};
    for (size_t k = 0; k < sizeof fns / sizeof *fns; k++) {
        if (!module_set(r, module, fns[k]->def->name, v_obj((Obj *)&fns[k]->base))) return false;
    }
    // bisect and insort are the right-hand versions under a second name, as in CPython
    return module_set(r, module, "bisect", v_obj((Obj *)&obj_bs_bisect_right.base)) &&
           module_set(r, module, "insort", v_obj((Obj *)&obj_bs_insort_right.base));
}
