// Classes made by `class` statements: building them, their instances, and attribute lookup
// on both. obj_class_slots.c dispatches type slots to dunder methods, obj_class_descr.c has
// bound methods, staticmethod/classmethod/property and super(), obj_class_tuple.c NamedTuple.
#ifndef MOAT_INTERP_OBJ_CLASS_H
#define MOAT_INTERP_OBJ_CLASS_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/obj_func.h"
#include "interp/obj_str.h"
#include "interp/run.h"

// A class is an ObjType on the heap (its header's type is `type`, without OBJ_STATIC), so
// every `o->type` in the interpreter works for instances of classes as for built-ins. Its
// slots are chosen when it is made (and when a dunder is assigned to it): a slot whose
// dunder some class of the MRO defines calls that method; others are the built-in base's.
typedef struct ObjClass {
    ObjType type;           // must come first
    Obj *name, *qualname;   // str: __name__, __qualname__
    Obj *dict;              // the namespace
    Obj *bases;             // tuple of classes
    Obj *mro;               // tuple, the class itself first (C3 linearization)
    const ObjType *native;  // the built-in class whose layout instances have
    bool generic;           // derives from typing.Generic or Protocol: C[int] is C
    bool namedtuple;        // lists typing.NamedTuple among its bases (obj_class_tuple.c)
    Obj *annotated;         // tuple of (name, kind) the body annotated (compile.c), or NULL
    Obj *annotations;       // __annotations__ once read (obj_class_typeddict.c), or NULL
    bool typeddict;         // made by `class X(TypedDict)` or derived from one
    Obj *dataclass;         // tuple of dataclasses.Field once @dataclass made it one, or NULL
    uint32_t dataclass_flags;  // mod_dataclasses.h's DC_* options
    bool abc;               // derives from abc.ABC or was made with metaclass=ABCMeta
    Obj *abstracts;         // tuple of the abstract methods it leaves unimplemented, or NULL
    int enum_kind;          // mod_enum.h's ENUM_*: derives from Enum, IntEnum or StrEnum
    bool enum_mixin;        // ENUM_INT or ENUM_STR from `class C(int, Enum)` / `(str, Enum)`:
                            // members are their values, but str() and format() are Enum's
    Obj *enum_members;      // tuple of its members in definition order (mod_enum.c), or NULL
    Obj *enum_map;          // dict of its members by name, aliases included, or NULL
    bool slotted;           // it and every class of its MRO define __slots__: instances take
                            // no other attributes and show no __dict__
    bool boxed;             // derives from int, float or str: instances are ObjBoxed
                            // (obj_class_boxed.h)
    uint8_t protocol;       // PROTOCOL_*: lists typing.Protocol among its bases
    const ObjType *meta;    // its metaclass when that is a class deriving from type, else NULL
                            // (obj_class_meta.c); the header's type stays `type` regardless
} ObjClass;

// A protocol class; a runtime one (@runtime_checkable) supports isinstance() by its members.
enum { PROTOCOL_NONE, PROTOCOL_STATIC, PROTOCOL_RUNTIME };

// An instance of a class whose layout is object's: just its attributes. (Instances of
// exception classes are ObjExceptions, whose dict field plays the same part; those of dict
// and list classes have the attribute dict after the built-in's struct.)
typedef struct ObjInstance {
    Obj base;
    Obj *dict;  // created on the first attribute assignment
} ObjInstance;

// isinstance(obj, proto) for a protocol class: TypeError unless it is @runtime_checkable, else
// whether obj's class (or obj) has every member the protocol classes of its MRO define.
MOAT_NODISCARD bool class_protocol_isinstance(Run *r, const ObjClass *proto, Value obj, bool *out);

// __build_class__(body, name, *bases): what a class statement calls (never in builtins).
extern const ObjBuiltin obj_build_class;
// Recomputes ObjClass.slotted after __slots__ changed (dataclass(slots=True) sets it).
void class_update_slotted(ObjClass *c);
// Makes a class: a holds (body, name, *bases) and the class keywords. With an undef body the
// namespace is the dict ns's entries (type.__new__); meta: its metaclass, NULL for type.
MOAT_NODISCARD bool class_make(Run *r, const ObjType *meta, const Args *a, Value ns, Value *out);
// class name(base): ... with the entries of the dict ns as its body (collections.namedtuple).
MOAT_NODISCARD bool class_from_namespace(Run *r, Value name, Value base, Value ns, Value *out);

// True for classes made by class statements.
static inline bool type_is_class(const ObjType *t) {
    return !(t->base.flags & OBJ_STATIC);
}
static inline bool is_class_value(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_type && type_is_class((const ObjType *)v.as.obj);
}
// The name tracebacks and reprs print: __qualname__ for classes, the name for built-ins.
const char *type_qualname(const ObjType *t);
// The __module__ of the class t ("__main__" for a class statement's; "json.encoder").
const char *class_module_name(const ObjType *t);
// base in the MRO of the class t.
bool class_mro_contains(const ObjType *t, const ObjType *base);

// cls(*a) as type.__call__ does it: __new__, then __init__ (a metaclass's __call__ is not
// consulted; class_construct, the class's construct slot, is what does).
MOAT_NODISCARD bool class_new_instance(Run *r, Value cls, const Args *a, Value *out);
// A fresh instance of cls, before __init__ (args: an exception's args, else unused).
MOAT_NODISCARD bool class_alloc_instance(Run *r, const ObjType *cls, const Args *a, Value *out);
// The Python function __init__ of cls when calling cls can run it in a frame of its own:
// no __new__ of its own and an __init__ written in Python; else undef.
Value class_init_function(const ObjType *cls);
// "__init__() should return None, not 'int'"
MOAT_NODISCARD bool class_check_init_result(Run *r, Value result);

// Attribute access for instances and classes (the getattr slots and ops_getattr's fallback).
MOAT_NODISCARD bool class_type_getattr(Run *r, const ObjType *t, ObjStr *name, Value *out);
MOAT_NODISCARD bool class_type_setattr(Run *r, const ObjType *t, Obj *name, Value val);
// type.__setattr__: the same without the metaclass's __setattr__ (or __delattr__).
MOAT_NODISCARD bool class_type_setattr_plain(Run *r, const ObjType *t, Obj *name, Value val);
// __getattr__ of v's class, if it has one (*handled false otherwise).
MOAT_NODISCARD bool class_getattr_hook(Run *r, Value v, Obj *name, Value *out, bool *handled);
// For a method call obj.name(...): the Python function to call with obj prepended (undef
// if obj.name is something else, then found in *attr as ops_getattr would give it).
MOAT_NODISCARD bool class_lookup_method(Run *r, Value obj, Obj *name, Value *func, Value *attr);
// obj.name when it is a property whose getter is a Python function: that function (undef
// otherwise), so the VM can run it in its own loop. obj is an instance of a class.
Value class_property_getter(Value obj, Obj *name);
// type(obj).name when obj is an instance of a class and that is a Python function, else undef.
Value class_python_dunder(Value obj, const char *name);
// The attribute dict of an instance (NULL for none yet).
Obj *class_instance_dict(Value v);
// Calls type(v).<name>(v, args...) from C; *found false (nothing raised) if there is none.
MOAT_NODISCARD bool class_call_dunder(Run *r, Value v, const char *name, const Value *args,
                                      uint32_t n, Value *out, bool *found);
// An attribute the classes of t's MRO define (undef if none): not bound to anything.
Value class_lookup(const ObjType *t, const char *name);
// The class's own attribute (its namespace only), or undef.
Value class_type_own(const ObjType *t, const char *name);

// What attribute `attr`, found on class cls, gives when read through self (undef: read
// from the class itself): functions bind, staticmethod unwraps, property runs its getter.
MOAT_NODISCARD bool class_bind(Run *r, Value attr, Value self, const ObjType *cls, ObjStr *name,
                               Value *out);
// Calls func(self, a...).
MOAT_NODISCARD bool class_call_bound(Run *r, Value func, Value self, const Args *a, Value *out);
// object.__setattr__: properties, exception fields, else the instance dict (val undef: delete).
MOAT_NODISCARD bool class_generic_setattr(Run *r, Value v, Obj *name, Value val);
// The getattr and setattr slots of instances.
MOAT_NODISCARD bool class_instance_getattr(Run *r, Value v, Obj *name, Value *out);
MOAT_NODISCARD bool class_instance_setattr(Run *r, Value v, Obj *name, Value val);
// The collector's view of classes (type's trace slot) and of instances.
void class_trace(Run *r, Obj *o);
void class_instance_trace(Run *r, Obj *o);
void class_instance_free(Run *r, Obj *o);
// The slots of the built-in class whose layout instances of t have.
const TypeSlots *class_instance_base_slots(const ObjType *t);

// operator.index(v) through the class's __index__ (an int Value); *found false if none.
MOAT_NODISCARD bool class_index(Run *r, Value v, Value *out, bool *found);

// C[key] for a class: __class_getitem__, or C itself for a generic class.
MOAT_NODISCARD bool class_getitem(Run *r, const ObjType *t, Value key, Value *out);

// dir(v): the sorted names of v's attributes (its dict, its classes' and built-in methods).
MOAT_NODISCARD bool class_dir(Run *r, Value v, Value *out);

// divmod(a, b) through __divmod__/__rdivmod__ of classes; undef when neither applies.
MOAT_NODISCARD bool class_divmod(Run *r, Value a, Value b, Value *out);

// with: type(mgr).__exit__ bound to mgr and type(mgr).__enter__ bound to mgr (async: __aexit__
// and __aenter__, for `async with`).
MOAT_NODISCARD bool class_with_methods(Run *r, Value mgr, bool async, Value *exit, Value *enter);

#endif
