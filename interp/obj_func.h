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

static inline bool is_function(Value v) {
    return v.tag == VAL_OBJ && v.as.obj->type == &type_function;
}

// Binds a built-in method to self: "abc".upper
MOAT_NODISCARD bool method_bind(Run *r, Value self, const MethodDef *m, Value *out);
// An unbound method of type `owner`: str.lower, called as str.lower("A").
MOAT_NODISCARD bool method_unbound(Run *r, const ObjType *owner, const MethodDef *m, Value *out);
Obj *function_new(Run *r, const Code *code, Obj *globals);
Obj *cell_new(Run *r, Value v);

#endif
