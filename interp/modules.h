// `import`: the modules moat provides, created on first import and kept in r->modules.
#ifndef MOAT_INTERP_MODULES_H
#define MOAT_INTERP_MODULES_H

#include "interp/obj.h"
#include "interp/run.h"

// import name; ModuleNotFoundError for anything moat does not provide.
MOAT_NODISCARD bool modules_import(Run *r, Obj *name, Value *out);
// from module import name
MOAT_NODISCARD bool modules_import_from(Run *r, Value module, Obj *name, Value *out);
// from module import *: its __all__, else its names not starting with '_', into globals.
MOAT_NODISCARD bool modules_import_star(Run *r, Value module, Obj *globals);

extern const ObjType type_module;

// A module's namespace dict.
Obj *module_dict(Obj *module);
// Sets a module's attribute while it is being built (for the modules' init functions).
MOAT_NODISCARD bool module_set(Run *r, Obj *module, const char *name, Value v);
// module.<name> = class name(base), whose body is the entries of the dict ns (rooted by the
// caller); *cls is the class.
MOAT_NODISCARD bool module_add_class(Run *r, Obj *module, const char *name, Value base, Obj *ns,
                                     Value *cls);

#endif
