// Classes deriving from int, float or str: an instance boxes the built-in value it stands for
// beside its attribute dict. Built-in code that does not know the class sees an instance like
// any other (its type id is TYPE_INSTANCE), so no fast path pays for subclasses; the entry
// points that accept "an int" (index, format, json, methods' self) unbox it first.
#ifndef MOAT_INTERP_OBJ_CLASS_BOXED_H
#define MOAT_INTERP_OBJ_CLASS_BOXED_H

#include <stdbool.h>

#include "interp/obj_class.h"

typedef struct ObjBoxed {
    ObjInstance inst;  // must come first: the attribute dict is where object's instances have it
    Value value;       // an int, float or str (never another ObjBoxed)
} ObjBoxed;

// Whether instances of classes deriving from the built-in t are boxed.
static inline bool boxed_native(const ObjType *t) {
    return t == &type_int || t == &type_float || t == &type_str;
}
static inline bool is_boxed(Value v) {
    return v.tag == VAL_OBJ && type_is_class(v.as.obj->type) &&
           ((const ObjClass *)v.as.obj->type)->boxed;
}
// The built-in value of a boxed instance; any other value unchanged.
static inline Value boxed_unbox(Value v) {
    return is_boxed(v) ? ((const ObjBoxed *)v.as.obj)->value : v;
}

// A new instance of cls (a boxed class) holding native(*args): MyInt("21").
MOAT_NODISCARD bool boxed_new(Run *r, const ObjType *cls, const Args *a, Value *out);
// The slots of the built-in layout, adapted: each unboxes its operands and calls the
// built-in's slot. Slots the built-in leaves NULL stay NULL.
void boxed_fill_slots(const ObjType *native, TypeSlots *s);
// The same adapted slots, whatever the built-in (callers check the built-in's own first).
extern const TypeSlots boxed_slots;

#endif
