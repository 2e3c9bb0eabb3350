// The type slots of classes made by class statements: each calls the dunder method a class
// of the MRO defines, with CPython's checks of what it returns.
#ifndef MOAT_INTERP_OBJ_CLASS_SLOTS_H
#define MOAT_INTERP_OBJ_CLASS_SLOTS_H

#include "interp/obj_class.h"

// Chooses c's slots from the dunders its MRO defines (at creation, and when one is assigned).
void class_slots_fill(ObjClass *c);
// Whether the class (through its MRO) defines __getattribute__: every attribute read calls it.
bool class_overrides_getattribute(const ObjType *t);
// What len() makes of a __len__ result: an int >= 0, else CPython's error.
MOAT_NODISCARD bool class_len_result(Run *r, Value res, int64_t *out);

#endif
