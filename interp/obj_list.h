// list: a mutable sequence over a growable array on the run's tracked memory.
#ifndef MOAT_INTERP_OBJ_LIST_H
#define MOAT_INTERP_OBJ_LIST_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "interp/obj.h"
#include "interp/run.h"

typedef struct ObjList {
    Obj base;
    Value *items;  // cap slots, len in use; NULL when cap is 0
    size_t len, cap;
    uint8_t sorting;  // LIST_SORT_* while list.sort runs: the list is empty and watched
} ObjList;

enum {
    LIST_SORT_RUNNING = 1,  // sort() holds the items privately
    LIST_SORT_TOUCHED = 2,  // a key function or __lt__ gave the list storage meanwhile
};

extern const ObjType type_list;

static inline bool is_list(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type->id == TYPE_LIST;
}
static inline ObjList *as_list(Value v) {
    return (ObjList *)v.as.obj;
}

// A list of `len` items, all undef for the caller to fill before Python code sees it (0 for an
// empty list). NULL at a limit.
Obj *list_new(Run *r, size_t len);
// Appends v; false at a limit. `list` may be given as an Obj * or an ObjList *.
MOAT_NODISCARD bool list_append_obj(Run *r, Obj *list, Value v);
#define list_append(r, list, v) list_append_obj((r), LIST_AS_OBJ(list), (v))
// Appends every item of an iterable (list.extend); false with an exception pending.
MOAT_NODISCARD bool list_extend_obj(Run *r, Obj *list, Value src);
#define list_extend(r, list, src) list_extend_obj((r), LIST_AS_OBJ(list), (src))
#define LIST_AS_OBJ(list) _Generic((list), ObjList *: (Obj *)(list), Obj *: (list))
// Reverses the items in place.
void list_reverse_items(ObjList *l);
// list(src): a new list. NULL with an exception pending.
Obj *list_from_iterable(Run *r, Value src);
// Sets the length to n, growing the storage as CPython's list_resize does; new slots undef.
MOAT_NODISCARD bool list_resize(Run *r, ObjList *l, size_t n);

#endif
