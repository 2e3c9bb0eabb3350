// collections.abc: the abstract base classes of the collections protocols. isinstance() and
// issubclass() answer for them as CPython does: structurally for the ABCs a __subclasshook__
// decides (Iterable: has __iter__), by CPython's registrations of the built-in types for the
// others (list is a MutableSequence), and by derivation for classes that list them as bases.
#ifndef MOAT_INTERP_MOD_COLLECTIONS_ABC_H
#define MOAT_INTERP_MOD_COLLECTIONS_ABC_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// t is one of collections.abc's classes.
bool mod_collections_abc_is(const ObjType *t);
// The collections.abc class `name` (typing's aliases of them use it), or NULL.
const ObjType *mod_collections_abc_find(const char *name);
// issubclass(have, abc) for abc one of collections.abc's classes.
bool mod_collections_abc_subclass(const ObjType *have, const ObjType *abc);
// Fills a new `collections.abc` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_collections_abc_init(Run *r, Obj *module);

#endif
