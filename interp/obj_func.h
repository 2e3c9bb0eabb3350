// Callables: Python functions (code + defaults + closure), built-in functions and bound
// built-in methods, and the cells that closures share.
#ifndef MOAT_INTERP_OBJ_FUNC_H
#define MOAT_INTERP_OBJ_FUNC_H

#include "interp/code.h"
#include "interp/obj.h"
#include "interp/run.h"

typedef struct ObjFunction {
    Obj base;
    const Code *code;
    Obj *globals;     // the module dict
    Obj *defaults;    // tuple of positional defaults, or NULL
    Obj *kwdefaults;  // dict of keyword-only defaults, or NULL
    Obj *closure;     // tuple of cells for code->freenames, or NULL
    Obj *name, *qualname;  // str
    Obj *dict;        // attributes set on the function (f.calls = 0), created on first use
    Value doc;        // __doc__
    Value module;     // __module__ once assigned (functools.wraps does); undef: "__main__"
    Obj *annotate;    // __annotate__: the function that evaluates the annotations, or NULL
    Obj *annotations; // __annotations__ once read (a dict), or NULL
    Obj *type_params; // __type_params__ of a generic def (a tuple), or NULL: ()
} ObjFunction;

// A built-in: `def` names it and its C function; `self` is the object it is bound to
// (None for module-level built-ins such as len).
typedef struct ObjBuiltin {
    Obj base;
    const MethodDef *def;
    Value self;             // undef for an unbound method taken from its type: str.lower
    const ObjType *owner;   // the type of an unbound method
} ObjBuiltin;

typedef struct ObjCell {
    Obj base;
    Value value;  // undef while empty
} ObjCell;

extern const ObjType type_function, type_builtin, type_cell, type_code;

// A built-in function bound to nothing (len, math.sqrt) as static data: defines the MethodDef
// `def_FN` and the object `obj_FN` for the C function FN, named NAME in Python.
#define STATIC_BUILTIN(NAME, FN, FLAGS)                                                   \
    static const MethodDef def_##FN = {NAME, FN, FLAGS};                                  \
    static const ObjBuiltin obj_##FN = {                                                  \
        .base = {.type = &type_builtin, .size = sizeof(ObjBuiltin), .flags = OBJ_STATIC}, \
        .def = &def_##FN,                                                                 \
        .self = {.tag = VAL_NONE},                                                        \
    };
// A method a module puts on the classes it makes (a NamedTuple's _make) as static data: unbound
// and owned by `object`, so any instance can be its self. A dataclass gives each class its own
// copy instead (method_unbound with the class as owner), named after the class.
#define STATIC_METHOD(VAR, NAME, FN)                                                      \
    static const MethodDef VAR##_def = {NAME, FN, 0};                                     \
    static const ObjBuiltin VAR = {                                                       \
        .base = {.type = &type_builtin, .size = sizeof(ObjBuiltin), .flags = OBJ_STATIC}, \
        .def = &VAR##_def,                                                                \
        .self = {.tag = VAL_UNDEF},                                                       \
        .owner = &type_object,                                                            \
    };

static inline bool is_function(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_function;
}

// Binds a built-in method to self: "abc".upper
MOAT_NODISCARD bool method_bind(Run *r, Value self, const MethodDef *m, Value *out);
// An unbound method of type `owner`: str.lower, called as str.lower("A"). The same object at
// each access while it lives (str.upper is str.upper).
MOAT_NODISCARD bool method_unbound(Run *r, const ObjType *owner, const MethodDef *m, Value *out);
// The collector, before it frees: forgets the unbound methods it is about to free.
void method_unbound_sweep(Run *r);
Obj *function_new(Run *r, const Code *code, Obj *globals);
Obj *cell_new(Run *r, Value v);

#endif
