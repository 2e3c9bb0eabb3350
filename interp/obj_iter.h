// Iterators and views: the iterators of list, tuple, range, dict and set; dict's keys/values/
// items views; and the iterator types behind enumerate, zip, map, filter and reversed.
//
// Every iterator holds its source object and a position, never a pointer into the source's
// storage, so mutating the source (or collecting garbage) while iterating is safe; CPython's
// "changed size during iteration" errors come from comparing sizes on each step.
#ifndef MOAT_INTERP_OBJ_ITER_H
#define MOAT_INTERP_OBJ_ITER_H

#include <stdbool.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

// Iterator types (instances all have TYPE_ITERATOR layout ids; views TYPE_VIEW).
extern const ObjType type_list_iterator, type_list_reverseiterator, type_tuple_iterator,
    type_range_iterator, type_set_iterator, type_dict_keyiterator, type_dict_valueiterator,
    type_dict_itemiterator, type_dict_reversekeyiterator, type_dict_reversevalueiterator,
    type_dict_reverseitemiterator;

// An iterator over a range of int64s.
typedef struct ObjRangeIter {
    Obj base;
    int64_t next, step;
    uint64_t left;
} ObjRangeIter;

static inline bool is_range_iter(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_range_iterator;
}
// The next item of it into *out; false at the end. Inline: `for i in range(n)` steps here.
static inline bool range_iter_step(ObjRangeIter *it, Value *out) {
    if (it->left == 0) return false;
    *out = v_int(it->next);
    // past the last item the sum may leave int64: it is computed modulo 2**64 and never used
    it->next = (int64_t)((uint64_t)it->next + (uint64_t)it->step);
    it->left--;
    return true;
}
// Views: d.keys(), d.values(), d.items().
extern const ObjType type_dict_keys, type_dict_values, type_dict_items;
// The built-in iterator classes, called as enumerate(...), zip(...), map(...), filter(...),
// reversed(...).
extern const ObjType type_enumerate, type_zip, type_map, type_filter, type_reversed;
// What an enumerate or filter draws from, or the first of what a zip or map does; else undef.
Value iter_wrapped(Value it);

// The predicate (None: truth) and the iterator of filter object f.
Value filter_func(Value f);
Value filter_iter(Value f);
static inline bool is_filter(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_filter;
}
static inline bool is_map(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_map;
}
// The function of map object m.
Value map_func(Value m);
// The arguments of map object m's next call, in a new tuple (ITER_ITEM); so the VM can make
// the call itself (a tool called there then suspends the run).
IterStep map_next_args(Run *r, Value m, Value *args);

// object.__hash__, by identity: for the types that inherit it in CPython (the iterators,
// dict_values, exceptions).
MOAT_NODISCARD bool identity_hash(Run *r, Value v, int64_t *out);
// What an iterator's __length_hint__ method returns, after checking it got no arguments:
// `left`, the items it has left.
MOAT_NODISCARD bool iter_hint_result(Run *r, Value self, const Args *a, int64_t left,
                                     Value *out);
// The iter slot of an iterator: the iterator itself.
MOAT_NODISCARD bool iter_self(Run *r, Value v, Value *out);

// A list or tuple iterator (t: type_list_iterator, type_list_reverseiterator,
// type_tuple_iterator) over seq starting at `index`. NULL at a limit.
Obj *iter_seq_new(Run *r, const ObjType *t, Value seq, int64_t index);
// Iterates `len` ints start, start + step, ...
Obj *iter_range_new(Run *r, int64_t start, int64_t step, uint64_t len);
// The iterator of a range past int64 (ints of any size: start, step, and the items left).
Obj *iter_big_range_new(Run *r, Value start, Value step, Value len);
// An iterator over a dict (t: one of the six dict iterator types).
Obj *iter_dict_new(Run *r, const ObjType *t, Obj *dict);
Obj *iter_set_new(Run *r, Obj *set);
// Iterators whose items are pairs that the VM can take apart without building the tuple
// (`for i, x in enumerate(...)`, `for k, v in d.items()`): iter_next_pair gives the two
// values, exactly as next() would give them in a tuple.
bool iter_yields_pairs(Value it);
IterStep iter_next_pair(Run *r, Value it, Value out[2]);
// The iterator reversed(seq) returns, by the kind of seq: the built-in layouts (list, range,
// dict and its views) first, so their __reversed__ can call this for class instances too.
MOAT_NODISCARD bool iter_reversed(Run *r, Value seq, Value *out);
// A view of dict (t: type_dict_keys, type_dict_values or type_dict_items).
Obj *iter_view_new(Run *r, const ObjType *t, Obj *dict);

static inline bool is_dict_view(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type->id == TYPE_VIEW;
}

#endif
