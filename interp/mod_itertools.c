// itertools: count, cycle, repeat, accumulate, chain, compress, dropwhile, takewhile,
// filterfalse, groupby, islice, starmap, tee, zip_longest, pairwise, batched. Every one is a
// lazy iterator; those calling Python code (predicates, keys, accumulate's func) go through
// ops_call, which nests the VM under its native-depth guard. The infinite ones check the
// run's clock every ITERTOOL_CLOCK_EVERY items, so a C loop draining them (max(repeat(1)))
// stops at the time limit; building a list from them stops at the memory limit.
#include "interp/mod_itertools.h"

#include "interp/args.h"
#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mem.h"
#include "interp/modules.h"
#include "interp/obj_complex.h"
#include "interp/obj_func.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

enum { ITERTOOL_CLOCK_EVERY = 1 << 12 };

// ---- shared ----

ObjItertool *itertool_new(Run *r, const ObjType *t) {
    ObjItertool *it = gc_new(r, ObjItertool, t);
    if (!it) return NULL;
    for (int k = 0; k < 5; k++) it->v[k] = v_undef();
    it->i = it->n = it->step = it->count = 0;
    it->idx = NULL;
    it->idx_len = 0;
    it->done = it->flag = false;
    return it;
}

bool itertool_repr(Run *r, Value v, Buf *out) {
    return buf_printf(out, "<%s object at 0x%llx>", value_type_name(v),
                      (unsigned long long)run_object_id(r, v.as.obj));
}

void itertool_trace(Run *r, Obj *o) {
    gc_mark_values(r, ((ObjItertool *)o)->v, 5);
}

void itertool_free(Run *r, Obj *o) {
    ObjItertool *it = (ObjItertool *)o;
    if (it->idx) mem_free(r, it->idx, it->idx_len * sizeof *it->idx);
}

bool itertool_tuple(Run *r, Value iterable, Value *out) {
    Value args = iterable;
    Args a = {&args, 1, 0, NULL, NULL};
    return type_tuple.construct(r, v_obj((Obj *)&type_tuple), &a, out);
}

bool itertool_positional(Run *r, const Args *a, const char *name, uint32_t min, uint32_t max) {
    if (a->nkw) return exc_raise(r, &exc_TypeError, "%s() takes no keyword arguments", name);
    if (a->npos >= min && a->npos <= max) return true;
    bool few = a->npos < min;
    uint32_t want = few ? min : max;
    return exc_raise(r, &exc_TypeError, "%s expected %s%u argument%s, got %u", name,
                     min == max ? "" : few ? "at least " : "at most ", want, want == 1 ? "" : "s",
                     a->npos);
}

// guard: the time limit inside C loops that drain an infinite iterator
static bool itertool_tick(Run *r, ObjItertool *it) {
    return ++it->count % ITERTOOL_CLOCK_EVERY != 0 || run_check_time(r);
}

// A new iterator of type t over iter(iterable) in v[slot].
static ObjItertool *itertool_over(Run *r, const ObjType *t, Value iterable, int slot) {
    Value src;
    if (!ops_iter(r, iterable, &src) || !gc_push_root(r, src)) return NULL;
    ObjItertool *it = itertool_new(r, t);
    gc_pop_roots(r, 1);
    if (it) it->v[slot] = src;
    return it;
}

static bool itertool_out(ObjItertool *it, Value *out) {
    if (!it) return false;
    *out = v_obj(&it->base);
    return true;
}

static ObjItertool *self_of(Value v) {
    return (ObjItertool *)v.as.obj;
}

// pred(item) is true: pred None tests the item itself.
static bool call_pred(Run *r, Value pred, Value item, bool *out) {
    if (is_none(pred)) return ops_truthy(r, item, out);
    Value res;
    Args a = {&item, 1, 0, NULL, NULL};
    if (!gc_push_root(r, item)) return false;
    bool ok = ops_call(r, pred, &a, &res) && ops_truthy(r, res, out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool call1(Run *r, Value f, Value x, Value *out) {
    Args a = {&x, 1, 0, NULL, NULL};
    if (!gc_push_root(r, x)) return false;
    bool ok = ops_call(r, f, &a, out);
    gc_pop_roots(r, 1);
    return ok;
}

// ---- count(start=0, step=1): v[0] the next value, v[1] the step ----

const ObjType mod_itertools_count;

// What count() accepts: the numeric types, and any instance of a class (which may define
// __add__); str, list and the like fail as in CPython.
static bool is_number(Value v) {
    const ObjType *t = value_type(v);
    return container_is_int(v) || t == &type_float || t == &type_complex || container_is_user(v);
}

static bool count_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"start", "step"};
    static const ArgSpec spec = {"count", names, 2, 0, 2, 0};
    Value args[2];
    if (!args_bind(r, a, &spec, args)) return false;
    Value start = is_undef(args[0]) ? v_int(0) : args[0];
    Value step = is_undef(args[1]) ? v_int(1) : args[1];
    if (!is_number(start) || !is_number(step)) return exc_raise(r, &exc_TypeError, "a number is required");
    ObjItertool *it = itertool_new(r, &mod_itertools_count);
    if (!it) return false;
    it->v[0] = start;
    it->v[1] = step;
    return itertool_out(it, out);
}

static IterStep count_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    if (!itertool_tick(r, it)) return ITER_ERROR;
    *out = it->v[0];
    if (!gc_push_root(r, *out)) return ITER_ERROR;
    bool ok = ops_binary(r, it->v[0], it->v[1], AST_OP_ADD, &it->v[0]);
    gc_pop_roots(r, 1);
    return ok ? ITER_ITEM : ITER_ERROR;
}

// count(5), count(0, 2): the step shown unless it is the int 1
static bool count_repr(Run *r, Value v, Buf *out) {
    ObjItertool *it = self_of(v);
    Value step = it->v[1];
    bool unit = (is_int(step) && step.as.i == 1);
    if (!buf_append_cstr(out, "count(") || !ops_repr(r, it->v[0], out)) return false;
    if (!unit && (!buf_append_cstr(out, ", ") || !ops_repr(r, step, out))) return false;
    return buf_append_char(out, ')');
}

ITERTOOL_TYPE(mod_itertools_count, "itertools.count", count_construct, count_next, count_repr);

// ---- cycle(iterable): v[0] the source (undef once drained), v[1] the saved items ----

const ObjType mod_itertools_cycle;

static bool cycle_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!itertool_positional(r, a, "cycle", 1, 1)) return false;
    ObjItertool *it = itertool_over(r, &mod_itertools_cycle, a->pos[0], 0);
    if (!it || !gc_push_root(r, v_obj(&it->base))) return false;
    Obj *saved = list_new(r, 0);
    gc_pop_roots(r, 1);
    if (!saved) return false;
    it->v[1] = v_obj(saved);
    return itertool_out(it, out);
}

static IterStep cycle_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    if (!is_undef(it->v[0])) {
        IterStep s = ops_next(r, it->v[0], out);
        if (s == ITER_ERROR) return s;
        if (s == ITER_ITEM) return list_append(r, it->v[1].as.obj, *out) ? ITER_ITEM : ITER_ERROR;
        it->v[0] = v_undef();
    }
    ObjList *saved = as_list(it->v[1]);
    if (saved->len == 0) return ITER_END;
    if (!itertool_tick(r, it)) return ITER_ERROR;
    if (it->i >= (int64_t)saved->len) it->i = 0;
    *out = saved->items[it->i++];
    return ITER_ITEM;
}

ITERTOOL_TYPE(mod_itertools_cycle, "itertools.cycle", cycle_construct, cycle_next, itertool_repr);

// ---- repeat(object[, times]): v[0] the object; n the times left, -1 for ever ----

const ObjType mod_itertools_repeat;

static bool repeat_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"object", "times"};
    static const ArgSpec spec = {"repeat", names, 2, 0, 2, 1};
    Value args[2];
    if (!args_bind(r, a, &spec, args)) return false;
    int64_t n = -1;
    if (!is_undef(args[1])) {
        if (!ops_index(r, args[1], &n)) return false;
        if (n < 0) n = 0;
    }
    ObjItertool *it = itertool_new(r, &mod_itertools_repeat);
    if (!it) return false;
    it->v[0] = args[0];
    it->n = n;
    return itertool_out(it, out);
}

static IterStep repeat_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    if (it->n == 0) return ITER_END;
    if (it->n > 0) it->n--;
    else if (!itertool_tick(r, it)) return ITER_ERROR;
    *out = it->v[0];
    return ITER_ITEM;
}

static bool repeat_repr(Run *r, Value v, Buf *out) {
    ObjItertool *it = self_of(v);
    if (!buf_append_cstr(out, "repeat(") || !ops_repr(r, it->v[0], out)) return false;
    if (it->n >= 0 && !buf_printf(out, ", %lld", (long long)it->n)) return false;
    return buf_append_char(out, ')');
}

// repeat(x, n).__length_hint__(): the times left; a repeat without end has no length.
static bool repeat_length_hint(Run *r, Value self, const Args *a, Value *out) {
    ObjItertool *it = self_of(self);
    if (it->n >= 0) return iter_hint_result(r, self, a, it->n, out);
    if (!container_args_none(r, a, "repeat.__length_hint__")) return false;
    return exc_raise(r, &exc_TypeError, "len() of unsized object");
}

static const MethodDef repeat_methods[] = {
    {"__length_hint__", repeat_length_hint},
};

const ObjType mod_itertools_repeat = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "itertools.repeat",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = repeat_methods,
    .method_count = 1,
    .construct = repeat_construct,
    .slots = {.repr = repeat_repr, .hash = identity_hash, .iter = iter_self, .next = repeat_next,
              .trace = itertool_trace, .free = itertool_free},
};

// ---- accumulate(iterable, func=None, *, initial=None): v[0] source, v[1] func, v[2] the
// running total (undef before the first item), v[3] initial not yet given ----

const ObjType mod_itertools_accumulate;

static bool accumulate_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"iterable", "func", "initial"};
    static const ArgSpec spec = {"accumulate", names, 3, 0, 2, 1};
    Value args[3];
    if (!args_bind(r, a, &spec, args)) return false;
    ObjItertool *it = itertool_over(r, &mod_itertools_accumulate, args[0], 0);
    if (!it) return false;
    it->v[1] = is_undef(args[1]) ? v_none() : args[1];
    it->v[3] = is_undef(args[2]) || is_none(args[2]) ? v_undef() : args[2];
    return itertool_out(it, out);
}

static IterStep accumulate_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    if (!is_undef(it->v[3])) {
        it->v[2] = *out = it->v[3];
        it->v[3] = v_undef();
        return ITER_ITEM;
    }
    Value item;
    IterStep s = ops_next(r, it->v[0], &item);
    if (s != ITER_ITEM) return s;
    if (is_undef(it->v[2])) {
        it->v[2] = *out = item;
        return ITER_ITEM;
    }
    if (!gc_push_root(r, item)) return ITER_ERROR;
    bool ok;
    if (is_none(it->v[1])) {
        ok = ops_binary(r, it->v[2], item, AST_OP_ADD, out);
    } else {
        Value pair[2] = {it->v[2], item};
        Args a = {pair, 2, 0, NULL, NULL};
        ok = ops_call(r, it->v[1], &a, out);
    }
    gc_pop_roots(r, 1);
    if (!ok) return ITER_ERROR;
    it->v[2] = *out;
    return ITER_ITEM;
}

ITERTOOL_TYPE(mod_itertools_accumulate, "itertools.accumulate", accumulate_construct,
              accumulate_next, itertool_repr);

// ---- chain(*iterables) and chain.from_iterable(iterable): v[0] an iterator over the
// iterables, v[1] the current one's iterator ----

const ObjType mod_itertools_chain;

static bool chain_make(Run *r, Value iterables, Value *out) {
    return itertool_out(itertool_over(r, &mod_itertools_chain, iterables, 0), out);
}

static bool chain_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (a->nkw) return exc_raise(r, &exc_TypeError, "chain() takes no keyword arguments");
    Obj *t = tuple_new(r, a->npos);
    if (!t || !gc_push_root(r, v_obj(t))) return false;
    for (uint32_t k = 0; k < a->npos; k++) ((ObjTuple *)t)->items[k] = a->pos[k];
    bool ok = chain_make(r, v_obj(t), out);
    gc_pop_roots(r, 1);
    return ok;
}

static bool chain_from_iterable(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!args_positional(r, a, "from_iterable", 1, 1)) return false;
    return chain_make(r, a->pos[0], out);
}

static IterStep chain_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    for (;;) {
        if (is_undef(it->v[0])) return ITER_END;
        if (!is_undef(it->v[1])) {
            IterStep s = ops_next(r, it->v[1], out);
            if (s != ITER_END) return s;
            it->v[1] = v_undef();
        }
        Value next;
        IterStep s = ops_next(r, it->v[0], &next);
        if (s == ITER_END) it->v[0] = v_undef();
        if (s != ITER_ITEM) return s;
        if (!gc_push_root(r, next)) return ITER_ERROR;
        bool ok = ops_iter(r, next, &it->v[1]);
        gc_pop_roots(r, 1);
        if (!ok) return ITER_ERROR;
    }
}

static const MethodDef chain_methods[] = {
    {"from_iterable", chain_from_iterable, METHOD_CLASS},
};

const ObjType mod_itertools_chain = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "itertools.chain",
    .id = TYPE_OBJECT,
    .base_type = &type_object,
    .methods = chain_methods,
    .method_count = 1,
    .construct = chain_construct,
    .slots = {.repr = itertool_repr, .hash = identity_hash, .iter = iter_self,
              .next = chain_next, .trace = itertool_trace, .free = itertool_free},
};

// ---- compress(data, selectors): v[0], v[1] their iterators ----

const ObjType mod_itertools_compress;

static bool compress_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"data", "selectors"};
    static const ArgSpec spec = {"compress", names, 2, 0, 2, 2};
    Value args[2], sel;
    if (!args_bind(r, a, &spec, args)) return false;
    ObjItertool *it = itertool_over(r, &mod_itertools_compress, args[0], 0);
    if (!it || !gc_push_root(r, v_obj(&it->base))) return false;
    bool ok = ops_iter(r, args[1], &sel);
    gc_pop_roots(r, 1);
    if (!ok) return false;
    it->v[1] = sel;
    return itertool_out(it, out);
}

static IterStep compress_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    for (;;) {
        Value sel;
        IterStep s = ops_next(r, it->v[0], out);
        if (s != ITER_ITEM) return s;
        if (!gc_push_root(r, *out)) return ITER_ERROR;
        s = ops_next(r, it->v[1], &sel);
        bool keep = false;
        if (s == ITER_ITEM && !ops_truthy(r, sel, &keep)) s = ITER_ERROR;
        gc_pop_roots(r, 1);
        if (s != ITER_ITEM) return s;
        if (keep) return ITER_ITEM;
    }
}

ITERTOOL_TYPE(mod_itertools_compress, "itertools.compress", compress_construct, compress_next,
              itertool_repr);

// ---- dropwhile, takewhile, filterfalse (predicate, iterable): v[0] the predicate, v[1] the
// iterator; done: dropwhile stopped dropping, takewhile stopped taking ----

const ObjType mod_itertools_dropwhile, mod_itertools_takewhile, mod_itertools_filterfalse;

static bool pred_make(Run *r, const ObjType *t, const char *name, const Args *a, Value *out) {
    if (!itertool_positional(r, a, name, 2, 2)) return false;
    ObjItertool *it = itertool_over(r, t, a->pos[1], 1);
    if (!it) return false;
    it->v[0] = a->pos[0];
    return itertool_out(it, out);
}

static bool dropwhile_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    return pred_make(r, &mod_itertools_dropwhile, "dropwhile", a, out);
}

static bool takewhile_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    return pred_make(r, &mod_itertools_takewhile, "takewhile", a, out);
}

static bool filterfalse_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    return pred_make(r, &mod_itertools_filterfalse, "filterfalse", a, out);
}

static IterStep dropwhile_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    for (;;) {
        IterStep s = ops_next(r, it->v[1], out);
        if (s != ITER_ITEM || it->done) return s;
        bool drop;
        if (!gc_push_root(r, *out)) return ITER_ERROR;
        bool ok = call_pred(r, it->v[0], *out, &drop);
        gc_pop_roots(r, 1);
        if (!ok) return ITER_ERROR;
        if (!drop) {
            it->done = true;
            return ITER_ITEM;
        }
    }
}

static IterStep takewhile_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    if (it->done) return ITER_END;
    IterStep s = ops_next(r, it->v[1], out);
    if (s != ITER_ITEM) return s;
    bool take;
    if (!gc_push_root(r, *out)) return ITER_ERROR;
    bool ok = call_pred(r, it->v[0], *out, &take);
    gc_pop_roots(r, 1);
    if (!ok) return ITER_ERROR;
    if (take) return ITER_ITEM;
    it->done = true;
    return ITER_END;
}

static IterStep filterfalse_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    for (;;) {
        IterStep s = ops_next(r, it->v[1], out);
        if (s != ITER_ITEM) return s;
        bool truth;
        if (!gc_push_root(r, *out)) return ITER_ERROR;
        bool ok = call_pred(r, it->v[0], *out, &truth);
        gc_pop_roots(r, 1);
        if (!ok) return ITER_ERROR;
        if (!truth) return ITER_ITEM;
    }
}

ITERTOOL_TYPE(mod_itertools_dropwhile, "itertools.dropwhile", dropwhile_construct,
              dropwhile_next, itertool_repr);
ITERTOOL_TYPE(mod_itertools_takewhile, "itertools.takewhile", takewhile_construct,
              takewhile_next, itertool_repr);
ITERTOOL_TYPE(mod_itertools_filterfalse, "itertools.filterfalse", filterfalse_construct,
              filterfalse_next, itertool_repr);

// ---- starmap(function, iterable): v[0] the function, v[1] the iterator ----

const ObjType mod_itertools_starmap;

static bool starmap_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    return pred_make(r, &mod_itertools_starmap, "starmap", a, out);
}

static IterStep starmap_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    Value item, args;
    IterStep s = ops_next(r, it->v[1], &item);
    if (s != ITER_ITEM) return s;
    if (!gc_push_root(r, item)) return ITER_ERROR;
    bool ok = itertool_tuple(r, item, &args);
    gc_pop_roots(r, 1);
    if (!ok || !gc_push_root(r, args)) return ITER_ERROR;
    Args a = {as_tuple(args)->items, (uint32_t)as_tuple(args)->len, 0, NULL, NULL};
    ok = ops_call(r, it->v[0], &a, out);
    gc_pop_roots(r, 1);
    return ok ? ITER_ITEM : ITER_ERROR;
}

ITERTOOL_TYPE(mod_itertools_starmap, "itertools.starmap", starmap_construct, starmap_next,
              itertool_repr);

// ---- groupby(iterable, key=None): v[0] the iterator, v[1] the key function, v[2] the
// target key, v[3] the current key, v[4] the current value; each _grouper holds its parent
// in v[0] and its key in v[1], and the parent names its live grouper (the only one that
// still yields) through `i`, a serial each grouper copies into its own `i` ----

const ObjType mod_itertools_groupby, mod_itertools_grouper;

static bool groupby_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"iterable", "key"};
    static const ArgSpec spec = {"groupby", names, 2, 0, 2, 1};
    Value args[2];
    if (!args_bind(r, a, &spec, args)) return false;
    ObjItertool *it = itertool_over(r, &mod_itertools_groupby, args[0], 0);
    if (!it) return false;
    it->v[1] = is_undef(args[1]) ? v_none() : args[1];
    return itertool_out(it, out);
}

// The next item and its key into the current value and key.
static IterStep groupby_step(Run *r, ObjItertool *g) {
    Value item, key;
    IterStep s = ops_next(r, g->v[0], &item);
    if (s != ITER_ITEM) return s;
    if (is_none(g->v[1])) key = item;
    else if (!call1(r, g->v[1], item, &key)) return ITER_ERROR;
    g->v[4] = item;
    g->v[3] = key;
    return ITER_ITEM;
}

static bool keys_equal(Run *r, Value a, Value b, bool *out) {
    return ops_eq(r, a, b, out);
}

static IterStep groupby_next(Run *r, Value v, Value *out) {
    ObjItertool *g = self_of(v);
    g->i++;  // the previous grouper stops yielding
    for (;;) {
        if (!is_undef(g->v[3])) {  // something read: stop at the first key unlike the last
            if (is_undef(g->v[2])) break;
            bool same;
            if (!keys_equal(r, g->v[2], g->v[3], &same)) return ITER_ERROR;
            if (!same) break;
        }
        IterStep s = groupby_step(r, g);
        if (s != ITER_ITEM) return s;
    }
    g->v[2] = g->v[3];
    ObjItertool *grouper = itertool_new(r, &mod_itertools_grouper);
    if (!grouper || !gc_push_root(r, v_obj(&grouper->base))) return ITER_ERROR;
    grouper->v[0] = v;
    grouper->v[1] = g->v[2];
    grouper->i = g->i;
    Obj *pair = tuple_new(r, 2);
    gc_pop_roots(r, 1);
    if (!pair) return ITER_ERROR;
    ((ObjTuple *)pair)->items[0] = g->v[3];
    ((ObjTuple *)pair)->items[1] = v_obj(&grouper->base);
    *out = v_obj(pair);
    return ITER_ITEM;
}

static IterStep grouper_next(Run *r, Value v, Value *out) {
    ObjItertool *gr = self_of(v);
    ObjItertool *g = self_of(gr->v[0]);
    if (g->i != gr->i) return ITER_END;
    if (is_undef(g->v[4])) {
        IterStep s = groupby_step(r, g);
        if (s != ITER_ITEM) return s;
    }
    bool same;
    if (!keys_equal(r, gr->v[1], g->v[3], &same)) return ITER_ERROR;
    if (!same) return ITER_END;
    *out = g->v[4];
    g->v[4] = v_undef();
    return ITER_ITEM;
}

ITERTOOL_TYPE(mod_itertools_groupby, "itertools.groupby", groupby_construct, groupby_next,
              itertool_repr);
ITERTOOL_TYPE(mod_itertools_grouper, "itertools._grouper", NULL, grouper_next, itertool_repr);

// ---- islice(iterable, stop) / islice(iterable, start, stop[, step]): v[0] the iterator
// (undef once done); i the index of the next item to give, n the stop (-1: none), count
// the items read ----

const ObjType mod_itertools_islice;

// One islice argument as CPython reads it: None gives `none`; anything else its __index__,
// or -1 when that fails (the failure dropped, as CPython clears it).
static bool islice_arg(Run *r, Value v, int64_t none, int64_t *out) {
    *out = none;
    if (is_none(v)) return true;
    if (ops_index(r, v, out)) return true;
    if (r->abort) return false;
    exc_clear(r);
    *out = -1;
    return true;
}

static bool islice_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!itertool_positional(r, a, "islice", 2, 4)) return false;
    int64_t start = 0, stop = -1, step = 1;
    Value stop_arg = a->npos == 2 ? a->pos[1] : a->pos[2];
    if (a->npos > 2 && !islice_arg(r, a->pos[1], 0, &start)) return false;
    if (!islice_arg(r, stop_arg, -1, &stop)) return false;
    if (stop == -1 && !is_none(stop_arg)) {
        return exc_raise(r, &exc_ValueError,
                         "Stop argument for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }
    if (start < 0 || stop < -1) {
        return exc_raise(r, &exc_ValueError,
                         "Indices for islice() must be None or an integer: 0 <= x <= sys.maxsize.");
    }
    if (a->npos == 4 && !islice_arg(r, a->pos[3], 1, &step)) return false;
    if (step < 1) {
        return exc_raise(r, &exc_ValueError, "Step for islice() must be a positive integer or None.");
    }
    ObjItertool *it = itertool_over(r, &mod_itertools_islice, a->pos[0], 0);
    if (!it) return false;
    it->i = start;
    it->n = stop;
    it->step = step;
    return itertool_out(it, out);
}

static IterStep islice_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    if (is_undef(it->v[0])) return ITER_END;
    IterStep s = ITER_ITEM;
    while (it->count < it->i) {
        if ((s = ops_next(r, it->v[0], out)) != ITER_ITEM) break;
        it->count++;
    }
    if (it->count >= it->i) {
        if (it->n >= 0 && it->count >= it->n) s = ITER_END;
        else s = ops_next(r, it->v[0], out);
    }
    if (s != ITER_ITEM) {
        if (s == ITER_END) it->v[0] = v_undef();
        return s;
    }
    it->count++;
    int64_t old = it->i;
    it->i = old > INT64_MAX - it->step ? INT64_MAX : old + it->step;
    if (it->n >= 0 && it->i > it->n) it->i = it->n;
    return ITER_ITEM;
}

ITERTOOL_TYPE(mod_itertools_islice, "itertools.islice", islice_construct, islice_next,
              itertool_repr);

// ---- tee(iterable, n=2): n _tee iterators reading one chain of _tee_dataobject chunks of
// up to TEE_CHUNK items (each with v[0] the source, v[1] its list of items, v[2] the next
// chunk once made). A _tee holds its chunk in v[0] and its index there in i, so chunks every
// tee has passed become garbage, as in CPython ----

enum { TEE_CHUNK = 57 };

const ObjType mod_itertools_tee, mod_itertools_tee_data;

static ObjItertool *tee_chunk_new(Run *r, Value source) {
    Obj *items = list_new(r, 0);
    if (!items || !gc_push_root(r, v_obj(items))) return NULL;
    ObjItertool *chunk = itertool_new(r, &mod_itertools_tee_data);
    gc_pop_roots(r, 1);
    if (!chunk) return NULL;
    chunk->v[0] = source;
    chunk->v[1] = v_obj(items);
    return chunk;
}

static IterStep tee_next(Run *r, Value v, Value *out) {
    ObjItertool *t = self_of(v);
    ObjItertool *chunk = self_of(t->v[0]);
    ObjList *items = as_list(chunk->v[1]);
    if (t->i == TEE_CHUNK) {
        if (is_undef(chunk->v[2])) {
            ObjItertool *next = tee_chunk_new(r, chunk->v[0]);
            if (!next) return ITER_ERROR;
            chunk->v[2] = v_obj(&next->base);
        }
        t->v[0] = chunk->v[2];
        t->i = 0;
        return tee_next(r, v, out);  // once: a new chunk's index is 0
    }
    if (t->i < (int64_t)items->len) {
        *out = items->items[t->i++];
        return ITER_ITEM;
    }
    IterStep s = ops_next(r, chunk->v[0], out);
    if (s != ITER_ITEM) return s;
    if (!list_append(r, chunk->v[1].as.obj, *out)) return ITER_ERROR;
    t->i++;
    return ITER_ITEM;
}

static bool itertools_tee(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!itertool_positional(r, a, "tee", 1, 2)) return false;
    int64_t n = 2;
    if (a->npos == 2 && !ops_index(r, a->pos[1], &n)) return false;
    if (n < 0) return exc_raise(r, &exc_ValueError, "n must be >= 0");
    Value source;
    if (!ops_iter(r, a->pos[0], &source) || !gc_push_root(r, source)) return false;
    Obj *result = tuple_new(r, (size_t)n);
    bool ok = result && gc_push_root(r, v_obj(result));
    ObjItertool *chunk = ok && n > 0 ? tee_chunk_new(r, source) : NULL;
    ok = ok && (n == 0 || (chunk && gc_push_root(r, v_obj(&chunk->base))));
    for (int64_t k = 0; ok && k < n; k++) {
        ObjItertool *t = itertool_new(r, &mod_itertools_tee);
        ok = t != NULL;
        if (ok) {
            t->v[0] = v_obj(&chunk->base);
            ((ObjTuple *)result)->items[k] = v_obj(&t->base);
        }
    }
    gc_pop_roots(r, 1 + (result ? 1 : 0) + (chunk ? 1 : 0));
    *out = v_obj(result);
    return ok;
}

static IterStep tee_data_next(Run *r, Value v, Value *out) {
    (void)r, (void)v, (void)out;
    return ITER_END;
}

ITERTOOL_TYPE(mod_itertools_tee, "itertools._tee", NULL, tee_next, itertool_repr);
ITERTOOL_TYPE(mod_itertools_tee_data, "itertools._tee_dataobject", NULL, tee_data_next,
              itertool_repr);

// ---- zip_longest(*iterables, fillvalue=None): v[0] a tuple of the iterators (undef for
// each one exhausted), v[1] the fill value; n the iterators still going ----

const ObjType mod_itertools_zip_longest;

static bool zip_longest_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value fill = v_none();
    for (uint32_t k = 0; k < a->nkw; k++) {
        if (!str_equal_cstr((const ObjStr *)a->kwnames[k], "fillvalue")) {
            return exc_raise(r, &exc_TypeError, "zip_longest() got an unexpected keyword argument");
        }
        fill = a->kwvalues[k];
    }
    Obj *iters = tuple_new(r, a->npos);
    if (!iters || !gc_push_root(r, v_obj(iters))) return false;
    bool ok = true;
    for (uint32_t k = 0; ok && k < a->npos; k++) ok = ops_iter(r, a->pos[k], &((ObjTuple *)iters)->items[k]);
    ObjItertool *it = ok ? itertool_new(r, &mod_itertools_zip_longest) : NULL;
    gc_pop_roots(r, 1);
    if (!it) return false;
    it->v[0] = v_obj(iters);
    it->v[1] = fill;
    it->n = a->npos;
    return itertool_out(it, out);
}

static IterStep zip_longest_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    ObjTuple *iters = as_tuple(it->v[0]);
    if (it->n == 0) return ITER_END;
    Obj *t = tuple_new(r, iters->len);
    if (!t || !gc_push_root(r, v_obj(t))) return ITER_ERROR;
    IterStep s = ITER_ITEM;
    for (size_t k = 0; s == ITER_ITEM && k < iters->len; k++) {
        Value *slot = &((ObjTuple *)t)->items[k];
        *slot = it->v[1];
        if (is_undef(iters->items[k])) continue;
        IterStep one = ops_next(r, iters->items[k], slot);
        if (one == ITER_ERROR) s = ITER_ERROR;
        if (one != ITER_END) continue;
        *slot = it->v[1];
        iters->items[k] = v_undef();
        if (--it->n == 0) s = ITER_END;
    }
    gc_pop_roots(r, 1);
    if (s == ITER_ITEM) *out = v_obj(t);
    return s;
}

ITERTOOL_TYPE(mod_itertools_zip_longest, "itertools.zip_longest", zip_longest_construct,
              zip_longest_next, itertool_repr);

// ---- pairwise(iterable): v[0] the iterator (undef once done), v[1] the previous item ----

const ObjType mod_itertools_pairwise;

static bool pairwise_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (!itertool_positional(r, a, "pairwise", 1, 1)) return false;
    return itertool_out(itertool_over(r, &mod_itertools_pairwise, a->pos[0], 0), out);
}

static IterStep pairwise_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    if (is_undef(it->v[0])) return ITER_END;
    Value item;
    IterStep s;
    if (is_undef(it->v[1])) {
        s = ops_next(r, it->v[0], &it->v[1]);
        if (s == ITER_END) it->v[0] = v_undef();
        if (s != ITER_ITEM) return s;
    }
    s = ops_next(r, it->v[0], &item);
    if (s == ITER_END) it->v[0] = it->v[1] = v_undef();
    if (s != ITER_ITEM) return s;
    if (!gc_push_root(r, item)) return ITER_ERROR;
    Obj *pair = tuple_new(r, 2);
    gc_pop_roots(r, 1);
    if (!pair) return ITER_ERROR;
    ((ObjTuple *)pair)->items[0] = it->v[1];
    ((ObjTuple *)pair)->items[1] = item;
    it->v[1] = item;
    *out = v_obj(pair);
    return ITER_ITEM;
}

ITERTOOL_TYPE(mod_itertools_pairwise, "itertools.pairwise", pairwise_construct, pairwise_next,
              itertool_repr);

// ---- batched(iterable, n, *, strict=False): v[0] the iterator (undef once done); n the
// batch size; flag strict ----

const ObjType mod_itertools_batched;

static bool batched_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    static const char *const names[] = {"iterable", "n", "strict"};
    static const ArgSpec spec = {"batched", names, 3, 0, 2, 2};
    Value args[3];
    int64_t n;
    bool strict = false;
    if (!args_bind(r, a, &spec, args) || !ops_index(r, args[1], &n)) return false;
    if (!is_undef(args[2]) && !ops_truthy(r, args[2], &strict)) return false;
    if (n < 1) return exc_raise(r, &exc_ValueError, "n must be at least one");
    ObjItertool *it = itertool_over(r, &mod_itertools_batched, args[0], 0);
    if (!it) return false;
    it->n = n;
    it->flag = strict;
    return itertool_out(it, out);
}

static IterStep batched_next(Run *r, Value v, Value *out) {
    ObjItertool *it = self_of(v);
    if (is_undef(it->v[0])) return ITER_END;
    Obj *batch = list_new(r, 0);
    if (!batch || !gc_push_root(r, v_obj(batch))) return ITER_ERROR;
    IterStep s = ITER_ITEM;
    Value item;
    while (as_list(v_obj(batch))->len < (size_t)it->n) {
        s = ops_next(r, it->v[0], &item);
        if (s != ITER_ITEM) break;
        if (!list_append(r, batch, item)) s = ITER_ERROR;
        if (s == ITER_ERROR) break;
    }
    size_t len = as_list(v_obj(batch))->len;
    if (s == ITER_END) {
        it->v[0] = v_undef();
        if (len && it->flag) {
            s = ITER_ERROR;
            exc_raise(r, &exc_ValueError, "batched(): incomplete batch");
        } else if (len) {
            s = ITER_ITEM;
        }
    }
    if (s == ITER_ITEM) {
        Obj *t = tuple_new(r, len);
        if (!t) s = ITER_ERROR;
        for (size_t k = 0; t && k < len; k++) ((ObjTuple *)t)->items[k] = as_list(v_obj(batch))->items[k];
        if (t) *out = v_obj(t);
    }
    gc_pop_roots(r, 1);
    return s;
}

ITERTOOL_TYPE(mod_itertools_batched, "itertools.batched", batched_construct, batched_next,
              itertool_repr);

// ---- the module ----

STATIC_BUILTIN("tee", itertools_tee, 0)

static const ObjType *const itertools_types[] = {
    &mod_itertools_accumulate, &mod_itertools_batched, &mod_itertools_chain,
    &mod_itertools_combinations, &mod_itertools_cwr, &mod_itertools_compress,
    &mod_itertools_count, &mod_itertools_cycle, &mod_itertools_dropwhile,
    &mod_itertools_filterfalse, &mod_itertools_groupby, &mod_itertools_islice,
    &mod_itertools_pairwise, &mod_itertools_permutations, &mod_itertools_product,
    &mod_itertools_repeat, &mod_itertools_starmap, &mod_itertools_takewhile,
    &mod_itertools_zip_longest,
};

bool mod_itertools_init(Run *r, Obj *module) {
    for (size_t k = 0; k < sizeof itertools_types / sizeof *itertools_types; k++) {
        const ObjType *t = itertools_types[k];
        if (!module_set(r, module, t->name + sizeof "itertools", v_obj((Obj *)&t->base))) return false;
    }
    return module_set(r, module, "tee", v_obj((Obj *)&obj_itertools_tee.base));
}
