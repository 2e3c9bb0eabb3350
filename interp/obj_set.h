// set and frozenset: CPython's open-addressing table (Objects/setobject.c) reproduced slot
// for slot — linear probes of 9 then perturbation, the same sizes and resize points — so sets
// of ints (and of tuples of ints) iterate in CPython's order.
#ifndef MOAT_INTERP_OBJ_SET_H
#define MOAT_INTERP_OBJ_SET_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

// A slot: active (key set), empty (key undef, hash 0) or dummy (key undef, hash -1).
typedef struct SetEntry {
    int64_t hash;
    Value key;
} SetEntry;

typedef struct ObjSet {
    Obj base;
    SetEntry *table;   // mask + 1 slots
    size_t mask;
    size_t fill;       // active + dummy slots
    size_t used;       // active slots: len(s)
    size_t finger;     // where pop() resumes its search
    int64_t hash;      // frozenset: the cached hash, -1 until computed
    uint64_t version;  // changes when the table is replaced: lookups then restart
} ObjSet;

extern const ObjType type_set, type_frozenset;

static inline bool is_anyset(Value v) {
    return v.tag == VAL_OBJ &&
           (v.as.obj->type->id == TYPE_SET || v.as.obj->type->id == TYPE_FROZENSET);
}
static inline bool is_frozenset(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type->id == TYPE_FROZENSET;
}
static inline ObjSet *as_set(Value v) {
    return (ObjSet *)v.as.obj;
}

// An empty set (or frozenset, which the caller fills before Python code sees it).
Obj *set_new(Run *r, bool frozen);
// set(src) / frozenset(src): a new set (a frozenset src is returned as is when frozen).
Obj *set_from_iterable(Run *r, Value src, bool frozen);
MOAT_NODISCARD bool set_add(Run *r, Obj *s, Value key);
// key in s (an unhashable set key is looked up as a frozenset, as CPython does).
MOAT_NODISCARD bool set_contains(Run *r, Obj *s, Value key, bool *out);
// s.discard(key): *found false if absent.
MOAT_NODISCARD bool set_discard(Run *r, Obj *s, Value key, bool *found);
// s.update(src) for any iterable.
MOAT_NODISCARD bool set_update(Run *r, Obj *s, Value src);
// s |= frozenset(items): what a set display of three or more constants does in CPython 3.14,
// whose compiler folds `{1, 2, 3}` into BUILD_SET 0 + a frozenset constant + SET_UPDATE. The
// frozenset's own table (filled in item order) decides the display's iteration order, so the
// VM should build such displays through here (other displays add their items one by one).
MOAT_NODISCARD bool set_update_literal(Run *r, Obj *s, const Value *items, size_t n);
// s op= src for any iterable src, op an AstBinOp: | update, & intersection_update,
// - difference_update, ^ symmetric_difference_update (dict views build their results so).
MOAT_NODISCARD bool set_update_op(Run *r, Obj *s, Value src, int op);
// Iteration for C code: the next key in table order at or after *pos; false at the end.
bool set_next(Obj *s, size_t *pos, Value *key);

#endif
