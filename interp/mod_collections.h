// collections: deque (obj_deque.c), defaultdict, OrderedDict, Counter
// (mod_collections_counter.c), namedtuple and ChainMap-free basics.
#ifndef MOAT_INTERP_MOD_COLLECTIONS_H
#define MOAT_INTERP_MOD_COLLECTIONS_H

#include <stdbool.h>

#include "interp/obj_dict.h"

// The dict-layout types: their instances are ObjDicts (defaultdict's with its factory after).
extern const ObjType mod_collections_defaultdict, mod_collections_OrderedDict,
    mod_collections_Counter;

// An empty instance of a dict-layout type t of `size` bytes (a zeroed dict is an empty one).
Obj *mod_collections_dict_new(Run *r, const ObjType *t, size_t size);
// The dict slots these types share with dict, for their own type tables.
MOAT_NODISCARD bool mod_collections_dict_len(Run *r, Value v, int64_t *out);
MOAT_NODISCARD bool mod_collections_dict_contains(Run *r, Value v, Value x, bool *out);
MOAT_NODISCARD bool mod_collections_dict_iter(Run *r, Value v, Value *out);
MOAT_NODISCARD bool mod_collections_dict_setitem(Run *r, Value v, Value key, Value val);
void mod_collections_dict_trace(Run *r, Obj *o);
void mod_collections_dict_free(Run *r, Obj *o);

MOAT_NODISCARD bool mod_collections_init(Run *r, Obj *module);

#endif
