// TypedDict classes (their required and optional keys) and the __annotations__ of classes.
#ifndef MOAT_INTERP_OBJ_CLASS_TYPEDDICT_H
#define MOAT_INTERP_OBJ_CLASS_TYPEDDICT_H

#include "interp/obj_class.h"

// True for a class made by `class X(TypedDict)` or derived from one.
bool typeddict_is_class(Value v);
// Makes the new class c a TypedDict: __required_keys__, __optional_keys__ and __total__ (the
// class keyword `total`, undef when not given).
MOAT_NODISCARD bool typeddict_setup(Run *r, ObjClass *c, Value total);
// The class's __annotations__: its own annotations evaluated on the first read (a TypedDict's
// after its TypedDict bases'), the same dict after.
MOAT_NODISCARD bool class_annotations(Run *r, ObjClass *c, Value *out);

#endif
