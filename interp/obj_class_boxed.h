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

// Whether the built-in methods of self's type take boxed arguments as their values: those of
// str, bytes, int and float read their arguments and never keep them, so
// 'abc'.startswith(S('a')) sees the text (a list's append keeps the instance itself).
static inline bool boxed_args_unboxed_for(Value self) {
    if (self.tag != VAL_OBJ) return self.tag == VAL_INT || self.tag == VAL_FLOAT || self.tag == VAL_BOOL;
    uint8_t id = self.as.obj->type->id;
    return id == TYPE_STR || id == TYPE_BYTES || id == TYPE_INT;
}
// Replaces each boxed value among args[0..n) by its value, in place.
void boxed_unbox_args(Value *args, size_t n);

// A new instance of cls (a boxed class) holding native(*args): MyInt("21").
MOAT_NODISCARD bool boxed_new(Run *r, const ObjType *cls, const Args *a, Value *out);
// The slots of the built-in layout, adapted: each unboxes its operands and calls the
// built-in's slot. Slots the built-in leaves NULL stay NULL.
void boxed_fill_slots(const ObjType *native, TypeSlots *s);
// The same adapted slots, whatever the built-in (callers check the built-in's own first).
extern const TypeSlots boxed_slots;

#endif
