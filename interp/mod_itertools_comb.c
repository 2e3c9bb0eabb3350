// itertools' combinatoric iterators: product, permutations, combinations and
// combinations_with_replacement, each over tuples of its input taken whole at the start,
// stepping an array of indices as CPython's do. Fields: v[0] the pool (product: a tuple of
// pools), idx the indices (permutations: then its cycles), n the pool's size, i the length r
// of the results; flag once the first result was given; done at the end.
#include "interp/args.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/mem.h"
#include "interp/mod_itertools.h"
#include "interp/obj_iter.h"
#include "interp/obj_str.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"

// A new iterator of type t over `pool`, with `count` int64 indices, all zero.
static ObjItertool *comb_new(Run *r, const ObjType *t, Value pool, uint32_t count) {
    if (!gc_push_root(r, pool)) return NULL;
    ObjItertool *it = itertool_new(r, t);
    gc_pop_roots(r, 1);
    if (!it) return NULL;
    it->v[0] = pool;
    if (count == 0) return it;
    if (!gc_push_root(r, v_obj(&it->base))) return NULL;
    it->idx = mem_alloc(r, count * sizeof *it->idx);
    gc_pop_roots(r, 1);
    if (!it->idx) return NULL;
    it->idx_len = count;
    for (uint32_t k = 0; k < count; k++) it->idx[k] = 0;
    return it;
}

static bool comb_out(ObjItertool *it, Value *out) {
    if (!it) return false;
    *out = v_obj(&it->base);
    return true;
}

// The result tuple: pool[idx[0]], ..., pool[idx[len - 1]].
static IterStep comb_result(Run *r, ObjItertool *it, Value *out) {
    Obj *t = tuple_new(r, (size_t)it->i);
    if (!t) return ITER_ERROR;
    ObjTuple *pool = as_tuple(it->v[0]);
    for (int64_t k = 0; k < it->i; k++) ((ObjTuple *)t)->items[k] = pool->items[it->idx[k]];
    *out = v_obj(t);
    it->flag = true;
    return ITER_ITEM;
}

// The r argument: a non-negative int.
static bool comb_r(Run *r, Value v, int64_t *out) {
    if (!ops_index(r, v, out)) return false;
    if (*out < 0) return exc_raise(r, &exc_ValueError, "r must be non-negative");
    if (*out > UINT32_MAX / 2) return exc_raise(r, &exc_OverflowError, "r is too large");
    return true;
}

static bool comb_args(Run *r, const Args *a, const char *fname, bool r_optional, Value *pool,
                      int64_t *rr) {
    static const char *const names[] = {"iterable", "r"};
    ArgSpec spec = {fname, names, 2, 0, 2, r_optional ? 1 : 2};
    Value args[2];
    if (!args_bind(r, a, &spec, args) || !itertool_tuple(r, args[0], pool)) return false;
    if (!gc_push_root(r, *pool)) return false;
    bool ok = true;
    if (is_undef(args[1]) || is_none(args[1])) *rr = (int64_t)as_tuple(*pool)->len;
    else ok = comb_r(r, args[1], rr);
    gc_pop_roots(r, 1);
    return ok;
}

// ---- combinations(iterable, r) ----

static bool combinations_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value pool;
    int64_t rr;
    if (!comb_args(r, a, "combinations", false, &pool, &rr)) return false;
    ObjItertool *it = comb_new(r, &mod_itertools_combinations, pool, (uint32_t)rr);
    if (!it) return false;
    it->n = (int64_t)as_tuple(pool)->len;
    it->i = rr;
    it->done = rr > it->n;
    for (int64_t k = 0; k < rr; k++) it->idx[k] = k;
    return comb_out(it, out);
}

static IterStep combinations_next(Run *r, Value v, Value *out) {
    ObjItertool *it = (ObjItertool *)v.as.obj;
    if (it->done) return ITER_END;
    if (!it->flag) return comb_result(r, it, out);
    int64_t n = it->n, rr = it->i, i = rr - 1;
    while (i >= 0 && it->idx[i] == i + n - rr) i--;
    if (i < 0) {
        it->done = true;
        return ITER_END;
    }
    it->idx[i]++;
    for (int64_t j = i + 1; j < rr; j++) it->idx[j] = it->idx[j - 1] + 1;
    return comb_result(r, it, out);
}

ITERTOOL_TYPE(mod_itertools_combinations, "itertools.combinations", combinations_construct,
              combinations_next, itertool_repr);

// ---- combinations_with_replacement(iterable, r) ----

static bool cwr_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value pool;
    int64_t rr;
    if (!comb_args(r, a, "combinations_with_replacement", false, &pool, &rr)) return false;
    ObjItertool *it = comb_new(r, &mod_itertools_cwr, pool, (uint32_t)rr);
    if (!it) return false;
    it->n = (int64_t)as_tuple(pool)->len;
    it->i = rr;
    it->done = it->n == 0 && rr > 0;
    return comb_out(it, out);
}

static IterStep cwr_next(Run *r, Value v, Value *out) {
    ObjItertool *it = (ObjItertool *)v.as.obj;
    if (it->done) return ITER_END;
    if (!it->flag) return comb_result(r, it, out);
    int64_t n = it->n, rr = it->i, i = rr - 1;
    while (i >= 0 && it->idx[i] == n - 1) i--;
    if (i < 0) {
        it->done = true;
        return ITER_END;
    }
    int64_t next = it->idx[i] + 1;
    for (int64_t j = i; j < rr; j++) it->idx[j] = next;
    return comb_result(r, it, out);
}

ITERTOOL_TYPE(mod_itertools_cwr, "itertools.combinations_with_replacement", cwr_construct,
              cwr_next, itertool_repr);

// ---- permutations(iterable, r=None): idx[0..n) the indices, idx[n..n+r) the cycles ----

static bool permutations_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    Value pool;
    int64_t rr;
    if (!comb_args(r, a, "permutations", true, &pool, &rr)) return false;
    int64_t n = (int64_t)as_tuple(pool)->len;
    ObjItertool *it = comb_new(r, &mod_itertools_permutations, pool, (uint32_t)(n + rr));
    if (!it) return false;
    it->n = n;
    it->i = rr;
    it->done = rr > n;
    for (int64_t k = 0; k < n; k++) it->idx[k] = k;
    for (int64_t k = 0; !it->done && k < rr; k++) it->idx[n + k] = n - k;
    return comb_out(it, out);
}

static IterStep permutations_next(Run *r, Value v, Value *out) {
    ObjItertool *it = (ObjItertool *)v.as.obj;
    if (it->done) return ITER_END;
    if (!it->flag) return comb_result(r, it, out);
    int64_t n = it->n, rr = it->i, *idx = it->idx;
    int64_t *cycles = n ? idx + n : NULL;  // permutations([]) has no index table at all
    for (int64_t i = rr - 1; i >= 0; i--) {
        if (--cycles[i] == 0) {
            // rotate idx[i..n) left by one
            int64_t first = idx[i];
            for (int64_t k = i; k < n - 1; k++) idx[k] = idx[k + 1];
            idx[n - 1] = first;
            cycles[i] = n - i;
        } else {
            int64_t j = cycles[i], tmp = idx[i];
            idx[i] = idx[n - j];
            idx[n - j] = tmp;
            return comb_result(r, it, out);
        }
    }
    it->done = true;
    return ITER_END;
}

ITERTOOL_TYPE(mod_itertools_permutations, "itertools.permutations", permutations_construct,
              permutations_next, itertool_repr);

// ---- product(*iterables, repeat=1): v[0] a tuple of the pools, idx one index per pool ----

static bool product_repeat(Run *r, const Args *a, int64_t *repeat) {
    *repeat = 1;
    for (uint32_t k = 0; k < a->nkw; k++) {
        if (!str_equal_cstr((const ObjStr *)a->kwnames[k], "repeat")) {
            return exc_raise(r, &exc_TypeError, "product() got an unexpected keyword argument '%s'",
                             ((const ObjStr *)a->kwnames[k])->data);
        }
        if (!ops_index(r, a->kwvalues[k], repeat)) return false;
    }
    if (*repeat < 0) return exc_raise(r, &exc_ValueError, "repeat argument cannot be negative");
    return true;
}

static bool product_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    int64_t repeat;
    if (!product_repeat(r, a, &repeat)) return false;
    if (a->npos && (uint64_t)repeat > UINT32_MAX / 2 / a->npos) {
        return exc_raise(r, &exc_OverflowError, "repeat argument too large");
    }
    size_t npools = (size_t)a->npos * (size_t)repeat;
    Obj *pools = tuple_new(r, npools);
    if (!pools || !gc_push_root(r, v_obj(pools))) return false;
    bool ok = true, empty = false;
    for (uint32_t k = 0; ok && k < a->npos; k++) {
        ok = itertool_tuple(r, a->pos[k], &((ObjTuple *)pools)->items[k]);
        if (ok) empty = empty || as_tuple(((ObjTuple *)pools)->items[k])->len == 0;
    }
    for (size_t k = a->npos; ok && k < npools; k++) {
        ((ObjTuple *)pools)->items[k] = ((ObjTuple *)pools)->items[k % a->npos];
    }
    ObjItertool *it = ok ? comb_new(r, &mod_itertools_product, v_obj(pools), (uint32_t)npools) : NULL;
    gc_pop_roots(r, 1);
    if (!it) return false;
    it->i = (int64_t)npools;
    it->done = empty && npools > 0;
    return comb_out(it, out);
}

static IterStep product_result(Run *r, ObjItertool *it, Value *out) {
    Obj *t = tuple_new(r, (size_t)it->i);
    if (!t) return ITER_ERROR;
    ObjTuple *pools = as_tuple(it->v[0]);
    for (int64_t k = 0; k < it->i; k++) {
        ((ObjTuple *)t)->items[k] = as_tuple(pools->items[k])->items[it->idx[k]];
    }
    *out = v_obj(t);
    it->flag = true;
    return ITER_ITEM;
}

static IterStep product_next(Run *r, Value v, Value *out) {
    ObjItertool *it = (ObjItertool *)v.as.obj;
    if (it->done) return ITER_END;
    if (!it->flag) return product_result(r, it, out);
    ObjTuple *pools = as_tuple(it->v[0]);
    for (int64_t i = it->i - 1; i >= 0; i--) {
        if (++it->idx[i] < (int64_t)as_tuple(pools->items[i])->len) return product_result(r, it, out);
        it->idx[i] = 0;
    }
    it->done = true;
    return ITER_END;
}

ITERTOOL_TYPE(mod_itertools_product, "itertools.product", product_construct, product_next,
              itertool_repr);
