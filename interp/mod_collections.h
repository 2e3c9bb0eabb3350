// collections: deque (obj_deque.c), defaultdict, OrderedDict, Counter
// (mod_collections_counter.c), namedtuple and ChainMap-free basics.
#ifndef MOAT_INTERP_MOD_COLLECTIONS_H
#define MOAT_INTERP_MOD_COLLECTIONS_H

#include <stdbool.h>
#include <stddef.h>

#include "interp/obj_dict.h"

// The dict-layout types: their instances are ObjDicts (defaultdict's with its factory after).
extern const ObjType mod_collections_defaultdict, mod_collections_OrderedDict,
    mod_collections_Counter;
// ChainMap (mod_collections_chainmap.c).
extern const ObjType mod_collections_ChainMap;

// For classes deriving from collections' types: the size of t's instances when t is deque,
// defaultdict, OrderedDict or Counter (0 for any other type), and t.__init__ run on a new one.
size_t mod_collections_layout_size(const ObjType *t);
MOAT_NODISCARD bool mod_collections_init_instance(Run *r, const ObjType *t, Value self, const Args *a);
// The name reprs print: a class's own, or a built-in's without its module ("deque").
const char *mod_collections_repr_name(Value v);

// An empty instance of a dict-layout type t of `size` bytes (a zeroed dict is an empty one).
Obj *mod_collections_dict_new(Run *r, const ObjType *t, size_t size);
// Counter.__init__(self, iterable=None, /, **kwds) (mod_collections_counter.c).
MOAT_NODISCARD bool mod_collections_counter_init(Run *r, Value self, const Args *a, Value *out);
// The dict slots these types share with dict, for their own type tables.
MOAT_NODISCARD bool mod_collections_dict_len(Run *r, Value v, int64_t *out);
MOAT_NODISCARD bool mod_collections_dict_contains(Run *r, Value v, Value x, bool *out);
MOAT_NODISCARD bool mod_collections_dict_iter(Run *r, Value v, Value *out);
MOAT_NODISCARD bool mod_collections_dict_setitem(Run *r, Value v, Value key, Value val);
void mod_collections_dict_trace(Run *r, Obj *o);
void mod_collections_dict_free(Run *r, Obj *o);

MOAT_NODISCARD bool mod_collections_init(Run *r, Obj *module);

#endif
