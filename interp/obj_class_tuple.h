// Classes with tuple's layout: `class P(NamedTuple): x: int; y: int = 0`. Instances are
// tuples whose type is the class; the fields are the names the body annotated.
#ifndef MOAT_INTERP_OBJ_CLASS_TUPLE_H
#define MOAT_INTERP_OBJ_CLASS_TUPLE_H

#include <stdbool.h>

#include "interp/obj_class.h"

// After the body ran: _fields, _field_defaults, _asdict and _replace; the field order check.
MOAT_NODISCARD bool class_tuple_setup(Run *r, ObjClass *c);
// Whether c is (or derives from) a NamedTuple class; other classes deriving from tuple are
// plain tuples of their class, with an attribute dict.
bool class_tuple_is_named(const ObjClass *c);
// Where an instance keeps its attribute dict: past its items.
Obj **class_tuple_dict_slot(Value v);
// An instance of c as tuple(iterable) makes it: T([1, 2]), tuple.__new__(T, ...).
MOAT_NODISCARD bool class_tuple_from(Run *r, const ObjClass *c, const Args *a, Value *out);
// P(...): a new instance from positional and keyword arguments and the defaults.
MOAT_NODISCARD bool class_tuple_new(Run *r, const ObjClass *c, const Args *a, Value *out);
// v.name for a field name: the item (false when name is not a field).
bool class_tuple_field(Value v, const ObjStr *name, Value *out);
// The instances' repr: P(x=1, y=2).
MOAT_NODISCARD bool class_tuple_repr(Run *r, Value v, Buf *out);

#endif
