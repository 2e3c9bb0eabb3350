// Metaclasses: classes deriving from type. What a class statement does with one, type's own
// __new__, __init__, __call__ and __prepare__, and the lookups and dunders of a class that go
// through its metaclass. A class made by a metaclass keeps `type` as its header's type (every
// check for "is a class" stays true); ObjClass.meta records the metaclass.
#ifndef MOAT_INTERP_OBJ_CLASS_META_H
#define MOAT_INTERP_OBJ_CLASS_META_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// type(v) as Python sees it: value_type(v), but for a class its metaclass (abc.ABCMeta for
// abstract base classes).
const ObjType *meta_type_of(Value v);

// The metaclass a class statement (__build_class__'s a: body, name, *bases, **kw) uses: its
// `metaclass` keyword (any callable) or type, made the most derived of its bases' metaclasses
// ("metaclass conflict" when there is none).
MOAT_NODISCARD bool meta_of_class_statement(Run *r, const Args *a, Value *out);
// A class statement through a metaclass that is not type: __prepare__, the body, then
// meta(name, bases, namespace, **kw).
MOAT_NODISCARD bool meta_build_class(Run *r, Value meta, const Args *a, Value *out);
// type.__new__(mcs, name, bases, namespace, **kw): a holds the arguments after mcs.
MOAT_NODISCARD bool meta_type_new(Run *r, const ObjType *mcs, const Args *a, Value *out);

// Attribute `name` that the metaclass of the class cls defines (undef when it has none, or
// its metaclass is type): not bound.
Value meta_lookup(const ObjType *cls, const char *name);
// type(cls).name(cls, *a) when the metaclass of the class cls defines name; else *found false
// and nothing is called.
MOAT_NODISCARD bool meta_call(Run *r, Value cls, const char *name, const Args *a, Value *out, bool *found);
// The same with n positional arguments.
MOAT_NODISCARD bool meta_call_dunder(Run *r, Value cls, const char *name, const Value *args, uint32_t n,
                                     Value *out, bool *found);

// type's methods: __call__, __init__, __new__ and __prepare__ (a classmethod).
MOAT_NODISCARD bool meta_type_call_method(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool meta_type_init_method(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool meta_type_new_method(Run *r, Value self, const Args *a, Value *out);
MOAT_NODISCARD bool meta_type_prepare_method(Run *r, Value self, const Args *a, Value *out);

#endif
