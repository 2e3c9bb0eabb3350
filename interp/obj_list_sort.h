// list.sort: a stable merge sort in CPython's comparison order (obj_list_sort.c).
#ifndef MOAT_INTERP_OBJ_LIST_SORT_H
#define MOAT_INTERP_OBJ_LIST_SORT_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// Sorts list in place by key (None: the items themselves), descending if reverse; stable
// either way. A key function or __lt__ that changes the list raises "ValueError: list modified
// during sort"; on any error the list keeps all its items in some order.
MOAT_NODISCARD bool list_sort(Run *r, Obj *list, Value key, bool reverse);
// list.sort(*, key=None, reverse=False)
MOAT_NODISCARD bool list_sort_method(Run *r, Value self, const Args *a, Value *out);

#endif
