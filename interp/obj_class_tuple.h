// Classes with tuple's layout: `class P(NamedTuple): x: int; y: int = 0`. Instances are
// tuples whose type is the class; the fields are the names the body annotated.
#ifndef MOAT_INTERP_OBJ_CLASS_TUPLE_H
#define MOAT_INTERP_OBJ_CLASS_TUPLE_H

#include <stdbool.h>

#include "interp/obj_class.h"

// After the body ran: _fields, _field_defaults, _asdict and _replace; the field order check.
MOAT_NODISCARD bool class_tuple_setup(Run *r, ObjClass *c);
// P(...): a new instance from positional and keyword arguments and the defaults.
MOAT_NODISCARD bool class_tuple_new(Run *r, const ObjClass *c, const Args *a, Value *out);
// v.name for a field name: the item (false when name is not a field).
bool class_tuple_field(Value v, const ObjStr *name, Value *out);
// The instances' repr: P(x=1, y=2).
MOAT_NODISCARD bool class_tuple_repr(Run *r, Value v, Buf *out);

#endif
