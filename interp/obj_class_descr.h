// Bound methods, staticmethod, classmethod, property and super: the objects between a class
// attribute and what reading it gives; and object's own methods (object.__init__ ...).
#ifndef MOAT_INTERP_OBJ_CLASS_DESCR_H
#define MOAT_INTERP_OBJ_CLASS_DESCR_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/obj_str.h"
#include "interp/run.h"

// A function bound to an instance (or, for classmethods, to a class).
typedef struct ObjBoundMethod {
    Obj base;
    Value func;
    Value self;
} ObjBoundMethod;

// staticmethod(f), classmethod(f) (func only) and property(fget, fset, fdel).
typedef struct ObjDescr {
    Obj base;
    Value func;  // property: fget
    Value fset, fdel, doc;
} ObjDescr;

// super(cls, obj): attribute lookup along type(obj)'s MRO after cls.
typedef struct ObjSuper {
    Obj base;
    const ObjType *cls;
    Value self;
    const ObjType *self_type;  // type(self), or self when self is a class
} ObjSuper;

extern const ObjType type_bound_method, type_staticmethod, type_classmethod, type_property,
    type_super;
// object's methods: __init__, __repr__, __setattr__ ... as built-ins (object.__init__(self)).
enum { OBJECT_METHOD_COUNT = 12 };
extern const MethodDef object_methods[OBJECT_METHOD_COUNT];

static inline bool is_bound_method(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_bound_method;
}

// object(): a bare object, good for sentinels.
MOAT_NODISCARD bool object_construct(Run *r, Value callee, const Args *a, Value *out);
// dict.__init__ and list.__init__ for instances of classes deriving from them.
MOAT_NODISCARD bool object_init_container(Run *r, Value self, const Args *a);
MOAT_NODISCARD bool bound_method_new(Run *r, Value func, Value self, Value *out);
// Reading and assigning a property through an instance (name: for messages).
MOAT_NODISCARD bool property_get(Run *r, Value prop, Value self, ObjStr *name, Value *out);
MOAT_NODISCARD bool property_set(Run *r, Value prop, Value self, ObjStr *name, Value val);

#endif
