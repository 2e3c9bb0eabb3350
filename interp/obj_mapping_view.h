// collections.abc's KeysView, ValuesView and ItemsView over any mapping (ChainMap's views).
#ifndef MOAT_INTERP_OBJ_MAPPING_VIEW_H
#define MOAT_INTERP_OBJ_MAPPING_VIEW_H

#include "interp/obj.h"
#include "interp/run.h"

extern const ObjType type_keys_view, type_values_view, type_items_view;

// A view of kind (one of the three types) over mapping; NULL at a limit.
Obj *mapping_view_new(Run *r, const ObjType *kind, Value mapping);

#endif
