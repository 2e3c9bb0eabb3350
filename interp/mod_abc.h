// abc: ABC, ABCMeta (only as `metaclass=ABCMeta`) and abstractmethod. A class deriving from
// ABC cannot be instantiated while some abstract method has no implementation.
#ifndef MOAT_INTERP_MOD_ABC_H
#define MOAT_INTERP_MOD_ABC_H

#include <stdbool.h>

#include "interp/obj.h"
#include "interp/run.h"

// The ABC class (instances have object's layout) and the ABCMeta marker.
extern const ObjType mod_abc_ABC, mod_abc_ABCMeta;

// Fills a new `abc` module (modules.c calls it on the first import).
MOAT_NODISCARD bool mod_abc_init(Run *r, Obj *module);
// f is marked with abstractmethod (a function, or a property or static/classmethod of one).
bool mod_abc_is_abstract(Value f);

#endif
