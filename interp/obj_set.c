// set and frozenset objects (Objects/setobject.c). The table code follows CPython's slot by
// slot — lookups, insertion with its reuse of the first dummy, resizing, merging one set into
// another — and so does each operation's choice of which operand to walk, since that decides
// the order a result iterates in.
#include "interp/obj_set.h"

#include <stdio.h>
#include <string.h>

#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_dict.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_new.h"
#include "interp/obj_str.h"
#include "interp/ops.h"
#include "parser/ast.h"

enum {
    SET_MIN_SIZE = 8,
    SET_LINEAR_PROBES = 9,
    SET_PERTURB_SHIFT = 5,
    SET_HASH_NOT_MINUS_ONE = 590923713,
};

static bool set_frozen(const ObjSet *s) {
    return s->base.type->id == TYPE_FROZENSET;
}

static bool set_slot_empty(const SetEntry *e) {
    return is_undef(e->key) && e->hash == 0;
}

static SetEntry *set_alloc_table(Run *r, size_t size) {
    size_t bytes;
    // guard: the table's size never wraps
    if (__builtin_mul_overflow(size, sizeof(SetEntry), &bytes)) {
        container_refuse(r);
        return NULL;
    }
    SetEntry *t = mem_alloc(r, bytes);
    if (t) memset(t, 0, bytes);  // every slot empty: key undef, hash 0
    return t;
}

Obj *set_new(Run *r, bool frozen) {
    ObjSet *s = gc_new(r, ObjSet, frozen ? &type_frozenset : &type_set);
    if (!s) return NULL;
    s->hash = -1;
    s->table = set_alloc_table(r, SET_MIN_SIZE);
    if (!s->table) return NULL;
    s->mask = SET_MIN_SIZE - 1;
    return &s->base;
}

bool set_next(Obj *o, size_t *pos, Value *key) {
    ObjSet *s = (ObjSet *)o;
    for (; *pos <= s->mask; ++*pos) {
        if (!is_undef(s->table[*pos].key)) {
            *key = s->table[(*pos)++].key;
            return true;
        }
    }
    return false;
}

// The next active entry at or after *pos, by value (the table may change afterwards).
static bool set_next_entry(const ObjSet *s, size_t *pos, SetEntry *out) {
    for (; *pos <= s->mask; ++*pos) {
        if (!is_undef(s->table[*pos].key)) {
            *out = s->table[(*pos)++];
            return true;
        }
    }
    return false;
}

// --- the table

// Where set_insert_clean puts `hash` in a table without dummies.
static size_t set_clean_slot(const SetEntry *table, size_t mask, int64_t hash) {
    size_t perturb = (size_t)hash, i = (size_t)hash & mask;
    for (;;) {
        size_t probes = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
        for (size_t j = i; j <= i + probes; j++) {
            if (is_undef(table[j].key)) return j;
        }
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// A table of the smallest power of two above minused, holding the active entries.
static bool set_resize(Run *r, ObjSet *s, size_t minused) {
    size_t size = SET_MIN_SIZE;
    while (size <= minused) {
        // guard: no table size beyond what memory could hold
        if (size > SIZE_MAX / 2 / sizeof(SetEntry)) return container_refuse(r);
        size <<= 1;
    }
    SetEntry *table = set_alloc_table(r, size);
    if (!table) return false;
    for (size_t i = 0; i <= s->mask; i++) {
        if (!is_undef(s->table[i].key)) {
            table[set_clean_slot(table, size - 1, s->table[i].hash)] = s->table[i];
        }
    }
    mem_free(r, s->table, (s->mask + 1) * sizeof(SetEntry));
    s->table = table;
    s->mask = size - 1;
    s->fill = s->used;
    s->version++;
    return true;
}

static bool set_grow_after_add(Run *r, ObjSet *s) {
    if (s->fill * 5 < s->mask * 3) return true;
    return set_resize(r, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

// The same Value bit for bit: how a lookup notices that its slot changed under it.
static bool set_same_bits(Value a, Value b) {
    return a.tag == b.tag && memcmp(&a.as, &b.as, sizeof a.as) == 0;
}

typedef enum { SET_MISS, SET_HIT, SET_RESTART } SetMatch;

// Compares the active slot j with key (of equal hash) under an __eq__ that may change the set.
// While adding, an equal key is a hit even if the set changed (CPython's set_add_entry).
static bool set_match_slow(Run *r, ObjSet *s, size_t j, Value key, bool adding, SetMatch *m) {
    Value start = s->table[j].key;
    uint64_t version = s->version;
    bool eq;
    if (!container_eq_rooted(r, start, key, &eq)) return false;
    bool changed = s->version != version || !set_same_bits(s->table[j].key, start);
    *m = eq && (adding || !changed) ? SET_HIT : changed ? SET_RESTART : SET_MISS;
    return true;
}

static bool set_match(Run *r, ObjSet *s, size_t j, Value key, int64_t hash, bool adding,
                      SetMatch *m) {
    const SetEntry *e = &s->table[j];
    *m = SET_MISS;
    if (e->hash != hash) return true;
    if (e->key.tag == key.tag && (key.tag != VAL_FLOAT || key.as.f == key.as.f) &&
        set_same_bits(e->key, key)) {
        *m = SET_HIT;
        return true;
    }
    if (is_int(e->key) && is_int(key)) return true;
    if (is_str(e->key) && is_str(key)) {
        if (str_equal(as_str(e->key), as_str(key))) *m = SET_HIT;
        return true;
    }
    return set_match_slow(r, s, j, key, adding, m);
}

// CPython's set_lookkey: the active slot holding key, or *found false.
static bool set_lookup(Run *r, ObjSet *s, Value key, int64_t hash, size_t *pos, bool *found) {
restart:
    *found = false;
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        size_t probes = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
        for (size_t j = i; j <= i + probes; j++) {
            if (set_slot_empty(&s->table[j])) return true;
            if (is_undef(s->table[j].key)) continue;  // dummy
            SetMatch m;
            if (!set_match(r, s, j, key, hash, false, &m)) return false;
            if (m == SET_RESTART) goto restart;
            if (m == SET_HIT) {
                *pos = j;
                *found = true;
                return true;
            }
        }
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

// Puts a new key in slot j (an empty one, or the last dummy seen on the way).
static bool set_store(Run *r, ObjSet *s, size_t j, bool reuse_dummy, Value key, int64_t hash) {
    s->table[j] = (SetEntry){.hash = hash, .key = key};
    s->used++;
    if (reuse_dummy) return true;
    s->fill++;
    return set_grow_after_add(r, s);
}

// CPython's set_add_entry. The caller keeps key reachable.
static bool set_add_entry(Run *r, ObjSet *s, Value key, int64_t hash) {
restart:;
    size_t mask = s->mask, i = (size_t)hash & mask, perturb = (size_t)hash, freeslot = 0;
    bool have_free = false;
    for (;;) {
        size_t probes = i + SET_LINEAR_PROBES <= mask ? SET_LINEAR_PROBES : 0;
        for (size_t j = i; j <= i + probes; j++) {
            const SetEntry *e = &s->table[j];
            if (set_slot_empty(e)) {
                return set_store(r, s, have_free ? freeslot : j, have_free, key, hash);
            }
            if (is_undef(e->key)) {  // dummy: the last one before an empty slot is reused
                freeslot = j;
                have_free = true;
                continue;
            }
            SetMatch m;
            if (!set_match(r, s, j, key, hash, true, &m)) return false;
            if (m == SET_HIT) return true;
            if (m == SET_RESTART) goto restart;
        }
        perturb >>= SET_PERTURB_SHIFT;
        i = (i * 5 + 1 + perturb) & mask;
    }
}

static bool set_hash_key(Run *r, Value key, int64_t *hash) {
    if (is_str(key)) {
        *hash = str_hash(as_str(key));
        return true;
    }
    return container_hash_key(r, key, "set element", hash);
}

bool set_add(Run *r, Obj *o, Value key) {
    int64_t hash;
    if (!gc_push_root(r, key)) return false;
    bool ok = set_hash_key(r, key, &hash) && set_add_entry(r, (ObjSet *)o, key, hash);
    gc_pop_roots(r, 1);
    return ok;
}

// Removes key (of known hash) if present.
static bool set_discard_entry(Run *r, ObjSet *s, Value key, int64_t hash, bool *found) {
    size_t j;
    if (!set_lookup(r, s, key, hash, &j, found)) return false;
    if (*found) {
        s->table[j] = (SetEntry){.hash = -1, .key = v_undef()};  // dummy
        s->used--;
    }
    return true;
}

static bool set_contains_entry(Run *r, ObjSet *s, Value key, int64_t hash, bool *found) {
    size_t j;
    return set_lookup(r, s, key, hash, &j, found);
}

static void set_clear(Run *r, ObjSet *s) {
    SetEntry *table = set_alloc_table(r, SET_MIN_SIZE);
    if (!table) {
        // out of memory: empty the table in place instead
        memset(s->table, 0, (s->mask + 1) * sizeof(SetEntry));
    } else {
        mem_free(r, s->table, (s->mask + 1) * sizeof(SetEntry));
        s->table = table;
        s->mask = SET_MIN_SIZE - 1;
    }
    s->fill = s->used = 0;
    s->version++;
}

// Looks key up, retrying an unhashable set key as a frozenset (CPython's set_contains,
// set_remove and set_discard do).
typedef bool (*SetKeyOp)(Run *r, ObjSet *s, Value key, int64_t hash, bool *found);

static bool set_key_op(Run *r, ObjSet *s, Value key, SetKeyOp op, bool *found) {
    int64_t hash;
    if (set_hash_key(r, key, &hash)) return op(r, s, key, hash, found);
    if (!is_anyset(key) || is_frozenset(key) || !exc_pending_is(r, &exc_TypeError)) return false;
    exc_clear(r);
    Obj *frozen = set_from_iterable(r, key, true);
    if (!frozen || !gc_push_root(r, v_obj(frozen))) return false;
    bool ok = set_hash_key(r, v_obj(frozen), &hash) && op(r, s, v_obj(frozen), hash, found);
    gc_pop_roots(r, 1);
    return ok;
}

bool set_contains(Run *r, Obj *o, Value key, bool *out) {
    return set_key_op(r, (ObjSet *)o, key, set_contains_entry, out);
}

bool set_discard(Run *r, Obj *o, Value key, bool *found) {
    return set_key_op(r, (ObjSet *)o, key, set_discard_entry, found);
}

// --- bulk operations

// s |= other for a set other (CPython's set_merge).
static bool set_merge(Run *r, ObjSet *s, ObjSet *other) {
    if (s == other || other->used == 0) return true;
    // one big resize up front, expecting few overlapping keys
    if ((s->fill + other->used) * 5 >= s->mask * 3 &&
        !set_resize(r, s, (s->used + other->used) * 2)) {
        return false;
    }
    if (s->fill == 0 && s->mask == other->mask && other->fill == other->used) {
        memcpy(s->table, other->table, (s->mask + 1) * sizeof(SetEntry));
        s->fill = s->used = other->used;
        return true;
    }
    if (s->fill == 0) {
        for (size_t i = 0; i <= other->mask; i++) {
            SetEntry e = other->table[i];
            if (!is_undef(e.key)) s->table[set_clean_slot(s->table, s->mask, e.hash)] = e;
        }
        s->fill = s->used = other->used;
        return true;
    }
    SetEntry e;
    for (size_t pos = 0; set_next_entry(other, &pos, &e);) {
        if (!gc_push_root(r, e.key)) return false;
        bool ok = set_add_entry(r, s, e.key, e.hash);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return true;
}

static bool set_add_iterable(Run *r, ObjSet *s, Value src) {
    Value it, key;
    if (!ops_iter(r, src, &it) || !gc_push_root(r, it)) return false;
    IterStep step;
    while ((step = ops_next(r, it, &key)) == ITER_ITEM) {
        if (!set_add(r, &s->base, key)) break;
    }
    gc_pop_roots(r, 1);
    return step == ITER_END;
}

// CPython's set_update_internal: sets merge, dicts lend their hashes, the rest iterate.
static bool set_update_internal(Run *r, ObjSet *s, Value src) {
    if (is_anyset(src)) return set_merge(r, s, as_set(src));
    if (!is_dict(src)) return set_add_iterable(r, s, src);
    ObjDict *d = as_dict(src);
    if ((s->fill + d->used) * 5 >= s->mask * 3 && !set_resize(r, s, (s->used + d->used) * 2)) {
        return false;
    }
    for (size_t i = 0; i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (is_undef(e.key)) continue;
        if (!gc_push_root(r, e.key)) return false;
        bool ok = set_add_entry(r, s, e.key, e.hash);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return true;
}

bool set_update(Run *r, Obj *o, Value src) {
    return set_update_internal(r, (ObjSet *)o, src);
}

bool set_update_literal(Run *r, Obj *s, const Value *items, size_t n) {
    Obj *frozen = set_new(r, true);
    if (!frozen || !gc_push_root(r, v_obj(frozen))) return false;
    bool ok = true;
    for (size_t k = 0; ok && k < n; k++) ok = set_add(r, frozen, items[k]);
    ok = ok && set_merge(r, (ObjSet *)s, (ObjSet *)frozen);
    gc_pop_roots(r, 1);
    return ok;
}

// A new set (or frozenset) filled from src; rooted on success (the caller pops one root).
static ObjSet *set_make_rooted(Run *r, bool frozen, Value src) {
    Obj *s = set_new(r, frozen);
    if (!s || !gc_push_root(r, v_obj(s))) return NULL;
    if (!is_undef(src) && !set_update_internal(r, (ObjSet *)s, src)) {
        gc_pop_roots(r, 1);
        return NULL;
    }
    return (ObjSet *)s;
}

Obj *set_from_iterable(Run *r, Value src, bool frozen) {
    if (frozen && is_frozenset(src) && src.as.obj->type == &type_frozenset) return src.as.obj;
    ObjSet *s = set_make_rooted(r, frozen, src);
    if (!s) return NULL;
    gc_pop_roots(r, 1);
    return &s->base;
}

// A copy of s of the same kind; rooted.
static ObjSet *set_copy_rooted(Run *r, ObjSet *s) {
    return set_make_rooted(r, set_frozen(s), v_obj(&s->base));
}

// Adds to result the keys of `walk` that `probe` holds (or lacks, if !want).
static bool set_filter_into(Run *r, ObjSet *result, ObjSet *walk, ObjSet *probe, bool want) {
    SetEntry e;
    for (size_t pos = 0; set_next_entry(walk, &pos, &e);) {
        bool found;
        if (!gc_push_root(r, e.key)) return false;
        bool ok = set_contains_entry(r, probe, e.key, e.hash, &found) &&
                  (found != want || set_add_entry(r, result, e.key, e.hash));
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return true;
}

// Adds to result the keys of iterable src that s holds.
static bool set_common_with_iterable(Run *r, ObjSet *result, ObjSet *s, Value src) {
    Value it, key;
    if (!ops_iter(r, src, &it) || !gc_push_root(r, it)) return false;
    IterStep step;
    while ((step = ops_next(r, it, &key)) == ITER_ITEM) {
        int64_t hash;
        bool found;
        if (!gc_push_root(r, key)) break;
        bool ok = ops_hash(r, key, &hash) && set_contains_entry(r, s, key, hash, &found) &&
                  (!found || set_add_entry(r, result, key, hash));
        gc_pop_roots(r, 1);
        if (!ok) break;
    }
    gc_pop_roots(r, 1);
    return step == ITER_END;
}

// s & other (CPython's set_intersection); the result is rooted.
static ObjSet *set_intersection_rooted(Run *r, ObjSet *s, Value other) {
    if (other.as.obj == &s->base) return set_copy_rooted(r, s);
    ObjSet *result = set_make_rooted(r, set_frozen(s), v_undef());
    if (!result) return NULL;
    bool ok;
    if (is_anyset(other)) {
        ObjSet *big = s, *small = as_set(other);
        if (small->used > big->used) {
            big = small;
            small = s;
        }
        ok = set_filter_into(r, result, small, big, true);
    } else {
        ok = set_common_with_iterable(r, result, s, other);
    }
    if (ok) return result;
    gc_pop_roots(r, 1);
    return NULL;
}

static bool set_discard_iterable(Run *r, ObjSet *s, Value src) {
    Value it, key;
    if (!ops_iter(r, src, &it) || !gc_push_root(r, it)) return false;
    IterStep step;
    while ((step = ops_next(r, it, &key)) == ITER_ITEM) {
        int64_t hash;
        bool found;
        if (!gc_push_root(r, key)) break;
        bool ok = set_hash_key(r, key, &hash) && set_discard_entry(r, s, key, hash, &found);
        gc_pop_roots(r, 1);
        if (!ok) break;
    }
    gc_pop_roots(r, 1);
    return step == ITER_END;
}

static bool set_discard_all(Run *r, ObjSet *s, ObjSet *other) {
    SetEntry e;
    for (size_t pos = 0; set_next_entry(other, &pos, &e);) {
        bool found;
        if (!gc_push_root(r, e.key)) return false;
        bool ok = set_discard_entry(r, s, e.key, e.hash, &found);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return true;
}

// s -= other (CPython's set_difference_update_internal).
static bool set_difference_update(Run *r, ObjSet *s, Value other) {
    if (other.as.obj == &s->base) {
        set_clear(r, s);
        return true;
    }
    bool ok;
    if (is_anyset(other)) {
        // a much larger other is first cut down to what the two have in common
        bool cut = (as_set(other)->used >> 3) > s->used;
        ObjSet *o = cut ? set_intersection_rooted(r, s, other) : as_set(other);
        if (!o) return false;
        ok = set_discard_all(r, s, o);
        if (cut) gc_pop_roots(r, 1);
    } else {
        ok = set_discard_iterable(r, s, other);
    }
    if (!ok) return false;
    // more than a quarter dummies: resize them away
    if (s->fill - s->used <= s->mask / 4) return true;
    return set_resize(r, s, s->used > 50000 ? s->used * 2 : s->used * 4);
}

// Adds to result the keys of s that dict d lacks.
static bool set_missing_from_dict(Run *r, ObjSet *result, ObjSet *s, Obj *d) {
    SetEntry e;
    for (size_t pos = 0; set_next_entry(s, &pos, &e);) {
        bool found;
        if (!gc_push_root(r, e.key)) return false;
        bool ok = dict_contains_hashed(r, d, e.key, e.hash, &found) &&
                  (found || set_add_entry(r, result, e.key, e.hash));
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return true;
}

// s - other (CPython's set_difference); the result is rooted.
static ObjSet *set_difference_rooted(Run *r, ObjSet *s, Value other) {
    size_t other_size = is_anyset(other) ? as_set(other)->used
                        : is_dict(other)  ? as_dict(other)->used
                                          : SIZE_MAX;
    if (other_size == SIZE_MAX || (s->used >> 2) > other_size) {
        ObjSet *result = set_copy_rooted(r, s);
        if (result && !set_difference_update(r, result, other)) {
            gc_pop_roots(r, 1);
            return NULL;
        }
        return result;
    }
    ObjSet *result = set_make_rooted(r, set_frozen(s), v_undef());
    if (!result) return NULL;
    bool ok = is_dict(other) ? set_missing_from_dict(r, result, s, other.as.obj)
                             : set_filter_into(r, result, s, as_set(other), false);
    if (ok) return result;
    gc_pop_roots(r, 1);
    return NULL;
}

// Toggles one key: removed if present, else added.
static bool set_toggle(Run *r, ObjSet *s, Value key, int64_t hash) {
    bool found;
    if (!gc_push_root(r, key)) return false;
    bool ok = set_discard_entry(r, s, key, hash, &found) &&
              (found || set_add_entry(r, s, key, hash));
    gc_pop_roots(r, 1);
    return ok;
}

// s ^= other (CPython's set_symmetric_difference_update).
static bool set_symmetric_update(Run *r, ObjSet *s, Value other) {
    if (other.as.obj == &s->base) {
        set_clear(r, s);
        return true;
    }
    if (is_dict(other)) {
        ObjDict *d = as_dict(other);
        for (size_t i = 0; i < d->nentries; i++) {
            DictEntry e = d->entries[i];
            if (!is_undef(e.key) && !set_toggle(r, s, e.key, e.hash)) return false;
        }
        return true;
    }
    ObjSet *o = is_anyset(other) ? as_set(other) : set_make_rooted(r, set_frozen(s), other);
    if (!o) return false;
    SetEntry e;
    bool ok = true;
    for (size_t pos = 0; ok && set_next_entry(o, &pos, &e);) ok = set_toggle(r, s, e.key, e.hash);
    if (!is_anyset(other)) gc_pop_roots(r, 1);
    return ok;
}

// s ^ other: set(other), then toggled by s's keys; the result is rooted.
static ObjSet *set_symmetric_rooted(Run *r, ObjSet *s, Value other) {
    ObjSet *result = set_make_rooted(r, set_frozen(s), other);
    if (result && !set_symmetric_update(r, result, v_obj(&s->base))) {
        gc_pop_roots(r, 1);
        return NULL;
    }
    return result;
}

// s | other; the result is rooted.
static ObjSet *set_union_rooted(Run *r, ObjSet *s, Value other) {
    ObjSet *result = set_copy_rooted(r, s);
    if (result && other.as.obj != &s->base && !set_update_internal(r, result, other)) {
        gc_pop_roots(r, 1);
        return NULL;
    }
    return result;
}

static bool set_issubset_of(Run *r, ObjSet *s, Value other, bool *out) {
    if (!is_anyset(other)) {
        ObjSet *common = set_intersection_rooted(r, s, other);
        if (!common) return false;
        *out = common->used == s->used;
        gc_pop_roots(r, 1);
        return true;
    }
    ObjSet *o = as_set(other);
    *out = s->used <= o->used;
    SetEntry e;
    for (size_t pos = 0; *out && set_next_entry(s, &pos, &e);) {
        if (!gc_push_root(r, e.key)) return false;
        bool ok = set_contains_entry(r, o, e.key, e.hash, out);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    return true;
}

static bool set_issuperset_of(Run *r, ObjSet *s, Value other, bool *out) {
    if (is_anyset(other)) return set_issubset_of(r, as_set(other), v_obj(&s->base), out);
    Value it, key;
    if (!ops_iter(r, other, &it) || !gc_push_root(r, it)) return false;
    IterStep step;
    *out = true;
    while (*out && (step = ops_next(r, it, &key)) == ITER_ITEM) {
        if (!set_contains(r, &s->base, key, out)) break;
    }
    gc_pop_roots(r, 1);
    return !*out || step == ITER_END;
}

static bool set_isdisjoint_iterable(Run *r, ObjSet *s, Value other, bool *out) {
    Value it, key;
    if (!ops_iter(r, other, &it) || !gc_push_root(r, it)) return false;
    IterStep step;
    bool found = false;
    while (!found && (step = ops_next(r, it, &key)) == ITER_ITEM) {
        if (!set_contains(r, &s->base, key, &found)) break;
    }
    gc_pop_roots(r, 1);
    *out = !found;
    return found || step == ITER_END;
}

static bool set_isdisjoint_of(Run *r, ObjSet *s, Value other, bool *out) {
    if (other.as.obj == &s->base) {
        *out = s->used == 0;
        return true;
    }
    if (!is_anyset(other)) return set_isdisjoint_iterable(r, s, other, out);
    ObjSet *big = s, *small = as_set(other);
    if (small->used > big->used) {
        big = small;
        small = s;
    }
    SetEntry e;
    bool found = false;
    for (size_t pos = 0; !found && set_next_entry(small, &pos, &e);) {
        if (!gc_push_root(r, e.key)) return false;
        bool ok = set_contains_entry(r, big, e.key, e.hash, &found);
        gc_pop_roots(r, 1);
        if (!ok) return false;
    }
    *out = !found;
    return true;
}

// --- slots

static bool set_repr_items(Run *r, ObjList *keys, Buf *out) {
    bool ok = buf_append_char(out, '{');
    for (size_t i = 0; ok && i < keys->len; i++) {
        if (i) ok = buf_append_cstr(out, ", ");
        ok = ok && ops_repr(r, keys->items[i], out);
    }
    return ok && buf_append_char(out, '}');
}

// {1, 2} for a set, frozenset({1, 2}) for a frozenset.
static bool set_repr_nonempty(Run *r, Value v, Buf *out) {
    bool plain = v.as.obj->type == &type_set;
    // the keys are listed first: a __repr__ may change the set
    Obj *keys = list_new(r, 0);
    if (!keys || !gc_push_root(r, v_obj(keys))) return false;
    bool ok = list_extend(r, keys, v) && (plain || buf_printf(out, "%s(", value_type_name(v))) &&
              set_repr_items(r, (ObjList *)keys, out) && (plain || buf_append_char(out, ')'));
    gc_pop_roots(r, 1);
    return ok;
}

static bool set_repr(Run *r, Value v, Buf *out) {
    ObjSet *s = as_set(v);
    const char *name = s->base.type->name;
    if (!container_repr_enter(&s->base)) return buf_printf(out, "%s(...)", name);
    bool ok = s->used ? set_repr_nonempty(r, v, out) : buf_printf(out, "%s()", name);
    container_repr_leave(&s->base);
    return ok;
}

static uint64_t set_shuffle_bits(uint64_t h) {
    return ((h ^ 89869747ULL) ^ (h << 16)) * 3644798167ULL;
}

// frozenset's hash (CPython's frozenset_hash): independent of the table's order.
static bool set_hash(Run *r, Value v, int64_t *out) {
    (void)r;
    ObjSet *s = as_set(v);
    if (s->hash != -1) {
        *out = s->hash;
        return true;
    }
    uint64_t hash = 0;
    for (size_t i = 0; i <= s->mask; i++) {
        if (!is_undef(s->table[i].key)) hash ^= set_shuffle_bits((uint64_t)s->table[i].hash);
    }
    hash ^= ((uint64_t)s->used + 1) * 1927868237ULL;
    hash ^= (hash >> 11) ^ (hash >> 25);
    hash = hash * 69069U + 907133923ULL;
    if (hash == UINT64_MAX) hash = SET_HASH_NOT_MINUS_ONE;
    *out = s->hash = (int64_t)hash;
    return true;
}

static bool set_compare_bool(Run *r, ObjSet *s, Value other, int op, bool *out) {
    ObjSet *o = as_set(other);
    switch (op) {
    case AST_CMP_EQ:
    case AST_CMP_NE:
        *out = s->used == o->used && (s->hash == -1 || o->hash == -1 || s->hash == o->hash);
        if (*out && !set_issubset_of(r, s, other, out)) return false;
        if (op == AST_CMP_NE) *out = !*out;
        return true;
    case AST_CMP_LE: return set_issubset_of(r, s, other, out);
    case AST_CMP_GE: return set_issuperset_of(r, s, other, out);
    case AST_CMP_LT:
        *out = false;
        return s->used >= o->used || set_issubset_of(r, s, other, out);
    default:
        *out = false;
        return s->used <= o->used || set_issuperset_of(r, s, other, out);
    }
}

static bool set_compare(Run *r, Value a, Value b, int op, Value *out) {
    if (!is_anyset(b)) {
        *out = v_obj((Obj *)&obj_notimpl);
        return true;
    }
    bool res;
    if (!set_compare_bool(r, as_set(a), b, op, &res)) return false;
    *out = v_bool(res);
    return true;
}

// The result of a binary set operator on two sets (rooted), or NULL.
static ObjSet *set_operate_rooted(Run *r, ObjSet *s, Value other, int op) {
    switch (op) {
    case AST_OP_BITOR: return set_union_rooted(r, s, other);
    case AST_OP_BITAND: return set_intersection_rooted(r, s, other);
    case AST_OP_SUB: return set_difference_rooted(r, s, other);
    default: return set_symmetric_rooted(r, s, other);
    }
}

static bool set_is_operator(int op) {
    return op == AST_OP_BITOR || op == AST_OP_BITAND || op == AST_OP_SUB || op == AST_OP_BITXOR;
}

static bool set_binary(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (!set_is_operator(op) || !is_anyset(a) || !is_anyset(b)) return true;
    ObjSet *result = set_operate_rooted(r, as_set(a), b, op);
    if (!result) return false;
    gc_pop_roots(r, 1);
    *out = v_obj(&result->base);
    return true;
}

static void set_swap_bodies(ObjSet *a, ObjSet *b) {
    ObjSet t = *a;
    a->table = b->table;
    a->mask = b->mask;
    a->fill = b->fill;
    a->used = b->used;
    a->hash = b->hash;
    b->table = t.table;
    b->mask = t.mask;
    b->fill = t.fill;
    b->used = t.used;
    b->hash = t.hash;
    a->version++;
    b->version++;
}

// s &= other: the intersection replaces s's contents.
static bool set_intersection_update(Run *r, ObjSet *s, Value other) {
    ObjSet *tmp = set_intersection_rooted(r, s, other);
    if (!tmp) return false;
    set_swap_bodies(s, tmp);
    gc_pop_roots(r, 1);
    return true;
}

bool set_update_op(Run *r, Obj *o, Value src, int op) {
    ObjSet *s = (ObjSet *)o;
    switch (op) {
    case AST_OP_BITOR: return set_update_internal(r, s, src);
    case AST_OP_BITAND: return set_intersection_update(r, s, src);
    case AST_OP_SUB: return set_difference_update(r, s, src);
    default: return set_symmetric_update(r, s, src);
    }
}

static bool set_inplace(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (!set_is_operator(op) || !is_anyset(b)) return true;
    if (!set_update_op(r, a.as.obj, b, op)) return false;
    *out = a;
    return true;
}

static bool set_len(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = (int64_t)as_set(v)->used;
    return true;
}

static bool set_contains_slot(Run *r, Value v, Value x, bool *out) {
    return set_contains(r, v.as.obj, x, out);
}

static bool set_iter(Run *r, Value v, Value *out) {
    Obj *it = iter_set_new(r, v.as.obj);
    if (!it) return false;
    *out = v_obj(it);
    return true;
}

static void set_trace(Run *r, Obj *o) {
    ObjSet *s = (ObjSet *)o;
    for (size_t i = 0; s->table && i <= s->mask; i++) gc_mark_value(r, s->table[i].key);
}

static void set_free(Run *r, Obj *o) {
    ObjSet *s = (ObjSet *)o;
    if (s->table) mem_free(r, s->table, (s->mask + 1) * sizeof(SetEntry));
}

// --- methods

// "set.add" or "frozenset.copy", for messages.
static const char *set_qualname(Value self, const char *method, char *buf, size_t size) {
    snprintf(buf, size, "%s.%s", value_type_name(self), method);
    return buf;
}

static bool set_args_none(Run *r, Value self, const Args *a, const char *method) {
    char name[48];
    return container_args_none(r, a, set_qualname(self, method, name, sizeof name));
}

static bool set_args_one(Run *r, Value self, const Args *a, const char *method) {
    char name[48];
    return container_args_one(r, a, set_qualname(self, method, name, sizeof name));
}

static bool set_args_any(Run *r, Value self, const Args *a, const char *method) {
    char name[48];
    if (!a->nkw) return true;
    return exc_raise(r, &exc_TypeError, "%s() takes no keyword arguments",
                     set_qualname(self, method, name, sizeof name));
}

static bool set_done(ObjSet *result, Run *r, Value *out) {
    if (!result) return false;
    gc_pop_roots(r, 1);
    *out = v_obj(&result->base);
    return true;
}

static bool set_add_method(Run *r, Value self, const Args *a, Value *out) {
    if (!set_args_one(r, self, a, "add") || !set_add(r, self.as.obj, a->pos[0])) return false;
    *out = v_none();
    return true;
}

static bool set_clear_method(Run *r, Value self, const Args *a, Value *out) {
    if (!set_args_none(r, self, a, "clear")) return false;
    set_clear(r, as_set(self));
    *out = v_none();
    return true;
}

static bool set_copy_method(Run *r, Value self, const Args *a, Value *out) {
    if (!set_args_none(r, self, a, "copy")) return false;
    if (self.as.obj->type == &type_frozenset) {
        *out = self;
        return true;
    }
    return set_done(set_copy_rooted(r, as_set(self)), r, out);
}

static bool set_difference_method(Run *r, Value self, const Args *a, Value *out) {
    if (!set_args_any(r, self, a, "difference")) return false;
    if (a->npos == 0) return set_done(set_copy_rooted(r, as_set(self)), r, out);
    ObjSet *result = set_difference_rooted(r, as_set(self), a->pos[0]);
    for (uint32_t k = 1; result && k < a->npos; k++) {
        if (!set_difference_update(r, result, a->pos[k])) {
            gc_pop_roots(r, 1);
            result = NULL;
        }
    }
    return set_done(result, r, out);
}

static bool set_difference_update_method(Run *r, Value self, const Args *a, Value *out) {
    if (!set_args_any(r, self, a, "difference_update")) return false;
    for (uint32_t k = 0; k < a->npos; k++) {
        if (!set_difference_update(r, as_set(self), a->pos[k])) return false;
    }
    *out = v_none();
    return true;
}

static bool set_discard_method(Run *r, Value self, const Args *a, Value *out) {
    bool found;
    if (!set_args_one(r, self, a, "discard") || !set_discard(r, self.as.obj, a->pos[0], &found)) {
        return false;
    }
    *out = v_none();
    return true;
}

// The intersection of self with every argument in turn; rooted.
static ObjSet *set_intersection_all(Run *r, Value self, const Args *a) {
    if (a->npos == 0) return set_copy_rooted(r, as_set(self));
    ObjSet *result = set_intersection_rooted(r, as_set(self), a->pos[0]);
    for (uint32_t k = 1; result && k < a->npos; k++) {
        ObjSet *next = set_intersection_rooted(r, result, a->pos[k]);
        if (next) result = next;
        // pop the previous result (under next's root, or the only one on failure)
        if (next) r->roots[r->root_count - 2] = r->roots[r->root_count - 1];
        gc_pop_roots(r, 1);
        if (!next) result = NULL;
    }
    return result;
}

static bool set_intersection_method(Run *r, Value self, const Args *a, Value *out) {
    if (!set_args_any(r, self, a, "intersection")) return false;
    return set_done(set_intersection_all(r, self, a), r, out);
}

static bool set_intersection_update_method(Run *r, Value self, const Args *a, Value *out) {
    if (!set_args_any(r, self, a, "intersection_update")) return false;
    ObjSet *tmp = set_intersection_all(r, self, a);
    if (!tmp) return false;
    set_swap_bodies(as_set(self), tmp);
    gc_pop_roots(r, 1);
    *out = v_none();
    return true;
}

static bool set_isdisjoint_method(Run *r, Value self, const Args *a, Value *out) {
    bool res;
    if (!set_args_one(r, self, a, "isdisjoint")) return false;
    if (!set_isdisjoint_of(r, as_set(self), a->pos[0], &res)) return false;
    *out = v_bool(res);
    return true;
}

static bool set_issubset_method(Run *r, Value self, const Args *a, Value *out) {
    bool res;
    if (!set_args_one(r, self, a, "issubset")) return false;
    if (!set_issubset_of(r, as_set(self), a->pos[0], &res)) return false;
    *out = v_bool(res);
    return true;
}

static bool set_issuperset_method(Run *r, Value self, const Args *a, Value *out) {
    bool res;
    if (!set_args_one(r, self, a, "issuperset")) return false;
    if (!set_issuperset_of(r, as_set(self), a->pos[0], &res)) return false;
    *out = v_bool(res);
    return true;
}

static bool set_pop_method(Run *r, Value self, const Args *a, Value *out) {
    if (!set_args_none(r, self, a, "pop")) return false;
    ObjSet *s = as_set(self);
    if (s->used == 0) {
        Obj *msg = str_from_cstr(r, "pop from an empty set");
        if (!msg || !gc_push_root(r, v_obj(msg))) return false;
        dict_raise_key_error(r, v_obj(msg));
        gc_pop_roots(r, 1);
        return false;
    }
    size_t i = s->finger & s->mask;
    while (is_undef(s->table[i].key)) i = (i + 1) & s->mask;
    *out = s->table[i].key;
    s->table[i] = (SetEntry){.hash = -1, .key = v_undef()};
    s->used--;
    s->finger = i + 1;
    return true;
}

static bool set_remove_method(Run *r, Value self, const Args *a, Value *out) {
    bool found;
    if (!set_args_one(r, self, a, "remove") || !set_discard(r, self.as.obj, a->pos[0], &found)) {
        return false;
    }
    if (!found) return dict_raise_key_error(r, a->pos[0]);
    *out = v_none();
    return true;
}

static bool set_symmetric_difference_method(Run *r, Value self, const Args *a, Value *out) {
    if (!set_args_one(r, self, a, "symmetric_difference")) return false;
    return set_done(set_symmetric_rooted(r, as_set(self), a->pos[0]), r, out);
}

static bool set_symmetric_difference_update_method(Run *r, Value self, const Args *a,
                                                   Value *out) {
    if (!set_args_one(r, self, a, "symmetric_difference_update") ||
        !set_symmetric_update(r, as_set(self), a->pos[0])) {
        return false;
    }
    *out = v_none();
    return true;
}

static bool set_union_method(Run *r, Value self, const Args *a, Value *out) {
    if (!set_args_any(r, self, a, "union")) return false;
    ObjSet *result = set_copy_rooted(r, as_set(self));
    for (uint32_t k = 0; result && k < a->npos; k++) {
        if (a->pos[k].as.obj == self.as.obj && is_obj(a->pos[k])) continue;
        if (!set_update_internal(r, result, a->pos[k])) {
            gc_pop_roots(r, 1);
            result = NULL;
        }
    }
    return set_done(result, r, out);
}

static bool set_update_method(Run *r, Value self, const Args *a, Value *out) {
    if (!set_args_any(r, self, a, "update")) return false;
    for (uint32_t k = 0; k < a->npos; k++) {
        if (!set_update_internal(r, as_set(self), a->pos[k])) return false;
    }
    *out = v_none();
    return true;
}

static bool set_construct_kind(Run *r, const Args *a, bool frozen, Value *out) {
    if (!container_args_count(r, a, frozen ? "frozenset" : "set", 0, 1)) return false;
    Obj *s = set_from_iterable(r, a->npos ? a->pos[0] : v_undef(), frozen);
    if (!s) return false;
    *out = v_obj(s);
    return true;
}

static bool set_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    return set_construct_kind(r, a, false, out);
}

static bool frozenset_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    return set_construct_kind(r, a, true, out);
}

NEW_METHOD(set_m_new, &type_set)
NEW_METHOD(frozenset_m_new, &type_frozenset)

static const MethodDef set_methods[] = {
    {"__new__", set_m_new, METHOD_CLASS},
    {"add", set_add_method},
    {"clear", set_clear_method},
    {"copy", set_copy_method},
    {"difference", set_difference_method},
    {"difference_update", set_difference_update_method},
    {"discard", set_discard_method},
    {"intersection", set_intersection_method},
    {"intersection_update", set_intersection_update_method},
    {"isdisjoint", set_isdisjoint_method},
    {"issubset", set_issubset_method},
    {"issuperset", set_issuperset_method},
    {"pop", set_pop_method},
    {"remove", set_remove_method},
    {"symmetric_difference", set_symmetric_difference_method},
    {"symmetric_difference_update", set_symmetric_difference_update_method},
    {"union", set_union_method},
    {"update", set_update_method},
};

static const MethodDef frozenset_methods[] = {
    {"__new__", frozenset_m_new, METHOD_CLASS},
    {"copy", set_copy_method},
    {"difference", set_difference_method},
    {"intersection", set_intersection_method},
    {"isdisjoint", set_isdisjoint_method},
    {"issubset", set_issubset_method},
    {"issuperset", set_issuperset_method},
    {"symmetric_difference", set_symmetric_difference_method},
    {"union", set_union_method},
};

const ObjType type_set = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "set",
    .id = TYPE_SET,
    .base_type = &type_object,
    .methods = set_methods,
    .method_count = sizeof set_methods / sizeof *set_methods,
    .construct = set_construct,
    .slots = {
        .repr = set_repr,
        .compare = set_compare,
        .binary = set_binary,
        .inplace = set_inplace,
        .len = set_len,
        .contains = set_contains_slot,
        .iter = set_iter,
        .trace = set_trace,
        .free = set_free,
    },
};

const ObjType type_frozenset = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "frozenset",
    .id = TYPE_FROZENSET,
    .base_type = &type_object,
    .methods = frozenset_methods,
    .method_count = sizeof frozenset_methods / sizeof *frozenset_methods,
    .construct = frozenset_construct,
    .slots = {
        .repr = set_repr,
        .hash = set_hash,
        .compare = set_compare,
        .binary = set_binary,
        .len = set_len,
        .contains = set_contains_slot,
        .iter = set_iter,
        .trace = set_trace,
        .free = set_free,
    },
};
