// dict objects (Objects/dictobject.c): the compact table, lookup with CPython's probing and
// its restart when an __eq__ changes the dict, growth, repr, ==, | and |=, and the methods.
// The views and iterators are in obj_iter.c.
#include "interp/obj_dict.h"

#include <stdio.h>
#include <string.h>

#include "interp/buf.h"
#include "interp/container.h"
#include "interp/exc.h"
#include "interp/gc.h"
#include "interp/obj_iter.h"
#include "interp/obj_list.h"
#include "interp/obj_new.h"
#include "interp/obj_set.h"
#include "interp/obj_tuple.h"
#include "interp/ops.h"
#include "parser/ast.h"

enum {
    DICT_SLOT_EMPTY = -1,
    DICT_SLOT_DUMMY = -2,
    DICT_MIN_SIZE = 8,
    DICT_PERTURB_SHIFT = 5,
    DICT_MAX_SIZE = 1 << 30,  // guard: entry numbers fit the int32 index slots
};

static size_t dict_usable_fraction(size_t size) {
    return (size << 1) / 3;
}

// The table size for at least `minsize` slots: a power of two, at least 8; 0 if too big.
static size_t dict_size_for(size_t minsize) {
    size_t size = DICT_MIN_SIZE;
    while (size < minsize && size <= DICT_MAX_SIZE) size <<= 1;
    return size <= DICT_MAX_SIZE ? size : 0;
}

// The table size that holds n entries without growing (CPython's estimate_log2_keysize).
static size_t dict_estimate_size(size_t n) {
    return n > DICT_MAX_SIZE ? 0 : dict_size_for((n * 3 + 1) / 2);
}

static size_t dict_entries_bytes(size_t size) {
    return dict_usable_fraction(size) * sizeof(DictEntry);
}

// The entries and the index share one block, entries first (their alignment is the stricter):
// a dict costs one allocation, not two.
static size_t dict_tables_bytes(size_t size) {
    return dict_entries_bytes(size) + size * sizeof(int32_t);
}

static void dict_free_tables(Run *r, ObjDict *d) {
    if (d->entries) mem_free(r, d->entries, dict_tables_bytes(d->size));
    d->index = NULL;
    d->entries = NULL;
}

// The index of the tables block `entries` of `size` slots.
static int32_t *dict_index_in(DictEntry *entries, size_t size) {
    return (int32_t *)((char *)entries + dict_entries_bytes(size));
}

// A fresh tables block of `size` slots (index all empty); NULL at a limit.
static DictEntry *dict_alloc_tables(Run *r, size_t size) {
    // guard: the table's size comes from the item count, which fits memory; check anyway
    if (!size) {
        (void)container_refuse(r);
        return NULL;
    }
    DictEntry *entries = mem_alloc(r, dict_tables_bytes(size));
    if (entries) memset(dict_index_in(entries, size), 0xff, size * sizeof(int32_t));  // empty
    return entries;
}

// The first slot for `hash` that holds no live entry (empty or dummy).
static size_t dict_free_slot(const ObjDict *d, int64_t hash) {
    size_t mask = d->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (d->index[i] >= 0) {
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

// Moves the live entries, in order, into fresh tables of `size` slots.
static bool dict_resize(Run *r, ObjDict *d, size_t size) {
    DictEntry *entries = dict_alloc_tables(r, size);
    if (!entries) return false;
    size_t n = 0;
    for (size_t i = 0; i < d->nentries; i++) {
        if (!is_undef(d->entries[i].key)) entries[n++] = d->entries[i];
    }
    dict_free_tables(r, d);
    d->index = dict_index_in(entries, size);
    d->entries = entries;
    d->size = size;
    d->nentries = n;
    d->usable = dict_usable_fraction(size) - n;
    d->version++;
    for (size_t i = 0; i < n; i++) d->index[dict_free_slot(d, entries[i].hash)] = (int32_t)i;
    return true;
}

Obj *dict_new(Run *r) {
    return (Obj *)gc_new(r, ObjDict, &type_dict);
}

Obj *dict_new_presized(Run *r, size_t n) {
    ObjDict *d = gc_new(r, ObjDict, &type_dict);
    if (!d || n <= dict_usable_fraction(DICT_MIN_SIZE)) return (Obj *)d;
    // CPython caps presizing at 2**17 slots: a bad estimate must not cost much memory
    size_t size = n > dict_usable_fraction((size_t)1 << 17) ? (size_t)1 << 17
                                                             : dict_estimate_size(n);
    if (!dict_resize(r, d, size)) return NULL;
    return &d->base;
}

size_t dict_len(Obj *d) {
    return ((ObjDict *)d)->used;
}

bool dict_next(Obj *o, size_t *pos, Value *key, Value *val) {
    ObjDict *d = (ObjDict *)o;
    for (; *pos < d->nentries; ++*pos) {
        DictEntry *e = &d->entries[*pos];
        if (is_undef(e->key)) continue;
        *key = e->key;
        *val = e->value;
        ++*pos;
        return true;
    }
    return false;
}

// --- lookup

// The same Value bit for bit: how a lookup notices that its entry changed under it.
static bool dict_same_bits(Value a, Value b) {
    return a.tag == b.tag && memcmp(&a.as, &b.as, sizeof a.as) == 0;
}

// Identity as a lookup's first test (a NaN is never identical to anything).
static bool dict_identical(Value a, Value b) {
    if (a.tag != b.tag) return false;
    if (a.tag == VAL_FLOAT) return a.as.f == b.as.f;
    return dict_same_bits(a, b);
}

typedef enum { DICT_NO, DICT_YES, DICT_RESTART } DictMatch;

// Compares the key of entry ix with key under an __eq__ that may change the dict.
static bool dict_match_slow(Run *r, ObjDict *d, size_t ix, Value key, DictMatch *m) {
    Value start = d->entries[ix].key;
    uint64_t version = d->version;
    bool eq;
    if (!container_eq_rooted(r, start, key, &eq)) return false;
    if (d->version != version || ix >= d->nentries || !dict_same_bits(d->entries[ix].key, start)) {
        *m = DICT_RESTART;
    } else {
        *m = eq ? DICT_YES : DICT_NO;
    }
    return true;
}

static bool dict_match(Run *r, ObjDict *d, size_t ix, Value key, int64_t hash, DictMatch *m) {
    const DictEntry *e = &d->entries[ix];
    *m = DICT_NO;
    if (dict_identical(e->key, key)) {
        *m = DICT_YES;
        return true;
    }
    if (e->hash != hash || (is_int(e->key) && is_int(key))) return true;
    if (is_str(e->key) && is_str(key)) {
        if (str_equal(as_str(e->key), as_str(key))) *m = DICT_YES;
        return true;
    }
    return dict_match_slow(r, d, ix, key, m);
}

// Finds key: *ix is its entry (or -1) and *slot its index slot. An __eq__ that changes the
// dict restarts the search, as in CPython.
static bool dict_lookup(Run *r, ObjDict *d, Value key, int64_t hash, int64_t *ix, size_t *slot) {
restart:
    *ix = -1;
    if (d->size == 0) return true;
    size_t mask = d->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int32_t e = d->index[i];
        if (e == DICT_SLOT_EMPTY) return true;
        if (e >= 0) {
            DictMatch m;
            if (!dict_match(r, d, (size_t)e, key, hash, &m)) return false;
            if (m == DICT_RESTART) goto restart;
            if (m == DICT_YES) {
                *ix = e;
                *slot = i;
                return true;
            }
        }
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

static bool dict_hash(Run *r, Value key, int64_t *hash) {
    if (is_str(key)) {
        *hash = str_hash(as_str(key));
        return true;
    }
    return container_hash_key(r, key, "dict key", hash);
}

Value dict_get_str(Obj *o, ObjStr *key) {
    int64_t ix = dict_find_str(o, key);
    return ix < 0 ? v_undef() : ((ObjDict *)o)->entries[ix].value;
}

int64_t dict_find_str(Obj *o, ObjStr *key) {
    ObjDict *d = (ObjDict *)o;
    if (d->size == 0) return -1;
    int64_t hash = str_hash(key);
    size_t mask = d->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    for (;;) {
        int32_t e = d->index[i];
        if (e == DICT_SLOT_EMPTY) return -1;
        if (e >= 0) {
            const DictEntry *ent = &d->entries[e];
            if (ent->hash == hash && is_str(ent->key) &&
                ((ObjStr *)ent->key.as.obj == key || str_equal(as_str(ent->key), key))) {
                return e;
            }
        }
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
}

// Looks key up by a known hash: the value, or *found false.
static bool dict_get_hashed(Run *r, ObjDict *d, Value key, int64_t hash, Value *out,
                            bool *found) {
    int64_t ix;
    size_t slot;
    if (!dict_lookup(r, d, key, hash, &ix, &slot)) return false;
    *found = ix >= 0;
    if (*found) *out = d->entries[ix].value;
    return true;
}

bool dict_contains_hashed(Run *r, Obj *d, Value key, int64_t hash, bool *found) {
    Value val;
    return dict_get_hashed(r, (ObjDict *)d, key, hash, &val, found);
}

bool dict_get(Run *r, Obj *o, Value key, Value *out, bool *found) {
    int64_t hash;
    if (!dict_hash(r, key, &hash)) return false;
    return dict_get_hashed(r, (ObjDict *)o, key, hash, out, found);
}

// --- insertion and deletion

// Appends a new entry (the key known to be absent).
static bool dict_append(Run *r, ObjDict *d, Value key, int64_t hash, Value val) {
    if (d->usable == 0 && !dict_resize(r, d, dict_size_for(d->used * 3))) return false;
    size_t slot = dict_free_slot(d, hash);
    d->entries[d->nentries] = (DictEntry){.hash = hash, .key = key, .value = val};
    d->index[slot] = (int32_t)d->nentries;
    d->nentries++;
    d->usable--;
    d->used++;
    return true;
}

// d[key] = val with key's hash known. The caller keeps key and val reachable: an __eq__
// may run, and a resize allocates.
static bool dict_insert(Run *r, ObjDict *d, Value key, int64_t hash, Value val) {
    int64_t ix;
    size_t slot;
    if (!dict_lookup(r, d, key, hash, &ix, &slot)) return false;
    if (ix >= 0) {
        d->entries[ix].value = val;  // the first key stays, as in CPython
        return true;
    }
    return dict_append(r, d, key, hash, val);
}

bool dict_set(Run *r, Obj *o, Value key, Value val) {
    int64_t hash;
    // a __hash__ or __eq__ runs Python code, a resize allocates: key and val stay reachable
    if (!container_push2(r, key, val)) return false;
    bool ok = dict_hash(r, key, &hash) && dict_insert(r, (ObjDict *)o, key, hash, val);
    gc_pop_roots(r, 2);
    return ok;
}

static void dict_remove_at(ObjDict *d, int64_t ix, size_t slot) {
    d->index[slot] = DICT_SLOT_DUMMY;
    d->entries[ix].key = v_undef();
    d->entries[ix].value = v_undef();
    d->used--;
}

bool dict_del(Run *r, Obj *o, Value key, bool *found) {
    ObjDict *d = (ObjDict *)o;
    int64_t hash, ix;
    size_t slot;
    if (!dict_hash(r, key, &hash) || !dict_lookup(r, d, key, hash, &ix, &slot)) return false;
    *found = ix >= 0;
    if (*found) dict_remove_at(d, ix, slot);
    return true;
}

static void dict_clear(Run *r, ObjDict *d) {
    dict_free_tables(r, d);
    d->size = d->nentries = d->usable = d->used = 0;
    d->version++;
}

bool dict_raise_key_error(Run *r, Value key) {
    Obj *args = tuple_new(r, 1);
    if (!args) return false;
    ((ObjTuple *)args)->items[0] = key;
    Obj *e = exc_new(r, &exc_KeyError, args);
    if (!e) return false;
    return exc_raise_value(r, v_obj(e));
}

// --- copy and update

// Copies other's tables into the empty d, holes included (CPython's clone_combined_dict_keys).
static bool dict_clone_into(Run *r, ObjDict *d, const ObjDict *other) {
    DictEntry *entries = dict_alloc_tables(r, other->size);
    if (!entries) return false;
    memcpy(dict_index_in(entries, other->size), other->index, other->size * sizeof(int32_t));
    memcpy(entries, other->entries, other->nentries * sizeof(DictEntry));
    dict_free_tables(r, d);
    d->index = dict_index_in(entries, other->size);
    d->entries = entries;
    d->size = other->size;
    d->nentries = other->nentries;
    d->usable = other->usable;
    d->used = other->used;
    d->version++;
    return true;
}

// d.update(other) for a dict other (CPython's dict_merge with override).
static bool dict_merge(Run *r, ObjDict *d, ObjDict *other) {
    if (other == d || other->used == 0) return true;
    if (d->used == 0 && other->used == other->nentries &&
        (other->size == DICT_MIN_SIZE || dict_usable_fraction(other->size / 2) < other->used)) {
        return dict_clone_into(r, d, other);
    }
    // one resize up front rather than several while inserting
    if (dict_usable_fraction(d->size) < other->used &&
        !dict_resize(r, d, dict_estimate_size(d->used + other->used))) {
        return false;
    }
    size_t n = other->nentries;
    for (size_t i = 0; i < n; i++) {
        DictEntry e = other->entries[i];
        if (is_undef(e.key)) continue;
        // an __eq__ may remove the entry from other
        if (!container_push2(r, e.key, e.value)) return false;
        bool ok = dict_insert(r, d, e.key, e.hash, e.value);
        gc_pop_roots(r, 2);
        if (!ok) return false;
        if (n != other->nentries) {
            return exc_raise(r, &exc_RuntimeError, "dict mutated during update");
        }
    }
    return true;
}

Obj *dict_copy(Run *r, Obj *o) {
    ObjDict *d = (ObjDict *)o;
    Obj *c = dict_new(r);
    if (!c || d->used == 0) return c;
    if (!gc_push_root(r, v_obj(c))) return NULL;
    // a dict with few holes is cloned as it is, holes and all
    bool ok = d->used >= (d->nentries * 2) / 3 ? dict_clone_into(r, (ObjDict *)c, d)
                                                : dict_merge(r, (ObjDict *)c, d);
    gc_pop_roots(r, 1);
    return ok ? c : NULL;
}

// One item of an iterable of pairs as a list or tuple of 2 (other iterables are listed).
static bool dict_pair(Run *r, Value item, size_t index, Value *out) {
    Value seq = item;
    if (!is_list(item) && !is_tuple(item)) {
        Value it;
        if (!ops_iter(r, item, &it)) {
            if (!exc_pending_is(r, &exc_TypeError)) return false;
            exc_clear(r);
            exc_raise(r, &exc_TypeError, "object is not iterable");
            char note[80];
            int n = snprintf(note, sizeof note,
                             "Cannot convert dictionary update sequence element #%zu to a sequence",
                             index);
            exc_note_pending(r, note, (size_t)n);
            return false;
        }
        if (!gc_push_root(r, it)) return false;
        Obj *l = list_from_iterable(r, it);
        gc_pop_roots(r, 1);
        if (!l) return false;
        seq = v_obj(l);
    }
    size_t n = is_list(seq) ? as_list(seq)->len : as_tuple(seq)->len;
    if (n != 2) {
        return exc_raise(r, &exc_ValueError,
                         "dictionary update sequence element #%zu has length %zu; 2 is required",
                         index, n);
    }
    *out = seq;
    return true;
}

static bool dict_set_pair(Run *r, Obj *d, Value seq) {
    const Value *items = is_list(seq) ? as_list(seq)->items : as_tuple(seq)->items;
    return dict_set(r, d, items[0], items[1]);
}

static bool dict_update_pairs(Run *r, Obj *d, Value src) {
    Value it, item, seq = v_undef();
    if (!ops_iter(r, src, &it) || !gc_push_root(r, it)) return false;
    bool ok = false;
    IterStep s;
    for (size_t i = 0; (s = ops_next(r, it, &item)) == ITER_ITEM; i++) {
        if (!gc_push_root(r, item)) goto done;
        bool set = dict_pair(r, item, i, &seq) && gc_push_root(r, seq);
        if (set) {
            set = dict_set_pair(r, d, seq);
            gc_pop_roots(r, 1);
        }
        gc_pop_roots(r, 1);
        if (!set) goto done;
    }
    ok = s == ITER_END;
done:
    gc_pop_roots(r, 1);
    return ok;
}

// for k in src.keys(): d[k] = src[k]
static bool dict_update_mapping(Run *r, Obj *d, Value src, Value keys_method) {
    Value keys, it, key, val;
    Args none = {0};
    if (!ops_call(r, keys_method, &none, &keys) || !gc_push_root(r, keys)) return false;
    bool iterated = ops_iter(r, keys, &it);
    gc_pop_roots(r, 1);
    if (!iterated || !gc_push_root(r, it)) return false;
    bool ok = false;
    IterStep s;
    while ((s = ops_next(r, it, &key)) == ITER_ITEM) {
        if (!gc_push_root(r, key)) goto done;
        bool set = ops_getitem(r, src, key, &val) && dict_set(r, d, key, val);
        gc_pop_roots(r, 1);
        if (!set) goto done;
    }
    ok = s == ITER_END;
done:
    gc_pop_roots(r, 1);
    return ok;
}

// src.keys if src is an object of a user class that has it, else undef.
static bool dict_keys_attr(Run *r, Value src, Value *out) {
    *out = v_undef();
    // of the built-in types, dict's own (handled by the caller) and ChainMap have keys()
    if (!container_is_user(src) && !ops_type_method(value_type(src), "keys")) return true;
    Obj *name = str_from_cstr(r, "keys");
    if (!name || !gc_push_root(r, v_obj(name))) return false;
    bool ok = ops_getattr(r, src, name, out);
    gc_pop_roots(r, 1);
    if (ok || !exc_pending_is(r, &exc_AttributeError)) return ok;
    exc_clear(r);
    *out = v_undef();
    return true;
}

bool dict_update(Run *r, Obj *d, Value src) {
    if (is_dict(src)) return dict_merge(r, (ObjDict *)d, as_dict(src));
    Value keys;
    if (!dict_keys_attr(r, src, &keys)) return false;
    if (is_undef(keys)) return dict_update_pairs(r, d, src);
    if (!gc_push_root(r, keys)) return false;
    bool ok = dict_update_mapping(r, d, src, keys);
    gc_pop_roots(r, 1);
    return ok;
}

// Sets the keyword arguments of a call as str keys: dict(a=1), d.update(a=1).
static bool dict_set_keywords(Run *r, Obj *d, const Args *a) {
    for (uint32_t k = 0; k < a->nkw; k++) {
        if (!dict_set(r, d, v_obj((Obj *)a->kwnames[k]), a->kwvalues[k])) return false;
    }
    return true;
}

// --- slots

static bool dict_repr_entry(Run *r, DictEntry e, Buf *out) {
    if (!container_push2(r, e.key, e.value)) return false;
    bool ok = ops_repr(r, e.key, out) && buf_append_cstr(out, ": ") && ops_repr(r, e.value, out);
    gc_pop_roots(r, 2);
    return ok;
}

static bool dict_repr(Run *r, Value v, Buf *out) {
    ObjDict *d = as_dict(v);
    if (d->used == 0) return buf_append_cstr(out, "{}");
    if (!container_repr_enter(&d->base)) return buf_append_cstr(out, "{...}");
    bool ok = buf_append_char(out, '{'), first = true;
    // a __repr__ may change the dict: its tables are read afresh for every entry
    for (size_t i = 0; ok && i < d->nentries; i++) {
        DictEntry e = d->entries[i];
        if (is_undef(e.key)) continue;
        if (!first) ok = buf_append_cstr(out, ", ");
        first = false;
        ok = ok && dict_repr_entry(r, e, out);
    }
    ok = ok && buf_append_char(out, '}');
    container_repr_leave(&d->base);
    return ok;
}

// Whether b holds e's key with an equal value.
static bool dict_entry_matches(Run *r, ObjDict *b, DictEntry e, bool *eq) {
    Value bval;
    bool found;
    if (!dict_get_hashed(r, b, e.key, e.hash, &bval, &found)) return false;
    if (!found) {
        *eq = false;
        return true;
    }
    return container_eq_rooted(r, e.value, bval, eq);
}

static bool dict_equal(Run *r, ObjDict *a, ObjDict *b, bool *eq) {
    *eq = a->used == b->used;
    for (size_t i = 0; *eq && i < a->nentries; i++) {
        DictEntry e = a->entries[i];
        if (is_undef(e.key)) continue;
        if (!container_push2(r, e.key, e.value)) return false;
        bool ok = dict_entry_matches(r, b, e, eq);
        gc_pop_roots(r, 2);
        if (!ok) return false;
    }
    return true;
}

static bool dict_compare(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (!is_dict(b) || (op != AST_CMP_EQ && op != AST_CMP_NE)) return true;
    if (!container_nest_enter(r, " in comparison")) return false;
    bool eq;
    bool ok = dict_equal(r, as_dict(a), as_dict(b), &eq);
    container_nest_leave(r);
    if (ok) *out = v_bool(op == AST_CMP_EQ ? eq : !eq);
    return ok;
}

static bool dict_binary(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (op != AST_OP_BITOR || !is_dict(a) || !is_dict(b)) return true;
    Obj *c = dict_copy(r, a.as.obj);
    if (!c || !gc_push_root(r, v_obj(c))) return false;
    bool ok = dict_merge(r, (ObjDict *)c, as_dict(b));
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(c);
    return ok;
}

static bool dict_inplace(Run *r, Value a, Value b, int op, Value *out) {
    *out = v_obj((Obj *)&obj_notimpl);
    if (op != AST_OP_BITOR) return true;
    if (!dict_update(r, a.as.obj, b)) return false;
    *out = a;
    return true;
}

static bool dict_len_slot(Run *r, Value v, int64_t *out) {
    (void)r;
    *out = (int64_t)as_dict(v)->used;
    return true;
}

static bool dict_getitem(Run *r, Value v, Value key, Value *out) {
    bool found;
    if (!dict_get(r, v.as.obj, key, out, &found)) return false;
    return found || dict_raise_key_error(r, key);
}

static bool dict_setitem(Run *r, Value v, Value key, Value val) {
    if (!is_undef(val)) return dict_set(r, v.as.obj, key, val);
    bool found;
    if (!dict_del(r, v.as.obj, key, &found)) return false;
    return found || dict_raise_key_error(r, key);
}

static bool dict_contains(Run *r, Value v, Value x, bool *out) {
    Value val;
    return dict_get(r, v.as.obj, x, &val, out);
}

static bool dict_iter(Run *r, Value v, Value *out) {
    Obj *it = iter_dict_new(r, &type_dict_keyiterator, v.as.obj);
    if (!it) return false;
    *out = v_obj(it);
    return true;
}

static void dict_trace(Run *r, Obj *o) {
    ObjDict *d = (ObjDict *)o;
    for (size_t i = 0; i < d->nentries; i++) {
        gc_mark_value(r, d->entries[i].key);
        gc_mark_value(r, d->entries[i].value);
    }
}

static void dict_free(Run *r, Obj *o) {
    dict_free_tables(r, (ObjDict *)o);
}

// --- methods

static bool dict_clear_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "dict.clear")) return false;
    dict_clear(r, as_dict(self));
    *out = v_none();
    return true;
}

static bool dict_copy_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "dict.copy")) return false;
    Obj *c = dict_copy(r, self.as.obj);
    if (!c) return false;
    *out = v_obj(c);
    return true;
}

// Presizes d for the keys of a dict or set source, as CPython's fromkeys does.
static bool dict_fromkeys_presize(Run *r, ObjDict *d, Value src) {
    size_t n = is_dict(src) ? as_dict(src)->used : is_anyset(src) ? as_set(src)->used : 0;
    if (n <= dict_usable_fraction(DICT_MIN_SIZE)) return true;
    return dict_resize(r, d, dict_estimate_size(n));
}

static bool dict_fromkeys_fill(Run *r, Obj *d, Value src, Value val) {
    Value it, key;
    if (!dict_fromkeys_presize(r, (ObjDict *)d, src)) return false;
    if (!ops_iter(r, src, &it) || !gc_push_root(r, it)) return false;
    IterStep s;
    while ((s = ops_next(r, it, &key)) == ITER_ITEM) {
        if (!dict_set(r, d, key, val)) break;
    }
    gc_pop_roots(r, 1);
    return s == ITER_END;
}

// dict.fromkeys(iterable, value=None), called on the class or on a dict
static bool dict_fromkeys_method(Run *r, Value self, const Args *a, Value *out) {
    (void)self;
    if (!container_args_count(r, a, "dict.fromkeys", 1, 2)) return false;
    Obj *d = dict_new(r);
    if (!d || !gc_push_root(r, v_obj(d))) return false;
    bool ok = dict_fromkeys_fill(r, d, a->pos[0], a->npos > 1 ? a->pos[1] : v_none());
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(d);
    return ok;
}

static bool dict_get_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "dict.get", 1, 2)) return false;
    bool found;
    if (!dict_get(r, self.as.obj, a->pos[0], out, &found)) return false;
    if (!found) *out = a->npos > 1 ? a->pos[1] : v_none();
    return true;
}

static bool dict_view_method(Run *r, Value self, const Args *a, const ObjType *t,
                             const char *qualname, Value *out) {
    if (!container_args_none(r, a, qualname)) return false;
    Obj *view = iter_view_new(r, t, self.as.obj);
    if (!view) return false;
    *out = v_obj(view);
    return true;
}

static bool dict_items_method(Run *r, Value self, const Args *a, Value *out) {
    return dict_view_method(r, self, a, &type_dict_items, "dict.items", out);
}

static bool dict_keys_method(Run *r, Value self, const Args *a, Value *out) {
    return dict_view_method(r, self, a, &type_dict_keys, "dict.keys", out);
}

static bool dict_values_method(Run *r, Value self, const Args *a, Value *out) {
    return dict_view_method(r, self, a, &type_dict_values, "dict.values", out);
}

static bool dict_pop_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "dict.pop", 1, 2)) return false;
    ObjDict *d = as_dict(self);
    Value key = a->pos[0];
    int64_t hash, ix = -1;
    size_t slot;
    // an empty dict answers before hashing: {}.pop([]) is a KeyError
    if (d->used && (!dict_hash(r, key, &hash) || !dict_lookup(r, d, key, hash, &ix, &slot))) {
        return false;
    }
    if (ix < 0) {
        if (a->npos > 1) {
            *out = a->pos[1];
            return true;
        }
        return dict_raise_key_error(r, key);
    }
    *out = d->entries[ix].value;
    dict_remove_at(d, ix, slot);
    return true;
}

// The index slot that points at entry ix.
static size_t dict_slot_of(const ObjDict *d, int64_t hash, int64_t ix) {
    size_t mask = d->size - 1, i = (size_t)hash & mask, perturb = (size_t)hash;
    while (d->index[i] != ix) {
        perturb >>= DICT_PERTURB_SHIFT;
        i = (i * 5 + perturb + 1) & mask;
    }
    return i;
}

static bool dict_popitem_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_none(r, a, "dict.popitem")) return false;
    ObjDict *d = as_dict(self);
    if (d->used == 0) {
        Obj *msg = str_from_cstr(r, "popitem(): dictionary is empty");
        if (!msg || !gc_push_root(r, v_obj(msg))) return false;
        dict_raise_key_error(r, v_obj(msg));
        gc_pop_roots(r, 1);
        return false;
    }
    int64_t ix = (int64_t)d->nentries - 1;
    while (is_undef(d->entries[ix].key)) ix--;
    DictEntry e = d->entries[ix];
    Obj *t = tuple_pack2(r, e.key, e.value);  // the dict still holds both meanwhile
    if (!t) return false;
    dict_remove_at(d, ix, dict_slot_of(d, e.hash, ix));
    d->nentries = (size_t)ix;  // usable stays: the dummy slot is not reclaimed
    *out = v_obj(t);
    return true;
}

static bool dict_setdefault_method(Run *r, Value self, const Args *a, Value *out) {
    if (!container_args_count(r, a, "dict.setdefault", 1, 2)) return false;
    ObjDict *d = as_dict(self);
    Value key = a->pos[0], dflt = a->npos > 1 ? a->pos[1] : v_none();
    int64_t hash, ix;
    size_t slot;
    if (!dict_hash(r, key, &hash) || !dict_lookup(r, d, key, hash, &ix, &slot)) return false;
    if (ix >= 0) {
        *out = d->entries[ix].value;
        return true;
    }
    if (!dict_append(r, d, key, hash, dflt)) return false;
    *out = dflt;
    return true;
}

static bool dict_update_method(Run *r, Value self, const Args *a, Value *out) {
    if (a->npos > 1) {
        return exc_raise(r, &exc_TypeError, "update expected at most 1 argument, got %u",
                         a->npos);
    }
    if (a->npos && !dict_update(r, self.as.obj, a->pos[0])) return false;
    if (!dict_set_keywords(r, self.as.obj, a)) return false;
    *out = v_none();
    return true;
}

static bool dict_construct(Run *r, Value callee, const Args *a, Value *out) {
    (void)callee;
    if (a->npos > 1) {
        return exc_raise(r, &exc_TypeError, "dict expected at most 1 argument, got %u", a->npos);
    }
    Obj *d = dict_new(r);
    if (!d || !gc_push_root(r, v_obj(d))) return false;
    bool ok = (!a->npos || dict_update(r, d, a->pos[0])) && dict_set_keywords(r, d, a);
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(d);
    return ok;
}

NEW_METHOD(dict_m_new, &type_dict)

static const MethodDef dict_methods[] = {
    {"__new__", dict_m_new, METHOD_CLASS},
    {"clear", dict_clear_method},
    {"copy", dict_copy_method},
    {"fromkeys", dict_fromkeys_method, METHOD_CLASS},
    {"get", dict_get_method},
    {"items", dict_items_method},
    {"keys", dict_keys_method},
    {"pop", dict_pop_method},
    {"popitem", dict_popitem_method},
    {"setdefault", dict_setdefault_method},
    {"update", dict_update_method},
    {"values", dict_values_method},
};

const ObjType type_dict = {
    .base = {.type = &type_type, .flags = OBJ_STATIC},
    .name = "dict",
    .id = TYPE_DICT,
    .base_type = &type_object,
    .methods = dict_methods,
    .method_count = sizeof dict_methods / sizeof *dict_methods,
    .construct = dict_construct,
    .slots = {
        .repr = dict_repr,
        .compare = dict_compare,
        .binary = dict_binary,
        .inplace = dict_inplace,
        .len = dict_len_slot,
        .getitem = dict_getitem,
        .setitem = dict_setitem,
        .contains = dict_contains,
        .iter = dict_iter,
        .trace = dict_trace,
        .free = dict_free,
    },
};

bool dict_is_mapping(Run *r, Value src, bool *out) {
    Value keys;
    *out = true;
    if (is_dict(src) || ops_getattr_cstr(r, src, "keys", &keys)) return true;
    *out = false;
    if (!exc_pending_is(r, &exc_AttributeError)) return false;
    exc_clear(r);
    return true;
}

bool dict_from_mapping(Run *r, Value src, Value *out) {
    bool mapping;
    *out = v_undef();
    if (!dict_is_mapping(r, src, &mapping)) return false;
    if (!mapping) return true;
    Obj *d = dict_new(r);
    if (!d || !gc_push_root(r, v_obj(d))) return false;
    bool ok = dict_update(r, d, src);
    gc_pop_roots(r, 1);
    if (ok) *out = v_obj(d);
    return ok;
}

bool dict_update_unpack(Run *r, Obj *d, Value src) {
    bool mapping;
    if (!dict_is_mapping(r, src, &mapping)) return false;
    if (!mapping) return exc_raise(r, &exc_TypeError, "'%s' object is not a mapping", value_type_name(src));
    return dict_update(r, d, src);
}
